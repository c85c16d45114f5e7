// Which runners this process has, from the settings: Tencent CSS when its API keys are set (then the default),
// the bundled ffmpeg runner always. Tencent is imported only when configured, so a CLI call without keys never
// loads its SDK. The local runner keeps its schedule in the store: a CLI process opens it in 'client' mode
// (rows only) and the running bot's runner, in 'supervisor' mode, picks the task up.
import type { Config } from '../config/index.js';
import type { BackendKind, TaskBackend } from '../core/backend.js';
import type { RelayEventSink } from '../core/relay-event.js';
import type { FfmpegBackend } from '../backends/ffmpeg/index.js';
import type { Logger } from '../log.js';
import type { Db } from '../store/database.js';

export interface BackendDeps {
  logger: Logger;
  db: Db;
  /** 'supervisor' in the bot (runs ffmpeg), 'client' in a CLI process (writes the schedule only). */
  mode: 'supervisor' | 'client';
  /** Where the local runner's events go; a client never runs a task, so it may leave this out. */
  sink?: RelayEventSink;
}

export interface BuiltBackends {
  backends: Partial<Record<BackendKind, TaskBackend>>;
  defaultBackend: BackendKind;
  /** The local runner, for the bot to start() (supervisor mode) and report in /readyz. */
  runner: FfmpegBackend;
  /** The bot's public base URL (task CallbackUrls are built on it). */
  publicUrl: string;
  close(): Promise<void>;
}

/** A client-mode runner never produces events; should one arrive anyway it is logged, not lost silently. */
function clientSink(logger: Logger): RelayEventSink {
  return {
    async accept(body) {
      logger.warn({ event: body.callback_event, task: body.task_id }, 'runner event in a client process; the bot will report it');
    },
  };
}

export async function buildBackends(config: Config, deps: BackendDeps): Promise<BuiltBackends> {
  const backends: Partial<Record<BackendKind, TaskBackend>> = {};
  if (config.tencent) {
    const { createTencentBackend } = await import('../backends/tencent/index.js');
    backends.tencent = createTencentBackend(config.tencent, deps.logger, { allowPrivateNetworks: config.core.RELAYBOT_ALLOW_PRIVATE_NETWORKS });
  }
  const { createFfmpegBackend } = await import('../backends/ffmpeg/index.js');
  const runner = createFfmpegBackend({
    settings: config,
    db: deps.db,
    sink: deps.sink ?? clientSink(deps.logger),
    logger: deps.logger,
    mode: deps.mode,
  });
  backends.local = runner;
  return {
    backends,
    defaultBackend: backends.tencent ? 'tencent' : 'local',
    runner,
    publicUrl: config.tencent?.publicUrl ?? `http://localhost:${config.http.RELAYBOT_PORT}`,
    async close() {
      await Promise.all(Object.values(backends).map((backend) => backend.close()));
    },
  };
}
