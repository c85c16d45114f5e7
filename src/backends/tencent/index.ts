// The Tencent Cloud CSS backend: the six lifecycle actions of the live API (2018-08-01) through the
// official SDK, behind a process-wide rate limiter, with retries of transient failures only. A create is
// idempotent: it carries SpecifyTaskId, and when a repeat is refused because that id exists (our retry
// after a lost answer, or a redelivered chat command) the existing task is looked up and returned.
import {
  BackendError,
  type BackendCreateRequest,
  type ProviderTaskInfo,
  type ProviderTaskStatus,
  type TaskBackend,
  type TaskQuota,
} from '../../core/backend.js';
import type { RelayChanges, Region } from '../../core/relay-request.js';
import type { TencentConfig } from '../../config/tencent.js';
import type { Logger } from '../../log.js';
import { DUPLICATE_SUSPECT_CODES, TASK_NOT_FOUND_CODES, UNCERTAIN_OUTCOME_CODES } from '../../core/provider-errors/codes.js';
import { liveClientFactory, type LiveClient, type LiveModels } from './live-client.js';
import { refusePrivateNames, rememberedLookup, systemLookup, urlsToCheck, type HostLookup } from './public-names.js';
import { processLiveApiLimiter, type RateLimiter } from './rate-limiter.js';
import { createTaskRequest, modifyTaskRequest, toProviderTaskInfo, toProviderTaskStatus } from './requests.js';
import { DEFAULT_RETRY, withRetries, type RetryPolicy } from './retry.js';
import { toBackendError } from './sdk-errors.js';

export type TencentBackendSettings = Pick<TencentConfig, 'secretId' | 'secretKey' | 'region' | 'endpoint' | 'timeoutSeconds'>;

export interface TencentBackendOptions {
  retry?: RetryPolicy;
  /** Defaults to the process-wide limiter shared by every Tencent backend. */
  limiter?: RateLimiter;
  /** RELAYBOT_ALLOW_PRIVATE_NETWORKS: host names that resolve to private addresses are sent on as they are. */
  allowPrivateNetworks?: boolean;
  /** How host names are resolved before they are sent (the system resolver; tests answer from a table). */
  lookup?: HostLookup;
}

/** The account's limit when an answer leaves LimitTaskNum out (the API page's default). */
const DEFAULT_TASK_LIMIT = 20;

/** The six lifecycle actions with their SDK request and response models. */
interface Actions {
  CreateLivePullStreamTask: [LiveModels.CreateLivePullStreamTaskRequest, LiveModels.CreateLivePullStreamTaskResponse];
  DescribeLivePullStreamTasks: [LiveModels.DescribeLivePullStreamTasksRequest, LiveModels.DescribeLivePullStreamTasksResponse];
  ModifyLivePullStreamTask: [LiveModels.ModifyLivePullStreamTaskRequest, LiveModels.ModifyLivePullStreamTaskResponse];
  DeleteLivePullStreamTask: [LiveModels.DeleteLivePullStreamTaskRequest, LiveModels.DeleteLivePullStreamTaskResponse];
  RestartLivePullStreamTask: [LiveModels.RestartLivePullStreamTaskRequest, LiveModels.RestartLivePullStreamTaskResponse];
  DescribeLivePullStreamTaskStatus: [LiveModels.DescribeLivePullStreamTaskStatusRequest, LiveModels.DescribeLivePullStreamTaskStatusResponse];
}
type Action = keyof Actions;
type Request<A extends Action> = Actions[A][0];
type Response<A extends Action> = Actions[A][1];
type ActionMethod<A extends Action> = (this: LiveClient, request: Request<A>) => Promise<Response<A>>;

export function createTencentBackend(settings: TencentBackendSettings, logger: Logger, options: TencentBackendOptions = {}): TaskBackend {
  const clientFor = liveClientFactory(settings);
  const retry = options.retry ?? DEFAULT_RETRY;
  const limiter = options.limiter ?? processLiveApiLimiter;
  const log = logger.child({ backend: 'tencent', region: settings.region });
  const lookup = rememberedLookup(options.lookup ?? systemLookup);
  /** Undefined when nothing is left to wait for (every host known already, or private networks allowed). */
  const checkNames = (fields: Parameters<typeof urlsToCheck>[0]) =>
    options.allowPrivateNetworks ? undefined : refusePrivateNames(urlsToCheck(fields), lookup);

  /** One action, rate-limited and retried; `uncertain` is set when a failed try may have reached the provider. */
  // Not async: it returns withRetries' own promise (an async function returning a promise adds a promise and two turns).
  function call<A extends Action>(action: A, request: Request<A>, region: Region = settings.region, track?: { uncertain: boolean }): Promise<Response<A>> {
    const client = clientFor(region);
    return withRetries<Response<A>>(
      retry,
      async () => {
        if (!limiter.tryTake?.(action)) await limiter.take(action);
        try {
          // The SDK's generated methods are typed per action; the union call needs this one cast.
          return await (client[action] as unknown as ActionMethod<A>).call(client, request);
        } catch (error) {
          throw toBackendError(error);
        }
      },
      (error, tryNumber) => {
        if (track && UNCERTAIN_OUTCOME_CODES.has(error.code)) track.uncertain = true;
        const fields = { action, code: error.code, requestId: error.requestId, try: tryNumber, transient: error.transient };
        if (error.transient) log.warn(fields, 'live API call failed');
        else log.info(fields, 'live API call refused');
      },
    );
  }

  async function findBySpecifyTaskId(specifyTaskId: string, region: Region): Promise<string | null> {
    const found = await call('DescribeLivePullStreamTasks', { SpecifyTaskId: specifyTaskId, PageNum: 1, PageSize: 1 }, region);
    const taskId = found.TaskInfos?.[0]?.TaskId;
    return taskId ? String(taskId) : null;
  }

  /** Runs a lookup that answers null instead of throwing when the provider does not know the task. */
  async function orNullWhenUnknown<T>(lookup: () => Promise<T | null>): Promise<T | null> {
    try {
      return await lookup();
    } catch (error) {
      if (error instanceof BackendError && TASK_NOT_FOUND_CODES.has(error.code)) return null;
      throw error;
    }
  }

  async function quota(): Promise<TaskQuota> {
    const page = await call('DescribeLivePullStreamTasks', { PageNum: 1, PageSize: 1 });
    return { count: page.TotalNum ?? 0, limit: page.LimitTaskNum ?? DEFAULT_TASK_LIMIT };
  }

  return {
    kind: 'tencent',
    // Callbacks may not arrive, and a paused task's end is never told.
    reportsEveryEnd: false,
    quota,

    async create(request: BackendCreateRequest) {
      const region = request.Region ?? settings.region;
      const checking = checkNames(request);
      if (checking) await checking;
      const track = { uncertain: false };
      try {
        const created = await call('CreateLivePullStreamTask', createTaskRequest(request), region, track);
        return { providerTaskId: String(created.TaskId), ...(created.RequestId ? { requestId: created.RequestId } : {}) };
      } catch (error) {
        const failure = toBackendError(error);
        // Refused as a possible repeat, or an earlier try may have landed: the task may already exist.
        if (DUPLICATE_SUSPECT_CODES.has(failure.code) || track.uncertain) {
          const existing = await findBySpecifyTaskId(request.SpecifyTaskId, region).catch(() => null);
          if (existing) {
            log.info({ specifyTaskId: request.SpecifyTaskId, taskId: existing, code: failure.code }, 'create repeated: returning the existing task');
            return { providerTaskId: existing };
          }
        }
        throw failure;
      }
    },

    async modify(providerTaskId: string, changes: RelayChanges, operator: string) {
      const checking = checkNames(changes);
      if (checking) await checking;
      await call('ModifyLivePullStreamTask', modifyTaskRequest(providerTaskId, changes, operator));
    },

    async delete(providerTaskId: string, operator: string) {
      const track = { uncertain: false };
      try {
        await call('DeleteLivePullStreamTask', { TaskId: providerTaskId, Operator: operator }, settings.region, track);
      } catch (error) {
        // A retried delete whose first answer was lost finds the task already gone: that is the success.
        if (error instanceof BackendError && track.uncertain && TASK_NOT_FOUND_CODES.has(error.code)) return;
        throw error;
      }
    },

    async restart(providerTaskId: string, operator: string) {
      await call('RestartLivePullStreamTask', { TaskId: providerTaskId, Operator: operator });
    },

    findBySpecifyTaskId(specifyTaskId: string, region?: Region): Promise<string | null> {
      return findBySpecifyTaskId(specifyTaskId, region ?? settings.region);
    },

    describe(providerTaskId: string): Promise<ProviderTaskInfo | null> {
      return orNullWhenUnknown(async () => {
        const found = await call('DescribeLivePullStreamTasks', { TaskId: providerTaskId });
        const info = found.TaskInfos?.[0];
        return info ? toProviderTaskInfo(info) : null;
      });
    },

    status(providerTaskId: string): Promise<ProviderTaskStatus | null> {
      return orNullWhenUnknown(async () => {
        const answer = await call('DescribeLivePullStreamTaskStatus', { TaskId: providerTaskId });
        return answer.TaskStatusInfo ? toProviderTaskStatus(answer.TaskStatusInfo) : null;
      });
    },

    async ping() {
      const { count, limit } = await quota();
      return { detail: `Tencent CSS ${settings.region} at ${new URL(settings.endpoint).host}: ${count}/${limit} relay tasks` };
    },

    async close() {
      // The SDK keeps no connections or timers of its own between calls: nothing to release.
    },
  };
}

export { providerErrorToCoded } from '../../core/provider-errors/messages.js';
