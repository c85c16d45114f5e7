// Keeps every core of the machine busy at the lowest priority while a measurement runs.
//
// What a relay costs in CPU depends on what a wake-up costs, and on a virtual machine that depends on whether the
// core was asleep: this host has shown two states run to run (bare ffmpeg's FLV relay at 0.56–0.65 % of a core
// in one, 1.1–1.4 % in the other), and which one a run gets is not ours to choose. With a spinner on every core
// at nice 19, no core sleeps, so every wake-up costs what it does on a loaded host, run after run: the runner
// bench measures its rounds both ways, the machine idle and the machine busy, instead of by luck in one.
// A spinner yields to anything runnable at normal priority, so the relays measured get the CPU they ask for.
import { spawn } from 'node:child_process';
import { availableParallelism, constants, setPriority } from 'node:os';

export async function withBusyCores<T>(work: () => Promise<T>): Promise<T> {
  const spinners = Array.from({ length: availableParallelism() }, () =>
    spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }),
  );
  try {
    for (const spinner of spinners) setPriority(spinner.pid!, constants.priority.PRIORITY_LOW);
    return await work();
  } finally {
    for (const spinner of spinners) spinner.kill('SIGKILL');
  }
}
