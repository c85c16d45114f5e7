// `npm start` / `relaybot start`: the whole bot in one process. Settings are read once; then the store, the
// event pipeline (recorder → outbox → delivery worker), the backends (the ffmpeg runner supervising its
// relays here), the task service and chat verbs, the HTTP server, and the chat adapters whose settings are
// present — the terminal chat when no platform is. Shutdown undoes it in a safe order.
import { machineTimeZone, ShellNotifier, shellLocale, startShellSession } from './adapters/shell/index.js';
import { loadConfig, type Config } from './config/index.js';
import { createChatCommands } from './core/chat/index.js';
import { startPreviewPool } from './preview-pool/index.js';
import type { Notifier } from './core/notifier.js';
import { createEventPipeline } from './delivery/pipeline.js';
import { backendCheck, createBotHttpServer, createRelayMetrics, storeCheck, taskCountsFrom } from './http/index.js';
import { createLogger, type Logger } from './log.js';
import { openStore } from './store/index.js';
import { acquireInstanceLock, InstanceLockedError } from './store/instance-lock.js';
import { SqlitePendingRepository } from './store/pending-repo.js';
import { buildBackends } from './wiring/backends.js';
import { dataDirProblem, listenProblem } from './wiring/startup-problem.js';
import { createTaskService } from './wiring/task-service.js';
import { startUpkeep } from './wiring/upkeep.js';

export interface StartOptions {
  env: Record<string, string | undefined>;
  /** The terminal chat's streams (process.stdin/stdout by default). */
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  /** The person at the terminal asked to leave (`quit`, Ctrl-C, Ctrl-D at a terminal). */
  onQuit?: () => void;
  logger?: Logger;
}

export interface RunningBot {
  config: Config;
  /** The HTTP server's base URL, e.g. http://127.0.0.1:3000. */
  url: string;
  adapters: string[];
  /** Graceful shutdown, once however often it is called. */
  stop(): Promise<void>;
}

/**
 * What was started, stopped in this order: no new commands (adapters), no new callbacks (HTTP; in-flight ones
 * are answered, and they are durable before that), the messages being sent finish (delivery), the runner stops
 * its ffmpegs (backends), and last the store closes.
 */
const PHASES = ['adapter', 'http', 'delivery', 'backends', 'store'] as const;
type Phase = (typeof PHASES)[number];

class Shutdown {
  private readonly steps: { phase: Phase; name: string; run: () => unknown }[] = [];
  private running: Promise<void> | null = null;

  constructor(private readonly logger: Logger) {}

  add(phase: Phase, name: string, run: () => unknown): void {
    this.steps.push({ phase, name, run });
  }

  run(): Promise<void> {
    this.running ??= (async () => {
      const ordered = this.steps.splice(0).sort((a, b) => PHASES.indexOf(a.phase) - PHASES.indexOf(b.phase));
      for (const { name, run } of ordered) {
        try {
          await run();
        } catch (error) {
          // A failed step must not keep the later ones (above all closing the store) from running.
          this.logger.error({ err: error, step: name }, 'shutdown step failed');
        }
      }
    })();
    return this.running;
  }
}

/** Waits for `work`, but not longer than `ms` (then logs that it is left behind). */
async function untilOrAfter(work: Promise<void>, ms: number, logger: Logger): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(true), ms);
  });
  const timedOut = await Promise.race([work.then(() => false), late]);
  clearTimeout(timer);
  if (timedOut) logger.warn({ waitedMs: ms }, 'shutdown: task operations still under way are left behind');
}

async function ffmpegDescription(config: Config, logger: Logger): Promise<string> {
  try {
    const { describeFfmpeg } = await import('./backends/ffmpeg/index.js');
    return await describeFfmpeg(config.ffmpeg.RELAYBOT_FFMPEG_PATH);
  } catch (error) {
    logger.warn({ err: error }, 'no usable ffmpeg: the local runner will refuse tasks until one is available');
    return 'ffmpeg unavailable';
  }
}

export async function startRelaybot(options: StartOptions): Promise<RunningBot> {
  const config = loadConfig(options.env);
  const logger = options.logger ?? createLogger({ level: config.core.RELAYBOT_LOG_LEVEL });
  const defaultTimeZone = config.core.RELAYBOT_DEFAULT_TZ ?? machineTimeZone();
  const shutdown = new Shutdown(logger);

  try {
    // Before anything else touches the data directory: a second bot on it must not run the same relays.
    const dataDir = config.core.RELAYBOT_DATA_DIR;
    let lock: ReturnType<typeof acquireInstanceLock>;
    try {
      lock = acquireInstanceLock(dataDir);
    } catch (error) {
      throw error instanceof InstanceLockedError ? error : dataDirProblem(dataDir, error);
    }
    let store: ReturnType<typeof openStore>;
    try {
      // The data directory is ours (the lock): creates are journaled and committed a few milliseconds later.
      store = openStore(dataDir, {
        writeBehind: true,
        onFlushError: (error) => logger.error({ err: error }, 'committing new tasks failed; retrying'),
        onRenamed: (from, to) => logger.error({ taskId: from, storedAs: to }, 'another process took a new task’s id before it was committed; it is stored under a longer one'),
      });
    } catch (error) {
      lock.release();
      throw dataDirProblem(dataDir, error);
    }
    shutdown.add('store', 'store', () => store.close());
    // Same phase, added later, so run after the store has closed.
    shutdown.add('store', 'instance lock', () => lock.release());

    // Filled in as the adapters start; the worker looks a platform's notifier up for each delivery.
    const notifiers = new Map<string, Notifier>();
    // The outbox counts are read at scrape time only, by when the pipeline below exists.
    const metrics = createRelayMetrics({ taskCounts: taskCountsFrom(store.tasks), outbox: { counts: () => pipeline.outbox.counts() } });
    const pipeline = createEventPipeline({
      db: store.db,
      tasks: store.tasks,
      notifiers,
      logger,
      metrics: metrics.pipeline,
      perChannelPerSecond: config.http.RELAYBOT_CHANNEL_RATE,
      maxBackoffMs: config.http.RELAYBOT_DELIVERY_MAX_BACKOFF_MS,
      giveUpAfterMs: config.http.RELAYBOT_DELIVERY_GIVE_UP_MS,
    });

    const built = await buildBackends(config, { logger, db: store.db, mode: 'supervisor', sink: pipeline.recorder });
    shutdown.add('backends', 'backends', () => built.close());
    // A change made by a verb is in the outbox once its commit is done: deliver it now, not at the next poll.
    const tasks = createTaskService(store, built, logger, { onChangeStored: () => pipeline.worker.kick() });
    // Once no command comes in (adapters, HTTP), the creates and changes under way finish (up to the grace) before
    // the backends and the store close under them; their news is then delivered with the rest.
    shutdown.add('delivery', 'task service', () => untilOrAfter(tasks.idle(), config.http.RELAYBOT_SHUTDOWN_GRACE_MS, logger));
    const previews = startPreviewPool(logger);
    // After the adapters (no new commands); a command still being read finishes in place.
    shutdown.add('http', 'preview pool', () => previews.close());
    const chat = createChatCommands({
      tasks,
      prefs: store.preferences,
      pending: new SqlitePendingRepository(store.db),
      subscriptions: pipeline.subscriptions,
      commandDefaults: {
        ...(config.core.RELAYBOT_PUSH_DOMAIN ? { defaultDomain: config.core.RELAYBOT_PUSH_DOMAIN } : {}),
        maxSpanDays: config.core.RELAYBOT_MAX_SPAN_DAYS,
        allowPrivateNetworks: config.core.RELAYBOT_ALLOW_PRIVATE_NETWORKS,
        defaultBackend: built.defaultBackend,
      },
      clock: () => new Date(),
      logger,
      readCommand: previews.read,
    });

    const http = await createBotHttpServer({
      config: config.http,
      logger,
      tasks: store.tasks,
      pipeline,
      metrics,
      readiness: [storeCheck(store), ...Object.values(built.backends).map((backend) => backendCheck(backend))],
    });

    // Chat platforms: each starts when its settings are present and mounts its routes before the server listens.
    const adapters: string[] = [];
    if (config.slack.botToken) {
      const { startSlack } = await import('./adapters/slack/index.js');
      const slack = await startSlack({ settings: config.slack, commands: chat, prefs: store.preferences, http: http.app, logger, defaultTimeZone });
      shutdown.add('adapter', 'slack', () => slack.stop());
      notifiers.set('slack', slack.notifier);
      adapters.push(`slack (${config.slack.mode})`);
    }
    if (config.discord) {
      const { startDiscord } = await import('./adapters/discord/index.js');
      const discord = await startDiscord({
        settings: config.discord,
        commands: chat,
        tasks,
        prefs: store.preferences,
        defaultTimeZone,
        logger,
        http: http.app,
      });
      shutdown.add('adapter', 'discord', () => discord.stop());
      notifiers.set('discord', discord.notifier);
      adapters.push(`discord (${config.discord.gateway ? 'gateway' : 'http'})`);
    }

    const { url, port } = await http.listen().catch((error: unknown) => {
      throw listenProblem(config.http.RELAYBOT_HOST, config.http.RELAYBOT_PORT, error);
    });
    shutdown.add('http', 'http', () => http.close());

    // The runner re-arms its schedule from the store (a window already open starts now).
    await built.runner.start();
    const ffmpeg = await ffmpegDescription(config, logger);
    const useShell = adapters.length === 0;
    if (useShell) adapters.push('shell');
    logger.info(
      { backend: built.defaultBackend, backends: Object.keys(built.backends), ffmpeg, port, url, adapters, dataDir: config.core.RELAYBOT_DATA_DIR },
      `relaybot started: backend ${built.defaultBackend}, local runner on ${ffmpeg}, port ${port}, adapters ${adapters.join(', ')}`,
    );

    // Tasks created at the terminal keep their news coming even when the bot later runs for Slack or Discord:
    // the terminal's notifier is always there, printing to stdout.
    const output = options.output ?? process.stdout;
    if (useShell) {
      const shell = startShellSession({
        chat,
        prefs: store.preferences,
        defaultTimeZone,
        input: options.input ?? process.stdin,
        output,
        logger,
        onQuit: options.onQuit ?? (() => undefined),
        env: options.env,
      });
      shutdown.add('adapter', 'shell', () => shell.close());
      notifiers.set('shell', shell.notifier);
    } else {
      notifiers.set('shell', new ShellNotifier((text) => output.write(`${text}\n`), shellLocale(options.env)));
    }

    // Last, once every notifier is in place: the worker resumes what a previous process left in the outbox.
    pipeline.worker.start();
    shutdown.add('delivery', 'delivery', () => pipeline.worker.stop());
    // Paused tasks whose end passed while the bot was down are ended now, and later ones within a minute.
    const upkeep = startUpkeep(tasks, logger);
    shutdown.add('adapter', 'upkeep', () => upkeep.stop());

    return {
      config,
      url,
      adapters,
      stop: () => shutdown.run().then(() => logger.info('relaybot stopped')),
    };
  } catch (error) {
    await shutdown.run();
    throw error;
  }
}
