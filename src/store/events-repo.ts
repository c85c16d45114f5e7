// The event ledger and the delivery outbox on SQLite. The ledger's UNIQUE dedup key is what makes a provider
// retry land once; the outbox rows carry an attempt id, committed before anything is posted, so a crash
// between posting and marking leaves evidence the worker can check on restart (see delivery/worker.ts).
import { randomUUID } from 'node:crypto';
import type { Locale } from '../core/i18n.js';
import type {
  DeliveryBatch,
  DeliveryTarget,
  DeliveryTargetKind,
  DueGroup,
  EventLedger,
  GivenUp,
  LedgerEvent,
  NewEvent,
  Outbox,
  StoredEvent,
  TaskProgress,
} from '../core/events/ports.js';
import { groupKeyOf } from '../core/events/targets.js';
import { STATE_SET_CONDITION } from './migrations/007-state-set-index.js';
import type { TaskState } from '../core/task.js';
import type { Db } from './database.js';
import { settleWritesOn } from './pending-writes.js';

interface EventRow {
  id: number;
  task_id: string;
  event_json: string;
  received_at: number;
  state_before: string;
  state_after: string;
  alarm: number;
}

function toStoredEvent(row: EventRow): StoredEvent {
  return {
    id: row.id,
    taskId: row.task_id,
    // A provider's event, or a change someone made through the bot (core/events/task-change.ts).
    event: JSON.parse(row.event_json) as LedgerEvent,
    receivedAt: row.received_at,
    stateBefore: row.state_before as TaskState,
    stateAfter: row.state_after as TaskState,
    alarm: row.alarm === 1,
  };
}

export class SqliteEventLedger implements EventLedger {
  private readonly insertEvent;
  private readonly insertDelivery;
  private readonly progressStatement;
  private readonly forgetAlarms;
  private readonly insertAlarm;
  private readonly byTask;
  private readonly countAll;
  /** One transaction function for every call: `work` runs inside it (better-sqlite3 wraps once, not per call). */
  private readonly inTransaction;

  constructor(private readonly db: Db) {
    // Positional parameters: binding by name costs a property lookup per column on every callback.
    this.insertEvent = db.prepare<[string, string, string, string, number, number, string, string, number]>(
      `INSERT INTO relay_events (task_id, dedup_key, event, event_json, occurred_at, received_at, state_before, state_after, alarm)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (dedup_key) DO NOTHING`,
    );
    this.insertDelivery = db.prepare<[number, string, string, string, string | null, string, string, string, number, number]>(
      `INSERT INTO deliveries (event_id, task_id, target, platform, team_id, channel_id, locale, group_key, next_attempt_at, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    // Two columns of the task, not its whole row: the recorder reads this once per task per group commit. With
    // them, when the state was last set (the latest of the task's state-deciding or state-changing events): a
    // callback that happened before that arrives late and must not move the state back (core/events/transitions.ts).
    // And when each alarm type last alarmed people (task_alarms), so that a repeat is quiet across a restart too.
    this.progressStatement = db.prepare<[string], { state: string; end_time: string; state_set_at: number | null; alarmed_at: string | null }>(
      `SELECT state, end_time,
         (SELECT occurred_at FROM relay_events INDEXED BY relay_events_state_set
           WHERE task_id = tasks.id AND ${STATE_SET_CONDITION} ORDER BY occurred_at DESC LIMIT 1) AS state_set_at,
         (SELECT json_group_object(alarm_type, alarmed_at) FROM task_alarms WHERE task_id = tasks.id) AS alarmed_at
       FROM tasks WHERE id = ?`,
    );
    this.forgetAlarms = db.prepare<[string]>('DELETE FROM task_alarms WHERE task_id = ?');
    this.insertAlarm = db.prepare<[string, string, number]>('INSERT INTO task_alarms (task_id, alarm_type, alarmed_at) VALUES (?, ?, ?)');
    this.byTask = db.prepare<[string], EventRow>('SELECT * FROM relay_events WHERE task_id = ? ORDER BY id');
    this.countAll = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM relay_events');
    this.inTransaction = db.transaction((work: () => unknown) => work());
  }

  transaction<T>(work: () => T): T {
    return this.inTransaction.immediate(work) as T;
  }

  progressOf(taskId: string): TaskProgress | null {
    settleWritesOn(this.db); // a create still deferred is a task all the same
    const row = this.progressStatement.get(taskId);
    if (!row) return null;
    const alarmedAt = JSON.parse(row.alarmed_at ?? '{}') as Record<string, number>;
    return {
      state: row.state as TaskState,
      endTime: row.end_time,
      stateSetAt: row.state_set_at,
      ...(Object.keys(alarmedAt).length > 0 ? { alarmedAt } : {}),
    };
  }

  rememberAlarms(taskId: string, alarmedAt: Readonly<Record<string, number>> | undefined): void {
    this.forgetAlarms.run(taskId);
    for (const [type, at] of Object.entries(alarmedAt ?? {})) this.insertAlarm.run(taskId, type, at);
  }

  append(event: NewEvent): StoredEvent | null {
    settleWritesOn(this.db); // its task may be a create still deferred (the events reference tasks)
    const result = this.insertEvent.run(
      event.taskId,
      event.dedupKey,
      event.event.event,
      JSON.stringify(event.event),
      event.event.occurredAt,
      event.receivedAt,
      event.stateBefore,
      event.stateAfter,
      event.alarm ? 1 : 0,
    );
    if (result.changes === 0) return null;
    return {
      id: Number(result.lastInsertRowid),
      taskId: event.taskId,
      event: event.event,
      receivedAt: event.receivedAt,
      stateBefore: event.stateBefore,
      stateAfter: event.stateAfter,
      alarm: event.alarm,
    };
  }

  enqueue(event: StoredEvent, targets: readonly DeliveryTarget[], now: number): void {
    for (const target of targets) {
      this.insertDelivery.run(
        event.id,
        event.taskId,
        target.kind,
        target.platform,
        target.teamId ?? null,
        target.channelId,
        target.locale,
        groupKeyOf(event.taskId, target),
        now,
        now,
      );
    }
  }

  /** A task's events, oldest first. */
  eventsOf(taskId: string): StoredEvent[] {
    return this.byTask.all(taskId).map(toStoredEvent);
  }

  count(): number {
    return this.countAll.get()?.n ?? 0;
  }
}

interface DeliveryRow extends EventRow {
  delivery_id: number;
  group_key: string;
  target: string;
  platform: string;
  team_id: string | null;
  channel_id: string;
  locale: string;
  attempts: number;
  attempt_id: string | null;
}

const BATCH_COLUMNS = `d.id AS delivery_id, d.group_key, d.target, d.platform, d.team_id, d.channel_id, d.locale,
  d.attempts, d.attempt_id, e.id, e.task_id, e.event_json, e.received_at, e.state_before, e.state_after, e.alarm`;

function toBatch(attemptId: string, rows: DeliveryRow[], resumed: boolean): DeliveryBatch {
  const first = rows[0]!;
  return {
    attemptId,
    groupKey: first.group_key,
    taskId: first.task_id,
    target: {
      kind: first.target as DeliveryTargetKind,
      platform: first.platform,
      channelId: first.channel_id,
      locale: first.locale as Locale,
      ...(first.team_id ? { teamId: first.team_id } : {}),
    },
    events: rows.map(toStoredEvent),
    attempts: first.attempts,
    resumed,
  };
}

export class SqliteOutbox implements Outbox {
  private readonly dueStatement;
  private readonly nextDueStatement;
  private readonly pendingOfGroup;
  private readonly claimRow;
  private readonly sendingRows;
  private readonly deliveredStatement;
  private readonly releaseStatement;
  private readonly failedStatement;
  private readonly countStatement;
  private readonly pruneStatement;
  private readonly sendingOf;
  private readonly staleRows;
  private readonly giveUpRow;
  private readonly waitingNotice;
  private readonly raiseNotice;
  private readonly taskState;
  /** Where a notice of news given up is stored and queued, as the recorder stores events. */
  private readonly ledger: SqliteEventLedger;

  constructor(private readonly db: Db) {
    this.ledger = new SqliteEventLedger(db);
    // The group's rows received before the limit, pending or in this attempt: a notice of news given up is never
    // one of them (it is what tells of the others).
    this.staleRows = db.prepare<{ attempt: string; before: number }, { id: number; target: string; occurred_at: number }>(
      `SELECT d.id, d.target, e.occurred_at FROM deliveries d JOIN relay_events e ON e.id = d.event_id
       WHERE d.group_key = (SELECT group_key FROM deliveries WHERE attempt_id = @attempt LIMIT 1)
         AND (d.state = 'pending' OR (d.state = 'sending' AND d.attempt_id = @attempt))
         AND d.created_at < @before AND e.event <> 'UpdatesUndelivered'`,
    );
    this.giveUpRow = db.prepare<{ id: number; error: string; now: number }>(
      `UPDATE deliveries SET state = 'failed', last_error = @error, delivered_at = @now WHERE id = @id`,
    );
    // A notice still waiting on that target (or failing in this very attempt) grows rather than another being
    // queued: in an outage of a day, news keeps going stale, and one notice per retry would be a flood. Its count
    // is read when it is posted; only an earlier attempt that did land unseen (a 5xx after the post) shows less.
    this.waitingNotice = db.prepare<[string, string], { event_id: number }>(
      `SELECT d.event_id FROM deliveries d JOIN relay_events e ON e.id = d.event_id
       WHERE d.group_key = ? AND (d.state = 'pending' OR (d.state = 'sending' AND d.attempt_id = ?))
         AND e.event = 'UpdatesUndelivered'
       ORDER BY d.id DESC LIMIT 1`,
    );
    this.raiseNotice = db.prepare<{ id: number; count: number; since: number }>(
      `UPDATE relay_events SET event_json = json_set(event_json,
         '$.count', json_extract(event_json, '$.count') + @count,
         '$.since', MIN(json_extract(event_json, '$.since'), @since))
       WHERE id = @id`,
    );
    this.taskState = db.prepare<[string], { state: string }>('SELECT state FROM tasks WHERE id = ?');
    // One group per channel: the worker writes to a channel one message at a time, and a backlog in one busy
    // channel must not hide the groups of every other channel behind a LIMIT. Within a channel, a group holding
    // an alarm goes first, its top-level post before the thread's and the status message's: at one write a
    // second, an alarm behind a burst of 200 file events waited some 11 s for the thread's listings. Otherwise
    // the oldest group first. Order within a group (one task, one target) never changes.
    this.dueStatement = db.prepare<{ now: number; limit: number }, { group_key: string; platform: string; channel_id: string }>(
      `SELECT group_key, platform, channel_id FROM (
         SELECT d.group_key, d.platform, d.channel_id, MIN(d.id) AS first_id, MAX(e.alarm) AS has_alarm,
                ROW_NUMBER() OVER (
                  PARTITION BY d.platform, d.channel_id
                  ORDER BY MAX(e.alarm) DESC, MIN(d.target = 'channel') DESC, MIN(d.id)
                ) AS nth
         FROM deliveries d JOIN relay_events e ON e.id = d.event_id
         WHERE d.state = 'pending'
         GROUP BY d.group_key
         HAVING MAX(d.next_attempt_at) <= @now
            AND NOT EXISTS (SELECT 1 FROM deliveries s WHERE s.group_key = d.group_key AND s.state = 'sending')
       ) WHERE nth = 1 ORDER BY has_alarm DESC, first_id LIMIT @limit`,
    );
    this.nextDueStatement = db.prepare<[], { at: number | null }>(
      `SELECT MIN(next_attempt_at) AS at FROM deliveries WHERE state = 'pending'`,
    );
    this.pendingOfGroup = db.prepare<[string, number], DeliveryRow>(
      `SELECT ${BATCH_COLUMNS} FROM deliveries d JOIN relay_events e ON e.id = d.event_id
       WHERE d.group_key = ? AND d.state = 'pending' ORDER BY d.id LIMIT ?`,
    );
    this.claimRow = db.prepare<[string, number]>(
      `UPDATE deliveries SET state = 'sending', attempt_id = ?, attempts = attempts + 1 WHERE id = ?`,
    );
    this.sendingRows = db.prepare<[], DeliveryRow>(
      `SELECT ${BATCH_COLUMNS} FROM deliveries d JOIN relay_events e ON e.id = d.event_id
       WHERE d.state = 'sending' ORDER BY d.id`,
    );
    this.deliveredStatement = db.prepare<{ attempt: string; message: string | null; now: number }>(
      `UPDATE deliveries SET state = 'done', message_id = @message, delivered_at = @now
       WHERE attempt_id = @attempt AND state = 'sending'`,
    );
    this.releaseStatement = db.prepare<{ attempt: string; at: number; error: string; keep: number }>(
      `UPDATE deliveries SET state = 'pending', next_attempt_at = @at, last_error = @error,
         attempt_id = CASE WHEN @keep = 1 THEN attempt_id ELSE NULL END
       WHERE attempt_id = @attempt AND state = 'sending'`,
    );
    this.failedStatement = db.prepare<{ attempt: string; error: string; now: number }>(
      `UPDATE deliveries SET state = 'failed', last_error = @error, delivered_at = @now
       WHERE attempt_id = @attempt AND state = 'sending'`,
    );
    this.sendingOf = db.prepare<[string], { task_id: string }>(
      `SELECT task_id FROM deliveries WHERE attempt_id = ? AND state = 'sending' LIMIT 1`,
    );
    this.pruneStatement = db.prepare<[number]>(
      `DELETE FROM deliveries WHERE state IN ('done', 'failed') AND delivered_at < ?`,
    );
    this.countStatement = db.prepare<[], { state: string; n: number }>(
      'SELECT state, COUNT(*) AS n FROM deliveries GROUP BY state',
    );
  }

  dueGroups(now: number, limit: number): DueGroup[] {
    return this.dueStatement
      .all({ now, limit })
      .map((row) => ({ groupKey: row.group_key, platform: row.platform, channelId: row.channel_id }));
  }

  nextDueAt(): number | null {
    return this.nextDueStatement.get()?.at ?? null;
  }

  claim(groupKey: string, newAttemptId: string, maxEvents: number, _now: number): DeliveryBatch | null {
    return this.db
      .transaction(() => {
        const rows = this.pendingOfGroup.all(groupKey, maxEvents);
        if (rows.length === 0) return null;
        // Rows whose earlier post may have landed keep their attempt id: the retry reuses it as the platform's
        // idempotency key, and only rows of that same attempt may share the message.
        const inherited = rows[0]!.attempt_id;
        const claimed = inherited ? rows.filter((row) => row.attempt_id === inherited) : rows.filter((row) => row.attempt_id === null);
        const attemptId = inherited ?? newAttemptId;
        for (const row of claimed) this.claimRow.run(attemptId, row.delivery_id);
        return toBatch(attemptId, claimed.map((row) => ({ ...row, attempts: row.attempts + 1 })), inherited !== null);
      })
      .immediate();
  }

  markDelivered(attemptId: string, messageId: string | null, now: number): void {
    this.deliveredStatement.run({ attempt: attemptId, message: messageId, now });
  }

  release(attemptId: string, nextAttemptAt: number, error: string, keepAttemptId: boolean): void {
    this.releaseStatement.run({ attempt: attemptId, at: nextAttemptAt, error: error.slice(0, 500), keep: keepAttemptId ? 1 : 0 });
  }

  markFailed(attemptId: string, error: string, now: number): void {
    this.failedStatement.run({ attempt: attemptId, error: error.slice(0, 500), now });
  }

  giveUp(attemptId: string, before: number, now: number, noticeTargets: readonly DeliveryTarget[]): GivenUp {
    return this.db
      .transaction((): GivenUp => {
        const first = this.sendingOf.get(attemptId);
        const stale = this.staleRows.all({ attempt: attemptId, before });
        if (!first || stale.length === 0) return { rows: 0, counted: 0, since: null };
        const error = `given up: no answer from the chat platform since ${new Date(before).toISOString()}`;
        for (const row of stale) this.giveUpRow.run({ id: row.id, error, now });
        const counted = stale.filter((row) => row.target !== 'status').length;
        const since = Math.min(...stale.map((row) => row.occurred_at));
        this.leaveNotice(attemptId, first.task_id, counted, since, now, noticeTargets);
        return { rows: stale.length, counted, since };
      })
      .immediate();
  }

  /** One notice per target for an outage: a waiting one grows; otherwise a new one is stored and queued. */
  private leaveNotice(attemptId: string, taskId: string, count: number, since: number, now: number, targets: readonly DeliveryTarget[]): void {
    const first = targets[0];
    if (!first) return;
    const waiting = this.waitingNotice.get(groupKeyOf(taskId, first), attemptId);
    if (waiting) {
      this.raiseNotice.run({ id: waiting.event_id, count, since });
      return;
    }
    settleWritesOn(this.db);
    const state = (this.taskState.get(taskId)?.state ?? 'ended') as TaskState;
    const stored = this.ledger.append({
      taskId,
      dedupKey: `undelivered:${randomUUID()}`,
      event: { event: 'UpdatesUndelivered', count, since, occurredAt: now },
      receivedAt: now,
      stateBefore: state,
      stateAfter: state,
      alarm: false,
    });
    if (stored) this.ledger.enqueue(stored, targets, now);
  }

  unsettled(): DeliveryBatch[] {
    const byAttempt = new Map<string, DeliveryRow[]>();
    for (const row of this.sendingRows.all()) {
      const key = row.attempt_id ?? `row-${row.delivery_id}`;
      byAttempt.set(key, [...(byAttempt.get(key) ?? []), row]);
    }
    return [...byAttempt].map(([attemptId, rows]) => toBatch(attemptId, rows, true));
  }

  prune(before: number): number {
    return this.pruneStatement.run(before).changes;
  }

  counts(): Record<'pending' | 'sending' | 'done' | 'failed', number> {
    const counts = { pending: 0, sending: 0, done: 0, failed: 0 };
    for (const row of this.countStatement.all()) counts[row.state as keyof typeof counts] = row.n;
    return counts;
  }
}
