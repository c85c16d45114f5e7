// POST /callbacks/tencent/:token — the relay event receiver (shared/spec/relay-callbacks.md). A callback is
// acknowledged (200) only once it is committed to the store; anything unauthenticated or malformed is refused
// with a 4xx and changes nothing.
import type { FastifyReply } from 'fastify';
import { CodedError } from '../core/errors.js';
import { t } from '../core/i18n.js';
import type { EventRecorder } from '../core/events/event-recorder.js';
import { NO_METRICS, type EventTaskViews, type PipelineMetrics } from '../core/events/ports.js';
import { callbackPath } from '../core/relay-event.js';
import { checkCallbackSignature, looksLikeCallbackToken, secretsEqual } from './callback-auth.js';
import type { HttpRoutes } from './server.js';

export interface CallbackRouteOptions {
  tasks: EventTaskViews;
  recorder: Pick<EventRecorder, 'record'>;
  /** RELAYBOT_CALLBACK_KEY: when set, callbacks must be signed. */
  callbackKey?: string;
  bodyLimit: number;
  metrics?: PipelineMetrics;
  clock?: () => number;
}

function refuse(reply: FastifyReply, status: number, code: string, key: string) {
  return reply.code(status).send({ error: code, message: t('en', key) });
}

export function callbackRoutes(options: CallbackRouteOptions): HttpRoutes {
  const metrics = options.metrics ?? NO_METRICS;
  const clock = options.clock ?? Date.now;

  return async (app) => {
    // Body too large, not JSON, wrong content type: fastify refuses before the handler; count and log those.
    app.setErrorHandler((error: Error & { statusCode?: number; code?: string }, request, reply) => {
      const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
      if (status < 500) {
        metrics.eventReceived();
        metrics.eventRejected(error.code ?? 'bad_request');
        request.log.warn({ code: error.code, status }, 'relay callback refused');
        return refuse(reply, status, error.code ?? 'BadRequest', status === 413 ? 'http.tooLarge' : 'http.badRequest');
      }
      request.log.error({ err: error }, 'relay callback failed');
      return refuse(reply, 500, 'InternalError', 'http.internal');
    });

    app.post<{ Params: { token: string } }>(callbackPath(':token'), { bodyLimit: options.bodyLimit }, async (request, reply) => {
      metrics.eventReceived();
      const rejected = (status: number, code: string, key: string) => {
        metrics.eventRejected(code);
        request.log.warn({ status, code }, 'relay callback refused');
        return refuse(reply, status, code, key);
      };
      const { token } = request.params;
      // Unknown token: 404, as if the URL did not exist. The index lookup finds the row; the constant-time
      // comparison after it keeps a partial match from being distinguishable.
      const task = looksLikeCallbackToken(token) ? options.tasks.eventViewByCallbackToken(token) : null;
      if (!task || !secretsEqual(token, task.callbackToken)) return rejected(404, 'UnknownCallbackUrl', 'http.notFound');

      const body = request.body;
      if (body === null || typeof body !== 'object' || Array.isArray(body)) return rejected(400, 'InvalidCallback.Shape', 'http.callbackShape');
      const fields = body as Record<string, unknown>;
      const now = clock();
      if (options.callbackKey) {
        const check = checkCallbackSignature(options.callbackKey, fields.t, fields.sign, now);
        if (check === 'expired') return rejected(401, 'CallbackExpired', 'http.callbackExpired');
        if (check !== 'ok') return rejected(401, 'CallbackSignatureInvalid', 'http.callbackSignature');
      }
      // The token authorises one task only: a body about another task is refused.
      if (typeof fields.task_id !== 'string' || task.providerTaskId === null || fields.task_id !== task.providerTaskId) {
        if (task.providerTaskId === null && typeof fields.task_id === 'string') {
          // The create call has not returned yet; the provider retries, by then we know the id.
          return rejected(409, 'TaskNotRegisteredYet', 'http.callbackTooEarly');
        }
        return rejected(401, 'CallbackTaskMismatch', 'http.callbackTaskMismatch');
      }
      try {
        const result = await options.recorder.record(task, body, now);
        request.log.info({ taskId: task.id, event: fields.callback_event, duplicate: !result.stored }, 'relay callback stored');
        return reply.code(200).send({ ok: true, duplicate: !result.stored });
      } catch (error) {
        if (error instanceof CodedError && error.code.startsWith('InvalidCallback.')) {
          const status = error.code === 'InvalidCallback.UnknownEvent' ? 422 : 400;
          request.log.warn({ code: error.code, field: error.params.field, status }, 'relay callback refused');
          return refuse(reply, status, error.code, error.key);
        }
        throw error;
      }
    });
  };
}
