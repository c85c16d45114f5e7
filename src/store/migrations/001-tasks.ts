import type { Migration } from './index.js';

export const m001Tasks: Migration = {
  version: 1,
  name: 'tasks, preferences, audit',
  sql: `
    CREATE TABLE tasks (
      id                TEXT PRIMARY KEY,
      backend           TEXT NOT NULL,
      provider_task_id  TEXT,
      specify_task_id   TEXT NOT NULL UNIQUE,
      callback_token    TEXT NOT NULL UNIQUE,
      request_json      TEXT NOT NULL,
      state             TEXT NOT NULL,
      created_by_platform TEXT NOT NULL,
      created_by_user   TEXT NOT NULL,
      created_by_name   TEXT,
      home_platform     TEXT,
      home_team         TEXT,
      home_channel      TEXT,
      home_message      TEXT,
      locale            TEXT NOT NULL,
      time_zone         TEXT NOT NULL,
      start_time        TEXT NOT NULL,
      end_time          TEXT NOT NULL,
      created_at        TEXT NOT NULL,
      updated_at        TEXT NOT NULL
    );
    -- Callbacks find their task by the provider's id. Partial: a task is recorded before the provider names
    -- it, and that first write (on every create's path) then skips this index. No index on state: the table
    -- holds a few hundred rows, and each index is one more page written by every create and state change.
    CREATE INDEX tasks_provider ON tasks (backend, provider_task_id) WHERE provider_task_id IS NOT NULL;

    CREATE TABLE user_preferences (
      platform   TEXT NOT NULL,
      user_id    TEXT NOT NULL,
      time_zone  TEXT,
      locale     TEXT,
      updated_at TEXT NOT NULL,
      PRIMARY KEY (platform, user_id)
    );

    CREATE TABLE audit_log (
      id          INTEGER PRIMARY KEY AUTOINCREMENT,
      at          TEXT NOT NULL,
      platform    TEXT NOT NULL,
      user_id     TEXT NOT NULL,
      user_name   TEXT,
      action      TEXT NOT NULL,
      task_id     TEXT,
      detail_json TEXT
    );
    CREATE INDEX audit_task ON audit_log (task_id);
  `,
};
