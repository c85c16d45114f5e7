// The bench's side of memory-sampler-process.ts: watches of process sets whose peak memory it reads, from a
// process of its own.
import { fork, type ChildProcess } from 'node:child_process';

export interface Memory {
  /** Peak of the watched processes' PSS summed at the same instant, MiB. */
  pss: number;
  /** Each process's own peak PSS, summed (peaks of different moments; shown, not judged), MiB. */
  pssEach: number;
  /** Each process's peak RSS (VmHWM), summed, MiB. */
  rss: number;
}

interface Answer {
  watch: number;
  memory: Memory;
}

export class MemorySampler {
  private nextWatch = 1;
  private readonly answers = new Map<number, (memory: Memory) => void>();

  private constructor(private readonly child: ChildProcess) {
    child.on('message', (message: Answer | { ready: true }) => {
      if ('watch' in message) this.answers.get(message.watch)?.(message.memory);
    });
  }

  static async start(): Promise<MemorySampler> {
    const script = new URL('./memory-sampler-process.ts', import.meta.url).pathname;
    const child = fork(script, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    await new Promise<void>((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', (code) => reject(new Error(`memory sampler exited (${code})`)));
      child.once('message', () => resolve());
    });
    child.removeAllListeners('exit');
    return new MemorySampler(child);
  }

  /** A new watch: processes are added to it as they start, and stop() gives their peaks. */
  watch(): PeakMemory {
    const id = this.nextWatch++;
    return {
      add: (pid) => this.child.send({ op: 'add', watch: id, pid }),
      stop: () =>
        new Promise<Memory>((resolve) => {
          this.answers.set(id, (memory) => {
            this.answers.delete(id);
            resolve(memory);
          });
          this.child.send({ op: 'stop', watch: id });
        }),
    };
  }

  close(): void {
    this.child.disconnect();
  }
}

export interface PeakMemory {
  add(pid: number): void;
  stop(): Promise<Memory>;
}
