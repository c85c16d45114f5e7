// The audit log: who did what to which task, append-only. Details are stored as given; callers pass field
// names and ids, never URLs (stream keys) or tokens.
import type { AuditEntry, AuditLog } from '../core/ports.js';
import type { Actor } from '../core/task.js';
import type { Db } from './database.js';
import { settleWritesOn } from './pending-writes.js';

export interface StoredAuditEntry extends AuditEntry {
  id: number;
  at: string;
}

interface AuditRow {
  id: number;
  at: string;
  platform: string;
  user_id: string;
  user_name: string | null;
  action: string;
  task_id: string | null;
  detail_json: string | null;
}

export class SqliteAuditLog implements AuditLog {
  private readonly insertStatement;
  private readonly byTaskStatement;
  private readonly latestOfStatement;

  constructor(
    private readonly db: Db,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.insertStatement = db.prepare(
      `INSERT INTO audit_log (at, platform, user_id, user_name, action, task_id, detail_json)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    this.byTaskStatement = db.prepare<[string], AuditRow>(
      'SELECT id, at, platform, user_id, user_name, action, task_id, detail_json FROM audit_log WHERE task_id = ? ORDER BY id',
    );
    this.latestOfStatement = db.prepare<[string, string], { detail_json: string | null }>(
      'SELECT detail_json FROM audit_log WHERE task_id = ? AND action = ? ORDER BY id DESC LIMIT 1',
    );
  }

  latestOf(taskId: string, action: string): { detail?: unknown } | null {
    settleWritesOn(this.db);
    const row = this.latestOfStatement.get(taskId, action);
    if (!row) return null;
    return row.detail_json ? { detail: JSON.parse(row.detail_json) as unknown } : {};
  }

  record(entry: AuditEntry): void {
    // After the entries of creates still deferred: the log stays in the order things happened.
    settleWritesOn(this.db);
    this.recordAt(entry, this.clock().toISOString());
  }

  /** Writes an entry made at `at` (a deferred create's, committed later). */
  recordAt(entry: AuditEntry, at: string): void {
    this.insertStatement.run(
      at,
      entry.actor.platform,
      entry.actor.userId,
      entry.actor.displayName ?? null,
      entry.action,
      entry.taskId ?? null,
      entry.detail === undefined ? null : JSON.stringify(entry.detail),
    );
  }

  /** A task's history, oldest first. */
  forTask(taskId: string): StoredAuditEntry[] {
    settleWritesOn(this.db);
    return this.byTaskStatement.all(taskId).map((row) => {
      const actor: Actor = {
        platform: row.platform,
        userId: row.user_id,
        ...(row.user_name ? { displayName: row.user_name } : {}),
      };
      return {
        id: row.id,
        at: row.at,
        actor,
        action: row.action,
        ...(row.task_id ? { taskId: row.task_id } : {}),
        ...(row.detail_json ? { detail: JSON.parse(row.detail_json) as unknown } : {}),
      };
    });
  }
}
