// The bundled relay runner: the TaskBackend that needs no cloud account. Tasks are rows in the store; in the bot
// process ('supervisor' mode) they are run by ffmpeg between their start and end times, in a CLI process
// ('client' mode) create/modify/delete only write the rows and the bot picks them up.
import type { Logger } from 'pino';
import {
  BackendError,
  type BackendCreateRequest,
  type ProviderTaskInfo,
  type ProviderTaskStatus,
  type TaskBackend,
  type TaskQuota,
} from '../../core/backend.js';
import { CodedError, type RelayError } from '../../core/errors.js';
import { t } from '../../core/i18n.js';
import type { RelayChanges } from '../../core/relay-request.js';
import type { RelayCallbackBody, RelayEventSink } from '../../core/relay-event.js';
import type { Config } from '../../config/index.js';
import type { Db } from '../../store/database.js';
import { RunnerRepository, type RunnerPhase } from '../../store/runner-repo.js';
import { type AddressPolicy, resolveChecked } from './address-guard.js';
import { describeFfmpeg, findFfmpeg, type FfmpegBinary } from './binary.js';
import { callbackBody, wantsEvent } from './callback-body.js';
import { destinationUrl, parseEndpoint, type Endpoint } from './endpoint.js';
import { HttpGateway } from './http-gateway.js';
import type { TunnelOptions } from './loopback-tunnel.js';
import { Supervisor } from './supervisor.js';
import type { RunContext } from './task-run.js';

export { describeFfmpeg, findFfmpeg } from './binary.js';

export interface FfmpegBackendOptions {
  settings: Pick<Config, 'core' | 'ffmpeg'>;
  db: Db;
  sink: RelayEventSink;
  logger: Logger;
  mode: 'supervisor' | 'client';
  clock?: () => Date;
  /** How often at most a relay's start or end timer compares with the wall clock (a minute; tests shorten it). */
  wallClockCheckMs?: number;
  /** Extra TLS trust for HTTPS sources and RTMPS destinations (a private CA); the system store otherwise. */
  tls?: TunnelOptions['tls'];
}

export type FfmpegBackend = TaskBackend & {
  start(): Promise<void>;
  /** Tasks relaying now (supervisor mode). */
  readonly runningCount: number;
};

export function createFfmpegBackend(options: FfmpegBackendOptions): FfmpegBackend {
  const { settings, sink, logger, mode } = options;
  const now = options.clock ?? (() => new Date());
  const repo = new RunnerRepository(options.db);
  const policy: AddressPolicy = { allowPrivateNetworks: settings.core.RELAYBOT_ALLOW_PRIVATE_NETWORKS };
  const limit = settings.ffmpeg.RELAYBOT_RUNNER_MAX_TASKS;
  const tunnel: TunnelOptions = { policy, logger, ...(options.tls ? { tls: options.tls } : {}) };
  const gateway = new HttpGateway({ policy, logger, ...(options.tls ? { tls: options.tls } : {}) });
  let supervisor: Supervisor | null = null;
  let binary: FfmpegBinary | null = null;
  /** Tasks whose stream reaches its destination now, as their runs report it (supervisor mode). */
  const onAir = new Set<string>();

  // Events leave in the order they happened, one at a time.
  let delivery = Promise.resolve();
  const deliver = (body: RelayCallbackBody) => {
    delivery = delivery
      .then(() => sink.accept(body, { backend: 'local', receivedAt: now().getTime() }))
      .catch((error: unknown) => logger.error({ err: error, event: body.callback_event, task: body.task_id }, 'event not delivered'));
  };

  async function ffmpeg(): Promise<FfmpegBinary> {
    binary ??= await findFfmpeg(settings.ffmpeg.RELAYBOT_FFMPEG_PATH);
    return binary;
  }

  /**
   * Every URL of a request, parsed and checked; names are resolved now so a private address is refused now. Returns
   * a note for each host that does not resolve now: not refused (the task may start later), but worth saying at
   * once, since a mistyped host otherwise shows only when the relay fails at its start time.
   */
  async function validateUrls(request: BackendCreateRequest): Promise<RelayError[]> {
    try {
      return await checkUrls(request);
    } catch (error) {
      // The locale key travels as the cause, for a caller that can show the precise reason.
      throw error instanceof CodedError ? toBackendError(error) : error;
    }
  }

  async function checkUrls(request: BackendCreateRequest): Promise<RelayError[]> {
    const found = await ffmpeg();
    const srtIn = found.inputProtocols.has('srt') || found.inputProtocols.has('libsrt');
    const srtOut = found.outputProtocols.has('srt') || found.outputProtocols.has('libsrt');
    // Each with the request field it came from, which a note about it names.
    const endpoints: [string, Endpoint][] = [
      ...request.SourceUrls.map((url): [string, Endpoint] => ['SourceUrls', parseEndpoint(url, 'source', policy, srtIn)]),
      ...(request.BackupSourceUrl ? [['BackupSourceUrl', parseEndpoint(request.BackupSourceUrl, 'source', policy, srtIn)] as [string, Endpoint]] : []),
      ['ToUrl', parseEndpoint(destinationUrl(request), 'destination', policy, srtOut)],
    ];
    const notes: RelayError[] = [];
    for (const [field, endpoint] of new Map(endpoints.map(([f, e]) => [`${e.role}:${e.host}`, [f, e] as const])).values()) {
      try {
        await resolveChecked(endpoint.host, endpoint.role, policy);
      } catch (error) {
        // A name that does not resolve today may tomorrow (the task may start later): only refusals count.
        if (error instanceof CodedError && error.key === 'runner.privateAddress') throw error;
        logger.info({ host: endpoint.host, err: error }, 'host does not resolve now');
        notes.push({ code: 'Warning.HostNotFound', field, key: 'runner.hostNotFound', params: { host: endpoint.host } });
      }
    }
    return notes;
  }

  function existing(providerTaskId: string) {
    const row = repo.get(providerTaskId);
    if (!row || row.phase === 'deleted') {
      throw new BackendError('InvalidParameter.TaskNotExist', t('en', 'runner.taskNotFound', { id: providerTaskId }));
    }
    return row;
  }

  function nudge(taskId: string): void {
    const row = repo.get(taskId);
    if (supervisor && row) supervisor.reconcile(row);
  }

  const context = (found: FfmpegBinary): RunContext => ({
    binary: found,
    timings: {
      backoffMs: settings.ffmpeg.RELAYBOT_RUNNER_BACKOFF_MS,
      backoffMaxMs: settings.ffmpeg.RELAYBOT_RUNNER_BACKOFF_MAX_MS,
      stableMs: settings.ffmpeg.RELAYBOT_RUNNER_STABLE_MS,
      stopGraceMs: settings.ffmpeg.RELAYBOT_RUNNER_STOP_GRACE_MS,
      stallMs: settings.ffmpeg.RELAYBOT_RUNNER_STALL_MS,
      primaryRetryMs: settings.ffmpeg.RELAYBOT_RUNNER_PRIMARY_RETRY_MS,
    },
    policy,
    gateway,
    tunnel,
    logger,
    emit: (request, event, detail) => {
      if (wantsEvent(request, event)) deliver(callbackBody(request, event, detail, now()));
    },
    saveProgress: (taskId, progress) => repo.saveProgress(taskId, progress),
    setOnAir: (taskId, yes) => {
      if (yes) onAir.add(taskId);
      else onAir.delete(taskId);
    },
  });

  /**
   * Whether the relay reaches its destination now. In the bot process the runs say so (a run inside its window
   * that cannot push is not "pushing"); a CLI process has no runs and only sees that the bot is running it.
   */
  function isPushing(taskId: string, phase: RunnerPhase): boolean {
    if (phase !== 'running') return false;
    return mode === 'supervisor' ? onAir.has(taskId) : true;
  }

  return {
    kind: 'local',
    // Its supervisor emits every start, failure and end, a paused relay's end included (supervisor.ts).
    reportsEveryEnd: true,

    get runningCount() {
      return supervisor?.runningCount ?? 0;
    },

    async start() {
      const found = await ffmpeg();
      logger.info({ ffmpeg: found.version, path: found.path, origin: found.origin, mode }, 'ffmpeg runner ready');
      if (mode !== 'supervisor' || supervisor) return;
      await gateway.start();
      supervisor = new Supervisor({ repo, logger, now, context: context(found), ...(options.wallClockCheckMs ? { wallClockCheckMs: options.wallClockCheckMs } : {}) });
      supervisor.start();
    },

    async create(request) {
      const notes = await validateUrls(request);
      if (repo.get(request.SpecifyTaskId) === null && repo.countLive() >= limit) {
        throw new BackendError('InvalidParameter.TaskNumMoreThanLimit', t('en', 'runner.taskLimit', { limit }));
      }
      repo.insert(request, now());
      nudge(request.SpecifyTaskId);
      return { providerTaskId: request.SpecifyTaskId, ...(notes.length ? { notes } : {}) };
    },

    async modify(providerTaskId, changes: RelayChanges) {
      const row = existing(providerTaskId);
      const { Status, ...fields } = changes;
      const request: BackendCreateRequest = { ...row.request, ...fields };
      // Every URL is checked again (a refusal stands whatever changed), but only a host this edit brings in is
      // noted: one the creation already named is not repeated on every later change of time or loops.
      const notes = (await validateUrls(request)).filter((note) => note.field !== undefined && Object.hasOwn(fields, note.field));
      const refreshType = changes.SourceUrls ? (changes.VodRefreshType ?? request.VodRefreshType ?? 'ImmediateNewSource') : null;
      repo.updateRequest(providerTaskId, request, { ...(Status ? { status: Status } : {}), refreshType }, now());
      nudge(providerTaskId);
      return notes.length ? { notes } : undefined;
    },

    async delete(providerTaskId) {
      existing(providerTaskId);
      repo.markDeleted(providerTaskId, now());
      nudge(providerTaskId);
    },

    async restart(providerTaskId) {
      existing(providerTaskId);
      repo.requestRestart(providerTaskId, now());
      nudge(providerTaskId);
    },

    async findBySpecifyTaskId(specifyTaskId) {
      // The runner's task id is the SpecifyTaskId its create carried.
      const row = repo.get(specifyTaskId);
      return row && row.phase !== 'deleted' ? row.taskId : null;
    },

    async describe(providerTaskId): Promise<ProviderTaskInfo | null> {
      const row = repo.get(providerTaskId);
      if (!row || row.phase === 'deleted') return null;
      const r = row.request;
      return {
        TaskId: row.taskId,
        Status: row.status,
        SourceType: r.SourceType,
        SourceUrls: r.SourceUrls,
        StartTime: r.StartTime,
        EndTime: r.EndTime,
        ...(r.VodLoopTimes !== undefined ? { VodLoopTimes: r.VodLoopTimes } : {}),
        ...(r.Comment !== undefined ? { Comment: r.Comment } : {}),
        ToUrl: destinationUrl(r),
        BackupSourceType: r.BackupSourceType,
        BackupSourceUrl: r.BackupSourceUrl,
        RunnerPhase: row.phase,
      };
    },

    async status(providerTaskId): Promise<ProviderTaskStatus | null> {
      const row = repo.get(providerTaskId);
      if (!row || row.phase === 'deleted') return null;
      const p = row.progress;
      const list = row.request.SourceUrls;
      const next = p.fileIndex !== null ? list[(p.fileIndex + 1) % list.length] : undefined;
      const pushing = isPushing(row.taskId, row.phase);
      return {
        RunStatus: pushing ? 'active' : 'inactive',
        // "Playing <file>" only while it reaches the destination: a file read into a refused push plays to no one.
        ...(p.fileUrl && pushing ? { FileUrl: p.fileUrl } : {}),
        ...(p.fileDuration !== null ? { FileDuration: p.fileDuration } : {}),
        ...(p.offsetTime !== null ? { OffsetTime: p.offsetTime } : {}),
        LoopedTimes: p.loopedTimes,
        ...(p.reportTime ? { ReportTime: p.reportTime } : {}),
        ...(next ? { NextFileUrl: next } : {}),
      };
    },

    async quota(): Promise<TaskQuota> {
      return { count: repo.countLive(), limit };
    },

    async ping() {
      return { detail: await describeFfmpeg(settings.ffmpeg.RELAYBOT_FFMPEG_PATH) };
    },

    async close() {
      await supervisor?.close();
      supervisor = null;
      await delivery;
      await gateway.stop();
    },
  };
}

function toBackendError(error: CodedError): BackendError {
  return new BackendError(error.code, t('en', error.key, error.params), undefined, false, { cause: error });
}
