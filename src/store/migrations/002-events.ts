import type { Migration } from './index.js';

// The event pipeline's tables. `relay_events` is the ledger (one row per distinct provider event, the dedup key
// makes provider retries land once); `deliveries` is the outbox (one row per event and target, claimed by the
// delivery worker with an attempt id before anything is posted); `subscriptions` are channels that follow
// every task. Times are ms since epoch (INTEGER) so the worker can compare them without parsing.
export const m002Events: Migration = {
  version: 2,
  name: 'relay events, delivery outbox, subscriptions',
  sql: `
    CREATE TABLE relay_events (
      id            INTEGER PRIMARY KEY AUTOINCREMENT,
      task_id       TEXT NOT NULL REFERENCES tasks (id),
      dedup_key     TEXT NOT NULL UNIQUE,
      event         TEXT NOT NULL,
      event_json    TEXT NOT NULL,
      occurred_at   INTEGER NOT NULL,
      received_at   INTEGER NOT NULL,
      state_before  TEXT NOT NULL,
      state_after   TEXT NOT NULL,
      alarm         INTEGER NOT NULL
    );
    CREATE INDEX relay_events_task ON relay_events (task_id, id);

    CREATE TABLE deliveries (
      id               INTEGER PRIMARY KEY AUTOINCREMENT,
      event_id         INTEGER NOT NULL REFERENCES relay_events (id),
      task_id          TEXT NOT NULL,
      target           TEXT NOT NULL,
      platform         TEXT NOT NULL,
      team_id          TEXT,
      channel_id       TEXT NOT NULL,
      locale           TEXT NOT NULL,
      group_key        TEXT NOT NULL,
      state            TEXT NOT NULL DEFAULT 'pending',
      attempts         INTEGER NOT NULL DEFAULT 0,
      next_attempt_at  INTEGER NOT NULL,
      attempt_id       TEXT,
      message_id       TEXT,
      last_error       TEXT,
      created_at       INTEGER NOT NULL,
      delivered_at     INTEGER
    );
    CREATE INDEX deliveries_open ON deliveries (state, group_key, id);
    CREATE INDEX deliveries_attempt ON deliveries (attempt_id);

    CREATE TABLE subscriptions (
      platform    TEXT NOT NULL,
      team_id     TEXT NOT NULL DEFAULT '',
      channel_id  TEXT NOT NULL,
      level       TEXT NOT NULL,
      locale      TEXT NOT NULL,
      created_by  TEXT,
      created_at  TEXT NOT NULL,
      PRIMARY KEY (platform, team_id, channel_id)
    );
  `,
};
