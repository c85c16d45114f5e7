// One ffmpeg child: spawned from an argument array (never a shell string), bound to our life, watched through
// `-progress pipe:3` (read once a second: progress-channel.ts) and stderr, stopped with SIGINT (ffmpeg finishes the file/stream cleanly) and SIGKILL
// after a grace period.
//
// Never an orphan: on Linux the child is started through `setpriv --pdeathsig SIGKILL`, so the kernel kills it
// the moment the bot dies, even by SIGKILL. Where setpriv is missing, readers write through this process
// (task-run.ts), so both ffmpegs hit EOF/EPIPE as soon as the bot is gone.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import type { Logger } from 'pino';
import { isErrorLine, ProgressParser, type ProgressReport } from './progress.js';
import { openProgressChannel, PROGRESS_READ_EVERY_MS, type ProgressChannel } from './progress-channel.js';

const SETPRIV = '/usr/bin/setpriv';
const KEPT_STDERR_LINES = 30;

export interface FfmpegExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** The last stderr line that reports an error, secrets masked; undefined when none. */
  errorLine?: string;
  /** Whether the runner asked it to stop. */
  stopped: boolean;
}

export interface FfmpegSpawnOptions {
  binary: string;
  args: string[];
  logger: Logger;
  /** Masks secrets in stderr lines before they are logged or quoted. */
  redact: (text: string) => string;
  label: string;
  /** Give the child a stdin pipe (the muxer reads its input there). */
  stdinPipe?: boolean;
  /**
   * Where the child's stdout goes: a pipe to this process, or straight into another child's stdin (a reader
   * feeding the muxer without a copy through this process).
   */
  stdout?: 'pipe' | Writable;
  onProgress?: (report: ProgressReport) => void;
  onStderrLine?: (line: string) => void;
}

export class FfmpegProcess {
  readonly exited: Promise<FfmpegExit>;
  private readonly child: ChildProcess;
  private stopRequested = false;
  private lastError: string | undefined;
  readonly recentLines: string[] = [];

  constructor(private readonly options: FfmpegSpawnOptions) {
    const [command, args] = withParentDeathSignal(options.binary, options.args);
    const channel = openProgressChannel();
    try {
      this.child = spawn(command, args, {
        stdio: [options.stdinPipe ? 'pipe' : 'ignore', options.stdout ?? 'ignore', 'pipe', channel?.writeEnd ?? 'pipe'],
      });
    } catch (error) {
      channel?.close();
      throw error;
    } finally {
      channel?.handedOver();
    }
    options.logger.info({ pid: this.child.pid, label: options.label, args: options.redact(options.args.join(' ')) }, 'ffmpeg spawned');
    const progress = new ProgressParser((report) => options.onProgress?.(report));
    const stopReading = channel ? readPeriodically(channel, progress) : readAsWritten(this.child.stdio[3] as Readable | null, progress);
    this.readStderr();
    // Writes to a dead muxer's stdin fail with EPIPE; the exit handler deals with the consequence.
    this.child.stdin?.on('error', () => undefined);
    this.exited = new Promise((resolve) => {
      this.child.on('error', (error) => {
        this.lastError = error.message;
      });
      this.child.on('close', (code, signal) => {
        stopReading();
        const exit: FfmpegExit = { code, signal, stopped: this.stopRequested, ...(this.lastError ? { errorLine: this.lastError } : {}) };
        options.logger.info({ pid: this.child.pid, label: options.label, code, signal, error: exit.errorLine }, 'ffmpeg exited');
        resolve(exit);
      });
    });
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get stdin(): Writable | null {
    return this.child.stdin;
  }

  get stdout(): Readable | null {
    return this.child.stdout;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** The kernel function the process sleeps in (Linux), e.g. `anon_pipe_write` when its output pipe is full. */
  waitChannel(): string | undefined {
    try {
      return readFileSync(`/proc/${this.child.pid}/wchan`, 'utf8').trim() || undefined;
    } catch {
      return undefined;
    }
  }

  /** SIGINT, then SIGKILL when it has not exited after `graceMs`. */
  async stop(graceMs: number): Promise<FfmpegExit> {
    this.stopRequested = true;
    if (this.running) {
      this.child.kill('SIGINT');
      const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
      await this.exited;
      clearTimeout(timer);
    }
    return this.exited;
  }

  private readStderr(): void {
    let pending = '';
    this.child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split(/\r?\n|\r/);
      pending = lines.pop() ?? '';
      for (const raw of lines) {
        if (!raw.trim()) continue;
        const line = this.options.redact(raw);
        this.recentLines.push(line);
        if (this.recentLines.length > KEPT_STDERR_LINES) this.recentLines.shift();
        if (isErrorLine(line)) {
          this.lastError = line.trim();
          this.options.logger.warn({ pid: this.child.pid, label: this.options.label, line }, 'ffmpeg error line');
        }
        this.options.onStderrLine?.(line);
      }
    });
  }
}

/** Reports read from the channel once a second, and what is left when the child has gone; returns the final read. */
function readPeriodically(channel: ProgressChannel, progress: ProgressParser): () => void {
  const timer = setInterval(() => progress.push(channel.read()), PROGRESS_READ_EVERY_MS).unref();
  return () => {
    clearInterval(timer);
    progress.push(channel.read());
    channel.close();
  };
}

/** Reports read as ffmpeg writes them (no FIFO here): each wakes this process. */
function readAsWritten(pipe: Readable | null, progress: ProgressParser): () => void {
  pipe?.setEncoding('utf8').on('data', (chunk: string) => progress.push(chunk));
  return () => undefined;
}

let setprivWorks: boolean | undefined;

/** Whether children die with this process by the kernel's hand (not only through their pipes). */
export function childrenDieWithUs(): boolean {
  setprivWorks ??= process.platform === 'linux' && existsSync(SETPRIV);
  return setprivWorks;
}

/** Tests: run as on a system without setpriv, where only pipes through this process end the children with it. */
export function pretendNoParentDeathSignal(): void {
  setprivWorks = false;
}

/** `setpriv --pdeathsig SIGKILL -- ffmpeg ...` where util-linux's setpriv is installed. */
function withParentDeathSignal(binary: string, args: string[]): [string, string[]] {
  if (!childrenDieWithUs()) return [binary, args];
  return [SETPRIV, ['--pdeathsig', 'SIGKILL', '--', binary, ...args]];
}
