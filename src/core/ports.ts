// What core needs from storage, as interfaces: core never sees SQL (store/ implements these).
// better-sqlite3 is synchronous, and so are these.
import type { Locale } from './i18n.js';
import type { RelayRequest } from './relay-request.js';
import type { Actor, TaskRecord, TaskState } from './task.js';
import type { BackendKind } from './backend.js';

export interface TaskFilter {
  states?: readonly TaskState[];
  backend?: BackendKind;
  /** Only tasks whose home is on this platform/team (App Home, per-workspace lists). */
  platform?: string;
  teamId?: string;
  /** Only tasks whose [StartTime, EndTime) window meets this one (API times): a new relay's possible clashes. */
  overlapping?: { start: string; end: string };
}

declare const digestOfReplacedKept: unique symbol;

/**
 * A task's new request, as only requestPatch() (core/task-service/fingerprint.ts) makes it: a task may keep a mark
 * that stands for the digest of its request, and a new request written without that digest turned into the real one
 * would make a later repeat of the original create be refused as a reused key. The type makes that patch the only way.
 */
export type ReplacingRequest = RelayRequest & { readonly [digestOfReplacedKept]: true };

export type TaskPatch = Partial<Pick<TaskRecord, 'providerTaskId' | 'requestFingerprint' | 'state' | 'home'>> & { request?: ReplacingRequest };

export interface TaskRepository {
  /**
   * Records a new task with its audit entry unless its id, specifyTaskId or callback token is taken (false). Durable
   * when it returns, so that a provider asked afterwards never holds a task the store cannot find after a crash;
   * every later read sees it.
   */
  recordNew(task: TaskRecord, audit: AuditEntry): boolean;
  /** Inserts a new task; throws if its id or specifyTaskId already exists. */
  insert(task: TaskRecord): void;
  /** Inserts a new task unless its id, specifyTaskId or callback token is taken; false when one was. */
  insertIfNew(task: TaskRecord): boolean;
  get(id: string): TaskRecord | null;
  findBySpecifyTaskId(specifyTaskId: string): TaskRecord | null;
  findByCallbackToken(token: string): TaskRecord | null;
  findByProviderTaskId(backend: BackendKind, providerTaskId: string): TaskRecord | null;
  list(filter?: TaskFilter): TaskRecord[];
  update(id: string, patch: TaskPatch): TaskRecord;
  /**
   * The same change, for a caller that holds the task as just read or written in this call: the record is
   * returned as `task` with the patch applied, without reading the row back (a create's last step).
   */
  updateKnown(task: TaskRecord, patch: TaskPatch): TaskRecord;
}

export interface AuditEntry {
  actor: Actor;
  action: string; // 'create' | 'edit' | 'pause' | 'resume' | 'restart' | 'stop' | 'tz' | 'subscribe' ...
  taskId?: string;
  detail?: unknown;
}

export interface AuditLog {
  record(entry: AuditEntry): void;
  /**
   * The detail of the task's latest entry of `action` (`null` when it has none, `undefined` detail when that entry
   * has none): what the bot did once, and for what.
   */
  latestOf(taskId: string, action: string): { detail?: unknown } | null;
}

export interface UserPreferences {
  timeZone?: string;
  locale?: Locale;
}

export interface PreferenceStore {
  get(platform: string, userId: string): UserPreferences | null;
  set(platform: string, userId: string, prefs: UserPreferences): void;
}
