import type { Migration } from './index.js';

/**
 * The audit log keyed by plain rowid instead of AUTOINCREMENT. AUTOINCREMENT only matters when the newest row
 * can be deleted (ids must then never be reused); the audit log is append-only, so ids stay in order anyway, and
 * without it every mutating action writes one page less (sqlite_sequence) in its commit.
 */
export const m005AuditRowid: Migration = {
  version: 5,
  name: 'audit log without AUTOINCREMENT',
  sql: `
    CREATE TABLE audit_log_next (
      id          INTEGER PRIMARY KEY,
      at          TEXT NOT NULL,
      platform    TEXT NOT NULL,
      user_id     TEXT NOT NULL,
      user_name   TEXT,
      action      TEXT NOT NULL,
      task_id     TEXT,
      detail_json TEXT
    );
    INSERT INTO audit_log_next (id, at, platform, user_id, user_name, action, task_id, detail_json)
      SELECT id, at, platform, user_id, user_name, action, task_id, detail_json FROM audit_log;
    DROP TABLE audit_log;
    ALTER TABLE audit_log_next RENAME TO audit_log;
    CREATE INDEX audit_task ON audit_log (task_id);
    DELETE FROM sqlite_sequence WHERE name = 'audit_log';
  `,
};
