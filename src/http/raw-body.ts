// Body parsing that keeps the exact bytes: platform receivers mounted on this server (Slack) verify request
// signatures over the raw body, so every JSON and form body is kept as `request.rawBody` beside the parsed one.
import type { FastifyInstance } from 'fastify';

declare module 'fastify' {
  interface FastifyRequest {
    /** The body exactly as received (JSON and form bodies), for signature checks. */
    rawBody: string | null;
  }
}

export function keepRawBodies(app: FastifyInstance): void {
  app.decorateRequest('rawBody', null);
  // Fastify's own JSON parser (guards against prototype poisoning), fed the string we keep.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    request.rawBody = body as string;
    parseJson(request, body as string, done);
  });
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (request, body, done) => {
    request.rawBody = body as string;
    done(null, Object.fromEntries(new URLSearchParams(body as string)));
  });
}
