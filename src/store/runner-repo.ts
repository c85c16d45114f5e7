// The bundled runner's schedule (table runner_tasks). Every process writes here; only the supervisor (the bot
// process) acts on it. Writes that another process must notice bump `revision`; the supervisor's progress
// reports do not, so it never reacts to its own bookkeeping.
import type { BackendCreateRequest } from '../core/backend.js';
import type { VodRefreshType } from '../core/relay-request.js';
import type { Db } from './database.js';

export type RunnerPhase = 'scheduled' | 'running' | 'finished' | 'deleted';
export type RunnerStatus = 'enable' | 'pause';

export interface RunnerProgress {
  fileIndex: number | null;
  fileUrl: string | null;
  fileDuration: number | null;
  offsetTime: number | null;
  loopedTimes: number;
  reportTime: string | null;
}

export interface RunnerTaskRow {
  taskId: string;
  request: BackendCreateRequest;
  status: RunnerStatus;
  phase: RunnerPhase;
  revision: number;
  /** How the latest SourceUrls edit should be applied to a playing list. */
  refreshType: VodRefreshType | null;
  /** Grows with every restart request. */
  restartSeq: number;
  progress: RunnerProgress;
  createdAt: string;
  updatedAt: string;
}

interface RawRow {
  task_id: string;
  request_json: string;
  status: RunnerStatus;
  phase: RunnerPhase;
  revision: number;
  refresh_type: VodRefreshType | null;
  restart_seq: number;
  file_index: number | null;
  file_url: string | null;
  file_duration: number | null;
  offset_time: number | null;
  looped_times: number;
  report_time: string | null;
  created_at: string;
  updated_at: string;
}

function fromRaw(raw: RawRow): RunnerTaskRow {
  return {
    taskId: raw.task_id,
    request: JSON.parse(raw.request_json) as BackendCreateRequest,
    status: raw.status,
    phase: raw.phase,
    revision: raw.revision,
    refreshType: raw.refresh_type,
    restartSeq: raw.restart_seq,
    progress: {
      fileIndex: raw.file_index,
      fileUrl: raw.file_url,
      fileDuration: raw.file_duration,
      offsetTime: raw.offset_time,
      loopedTimes: raw.looped_times,
      reportTime: raw.report_time,
    },
    createdAt: raw.created_at,
    updatedAt: raw.updated_at,
  };
}

/** The repository's statements, prepared once per connection: the supervisor runs some of them every second. */
function prepareStatements(db: Db) {
  return {
    insert: db.prepare(
      `INSERT INTO runner_tasks (task_id, request_json, start_time, end_time, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (task_id) DO NOTHING`,
    ),
    get: db.prepare<[string], RawRow>('SELECT * FROM runner_tasks WHERE task_id = ?'),
    listLive: db.prepare<[], RawRow>(`SELECT * FROM runner_tasks WHERE phase IN ('scheduled', 'running') ORDER BY start_time`),
    changed: db.prepare<[], RawRow>(`SELECT * FROM runner_tasks WHERE phase IN ('scheduled', 'running', 'deleted')`),
    countLive: db.prepare<[], { n: number }>(`SELECT COUNT(*) AS n FROM runner_tasks WHERE phase IN ('scheduled', 'running')`),
    updateRequest: db.prepare(
      `UPDATE runner_tasks SET request_json = ?, start_time = ?, end_time = ?, status = COALESCE(?, status),
         refresh_type = ?, phase = CASE WHEN phase = 'finished' THEN 'scheduled' ELSE phase END,
         revision = revision + 1, updated_at = ? WHERE task_id = ?`,
    ),
    requestRestart: db.prepare(
      `UPDATE runner_tasks SET restart_seq = restart_seq + 1, revision = revision + 1, updated_at = ? WHERE task_id = ?`,
    ),
    markDeleted: db.prepare(`UPDATE runner_tasks SET phase = 'deleted', revision = revision + 1, updated_at = ? WHERE task_id = ?`),
    setPhase: db.prepare(`UPDATE runner_tasks SET phase = ?, updated_at = ? WHERE task_id = ? AND phase <> 'deleted'`),
    saveProgress: db.prepare(
      `UPDATE runner_tasks SET file_index = ?, file_url = ?, file_duration = ?, offset_time = ?, looped_times = ?,
         report_time = ? WHERE task_id = ?`,
    ),
    dataVersion: db.prepare<[], number>('PRAGMA data_version').pluck(),
  };
}

export class RunnerRepository {
  private readonly statements: ReturnType<typeof prepareStatements>;

  constructor(db: Db) {
    this.statements = prepareStatements(db);
  }

  /** Inserts a task unless one with the id exists (a retried create is idempotent); true when inserted. */
  insert(request: BackendCreateRequest, now: Date): boolean {
    const at = now.toISOString();
    const result = this.statements.insert.run(request.SpecifyTaskId, JSON.stringify(request), request.StartTime, request.EndTime, at, at);
    return result.changes === 1;
  }

  get(taskId: string): RunnerTaskRow | null {
    const raw = this.statements.get.get(taskId);
    return raw ? fromRaw(raw) : null;
  }

  /** Tasks still to run or running. */
  listLive(): RunnerTaskRow[] {
    return this.statements.listLive.all().map(fromRaw);
  }

  /** Rows whose revision is above `revision`, including ones deleted since. */
  changedSince(revisionByTask: ReadonlyMap<string, number>): RunnerTaskRow[] {
    return this.statements.changed
      .all()
      .map(fromRaw)
      .filter((row) => {
        const known = revisionByTask.get(row.taskId);
        return known === undefined ? row.phase !== 'deleted' : row.revision > known;
      });
  }

  countLive(): number {
    return this.statements.countLive.get()!.n;
  }

  /** Stores an edited request; `refreshType` says how a playing list takes the new files. */
  updateRequest(
    taskId: string,
    request: BackendCreateRequest,
    changes: { status?: RunnerStatus; refreshType?: VodRefreshType | null },
    now: Date,
  ): void {
    this.statements.updateRequest.run(
      JSON.stringify(request),
      request.StartTime,
      request.EndTime,
      changes.status ?? null,
      changes.refreshType ?? null,
      now.toISOString(),
      taskId,
    );
  }

  requestRestart(taskId: string, now: Date): void {
    this.statements.requestRestart.run(now.toISOString(), taskId);
  }

  markDeleted(taskId: string, now: Date): void {
    this.statements.markDeleted.run(now.toISOString(), taskId);
  }

  /** Supervisor bookkeeping: does not bump the revision. */
  setPhase(taskId: string, phase: RunnerPhase, now: Date): void {
    this.statements.setPhase.run(phase, now.toISOString(), taskId);
  }

  saveProgress(taskId: string, progress: RunnerProgress): void {
    this.statements.saveProgress.run(
      progress.fileIndex,
      progress.fileUrl,
      progress.fileDuration,
      progress.offsetTime,
      progress.loopedTimes,
      progress.reportTime,
      taskId,
    );
  }

  /** Increments whenever another connection commits: a cheap "did anything change" check. */
  dataVersion(): number {
    return this.statements.dataVersion.get()!;
  }
}
