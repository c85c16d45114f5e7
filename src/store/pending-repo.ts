// SQLite implementation of the chat's PendingRepository (table from migration 004).
import type { PendingConfirmation, PendingRepository } from '../core/chat/ports.js';
import type { Db } from './database.js';

interface PendingRow {
  payload_json: string;
  task_id: string | null;
}

/** The stored payload is everything but the column that changes after insert. */
type Payload = Omit<PendingConfirmation, 'taskId'>;

/** Confirmed previews stay a day past expiry, so that a late click on an old Confirm still shows its task. */
const CONFIRMED_KEPT_MS = 24 * 60 * 60 * 1000;

export class SqlitePendingRepository implements PendingRepository {
  private readonly insertStatement;
  private readonly selectStatement;
  private readonly confirmStatement;
  private readonly deleteStatement;
  private readonly deleteExpiredStatement;

  constructor(db: Db) {
    this.insertStatement = db.prepare(
      // Positional parameters: binding by name costs a lookup per column, and this runs on every preview.
      `INSERT INTO pending_confirmations (id, platform, user_id, payload_json, created_at, expires_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    );
    this.selectStatement = db.prepare<[string], PendingRow>(
      'SELECT payload_json, task_id FROM pending_confirmations WHERE id = ?',
    );
    this.confirmStatement = db.prepare('UPDATE pending_confirmations SET task_id = ? WHERE id = ?');
    this.deleteStatement = db.prepare('DELETE FROM pending_confirmations WHERE id = ?');
    this.deleteExpiredStatement = db.prepare(
      'DELETE FROM pending_confirmations WHERE (task_id IS NULL AND expires_at < ?) OR expires_at < ?',
    );
  }

  insert(pending: PendingConfirmation): void {
    const { taskId: _notYet, ...payload } = pending;
    this.insertStatement.run(
      pending.id,
      pending.actor.platform,
      pending.actor.userId,
      JSON.stringify(payload satisfies Payload),
      pending.createdAt,
      pending.expiresAt,
    );
  }

  get(id: string): PendingConfirmation | null {
    const row = this.selectStatement.get(id);
    if (!row) return null;
    const payload = JSON.parse(row.payload_json) as Payload;
    return row.task_id ? { ...payload, taskId: row.task_id } : payload;
  }

  markConfirmed(id: string, taskId: string): void {
    this.confirmStatement.run(taskId, id);
  }

  delete(id: string): void {
    this.deleteStatement.run(id);
  }

  deleteExpired(before: Date): number {
    // ISO-8601 UTC strings of one format sort like the instants they name.
    const confirmedBefore = new Date(before.getTime() - CONFIRMED_KEPT_MS);
    return this.deleteExpiredStatement.run(before.toISOString(), confirmedBefore.toISOString()).changes;
  }
}
