// One bot per data directory. Two bots on one store would both run the same local relays and both answer the
// same chat, so the second refuses to start. The lock is SQLite's own: a write lock (BEGIN IMMEDIATE) held on
// a small side file for the bot's whole life. The OS drops it when the process dies however it dies (even
// SIGKILL), so a crashed bot never leaves a stale lock behind to be guessed at with timers or pid checks; a
// new bot simply gets it. The holder's pid is kept beside it, for the message that names who holds it.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';

const LOCK_FILE = 'relaybot.lock';
const PID_FILE = 'relaybot.pid';

/** Another live process holds the data directory. `pid` is null when it has not written its pid yet. */
export class InstanceLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number | null,
  ) {
    super(`another relaybot (pid ${pid ?? 'unknown'}) is running on ${dataDir}`);
    this.name = 'InstanceLockedError';
  }
}

export interface InstanceLock {
  release(): void;
}

function openLockFile(dataDir: string, waitMs: number): Database.Database {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, LOCK_FILE));
  // A rollback journal, not WAL: the write lock is then an OS lock on the file itself, released at exit.
  db.pragma('journal_mode = DELETE');
  db.pragma(`busy_timeout = ${waitMs}`);
  return db;
}

function isBusy(error: unknown): boolean {
  return /^SQLITE_BUSY/.test((error as { code?: string }).code ?? '');
}

/** The pid the current holder wrote, if it did. */
function holderPid(dataDir: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(join(dataDir, PID_FILE), 'utf8').trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/**
 * Takes the data directory for this process, or throws InstanceLockedError naming the process that has it.
 * `waitMs` rides out a `relaybot create` that is only checking whether a bot runs (it holds the lock for
 * a moment). ':memory:' stores are per process and need no lock.
 */
export function acquireInstanceLock(dataDir: string, options: { waitMs?: number; pid?: number } = {}): InstanceLock {
  if (dataDir === ':memory:') return { release: () => undefined };
  const db = openLockFile(dataDir, options.waitMs ?? 1_000);
  try {
    db.exec('BEGIN IMMEDIATE');
  } catch (error) {
    db.close();
    if (isBusy(error)) throw new InstanceLockedError(dataDir, holderPid(dataDir));
    throw error;
  }
  // Written whole then renamed: a reader never sees half a pid.
  const pidPath = join(dataDir, PID_FILE);
  writeFileSync(`${pidPath}.tmp`, `${options.pid ?? process.pid}\n`);
  renameSync(`${pidPath}.tmp`, pidPath);
  let held = true;
  return {
    release() {
      if (!held) return;
      held = false;
      // The pid file stays: it is only read while the lock is held, and the next holder overwrites it.
      db.exec('ROLLBACK');
      db.close();
    },
  };
}

/**
 * Whether a bot holds the data directory right now, and its pid. Answered by trying the lock without waiting
 * and letting go at once, so a bot starting at that moment waits a few milliseconds at most.
 */
export function runningInstance(dataDir: string): { running: false } | { running: true; pid: number | null } {
  if (dataDir === ':memory:') return { running: false };
  const db = openLockFile(dataDir, 0);
  try {
    db.exec('BEGIN IMMEDIATE');
    db.exec('ROLLBACK');
    return { running: false };
  } catch (error) {
    if (isBusy(error)) return { running: true, pid: holderPid(dataDir) };
    throw error;
  } finally {
    db.close();
  }
}
