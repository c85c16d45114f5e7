// The store as the rest of the bot sees it: one database, the repositories core's ports ask for.
import { openDatabase, type Db } from './database.js';
import { SqliteAuditLog } from './audit-log.js';
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

/** Opens `<dataDir>/relaybot.sqlite` (or ':memory:'), migrated, with the repositories on it. */
export function openStore(dataDir: string, clock: () => Date = () => new Date()): Store {
  const db = openDatabase(dataDir);
  // One transaction wrapper, reused: building a new one per call is measurable on a create's path.
  const inTransaction = db.transaction((work: () => unknown) => work());
  return {
    db,
    tasks: new SqliteTaskRepository(db, clock),
    audit: new SqliteAuditLog(db, clock),
    preferences: new SqlitePreferenceStore(db, clock),
    transaction: <T>(work: () => T) => inTransaction(work) as T,
    ping: () => void db.prepare('SELECT 1').get(),
    close: () => db.close(),
  };
}

export { SqliteAuditLog, SqlitePreferenceStore, SqliteTaskRepository };
export type { Db };
