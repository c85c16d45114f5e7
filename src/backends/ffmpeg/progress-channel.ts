// How an ffmpeg's `-progress` reports reach the runner without waking anyone. ffmpeg writes a report every half
// second. Through a pipe that node's event loop watches, every report woke the bot, and waking a process that
// sleeps on another core is billed to the writer: measured side by side on a live relay with every core busy, the
// relay's ffmpeg took 0.38 % of a core with its reports read that way against 0.31 % with them read on a timer, as
// much as bare ffmpeg (bench/runner.bench.ts). So the reports go into a named pipe (FIFO) that no event loop
// watches, and the runner reads what has gathered once a second. The pipe holds 64 KiB (two minutes of reports),
// far more than a second's.
//
// A FIFO needs a path; node cannot make one, so `mkfifo` makes a few ahead of time, in a directory only this user
// can enter (removed at exit, or by the next bot when this one was killed), and each is unlinked as soon as both
// ends are open. Where there is no mkfifo, reports come through an
// ordinary pipe, as before.
import { execFile, spawnSync } from 'node:child_process';
import { closeSync, constants, mkdtempSync, openSync, readdirSync, readSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';

/** How often gathered reports are read, ms: twice ffmpeg's own period, so a read finds one or two reports. */
export const PROGRESS_READ_EVERY_MS = 1000;

/** FIFOs kept made ahead of time: a relay's start takes one without waiting for mkfifo. */
const READY_TARGET = 8;

/** The read end of one FIFO, and the write end to hand to ffmpeg (closed here once it has it). */
export class ProgressChannel {
  private readonly decoder = new StringDecoder('utf8');
  private readEnd: number | null;

  constructor(
    readEnd: number,
    /** To pass as the child's fd 3; close it with `handedOver` once the child is spawned. */
    readonly writeEnd: number,
  ) {
    this.readEnd = readEnd;
  }

  /** The child has its own copy of the write end: this process's copy must go, or the pipe never ends. */
  handedOver(): void {
    closeSync(this.writeEnd);
  }

  /** Everything written since the last read ('' when nothing was). */
  read(): string {
    if (this.readEnd === null) return '';
    let text = '';
    for (;;) {
      let count: number;
      try {
        count = readSync(this.readEnd, CHUNK);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EAGAIN') return text;
        throw error;
      }
      if (count > 0) text += this.decoder.write(CHUNK.subarray(0, count));
      // A short read took all there was; only a full one may have left more behind.
      if (count < CHUNK.length) return text;
    }
  }

  close(): void {
    if (this.readEnd === null) return;
    closeSync(this.readEnd);
    this.readEnd = null;
  }
}

const CHUNK = Buffer.alloc(64 * 1024);

/** A channel for one ffmpeg, or null where FIFOs cannot be made (reports then come through a watched pipe). */
export function openProgressChannel(): ProgressChannel | null {
  const path = fifos.take();
  if (!path) return null;
  let readEnd: number | null = null;
  try {
    // The read end first, without blocking: a FIFO opened for writing alone would wait for a reader.
    readEnd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    // The write end blocks as an ordinary pipe does: ffmpeg waits rather than loses a report if the pipe is full.
    return new ProgressChannel(readEnd, openSync(path, constants.O_WRONLY));
  } catch {
    // A stocked FIFO gone (a temporary-files cleaner): this ffmpeg's reports come through a watched pipe instead.
    if (readEnd !== null) closeSync(readEnd);
    return null;
  } finally {
    rmSync(path, { force: true });
  }
}

/** FIFO paths made ahead of time in a private directory. */
class FifoStock {
  private dir: string | null = null;
  private ready: string[] = [];
  private made = 0;
  private refilling = false;
  private unavailable = process.platform === 'win32';

  /** A fresh FIFO's path, made now if none is ready; null where mkfifo does not work. */
  take(): string | null {
    if (this.unavailable) return null;
    const path = this.ready.pop() ?? this.makeNow();
    if (path && this.ready.length < READY_TARGET / 2) this.refill();
    return path;
  }

  private directory(): string {
    if (!this.dir) {
      removeLeftovers();
      this.dir = mkdtempSync(join(tmpdir(), `${DIR_PREFIX}${process.pid}-`)); // mode 0700
      process.once('exit', () => rmSync(this.dir!, { recursive: true, force: true }));
    }
    return this.dir;
  }

  private nextPaths(count: number): string[] {
    const dir = this.directory();
    return Array.from({ length: count }, () => join(dir, String((this.made += 1))));
  }

  /** One FIFO, synchronously (the first start, or a burst of them beyond the stock): ~2.5 ms of a blocked loop. */
  private makeNow(): string | null {
    const [path] = this.nextPaths(1);
    const made = spawnSync('mkfifo', ['-m', '600', path!], { stdio: 'ignore' });
    if (made.status === 0) return path!;
    this.unavailable = true;
    return null;
  }

  private refill(): void {
    if (this.refilling) return;
    this.refilling = true;
    const paths = this.nextPaths(READY_TARGET - this.ready.length);
    execFile('mkfifo', ['-m', '600', ...paths], (error) => {
      this.refilling = false;
      if (!error) this.ready.push(...paths);
    });
  }
}

const DIR_PREFIX = 'relaybot-progress-';

/** Directories of bots that died without their exit handler (SIGKILL, a crash): their FIFOs serve no one. */
function removeLeftovers(): void {
  let entries: string[];
  try {
    entries = readdirSync(tmpdir());
  } catch {
    return;
  }
  for (const entry of entries) {
    const pid = new RegExp(`^${DIR_PREFIX}(\\d+)-`).exec(entry)?.[1];
    if (pid && !isRunning(Number(pid))) rmSync(join(tmpdir(), entry), { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, and someone else's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const fifos = new FifoStock();
