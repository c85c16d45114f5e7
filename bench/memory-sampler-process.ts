// The runner bench's memory sampler, in a process of its own (`node --import tsx memory-sampler-process.ts`,
// driven over IPC by memory-sampler.ts). Sampling in the bot's process cost it twenty timer wake-ups a second,
// the /proc reads and their garbage: CPU the bench then billed to whichever side was sampled, and which a
// relay window had and the idle bot's did not. Here none of it lands in the process whose CPU is measured.
//
// Every 100 ms, for each watch (a changing set of pids): the peak of their PSS summed at the same instant, each
// one's own peak PSS, and each one's peak RSS (VmHWM). Messages: {op: 'add', watch, pid}, {op: 'stop', watch},
// answered with {watch, memory: {pss, pssEach, rss}} in MiB.
import { readFileSync } from 'node:fs';
import { pssOf } from './proc-memory.js';

interface Watch {
  pids: Set<number>;
  rss: Map<number, number>;
  pss: Map<number, number>;
  pssTogether: number;
}

type Message = { op: 'add'; watch: number; pid: number } | { op: 'stop'; watch: number };

const watches = new Map<number, Watch>();

function sample(watch: Watch): void {
  let together = 0;
  for (const pid of watch.pids) {
    try {
      const rss = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
      const pss = pssOf(pid);
      watch.rss.set(pid, Math.max(watch.rss.get(pid) ?? 0, rss));
      watch.pss.set(pid, Math.max(watch.pss.get(pid) ?? 0, pss));
      together += pss;
    } catch {
      // exited between listing and reading
    }
  }
  watch.pssTogether = Math.max(watch.pssTogether, together);
}

function watchOf(id: number): Watch {
  let watch = watches.get(id);
  if (!watch) {
    watch = { pids: new Set(), rss: new Map(), pss: new Map(), pssTogether: 0 };
    watches.set(id, watch);
  }
  return watch;
}

process.on('message', (message: Message) => {
  const watch = watchOf(message.watch);
  if (message.op === 'add') {
    watch.pids.add(message.pid);
    sample(watch);
    return;
  }
  sample(watch);
  watches.delete(message.watch);
  const sum = (m: Map<number, number>) => [...m.values()].reduce((a, b) => a + b, 0) / 1024;
  process.send!({ watch: message.watch, memory: { pss: watch.pssTogether / 1024, pssEach: sum(watch.pss), rss: sum(watch.rss) } });
});
setInterval(() => watches.forEach(sample), 100);
process.on('disconnect', () => process.exit(0));
process.send!({ ready: true });
