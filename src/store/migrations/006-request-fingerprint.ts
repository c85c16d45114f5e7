import type { Migration } from './index.js';

/**
 * What a task's create asked for, as a digest (core/task-service/fingerprint.ts): an idempotency key reused with
 * a different request is refused instead of silently answered with the old task. Null for tasks recorded
 * before this column existed (nothing to compare them with).
 */
export const m006RequestFingerprint: Migration = {
  version: 6,
  name: 'tasks remember what their create asked for',
  sql: `ALTER TABLE tasks ADD COLUMN request_fingerprint TEXT;`,
};
