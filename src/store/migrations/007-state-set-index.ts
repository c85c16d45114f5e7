import type { Migration } from './index.js';

/**
 * The events that decide a task's state (core/events/transitions.ts STATE_DECIDING_EVENTS) or changed it, as the
 * recorder asks for them: "when was this task's state last set?" is asked once per task per batch of callbacks,
 * and without this index it read every stored event of the task (~47 µs more per callback under the callbacks
 * bench). The query in store/events-repo.ts uses this exact condition, which is what lets SQLite use the index.
 */
export const STATE_SET_CONDITION = `(event IN ('TaskStart', 'TaskExit', 'TaskChanged') OR state_after <> state_before)`;

export const m007StateSetIndex: Migration = {
  version: 7,
  name: 'the events that set a task state, by task and time',
  sql: `CREATE INDEX relay_events_state_set ON relay_events (task_id, occurred_at) WHERE ${STATE_SET_CONDITION};`,
};
