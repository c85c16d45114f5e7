import type { Migration } from './index.js';

// The bundled ffmpeg runner's own schedule. A CLI process writes rows; the bot process (the supervisor) runs
// them. `revision` grows on every write so the supervisor can tell which rows changed since it last looked;
// progress columns are written by the supervisor so any process can answer a status query.
export const m003Runner: Migration = {
  version: 3,
  name: 'ffmpeg runner schedule',
  sql: `
    CREATE TABLE runner_tasks (
      task_id        TEXT PRIMARY KEY,
      request_json   TEXT NOT NULL,
      status         TEXT NOT NULL DEFAULT 'enable',
      phase          TEXT NOT NULL DEFAULT 'scheduled',
      start_time     TEXT NOT NULL,
      end_time       TEXT NOT NULL,
      revision       INTEGER NOT NULL DEFAULT 1,
      refresh_type   TEXT,
      restart_seq    INTEGER NOT NULL DEFAULT 0,
      file_index     INTEGER,
      file_url       TEXT,
      file_duration  REAL,
      offset_time    REAL,
      looped_times   INTEGER NOT NULL DEFAULT 0,
      report_time    TEXT,
      created_at     TEXT NOT NULL,
      updated_at     TEXT NOT NULL
    );
    CREATE INDEX runner_tasks_phase ON runner_tasks (phase, start_time);
  `,
};
