// One SQLite file (WAL) under RELAYBOT_DATA_DIR, migrated to the newest schema version on open.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { BACKSTOP_AUTOCHECKPOINT_PAGES, WAL_SIZE_LIMIT_BYTES, checkpointInBackground } from './checkpointer.js';
import { MIGRATIONS, type Migration } from './migrations/index.js';

export type Db = Database.Database;

/** Opens (creating if needed) `<dataDir>/relaybot.sqlite`, or an in-memory database for ':memory:'. */
export function openDatabase(dataDir: string): Db {
  let file = ':memory:';
  if (dataDir !== ':memory:') {
    mkdirSync(dataDir, { recursive: true });
    file = join(dataDir, 'relaybot.sqlite');
  }
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // NORMAL is durable across process crashes in WAL mode (only an OS crash may lose the last commits).
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  if (file !== ':memory:') {
    // Checkpoints run on a worker thread (store/checkpointer.ts): a commit no longer stalls on them.
    db.pragma(`wal_autocheckpoint = ${BACKSTOP_AUTOCHECKPOINT_PAGES}`);
    // The WAL may grow large during a burst (it restarts from the top only once checkpoints catch up); once
    // it does, the file is cut back to this size.
    db.pragma(`journal_size_limit = ${WAL_SIZE_LIMIT_BYTES}`);
    const stopCheckpoints = checkpointInBackground(file);
    const close = db.close.bind(db);
    db.close = () => {
      stopCheckpoints();
      return close();
    };
  }
  return db;
}

/**
 * Applies every migration not yet applied, in version order, each in its own transaction. Applied versions are
 * recorded one by one (not only as a high-water mark) so that a migration numbered below one already applied —
 * parts of the bot are developed side by side — still runs. `user_version` mirrors the highest applied.
 */
export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): void {
  const ordered = [...migrations].sort((a, b) => a.version - b.version);
  ordered.forEach((migration, i) => {
    if (i > 0 && ordered[i - 1]!.version === migration.version) {
      throw new Error(`two migrations share version ${migration.version}: ${ordered[i - 1]!.name}, ${migration.name}`);
    }
  });
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  adoptUserVersion(db, ordered);
  const applied = new Set(
    db.prepare<[], { version: number }>('SELECT version FROM schema_migrations').all().map((row) => row.version),
  );
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const migration of ordered) {
    if (applied.has(migration.version)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString());
      const highest = db.pragma('user_version', { simple: true }) as number;
      if (migration.version > highest) db.pragma(`user_version = ${migration.version}`);
    })();
  }
}

/** A database migrated before schema_migrations existed knew only user_version: those versions are applied. */
function adoptUserVersion(db: Db, migrations: readonly Migration[]): void {
  const highest = db.pragma('user_version', { simple: true }) as number;
  const known = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM schema_migrations').get()!.n;
  if (highest === 0 || known > 0) return;
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  db.transaction(() => {
    for (const migration of migrations) {
      if (migration.version <= highest) record.run(migration.version, migration.name, new Date().toISOString());
    }
  })();
}
