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
  close(): void;
}

/** Opens `<dataDir>/relaybot.sqlite` (or ':memory:'), migrated, with the repositories on it. */
export function openStore(dataDir: string, clock: () => Date = () => new Date()): Store {
  const db = openDatabase(dataDir);
  return {
    db,
    tasks: new SqliteTaskRepository(db, clock),
    audit: new SqliteAuditLog(db, clock),
    preferences: new SqlitePreferenceStore(db, clock),
    close: () => db.close(),
  };
}

export { SqliteAuditLog, SqlitePreferenceStore, SqliteTaskRepository };
export type { Db };
