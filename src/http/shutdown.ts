// Graceful shutdown in the right order: stop accepting HTTP (in-flight callbacks are answered, and they are
// durable before they are answered), then let the delivery worker finish the messages it is sending, then
// close the store. The caller (main) wires SIGTERM/SIGINT to this.
import type { Logger } from '../log.js';

export interface Closable {
  close(): Promise<void> | void;
}

export interface ShutdownParts {
  server?: Closable;
  worker?: { stop(): Promise<void> };
  /** Closed last (e.g. the SQLite store). */
  others?: Closable[];
  logger: Logger;
  graceMs: number;
}

/** Returns a function that shuts everything down once, however often it is called. */
export function gracefulShutdown(parts: ShutdownParts): () => Promise<void> {
  let done: Promise<void> | null = null;
  const steps = async () => {
    await parts.server?.close();
    await parts.worker?.stop();
    for (const other of parts.others ?? []) await other.close();
  };
  return () => {
    done ??= (async () => {
      parts.logger.info('shutting down');
      let timer: NodeJS.Timeout | undefined;
      const overdue = new Promise<void>((resolve) => {
        timer = setTimeout(() => {
          parts.logger.warn({ graceMs: parts.graceMs }, 'shutdown grace period over; exiting with work unfinished (the outbox resumes it)');
          resolve();
        }, parts.graceMs);
        timer.unref();
      });
      await Promise.race([steps(), overdue]);
      clearTimeout(timer);
    })();
    return done;
  };
}
