// What front ends (CLI, shell, Slack, Discord) may ask of tasks. One implementation: core/task-service.ts.
// Failures are thrown as CodedError (locale key + the provider's code and RequestId in params).
import type { BackendKind, ProviderTaskStatus, TaskQuota } from './backend.js';
import type { RelayError } from './errors.js';
import type { Locale } from './i18n.js';
import type { TaskFilter } from './ports.js';
import type { RelayChanges, RelayRequest } from './relay-request.js';
import type { Actor, TaskHome, TaskRecord } from './task.js';

export interface CreateTaskInput {
  /** A validated request (core/command parse + validation). */
  request: RelayRequest;
  /** Which runner; the configured default when absent. */
  backend?: BackendKind;
  actor: Actor;
  home: TaskHome | null;
  locale: Locale;
  timeZone: string;
  /**
   * Identifies the human action that caused the create (a preview's id, a CLI invocation's id). The same key
   * always yields the same SpecifyTaskId, so retries and redeliveries never create a second task.
   */
  idempotencyKey: string;
  /**
   * What was asked, in a form that stays the same across retries of the same ask (the CLI: the command text and
   * the options that change its meaning). Without it the request itself is compared. The same key with a
   * different request is refused with `InvalidParameter.IdempotencyKeyReused`.
   */
  requestFingerprint?: string;
}

export interface CreateTaskResult {
  task: TaskRecord;
  /** False when the idempotency key matched an existing task for the same request (which is returned). */
  created: boolean;
  /** What the person should be told though nothing was refused (a host that does not resolve now). */
  notes: RelayError[];
}

export interface EditTaskResult {
  task: TaskRecord;
  /** What the person should be told though nothing was refused (a new source host that does not resolve now). */
  notes: RelayError[];
}

export interface TaskServiceApi {
  /** The key reused for a different request throws CodedError `InvalidParameter.IdempotencyKeyReused`. */
  create(input: CreateTaskInput): Promise<CreateTaskResult>;
  list(filter?: TaskFilter): TaskRecord[];
  /** Throws CodedError `InvalidParameter.TaskNotExist` for an unknown id. */
  get(id: string): TaskRecord;
  status(id: string): Promise<{ task: TaskRecord; status: ProviderTaskStatus | null }>;
  edit(id: string, changes: RelayChanges, actor: Actor): Promise<EditTaskResult>;
  pause(id: string, actor: Actor): Promise<TaskRecord>;
  resume(id: string, actor: Actor): Promise<TaskRecord>;
  restart(id: string, actor: Actor): Promise<TaskRecord>;
  /** Deletes the task at the provider; the record stays, state `stopped`. */
  stop(id: string, actor: Actor): Promise<TaskRecord>;
  setHome(id: string, home: TaskHome): TaskRecord;
  quota(backend?: BackendKind): Promise<TaskQuota>;
}
