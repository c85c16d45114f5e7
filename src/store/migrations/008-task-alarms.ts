import type { Migration } from './index.js';

/**
 * When each alarm type last alarmed people, per task (core/events/transitions.ts REPEAT_ALARM_QUIET_MS): its
 * repeats within ten minutes go to the thread only. Kept in memory until now, so after a restart the first
 * repeat pinged the channel again. Written in the same commit as the event that alarmed, so only what was
 * committed counts. Small: the recorder forgets entries older than twice the quiet time.
 */
export const m008TaskAlarms: Migration = {
  version: 8,
  name: 'when each alarm type last alarmed people, per task',
  sql: `
    CREATE TABLE task_alarms (
      task_id     TEXT NOT NULL,
      alarm_type  TEXT NOT NULL,
      alarmed_at  INTEGER NOT NULL,
      PRIMARY KEY (task_id, alarm_type)
    ) WITHOUT ROWID;
  `,
};
