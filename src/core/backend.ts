// The one interface both runners implement: Tencent CSS (backends/tencent) and the bundled ffmpeg runner
// (backends/ffmpeg). Methods mirror the lifecycle actions of shared/spec/lifecycle-api.md. Failures are thrown
// as BackendError with the provider's code (the runner uses the same codes for the same situations).
import type { RelayError } from './errors.js';
import type { Region, RelayChanges, RelayRequest } from './relay-request.js';

export const BACKEND_KINDS = ['tencent', 'local'] as const;
export type BackendKind = (typeof BACKEND_KINDS)[number];

/** What a backend needs to create a task: the validated request plus what the service adds. */
export type BackendCreateRequest = RelayRequest & { SpecifyTaskId: string; CallbackUrl: string };

export interface ProviderTaskInfo {
  TaskId: string;
  Status?: string;
  SourceType?: string;
  SourceUrls?: string[];
  StartTime?: string;
  EndTime?: string;
  VodLoopTimes?: string;
  Comment?: string;
  [field: string]: unknown;
}

export interface ProviderTaskStatus {
  RunStatus: 'active' | 'inactive';
  FileUrl?: string;
  FileDuration?: number;
  OffsetTime?: number;
  LoopedTimes?: number;
  ReportTime?: string;
  NextFileUrl?: string;
}

export interface TaskQuota {
  /** Tasks the account has now. */
  count: number;
  /** The account's limit (20 by default). */
  limit: number;
}

export interface TaskBackend {
  readonly kind: BackendKind;
  /**
   * Whether the backend itself reports every start, failure and end of its tasks, a paused task's end included (the
   * runner, in this process). Otherwise (a provider whose callbacks may not arrive, and which says nothing when a
   * paused task's end passes) the bot's upkeep asks it (core/task-service/upkeep.ts).
   */
  readonly reportsEveryEnd: boolean;
  /** `notes`: what the caller should be told without the create being refused (a host that does not resolve now). */
  create(request: BackendCreateRequest): Promise<{ providerTaskId: string; requestId?: string; notes?: RelayError[] }>;
  /** `notes`, as for create: what the caller should be told without the change being refused. */
  modify(providerTaskId: string, changes: RelayChanges, operator: string): Promise<{ notes?: RelayError[] } | void>;
  delete(providerTaskId: string, operator: string): Promise<void>;
  restart(providerTaskId: string, operator: string): Promise<void>;
  describe(providerTaskId: string): Promise<ProviderTaskInfo | null>;
  /**
   * The provider's id of the task a create with this SpecifyTaskId made, or null when it has none: how a
   * create whose answer never came is found again without creating it (in `region` when it asked for one).
   */
  findBySpecifyTaskId(specifyTaskId: string, region?: Region): Promise<string | null>;
  status(providerTaskId: string): Promise<ProviderTaskStatus | null>;
  /** Current task count and limit, to warn before a create that would be refused. */
  quota(): Promise<TaskQuota>;
  /** Readiness: throws when the backend cannot be used (bad credentials, unreachable, no ffmpeg). */
  ping(): Promise<{ detail: string }>;
  close(): Promise<void>;
}

/** A provider failure: `code` is the provider's error code (e.g. `InvalidParameter.TaskNumMoreThanLimit`). */
export class BackendError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly requestId?: string,
    readonly transient = false,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'BackendError';
  }
}
