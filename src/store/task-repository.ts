// TaskRepository on SQLite: one row per task, the request kept whole as JSON with its times mirrored into
// columns (so that "what starts next" is an index scan, not a JSON parse per row).
import type { BackendKind } from '../core/backend.js';
import type { EventTaskView, EventTaskViews } from '../core/events/ports.js';
import type { Locale } from '../core/i18n.js';
import type { AuditEntry, TaskFilter, TaskPatch, TaskRepository } from '../core/ports.js';
import type { RelayRequest } from '../core/relay-request.js';
import type { TaskHome, TaskRecord, TaskState } from '../core/task.js';
import type Database from 'better-sqlite3';
import type { SqliteAuditLog } from './audit-log.js';
import type { Db } from './database.js';
import { KnownTaskKeys } from './known-task-keys.js';
import { PendingWrites, registerPendingWrites, type PendingCreate } from './pending-writes.js';
import type { IntentJournal } from './intent-journal.js';

interface TaskRow {
  id: string;
  backend: string;
  provider_task_id: string | null;
  specify_task_id: string;
  callback_token: string;
  request_json: string;
  state: string;
  created_by_platform: string;
  created_by_user: string;
  created_by_name: string | null;
  home_platform: string | null;
  home_team: string | null;
  home_channel: string | null;
  home_message: string | null;
  locale: string;
  time_zone: string;
  start_time: string;
  end_time: string;
  created_at: string;
  updated_at: string;
  request_fingerprint: string | null;
}

const COLUMNS = `id, backend, provider_task_id, specify_task_id, callback_token, request_json, state,
  created_by_platform, created_by_user, created_by_name, home_platform, home_team, home_channel, home_message,
  locale, time_zone, start_time, end_time, created_at, updated_at, request_fingerprint`;

function toRecord(row: TaskRow): TaskRecord {
  const home: TaskHome | null =
    row.home_platform && row.home_channel
      ? {
          platform: row.home_platform,
          channelId: row.home_channel,
          ...(row.home_team ? { teamId: row.home_team } : {}),
          ...(row.home_message ? { statusMessageId: row.home_message } : {}),
        }
      : null;
  return {
    id: row.id,
    backend: row.backend as BackendKind,
    providerTaskId: row.provider_task_id,
    specifyTaskId: row.specify_task_id,
    callbackToken: row.callback_token,
    request: JSON.parse(row.request_json) as RelayRequest,
    state: row.state as TaskState,
    createdBy: {
      platform: row.created_by_platform,
      userId: row.created_by_user,
      ...(row.created_by_name ? { displayName: row.created_by_name } : {}),
    },
    home,
    locale: row.locale as Locale,
    timeZone: row.time_zone,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    ...(row.request_fingerprint ? { requestFingerprint: row.request_fingerprint } : {}),
  };
}

function toRow(task: TaskRecord): TaskRow {
  return {
    id: task.id,
    backend: task.backend,
    provider_task_id: task.providerTaskId,
    specify_task_id: task.specifyTaskId,
    callback_token: task.callbackToken,
    request_json: JSON.stringify(task.request),
    state: task.state,
    created_by_platform: task.createdBy.platform,
    created_by_user: task.createdBy.userId,
    created_by_name: task.createdBy.displayName ?? null,
    home_platform: task.home?.platform ?? null,
    home_team: task.home?.teamId ?? null,
    home_channel: task.home?.channelId ?? null,
    home_message: task.home?.statusMessageId ?? null,
    locale: task.locale,
    time_zone: task.timeZone,
    start_time: task.request.StartTime,
    end_time: task.request.EndTime,
    created_at: task.createdAt,
    updated_at: task.updatedAt,
    request_fingerprint: task.requestFingerprint ?? null,
  };
}

interface EventViewRow {
  id: string;
  backend: string;
  provider_task_id: string | null;
  callback_token: string;
  state: string;
  home_platform: string | null;
  home_team: string | null;
  home_channel: string | null;
  locale: string;
  end_time: string;
}

/** The home without its status message id: deliveries are addressed by platform, team and channel only. */
function toEventView(row: EventViewRow): EventTaskView {
  return {
    id: row.id,
    backend: row.backend as BackendKind,
    providerTaskId: row.provider_task_id,
    callbackToken: row.callback_token,
    state: row.state as TaskState,
    home:
      row.home_platform && row.home_channel
        ? { platform: row.home_platform, channelId: row.home_channel, ...(row.home_team ? { teamId: row.home_team } : {}) }
        : null,
    locale: row.locale as Locale,
    endTime: row.end_time,
  };
}

/** How a repository writes a create: at once, or deferred behind a journal (store/pending-writes.ts). */
export interface CreateWrites {
  /** The audit log a create's entry goes to, in the same commit as the task. */
  audit: SqliteAuditLog;
  /** Defer creates (the process holding the data directory); false: commit each at once. */
  deferred: boolean;
  /** Where deferred creates are journaled; null for a store that does not outlive its process. */
  journal: IntentJournal | null;
  onFlushError(error: unknown): void;
  /** A deferred create committed under a longer id because another process took its id meanwhile (to be logged). */
  onRenamed?(from: string, to: string): void;
  flushAfterMs?: number;
}

export class SqliteTaskRepository implements TaskRepository, EventTaskViews {
  private readonly insertStatement;
  private readonly insertIfNewStatement;
  private readonly columnNames: (keyof TaskRow)[];
  private readonly getStatement;
  private readonly bySpecifyStatement;
  private readonly byTokenStatement;
  private readonly byProviderStatement;
  private readonly eventViewByTokenStatement;
  private readonly updateStatements = new Map<string, Database.Statement<Record<string, string | null>, TaskRow>>();
  /** list()'s statements by their SQL: filters are few and fixed by the code, and preparing one costs more than the query. */
  private readonly listStatements = new Map<string, Database.Statement<string[], TaskRow>>();
  /** The uniqueness check of a deferred create, without a query (store/known-task-keys.ts). */
  private readonly keys: KnownTaskKeys | null;
  private readonly specifyTakenStatement;
  private readonly inTransaction;
  private readonly pending: PendingWrites | null;

  constructor(
    private readonly db: Db,
    private readonly clock: () => Date,
    private readonly writes: CreateWrites,
  ) {
    const names = (this.columnNames = COLUMNS.split(',').map((name) => name.trim() as keyof TaskRow));
    // Positional parameters, in COLUMNS order: binding by name costs a lookup per column on every create.
    const insert = `INSERT INTO tasks (${COLUMNS}) VALUES (${names.map(() => '?').join(', ')})`;
    this.insertStatement = db.prepare<unknown[]>(insert);
    this.insertIfNewStatement = db.prepare<unknown[]>(`${insert} ON CONFLICT DO NOTHING`);
    this.getStatement = db.prepare<[string], TaskRow>(`SELECT ${COLUMNS} FROM tasks WHERE id = ?`);
    this.bySpecifyStatement = db.prepare<[string], TaskRow>(`SELECT ${COLUMNS} FROM tasks WHERE specify_task_id = ?`);
    this.byTokenStatement = db.prepare<[string], TaskRow>(`SELECT ${COLUMNS} FROM tasks WHERE callback_token = ?`);
    this.byProviderStatement = db.prepare<[string, string], TaskRow>(
      `SELECT ${COLUMNS} FROM tasks WHERE backend = ? AND provider_task_id = ?`,
    );
    this.eventViewByTokenStatement = db.prepare<[string], EventViewRow>(
      `SELECT id, backend, provider_task_id, callback_token, state, home_platform, home_team, home_channel, locale, end_time
       FROM tasks WHERE callback_token = ?`,
    );
    this.specifyTakenStatement = db.prepare<[string], { one: number }>('SELECT 1 AS one FROM tasks WHERE specify_task_id = ?');
    this.inTransaction = db.transaction((work: () => unknown) => work());
    this.keys = writes.deferred ? new KnownTaskKeys(db) : null;
    this.pending = writes.deferred
      ? new PendingWrites({
          journal: writes.journal,
          commit: (creates) => this.commitCreates(creates),
          inTransaction: () => db.inTransaction,
          onFlushError: writes.onFlushError,
          ...(writes.flushAfterMs !== undefined ? { flushAfterMs: writes.flushAfterMs } : {}),
        })
      : null;
    if (this.pending) registerPendingWrites(db, this.pending);
  }

  /**
   * Records a new task with its audit entry, unless its id, SpecifyTaskId or callback token is taken (false).
   * Durable when it returns: committed, or (deferred) journaled and committed before any later read.
   */
  recordNew(task: TaskRecord, audit: AuditEntry): boolean {
    const at = this.clock().toISOString();
    if (!this.pending) {
      return this.inTransaction(() => {
        if (!this.insertIfNewStatement.run(this.rowValues(task)).changes) return false;
        this.writes.audit.recordAt(audit, at);
        return true;
      }) as boolean;
    }
    // Its id and key; not its callback token: 192 random bits do not collide (and if they ever did, the commit
    // would refuse the row rather than share a token).
    if (this.keys!.taken(task.id, task.specifyTaskId)) return false;
    this.keys!.add(task.id, task.specifyTaskId);
    this.pending.add({ task, audit, at });
    return true;
  }

  /** Commits deferred creates now (before anything reads or changes the tables). */
  settle(): void {
    this.pending?.settle();
  }

  /** Commits deferred creates and stops deferring: the store is closing. */
  closeWrites(): void {
    this.pending?.close();
  }

  /**
   * Commits deferred creates (or a journal's, at open) in one transaction. A task already there is skipped with its
   * entry (a journal replayed after its commit, creates written again after a transaction they joined was over). Another task holding its id (a CLI create meanwhile, one chance in
   * hundreds of millions) gives it the id with one more character, so that nothing recorded is ever dropped.
   */
  commitCreates(creates: readonly PendingCreate[]): void {
    this.inTransaction(() => {
      for (const { task, audit, at } of creates) {
        if (this.specifyTakenStatement.get(task.specifyTaskId)) continue;
        let recorded = task;
        for (let extra = 2; !this.insertIfNewStatement.run(this.rowValues(recorded)).changes; extra += 1) {
          recorded = { ...task, id: `${task.id}${extra}` };
          this.keys?.add(recorded.id, recorded.specifyTaskId);
          if (extra > 9) throw new Error(`task ${task.id}: no free id to commit it under`);
        }
        if (recorded !== task) this.writes.onRenamed?.(task.id, recorded.id);
        this.writes.audit.recordAt(recorded === task ? audit : { ...audit, taskId: recorded.id }, at);
      }
    });
  }

  insert(task: TaskRecord): void {
    this.settle();
    this.insertStatement.run(this.rowValues(task));
    this.keys?.add(task.id, task.specifyTaskId);
  }

  insertIfNew(task: TaskRecord): boolean {
    this.settle();
    if (this.insertIfNewStatement.run(this.rowValues(task)).changes !== 1) return false;
    this.keys?.add(task.id, task.specifyTaskId);
    return true;
  }

  private rowValues(task: TaskRecord): unknown[] {
    const row = toRow(task);
    return this.columnNames.map((name) => row[name]);
  }

  get(id: string): TaskRecord | null {
    this.settle();
    const row = this.getStatement.get(id);
    return row ? toRecord(row) : null;
  }

  findBySpecifyTaskId(specifyTaskId: string): TaskRecord | null {
    this.settle();
    const row = this.bySpecifyStatement.get(specifyTaskId);
    return row ? toRecord(row) : null;
  }

  findByCallbackToken(token: string): TaskRecord | null {
    this.settle();
    const row = this.byTokenStatement.get(token);
    return row ? toRecord(row) : null;
  }

  /** What the callback receiver needs of a task, without decoding its request (one query per callback). */
  eventViewByCallbackToken(token: string): EventTaskView | null {
    this.settle();
    const row = this.eventViewByTokenStatement.get(token);
    return row ? toEventView(row) : null;
  }

  findByProviderTaskId(backend: BackendKind, providerTaskId: string): TaskRecord | null {
    this.settle();
    const row = this.byProviderStatement.get(backend, providerTaskId);
    return row ? toRecord(row) : null;
  }

  /** Newest first. Filters are few and vary: the statement is built from the filter's shape and kept (parameterised). */
  list(filter: TaskFilter = {}): TaskRecord[] {
    this.settle();
    const where: string[] = [];
    const params: string[] = [];
    if (filter.states) {
      if (filter.states.length === 0) return [];
      where.push(`state IN (${filter.states.map(() => '?').join(', ')})`);
      params.push(...filter.states);
    }
    if (filter.backend) {
      where.push('backend = ?');
      params.push(filter.backend);
    }
    if (filter.platform) {
      where.push('home_platform = ?');
      params.push(filter.platform);
    }
    if (filter.teamId) {
      where.push('home_team = ?');
      params.push(filter.teamId);
    }
    if (filter.overlapping) {
      // Compared as instants, not as text: an API time may carry an offset or fractions of a second.
      where.push('unixepoch(start_time) < unixepoch(?) AND unixepoch(end_time) > unixepoch(?)');
      params.push(filter.overlapping.end, filter.overlapping.start);
    }
    const sql = `SELECT ${COLUMNS} FROM tasks ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY created_at DESC, rowid DESC`;
    let statement = this.listStatements.get(sql);
    if (!statement) {
      statement = this.db.prepare<string[], TaskRow>(sql);
      this.listStatements.set(sql, statement);
    }
    return statement.all(...params).map(toRecord);
  }

  /** Sets only the columns the patch touches (so unchanged indexes are left alone) and reads the row back. */
  update(id: string, patch: TaskPatch): TaskRecord {
    this.settle();
    const row = this.updateStatement(patch, true).get(patchValues(id, patch, this.clock()));
    if (!row) throw new Error(`no task ${id}`);
    return toRecord(row);
  }

  /** The same UPDATE without reading back: the caller's fresh record, patched, is the row. */
  updateKnown(task: TaskRecord, patch: TaskPatch): TaskRecord {
    // A create's provider id, learnt while the create is still deferred: committed with it.
    if (this.pending && onlyProviderTaskId(patch)) {
      const known: TaskRecord = { ...task, providerTaskId: patch.providerTaskId ?? null, updatedAt: this.clock().toISOString() };
      if (this.pending.setProviderTaskId(known)) return known;
    }
    this.settle();
    const values = patchValues(task.id, patch, this.clock());
    if (this.updateStatement(patch, false).run(values).changes === 0) throw new Error(`no task ${task.id}`);
    return { ...task, ...patch, updatedAt: values.updated_at! } as TaskRecord;
  }

  /** One prepared statement per set of patched columns, with or without RETURNING the row. */
  private updateStatement(patch: TaskPatch, returning: boolean): Database.Statement<Record<string, string | null>, TaskRow> {
    const columns = patchColumns(patch);
    const signature = `${returning ? 'r' : 'n'}:${columns.join(',')}`;
    let statement = this.updateStatements.get(signature);
    if (!statement) {
      statement = this.db.prepare<Record<string, string | null>, TaskRow>(
        `UPDATE tasks SET ${columns.map((name) => `${name} = @${name}`).join(', ')} WHERE id = @id${returning ? ` RETURNING ${COLUMNS}` : ''}`,
      );
      this.updateStatements.set(signature, statement);
    }
    return statement;
  }
}

function onlyProviderTaskId(patch: TaskPatch): boolean {
  for (const key in patch) if (key !== 'providerTaskId') return false;
  return 'providerTaskId' in patch;
}

/** The columns a patch sets, always with updated_at. */
function patchColumns(patch: TaskPatch): string[] {
  const columns = ['updated_at'];
  if ('providerTaskId' in patch) columns.push('provider_task_id');
  if ('state' in patch && patch.state) columns.push('state');
  if ('request' in patch && patch.request) columns.push('request_json', 'start_time', 'end_time');
  if ('requestFingerprint' in patch && patch.requestFingerprint) columns.push('request_fingerprint');
  if ('home' in patch) columns.push('home_platform', 'home_team', 'home_channel', 'home_message');
  return columns;
}

function patchValues(id: string, patch: TaskPatch, now: Date): Record<string, string | null> {
  const values: Record<string, string | null> = { id, updated_at: now.toISOString() };
  if ('providerTaskId' in patch) values.provider_task_id = patch.providerTaskId ?? null;
  if ('state' in patch && patch.state) values.state = patch.state;
  if ('request' in patch && patch.request) {
    values.request_json = JSON.stringify(patch.request);
    values.start_time = patch.request.StartTime;
    values.end_time = patch.request.EndTime;
  }
  if ('requestFingerprint' in patch && patch.requestFingerprint) values.request_fingerprint = patch.requestFingerprint;
  if ('home' in patch) {
    values.home_platform = patch.home?.platform ?? null;
    values.home_team = patch.home?.teamId ?? null;
    values.home_channel = patch.home?.channelId ?? null;
    values.home_message = patch.home?.statusMessageId ?? null;
  }
  return values;
}
