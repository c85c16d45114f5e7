// New relays read off the event loop. Understanding a command and building its preview is the heaviest thing a
// chat command does (a few hundred µs of CPU, and the garbage it leaves); with many commands at once (a busy
// workspace, a platform retrying) every acknowledgement, button click and provider callback queued behind it on
// the one event loop. One worker thread does it instead, on another core; the event loop only passes the text
// in and the preview out. Until the worker is up, or if it fails or stalls, commands are read in place as
// before: the pool is an optimisation, never something a command waits on for long.
import { Worker } from 'node:worker_threads';
import type { CommandContext } from '../core/command/index.js';
import { readCommand, type CommandReader, type PreviewAsk, type ReadCommand } from '../core/chat/read-command.js';
import type { Logger } from '../log.js';

/** A worker that has not answered by then is passed by: the command is read in place. */
const ANSWER_WITHIN_MS = 1_000;
/** A worker that stalls is replaced; after this many replacements the pool stops trying. */
const MAX_REPLACEMENTS = 5;

export interface PreviewPool {
  read: CommandReader;
  /** Commands read by the worker, and in place (before it was up, after it failed, or past the wait). */
  readonly counts: { inWorker: number; inPlace: number; replaced: number };
  close(): Promise<void>;
}

interface Waiting {
  resolve(result: ReadCommand): void;
  /** Reads the command here instead; a command that fails to read rejects its promise (never throws here). */
  inPlace(): void;
  timer: NodeJS.Timeout;
}

type Answer = { ready: true } | { id: number; result: ReadCommand } | { id: number; error: string };

export function startPreviewPool(logger: Pick<Logger, 'warn'>, options: { answerWithinMs?: number } = {}): PreviewPool {
  const answerWithinMs = options.answerWithinMs ?? ANSWER_WITHIN_MS;
  const counts = { inWorker: 0, inPlace: 0, replaced: 0 };
  const waiting = new Map<number, Waiting>();
  let nextId = 0;
  let ready = false;
  let worker: Worker | null = null;

  const readInPlace = (text: string, context: CommandContext, ask: PreviewAsk): ReadCommand => {
    counts.inPlace += 1;
    return readCommand(text, context, ask);
  };
  /** Stops using `which` (if it is still the current worker); everything it was asked is read in place. */
  const drop = (which: Worker) => {
    if (worker !== which) return false;
    worker = null;
    ready = false;
    for (const entry of waiting.values()) entry.inPlace();
    void which.terminate();
    return true;
  };
  const spawn = () => {
    const started = new Worker(new URL('./worker-entry.mjs', import.meta.url), { execArgv: [] });
    // It must never keep the process alive: commands are read in place without it.
    started.unref();
    started.on('message', (answer: Answer) => {
      if (worker !== started) return;
      if ('ready' in answer) {
        ready = true;
        return;
      }
      const entry = waiting.get(answer.id);
      if (!entry) return;
      if ('error' in answer) return entry.inPlace();
      counts.inWorker += 1;
      entry.resolve(answer.result);
    });
    const failed = (reason: unknown) => {
      if (drop(started)) logger.warn({ err: reason }, 'preview pool: the worker stopped; reading commands in place');
    };
    started.on('error', failed);
    started.on('exit', (code) => failed(new Error(`worker exited with code ${code}`)));
    worker = started;
  };
  /** A command the worker has sat on past the wait: it may be stuck on it, so a fresh one takes over. */
  const stalled = (which: Worker) => {
    if (!drop(which)) return;
    counts.replaced += 1;
    if (counts.replaced > MAX_REPLACEMENTS) {
      logger.warn('preview pool: the worker keeps stalling; reading commands in place from now on');
      return;
    }
    logger.warn('preview pool: the worker did not answer in time; starting a fresh one');
    spawn();
  };
  spawn();

  return {
    counts,
    read(text, context, ask) {
      const current = worker;
      if (!current || !ready) {
        try {
          return Promise.resolve(readInPlace(text, context, ask));
        } catch (error) {
          return Promise.reject(error instanceof Error ? error : new Error(String(error)));
        }
      }
      return new Promise<ReadCommand>((resolve, reject) => {
        const id = nextId++;
        const settle = (result: ReadCommand) => {
          clearTimeout(waiting.get(id)?.timer);
          waiting.delete(id);
          resolve(result);
        };
        // Runs inside the worker's message and exit handlers and a timer: a command that throws while being read
        // (the worker already failed on it, and so does this thread) must reject this one promise, not escape into
        // the event loop as an uncaught exception that stops the bot and every relay it runs.
        const inPlace = () => {
          let result: ReadCommand;
          try {
            result = readInPlace(text, context, ask);
          } catch (error) {
            clearTimeout(waiting.get(id)?.timer);
            waiting.delete(id);
            reject(error instanceof Error ? error : new Error(String(error)));
            return;
          }
          settle(result);
        };
        const timer = setTimeout(() => {
          inPlace();
          stalled(current);
        }, answerWithinMs);
        waiting.set(id, { resolve: settle, inPlace, timer });
        current.postMessage({ id, text, context, ask });
      });
    },
    async close() {
      const current = worker;
      if (current) drop(current);
      await current?.terminate();
    },
  };
}
