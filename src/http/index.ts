// The bot's HTTP server with its standard routes (relay callbacks, /healthz, /readyz, /metrics) plus any
// routes the chat adapters bring. main wires it: `const http = await createBotHttpServer(...); await http.listen()`.
import type { HttpConfig } from '../config/http.js';
import type { EventTaskViews } from '../core/events/ports.js';
import type { EventPipeline } from '../delivery/pipeline.js';
import type { Logger } from '../log.js';
import { callbackRoutes } from './callback-route.js';
import { metricsRoutes, type RelayMetrics } from './metrics.js';
import { healthRoutes, type ReadinessCheck } from './readiness.js';
import { createHttpServer, type HttpRoutes, type HttpServer } from './server.js';

export interface BotHttpOptions {
  config: Pick<HttpConfig, 'RELAYBOT_PORT' | 'RELAYBOT_HOST' | 'RELAYBOT_CALLBACK_BODY_LIMIT'> & { RELAYBOT_CALLBACK_KEY?: string | undefined };
  logger: Logger;
  /** The task store's narrow reads for callbacks (SqliteTaskRepository provides them). */
  tasks: EventTaskViews;
  pipeline: Pick<EventPipeline, 'recorder'>;
  metrics: RelayMetrics;
  readiness: readonly ReadinessCheck[];
  /** Adapter routes (Slack receiver, Discord interactions), mounted on the same server. */
  extraRoutes?: readonly HttpRoutes[];
}

export async function createBotHttpServer(options: BotHttpOptions): Promise<HttpServer> {
  const { config } = options;
  return createHttpServer({
    port: config.RELAYBOT_PORT,
    host: config.RELAYBOT_HOST,
    logger: options.logger,
    routes: [
      callbackRoutes({
        tasks: options.tasks,
        recorder: options.pipeline.recorder,
        bodyLimit: config.RELAYBOT_CALLBACK_BODY_LIMIT,
        metrics: options.metrics.pipeline,
        ...(config.RELAYBOT_CALLBACK_KEY ? { callbackKey: config.RELAYBOT_CALLBACK_KEY } : {}),
      }),
      healthRoutes({ checks: options.readiness }),
      metricsRoutes(options.metrics.registry),
      ...(options.extraRoutes ?? []),
    ],
  });
}

export { backendCheck, storeCheck, type ReadinessCheck } from './readiness.js';
export { createRelayMetrics, taskCountsFrom, type RelayMetrics } from './metrics.js';
export { gracefulShutdown } from './shutdown.js';
export { createHttpServer, type HttpRoutes, type HttpServer } from './server.js';
