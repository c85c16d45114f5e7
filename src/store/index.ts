// The store as the rest of the bot sees it: one database, the repositories core's ports ask for.
import { truncateSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase, type Db } from './database.js';
import { SqliteAuditLog } from './audit-log.js';
import { INTENT_JOURNAL_FILE, IntentJournal } from './intent-journal.js';
import { readPendingCreates } from './pending-writes.js';
import { SqlitePreferenceStore } from './preference-store.js';
import { SqliteTaskRepository } from './task-repository.js';

export interface Store {
  db: Db;
  tasks: SqliteTaskRepository;
  audit: SqliteAuditLog;
  preferences: SqlitePreferenceStore;
  /** Runs `work` in one transaction (nested calls join the outer one). */
  transaction<T>(work: () => T): T;
  /** Throws when the database cannot answer (closed, file gone): the readiness probe. */
  ping(): void;
  close(): void;
}

export interface StoreOptions {
  clock?: () => Date;
  /**
   * For the process that holds the data directory (the bot, under its instance lock) and only for it: creates are
   * journaled and committed together a few milliseconds later (store/pending-writes.ts). Implies `replayJournal`.
   */
  writeBehind?: boolean;
  /**
   * Commit the creates the intent journal of a bot that died still holds, then empty it. Only with the data directory
   * held: a running bot's journal is its own.
   */
  replayJournal?: boolean;
  /** Told when a deferred commit fails on its timer (the next read retries it and throws to its caller). */
  onFlushError?: (error: unknown) => void;
  /** Told when a deferred create had to be committed under a longer id (another process took its id meanwhile). */
  onRenamed?: (from: string, to: string) => void;
  /** How long creates are deferred at most (store/pending-writes.ts FLUSH_AFTER_MS unless given). */
  flushAfterMs?: number;
}

/** Opens `<dataDir>/relaybot.sqlite` (or ':memory:'), migrated, with the repositories on it. */
export function openStore(dataDir: string, options: StoreOptions = {}): Store {
  const clock = options.clock ?? (() => new Date());
  const db = openDatabase(dataDir);
  const journalPath = dataDir === ':memory:' ? null : join(dataDir, INTENT_JOURNAL_FILE);
  // One transaction wrapper, reused: building a new one per call is measurable on a create's path.
  const inTransaction = db.transaction((work: () => unknown) => work());
  const audit = new SqliteAuditLog(db, clock);
  let tasks: SqliteTaskRepository;
  try {
    if (journalPath && (options.writeBehind || options.replayJournal)) replayJournal(db, journalPath, clock, audit);
    tasks = new SqliteTaskRepository(db, clock, {
      audit,
      deferred: options.writeBehind ?? false,
      journal: options.writeBehind && journalPath ? new IntentJournal(journalPath) : null,
      onFlushError: options.onFlushError ?? (() => undefined),
      ...(options.flushAfterMs !== undefined ? { flushAfterMs: options.flushAfterMs } : {}),
      ...(options.onRenamed ? { onRenamed: options.onRenamed } : {}),
    });
  } catch (error) {
    db.close();
    throw error;
  }
  return {
    db,
    tasks,
    audit,
    preferences: new SqlitePreferenceStore(db, clock),
    transaction: <T>(work: () => T) => inTransaction(work) as T,
    ping: () => void db.prepare('SELECT 1').get(),
    close: () => {
      try {
        tasks.closeWrites();
      } finally {
        db.close();
      }
    },
  };
}

/** Commits the creates a journal left behind and empties it. */
function replayJournal(db: Db, path: string, clock: () => Date, audit: SqliteAuditLog): void {
  const { creates, skipped } = readPendingCreates(path);
  if (creates.length > 0) new SqliteTaskRepository(db, clock, { audit, deferred: false, journal: null, onFlushError: () => undefined }).commitCreates(creates);
  if (creates.length > 0 || skipped > 0) truncateSync(path, 0);
}

export { SqliteAuditLog, SqlitePreferenceStore, SqliteTaskRepository };
export type { Db };
