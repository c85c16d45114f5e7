// The receiver + delivery pipeline as main assembles it, on a real SQLite store in `dataDir` and a real
// fastify server on loopback. Used by the HTTP and delivery tests, the crash/restart child and the benchmarks.
import { createLogger } from '../../src/log.js';
import { createEventPipeline, type EventPipeline } from '../../src/delivery/pipeline.js';
import { createBotHttpServer, createRelayMetrics, storeCheck, taskCountsFrom, type ReadinessCheck, type HttpRoutes } from '../../src/http/index.js';
import type { RelayMetrics } from '../../src/http/metrics.js';
import type { Notifier } from '../../src/core/notifier.js';
import { openStore, type Store } from '../../src/store/index.js';
import { gracefulShutdown } from '../../src/http/shutdown.js';

export interface HarnessOptions {
  dataDir: string;
  notifiers?: Notifier[];
  callbackKey?: string;
  perChannelPerSecond?: number;
  bodyLimit?: number;
  readiness?: ReadinessCheck[];
  extraRoutes?: HttpRoutes[];
  /** News a chat API has not taken for this long is given up (the worker's default otherwise). */
  giveUpAfterMs?: number;
  /** Start the delivery worker (default true). */
  deliver?: boolean;
  logLevel?: string;
  /** Where log lines go (to inspect them); stderr otherwise. */
  logDestination?: NodeJS.WritableStream;
}

export interface Harness {
  url: string;
  store: Store;
  pipeline: EventPipeline;
  metrics: RelayMetrics;
  /** Graceful: stop HTTP, finish sends, close the store. */
  close(): Promise<void>;
}

export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const logger = createLogger({
    level: options.logLevel ?? process.env.RELAYBOT_TEST_LOG ?? 'silent',
    ...(options.logDestination ? { destination: options.logDestination } : {}),
  });
  const store = openStore(options.dataDir);
  const notifiers = new Map((options.notifiers ?? []).map((notifier) => [notifier.platform, notifier]));
  let pipeline: EventPipeline | null = null;
  const metrics = createRelayMetrics({ taskCounts: taskCountsFrom(store.tasks), outbox: { counts: () => pipeline!.outbox.counts() } });
  pipeline = createEventPipeline({
    db: store.db,
    tasks: store.tasks,
    notifiers,
    logger,
    metrics: metrics.pipeline,
    perChannelPerSecond: options.perChannelPerSecond ?? 1,
    maxBackoffMs: 2_000,
    ...(options.giveUpAfterMs ? { giveUpAfterMs: options.giveUpAfterMs } : {}),
  });
  const server = await createBotHttpServer({
    config: {
      RELAYBOT_PORT: 0,
      RELAYBOT_HOST: '127.0.0.1',
      RELAYBOT_CALLBACK_BODY_LIMIT: options.bodyLimit ?? 65_536,
      RELAYBOT_CALLBACK_KEY: options.callbackKey,
    },
    logger,
    tasks: store.tasks,
    pipeline,
    metrics,
    readiness: [storeCheck(store), ...(options.readiness ?? [])],
    ...(options.extraRoutes ? { extraRoutes: options.extraRoutes } : {}),
  });
  const { url } = await server.listen();
  if (options.deliver ?? true) pipeline.worker.start();
  const close = gracefulShutdown({ server, worker: pipeline.worker, others: [store], logger, graceMs: 5_000 });
  return { url, store, pipeline, metrics, close };
}
