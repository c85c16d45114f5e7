import type { Migration } from './index.js';

// Previews waiting for Confirm. Kept in the store (not memory) so that a Confirm clicked after a restart, or
// delivered twice by the platform, still finds its request and creates exactly one task.
export const m004Chat: Migration = {
  version: 4,
  name: 'pending confirmations',
  sql: `
    CREATE TABLE pending_confirmations (
      id            TEXT PRIMARY KEY,
      platform      TEXT NOT NULL,
      user_id       TEXT NOT NULL,
      payload_json  TEXT NOT NULL,
      created_at    TEXT NOT NULL,
      expires_at    TEXT NOT NULL,
      task_id       TEXT
    );
    CREATE INDEX pending_expiry ON pending_confirmations (expires_at);
  `,
};
