// Versioned schema migrations, applied in order by store/database.ts. Never edit a released migration:
// add the next one.
import { m001Tasks } from './001-tasks.js';
import { m002Events } from './002-events.js';
import { m003Runner } from './003-runner.js';
import { m004Chat } from './004-chat.js';
import { m005AuditRowid } from './005-audit-rowid.js';
import { m006RequestFingerprint } from './006-request-fingerprint.js';
import { m007StateSetIndex } from './007-state-set-index.js';
import { m008TaskAlarms } from './008-task-alarms.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: Migration[] = [m001Tasks, m002Events, m003Runner, m004Chat, m005AuditRowid, m006RequestFingerprint, m007StateSetIndex, m008TaskAlarms];
