// The one task service every front end calls (CLI now, chat adapters later). It owns the order of things:
// record first, then ask the backend, so that a crash or a lost answer leaves a task that a retry with the
// same idempotency key finishes, never a duplicate and never a task nobody knows about.
import { TASK_NOT_FOUND_CODES } from './provider-errors/codes.js';
import { providerErrorToCoded } from './provider-errors/messages.js';
import type { Logger } from '../log.js';
import { BackendError, type BackendKind, type ProviderTaskInfo, type ProviderTaskStatus, type TaskBackend, type TaskQuota } from './backend.js';
import { CodedError, type RelayError } from './errors.js';
import type { TaskChangeListener } from './events/task-change.js';
import type { AuditEntry, AuditLog, TaskFilter, TaskPatch, TaskRepository } from './ports.js';
import { callbackPath } from './relay-event.js';
import type { RelayChanges, RelayRequest } from './relay-request.js';
import { newCallbackToken, newShortTaskId, normalizeTaskId, specifyTaskIdFor } from './task-id.js';
import type { CreateTaskInput, CreateTaskResult, EditTaskResult, TaskServiceApi } from './task-service-api.js';
import { assertSameRequest, fingerprintOf, fingerprintToRecord, requestPatch } from './task-service/fingerprint.js';
import { isLostAnswer, outcomeUnknown, showsChanges } from './task-service/lost-answer.js';
import { recheckStartTime } from './task-service/start-time.js';
import { TaskUpkeep } from './task-service/upkeep.js';
import { assertVerbAllowed, type LifecycleVerb } from './task-service/transitions.js';
import { ACTIVE_STATES, type Actor, type TaskHome, type TaskRecord, type TaskState } from './task.js';

export type ServiceLogger = Pick<Logger, 'info' | 'warn' | 'error'>;

export interface TaskServiceDeps {
  tasks: TaskRepository;
  audit: AuditLog;
  backends: Partial<Record<BackendKind, TaskBackend>>;
  defaultBackend: BackendKind;
  /** The bot's public base URL; a task's CallbackUrl is this + callbackPath(token). */
  publicUrl: string;
  clock?: () => Date;
  logger: ServiceLogger;
  /**
   * Runs writes to `tasks` and `audit` as one atomic commit (the store passes its database's transaction).
   * Without it they are committed one by one. One commit instead of two is both safer (no task without its
   * audit entry) and a good part of a create's own cost.
   */
  transaction?: <T>(work: () => T) => T;
  /**
   * Told of each change a verb made (pause, resume, restart, stop, edit), in the same commit as the task and its
   * audit entry: the task's channel hears of it (core/events/task-change.ts) whichever front end made it.
   */
  changes?: TaskChangeListener;
}

/**
 * Attempts of one create through the backend. The backend already retries transient failures with backoff;
 * this outer retry covers an answer lost after the backend gave up (SpecifyTaskId makes a repeat harmless).
 */
export const CREATE_ATTEMPTS = 2;

/**
 * How long a quota reading is trusted. Asking before every create would double a create's round trips; a
 * reading a few seconds old, counted up by our own creates, is as good a warning. A reading at the limit is
 * always refreshed before refusing, and the provider still enforces the limit itself.
 */
const QUOTA_TTL_MS = 5_000;

/** What a mutating verb does at the provider, how to tell it happened, and what it changes in the record. */
interface VerbPlan {
  /** May return notes for the person (the runner: a new source host that does not resolve now). */
  send(backend: TaskBackend, providerTaskId: string): Promise<{ notes?: RelayError[] } | void>;
  /** Whether the provider's view of the task (null: it has none) shows the verb done; absent when nothing would. */
  shows?(info: ProviderTaskInfo | null): boolean;
  /** Runs once the provider has done it (not for an unconfirmed create that stop found nowhere). */
  acted?(): void;
  patch: TaskPatch;
  detail?: Record<string, unknown>;
}

/** The API's Operator field: who asked, as people would recognise them in the provider's console. */
function operatorName(actor: Actor): string {
  return `${actor.platform}:${actor.displayName ?? actor.userId}`;
}

export class TaskService implements TaskServiceApi {
  private readonly clock: () => Date;
  private readonly publicUrl: string;
  private readonly quotaReadings = new Map<BackendKind, { quota: TaskQuota; at: number }>();
  private readonly atomically: <T>(work: () => T) => T;
  /** Creates in flight in this process, by SpecifyTaskId, with what each asked for. */
  private readonly creating = new Map<string, { result: Promise<CreateTaskResult>; input: CreateTaskInput }>();
  /** Every operation that may still write (creates, verbs, the upkeep's), for a shutdown to wait on (idle()). */
  private readonly working = new Set<Promise<unknown>>();
  private readonly upkeep: TaskUpkeep;

  constructor(private readonly deps: TaskServiceDeps) {
    this.clock = deps.clock ?? (() => new Date());
    this.atomically = deps.transaction ?? ((work) => work());
    this.publicUrl = deps.publicUrl.replace(/\/+$/, '');
    this.upkeep = new TaskUpkeep({
      tasks: deps.tasks,
      audit: deps.audit,
      logger: deps.logger,
      clock: this.clock,
      atomically: this.atomically,
      ...(deps.changes ? { changes: deps.changes } : {}),
      backendOf: (kind) => deps.backends[kind],
      isCreating: (specifyTaskId) => this.creating.has(specifyTaskId),
      submit: (task, actor) => this.submit(task, actor),
    });
  }

  create(input: CreateTaskInput): Promise<CreateTaskResult> {
    const specifyTaskId = specifyTaskIdFor(input.idempotencyKey);
    // The same command twice at once (a double click, a platform's retry racing the original): the second
    // waits for the first and gets its task, so that only one of them reports a new task.
    const pending = this.creating.get(specifyTaskId);
    if (pending) return this.tracked(this.joinCreate(pending, input));
    // Not an async function of its own: one promise per create, shared with a concurrent repeat, and one pair of
    // handlers that forget it (in the working set and among the creates in flight) before its caller resumes.
    const creating = this.createOnce(input, specifyTaskId);
    this.creating.set(specifyTaskId, { result: creating, input });
    this.working.add(creating);
    creating.then(
      () => this.forgetCreate(creating, specifyTaskId),
      () => this.forgetCreate(creating, specifyTaskId),
    );
    return creating;
  }

  /**
   * Resolves once no operation of this service is in flight. A shutdown waits for it before closing the backends and
   * the store: a create cut off there was left recorded without the provider's id, its person told "not confirmed"
   * though the provider may well have made it.
   */
  async idle(): Promise<void> {
    while (this.working.size > 0) await Promise.allSettled([...this.working]);
  }

  private tracked<T>(operation: Promise<T>): Promise<T> {
    this.working.add(operation);
    // Inline, not a named const: tsx names every function bound to a const (a property write per call).
    operation.then(
      () => this.working.delete(operation),
      () => this.working.delete(operation),
    );
    return operation;
  }

  private forgetCreate(creating: Promise<CreateTaskResult>, specifyTaskId: string): void {
    this.working.delete(creating);
    this.creating.delete(specifyTaskId);
  }

  /** A repeat that arrived while its create was still in flight: that create's task, if it asked for the same. */
  private async joinCreate(pending: { result: Promise<CreateTaskResult>; input: CreateTaskInput }, input: CreateTaskInput): Promise<CreateTaskResult> {
    if (fingerprintOf(pending.input) !== fingerprintOf(input)) {
      throw new CodedError('InvalidParameter.IdempotencyKeyReused', 'task.idempotencyKeyReused', { id: (await pending.result.catch(() => null))?.task.id ?? '' });
    }
    return { task: (await pending.result).task, created: false, notes: [] };
  }

  private async createOnce(input: CreateTaskInput, specifyTaskId: string): Promise<CreateTaskResult> {
    // Most keys are new: record at once, and look for an earlier create with the same key only when the record
    // collides with it, or when a check refuses (a repeat of a create that went through still gets its task
    // back after its start time has passed or the quota has filled up).
    let recorded: TaskRecord | null;
    try {
      const recording = this.recordNew(input, specifyTaskId);
      recorded = recording instanceof Promise ? await recording : recording;
    } catch (error) {
      if (!this.deps.tasks.findBySpecifyTaskId(specifyTaskId)) throw error;
      recorded = null;
    }
    if (recorded) return asCreated(await this.submit(recorded, input.actor));
    const existing = this.deps.tasks.findBySpecifyTaskId(specifyTaskId)!;
    assertSameRequest(existing, fingerprintOf(input));
    return this.repeat(existing, input);
  }

  list(filter?: TaskFilter): TaskRecord[] {
    return this.deps.tasks.list(filter);
  }

  get(id: string): TaskRecord {
    const task = this.deps.tasks.get(normalizeTaskId(id));
    if (!task) throw new CodedError('InvalidParameter.TaskNotExist', 'task.notFound', { id: normalizeTaskId(id) });
    return task;
  }

  async status(id: string): Promise<{ task: TaskRecord; status: ProviderTaskStatus | null }> {
    const task = this.get(id);
    if (!task.providerTaskId || ['ended', 'stopped', 'failed'].includes(task.state)) return { task, status: null };
    const providerTaskId = task.providerTaskId;
    const status = await this.call(() => this.backend(task.backend).status(providerTaskId));
    return { task, status };
  }

  async edit(id: string, changes: RelayChanges, actor: Actor): Promise<EditTaskResult> {
    return this.mutateWithNotes('edit', id, actor, (task) => {
      const { Status: _status, ...fields } = changes; // Status is the task's state at the provider, not a request field
      const request: RelayRequest = { ...task.request, ...fields };
      return {
        send: (backend, providerTaskId) => backend.modify(providerTaskId, changes, operatorName(actor)),
        shows: (info) => showsChanges(info, changes),
        patch: { ...requestPatch(task, request), state: this.editedState(task, request, changes) },
        detail: { fields: Object.keys(changes) },
      };
    });
  }

  async pause(id: string, actor: Actor): Promise<TaskRecord> {
    return this.mutate('pause', id, actor, () => ({
      send: (backend, providerTaskId) => backend.modify(providerTaskId, { Status: 'pause' }, operatorName(actor)),
      shows: (info) => showsChanges(info, { Status: 'pause' }),
      patch: { state: 'paused' },
    }));
  }

  async resume(id: string, actor: Actor): Promise<TaskRecord> {
    return this.mutate('resume', id, actor, (task) => ({
      send: (backend, providerTaskId) => backend.modify(providerTaskId, { Status: 'enable' }, operatorName(actor)),
      shows: (info) => showsChanges(info, { Status: 'enable' }),
      patch: { state: this.resumedState(task.request) },
    }));
  }

  async restart(id: string, actor: Actor): Promise<TaskRecord> {
    // Nothing in the provider's view of a task shows a restart: a lost answer stays of unknown outcome.
    return this.mutate('restart', id, actor, () => ({
      send: (backend, providerTaskId) => backend.restart(providerTaskId, operatorName(actor)),
      patch: { state: 'running' },
    }));
  }

  async stop(id: string, actor: Actor): Promise<TaskRecord> {
    return this.mutate('stop', id, actor, (task) => ({
      send: async (backend, providerTaskId) => {
        try {
          await backend.delete(providerTaskId, operatorName(actor));
        } catch (error) {
          // Already gone at the provider (it deletes tasks after their end time): what the person wanted.
          if (!(error instanceof BackendError && TASK_NOT_FOUND_CODES.has(error.code))) throw error;
          this.deps.logger.info({ taskId: task.id, code: error.code }, 'task already gone at the provider; marking stopped');
        }
      },
      // Gone from the provider's view: the delete landed.
      shows: (info) => info === null,
      acted: () => this.countTask(task.backend, -1),
      patch: { state: 'stopped' },
    }));
  }

  // --- the upkeep (core/task-service/upkeep.ts): what no provider event will ever tell, looked at every minute ---

  /** Ends the paused tasks whose end time has passed at a provider that says nothing of it (TaskUpkeep). */
  endPausedPastEnd(): TaskRecord[] {
    return this.upkeep.endPausedPastEnd();
  }

  /** Asks the provider, once per relay, about those it has said nothing about since their start (TaskUpkeep). */
  checkUnheardStarts(): Promise<TaskRecord[]> {
    return this.tracked(this.upkeep.checkUnheardStarts());
  }

  /** Settles the creates whose answer was lost and that nobody finished (TaskUpkeep). */
  settleUnconfirmed(): Promise<TaskRecord[]> {
    return this.tracked(this.upkeep.settleUnconfirmed());
  }

  setHome(id: string, home: TaskHome): TaskRecord {
    return this.deps.tasks.update(this.get(id).id, { home });
  }

  async quota(kind?: BackendKind): Promise<TaskQuota> {
    const backend = this.backend(kind ?? this.deps.defaultBackend);
    return this.call(() => this.readQuota(backend));
  }

  // --- the steps ---

  /**
   * The state after an edit: an edit may also pause or re-enable the task ("... and pause"), and a new start
   * time moves an active task as a resume would (a running task whose window now opens tomorrow is waiting).
   */
  private editedState(task: TaskRecord, request: RelayRequest, changes: RelayChanges): TaskState {
    if (changes.Status === 'pause') return 'paused';
    if (task.state === 'paused') return changes.Status === 'enable' ? this.resumedState(request) : 'paused';
    if (changes.StartTime !== undefined && ACTIVE_STATES.includes(task.state)) return this.resumedState(request);
    return task.state;
  }

  /** After a pause ends: running if its window is open (events will correct us), else waiting for its start. */
  private resumedState(request: RelayRequest): TaskState {
    return Date.parse(request.StartTime) <= this.clock().getTime() ? 'running' : 'scheduled';
  }

  private backend(kind: BackendKind): TaskBackend {
    const backend = this.deps.backends[kind];
    if (!backend) throw new CodedError('InvalidParameter.BackendNotConfigured', 'task.backendNotConfigured', { backend: kind });
    return backend;
  }

  /**
   * Refuses before trying when the account is already at its task limit (the provider would refuse anyway).
   * Undefined when a fresh reading shows room: nothing to wait for.
   */
  private checkQuotaLeft(backend: TaskBackend): Promise<void> | undefined {
    const reading = this.quotaReadings.get(backend.kind);
    const fresh = reading && this.clock().getTime() - reading.at < QUOTA_TTL_MS;
    if (fresh && reading.quota.count < reading.quota.limit) return undefined;
    return this.assertQuotaLeft(backend);
  }

  private async assertQuotaLeft(backend: TaskBackend): Promise<void> {
    let quota: TaskQuota;
    try {
      quota = await this.readQuota(backend);
    } catch (error) {
      // The check is advisory: a transient failure here must not block a create the provider may accept.
      if (error instanceof BackendError && error.transient) {
        this.deps.logger.warn({ err: error, backend: backend.kind }, 'quota check failed; creating anyway');
        return;
      }
      throw error instanceof BackendError ? providerErrorToCoded(error) : error;
    }
    if (quota.count >= quota.limit) {
      throw new CodedError('InvalidParameter.TaskNumMoreThanLimit', 'task.quotaReached', {
        count: quota.count,
        limit: quota.limit,
      });
    }
  }

  private async readQuota(backend: TaskBackend): Promise<TaskQuota> {
    const quota = await backend.quota();
    // A copy of its own: countTask() counts it up in place, never the reading handed to the caller.
    this.quotaReadings.set(backend.kind, { quota: { ...quota }, at: this.clock().getTime() });
    return quota;
  }

  /** Keeps a recent quota reading in step with our own creates and stops. */
  private countTask(kind: BackendKind, delta: 1 | -1): void {
    const reading = this.quotaReadings.get(kind);
    if (reading) reading.quota.count = Math.max(0, reading.quota.count + delta);
  }

  /** Checks and records a new task with its audit entry. Null when an earlier create holds the same key. */
  private recordNew(input: CreateTaskInput, specifyTaskId: string): TaskRecord | null | Promise<TaskRecord | null> {
    const backend = this.backend(input.backend ?? this.deps.defaultBackend);
    const request = recheckStartTime(input.request, this.clock());
    // Without a promise when a fresh quota reading shows room (nearly always): one step less on every create.
    const checkingQuota = this.checkQuotaLeft(backend);
    if (checkingQuota) return checkingQuota.then(() => this.recordChecked(input, backend, request, specifyTaskId));
    return this.recordChecked(input, backend, request, specifyTaskId);
  }

  private recordChecked(input: CreateTaskInput, backend: TaskBackend, request: RelayRequest, specifyTaskId: string): TaskRecord | null {
    const now = this.clock().toISOString();
    const stored = withoutServiceFields(request);
    // Most often a mark that stands for the digest of `request` (made only if a repeat or an edit needs it).
    const requestFingerprint = fingerprintToRecord(input, request);
    let recorded: TaskRecord | null = null;
    // Recording is the uniqueness check (one step instead of a lookup per key and id); only when it collides do we
    // ask with what: an earlier create with this key (that is the task), or, rarely, the id.
    newShortTaskId((id) => {
      // One literal, not shared fields spread into one: V8 adds each field written after a spread the slow way
      // (~2 µs per create here, warm).
      const task: TaskRecord = {
        id,
        backend: backend.kind,
        providerTaskId: null,
        specifyTaskId,
        callbackToken: newCallbackToken(),
        request: stored,
        state: 'scheduled',
        createdBy: input.actor,
        home: input.home,
        locale: input.locale,
        timeZone: input.timeZone,
        createdAt: now,
        updatedAt: now,
        requestFingerprint,
      };
      if (this.deps.tasks.recordNew(task, createEntry(input.actor, task))) {
        recorded = task;
        return false;
      }
      return this.deps.tasks.findBySpecifyTaskId(specifyTaskId) === null;
    });
    return recorded;
  }

  /** A create whose key was seen before: its task as it stands, finished if its answer was lost, or retried if it failed. */
  private async repeat(existing: TaskRecord, input: CreateTaskInput): Promise<CreateTaskResult> {
    if (existing.providerTaskId || !['scheduled', 'failed'].includes(existing.state)) return { task: existing, created: false, notes: [] };
    // Recorded, but the provider's answer never arrived: finish that create (a repeat cannot duplicate).
    if (existing.state === 'scheduled') return asCreated(await this.submit(existing, input.actor));
    // A failed create asked again (e.g. after freeing quota): the same record, tried afresh.
    const backend = this.backend(existing.backend);
    const request = recheckStartTime(input.request, this.clock());
    const checkingQuota = this.checkQuotaLeft(backend);
    if (checkingQuota) await checkingQuota;
    const task = this.atomically(() => {
      const retried = this.deps.tasks.update(existing.id, { ...requestPatch(existing, withoutServiceFields(request)), state: 'scheduled' });
      this.recordCreate(input.actor, retried);
      return retried;
    });
    return asCreated(await this.submit(task, input.actor));
  }

  private recordCreate(actor: Actor, task: TaskRecord): void {
    this.deps.audit.record(createEntry(actor, task));
  }

  /**
   * Creates a recorded task at its backend. A definite refusal marks it failed; an unknown outcome (lost
   * answer, provider still failing after retries) leaves it recorded without a provider id, for a retry.
   */
  private async submit(task: TaskRecord, actor: Actor): Promise<{ task: TaskRecord; notes: RelayError[] }> {
    const backend = this.backend(task.backend);
    // Object.assign, not a spread with fields after it (V8 adds those the slow way: ~2 µs per create here, warm).
    const body = Object.assign({}, task.request, {
      Operator: task.request.Operator || operatorName(actor),
      SpecifyTaskId: task.specifyTaskId,
      CallbackUrl: `${this.publicUrl}${callbackPath(task.callbackToken)}`,
    });
    let lastError: unknown;
    for (let attempt = 1; attempt <= CREATE_ATTEMPTS; attempt += 1) {
      try {
        const { providerTaskId, notes = [] } = await backend.create(body);
        this.deps.logger.info({ taskId: task.id, backend: backend.kind, providerTaskId }, 'task created');
        this.countTask(backend.kind, 1);
        return { task: this.deps.tasks.updateKnown(task, { providerTaskId }), notes };
      } catch (error) {
        if (error instanceof BackendError && !error.transient) {
          // Our reading said there was room and the provider disagrees: trust it next time, not the reading.
          if (error.code === 'InvalidParameter.TaskNumMoreThanLimit') this.quotaReadings.delete(backend.kind);
          this.atomically(() => {
            this.deps.tasks.update(task.id, { state: 'failed' });
            this.deps.audit.record({ actor, action: 'create-failed', taskId: task.id, detail: { code: error.code } });
          });
          throw providerErrorToCoded(error);
        }
        lastError = error;
        this.deps.logger.warn({ err: error, taskId: task.id, attempt }, 'create outcome unknown; retrying');
      }
    }
    const code = lastError instanceof BackendError ? lastError.code : 'UnknownError';
    throw new CodedError('FailedOperation.CreatePending', 'task.createPending', { id: task.id, code }, { cause: lastError });
  }

  /**
   * The common shape of every mutating verb: find the task, refuse what makes no sense in its state, make sure
   * it exists at the provider, act, then record the new state and an audit entry. When the provider's answer
   * is lost, its own view of the task decides: the verb is recorded if it shows the change, else reported as
   * of unknown outcome (never as a plain failure, since the provider may well have acted).
   */
  private async mutate(verb: LifecycleVerb, id: string, actor: Actor, plan: (task: TaskRecord) => VerbPlan): Promise<TaskRecord> {
    return (await this.mutateWithNotes(verb, id, actor, plan)).task;
  }

  /** `mutate`, with what the backend said about the change without refusing it. */
  private mutateWithNotes(verb: LifecycleVerb, id: string, actor: Actor, plan: (task: TaskRecord) => VerbPlan): Promise<EditTaskResult> {
    return this.tracked(this.mutateNow(verb, id, actor, plan));
  }

  private async mutateNow(verb: LifecycleVerb, id: string, actor: Actor, plan: (task: TaskRecord) => VerbPlan): Promise<EditTaskResult> {
    let task = this.get(id);
    assertVerbAllowed(verb, task, this.clock());
    const backend = this.backend(task.backend);
    // A create never confirmed: stop must not create it only to delete it (at the task limit that create
    // fails); it finds it at the provider instead. Other verbs want the task, so they finish its create.
    if (!task.providerTaskId) task = verb === 'stop' ? await this.findUnconfirmed(task, backend) : (await this.submit(task, actor)).task;
    const { send, shows, acted, patch, detail } = plan(task);
    const providerTaskId = task.providerTaskId;
    let confirmedAfterLostAnswer = false;
    let said: RelayError[] = [];
    if (providerTaskId) {
      try {
        said = (await send(backend, providerTaskId))?.notes ?? [];
      } catch (error) {
        if (!isLostAnswer(error)) throw error instanceof BackendError ? providerErrorToCoded(error) : error;
        if (!shows || !(await this.providerShows(backend, providerTaskId, shows))) throw outcomeUnknown(verb, task, error);
        this.deps.logger.warn({ taskId: task.id, verb, code: error.code }, 'answer lost, but the provider shows the change: recording it');
        confirmedAfterLostAnswer = true;
      }
      acted?.();
    }
    const from = task.state;
    const updated = this.atomically(() => {
      const changed = this.deps.tasks.update(task.id, patch);
      const notes = { ...(providerTaskId ? {} : { unconfirmed: true }), ...(confirmedAfterLostAnswer ? { confirmedAfterLostAnswer } : {}) };
      this.deps.audit.record({ actor, action: verb, taskId: task.id, detail: { from, ...detail, ...notes } });
      this.deps.changes?.taskChanged({ verb, actor, before: task, after: changed });
      return changed;
    });
    return { task: updated, notes: said };
  }

  /** Whether the provider's view of the task shows a verb done; false when it cannot be asked either. */
  private async providerShows(backend: TaskBackend, providerTaskId: string, shows: (info: ProviderTaskInfo | null) => boolean): Promise<boolean> {
    try {
      return shows(await backend.describe(providerTaskId));
    } catch (error) {
      this.deps.logger.warn({ err: error, providerTaskId }, 'could not ask the provider how a task looks after a lost answer');
      return false;
    }
  }

  /**
   * A recorded task whose create the provider never confirmed, looked up by its SpecifyTaskId (after a create
   * of it still running in this process): with its provider id when the create landed, as it was when not.
   */
  private async findUnconfirmed(task: TaskRecord, backend: TaskBackend): Promise<TaskRecord> {
    await this.creating.get(task.specifyTaskId)?.result.catch(() => undefined);
    const current = this.get(task.id);
    assertVerbAllowed('stop', current, this.clock()); // that create may have been refused meanwhile
    if (current.providerTaskId) return current;
    const providerTaskId = await this.call(() => backend.findBySpecifyTaskId(current.specifyTaskId, current.request.Region));
    if (!providerTaskId) return current;
    this.deps.logger.info({ taskId: current.id, providerTaskId }, 'unconfirmed create found at the provider');
    return this.deps.tasks.updateKnown(current, { providerTaskId });
  }

  /** Runs a backend call, turning a provider failure into a CodedError with a message people can act on. */
  private async call<T>(action: () => Promise<T>): Promise<T> {
    try {
      return await action();
    } catch (error) {
      if (error instanceof BackendError) throw providerErrorToCoded(error);
      throw error;
    }
  }
}

/** A submitted create's answer to its caller (built field by field: a spread with a field after it is slow in V8). */
function asCreated(submitted: { task: TaskRecord; notes: RelayError[] }): CreateTaskResult {
  return { task: submitted.task, created: true, notes: submitted.notes };
}

function createEntry(actor: Actor, task: TaskRecord): AuditEntry {
  return {
    actor,
    action: 'create',
    taskId: task.id,
    detail: { backend: task.backend, specifyTaskId: task.specifyTaskId, sourceType: task.request.SourceType },
  };
}

/** The store keeps the request as people asked for it; SpecifyTaskId and CallbackUrl are derived at submit. */
function withoutServiceFields(request: RelayRequest): RelayRequest {
  const { SpecifyTaskId: _specify, CallbackUrl: _callback, ...rest } = request;
  return rest;
}
