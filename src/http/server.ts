// The bot's one HTTP server (fastify): the relay callback receiver, health, metrics, and whatever routes the
// chat adapters mount (Slack's Events API receiver, Discord's interactions endpoint), each as a plugin.
import { fastify, LogController, type FastifyBaseLogger, type FastifyInstance, type FastifyPluginAsync } from 'fastify';
import { t } from '../core/i18n.js';
import type { Logger } from '../log.js';
import { keepRawBodies } from './raw-body.js';

/** A set of routes to mount (a fastify plugin); `request.rawBody` holds each JSON or form body verbatim. */
export type HttpRoutes = FastifyPluginAsync;

export interface HttpServerOptions {
  port: number;
  host: string;
  logger: Logger;
  routes: readonly HttpRoutes[];
  /** Largest body any route accepts unless the route sets its own (bytes). */
  bodyLimit?: number;
}

export interface HttpServer {
  readonly app: FastifyInstance;
  /** Starts listening; resolves with the bound port (useful with port 0). */
  listen(): Promise<{ port: number; url: string }>;
  /** Stops accepting connections and waits for in-flight requests to be answered. */
  close(): Promise<void>;
}

export async function createHttpServer(options: HttpServerOptions): Promise<HttpServer> {
  const app = fastify({
    loggerInstance: options.logger as unknown as FastifyBaseLogger,
    // Request lines would carry callback tokens in their URLs: routes log what matters themselves.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: options.bodyLimit ?? 1_048_576,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
  });
  keepRawBodies(app);
  app.setErrorHandler((error: Error & { statusCode?: number; code?: string }, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    const route = request.routeOptions.url ?? 'unknown';
    if (status >= 500) request.log.error({ err: error, route }, 'request failed');
    else request.log.warn({ code: error.code, status, route }, 'request rejected');
    const key = status === 413 ? 'http.tooLarge' : status >= 500 ? 'http.internal' : 'http.badRequest';
    return reply.code(status).send({ error: error.code ?? 'Error', message: t('en', key) });
  });
  app.setNotFoundHandler((_request, reply) => reply.code(404).send({ error: 'NotFound', message: t('en', 'http.notFound') }));
  for (const routes of options.routes) await app.register(routes);

  return {
    app,
    async listen() {
      await app.listen({ port: options.port, host: options.host });
      const address = app.server.address();
      const port = typeof address === 'object' && address ? address.port : options.port;
      const host = options.host === '0.0.0.0' || options.host === '::' ? '127.0.0.1' : options.host;
      return { port, url: `http://${host.includes(':') ? `[${host}]` : host}:${port}` };
    },
    close: () => app.close(),
  };
}
