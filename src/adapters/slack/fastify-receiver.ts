// A Bolt Receiver that lives on the bot's shared fastify server (POST /slack/events) instead of opening its
// own port. Slack signs the raw bytes, so this route keeps the body unparsed until the signature is checked;
// anything unsigned, mis-signed or stale gets 401 and never reaches a handler.
import type { App, Receiver, ReceiverEvent } from '@slack/bolt';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from '../../log.js';
import { ReplayGuard, type GuardedAnswer } from './replay-guard.js';
import { verifySlackSignature } from './verify-signature.js';

export const SLACK_EVENTS_PATH = '/slack/events';

/** Slack waits 3 s for an answer; past this we answer empty so it does not show a timeout error. */
const ACK_DEADLINE_MS = 2_800;
const BODY_LIMIT_BYTES = 1024 * 1024;

export interface FastifyReceiverOptions {
  signingSecret: string;
  logger: Logger;
  path?: string;
}

export class FastifyReceiver implements Receiver {
  private app: App | undefined;
  private readonly guard = new ReplayGuard();

  constructor(private readonly options: FastifyReceiverOptions) {}

  init(app: App): void {
    this.app = app;
  }

  /** The shared server owns the socket: start/stop only exist because Bolt's Receiver interface has them. */
  async start(): Promise<void> {}
  async stop(): Promise<void> {}

  /** Adds the route to the server. Call before the server listens (fastify locks its routes on ready). */
  mount(server: Pick<FastifyInstance, 'register'>): void {
    const path = this.options.path ?? SLACK_EVENTS_PATH;
    void server.register(async (scope) => {
      // Encapsulated: only this route sees raw bodies; the rest of the server keeps fastify's parsers.
      scope.removeAllContentTypeParsers();
      scope.addContentTypeParser('*', { parseAs: 'string', bodyLimit: BODY_LIMIT_BYTES }, (_req, body, done) => done(null, body));
      scope.post(path, (request, reply) => this.receive(request, reply));
    });
  }

  private async receive(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const rawBody = typeof request.body === 'string' ? request.body : '';
    const { headers } = request;
    const verdict = verifySlackSignature(this.options.signingSecret, {
      rawBody,
      timestamp: firstOf(headers['x-slack-request-timestamp']),
      signature: firstOf(headers['x-slack-signature']),
    });
    if (verdict !== 'ok') {
      this.options.logger.warn({ verdict, ip: request.ip }, 'slack: rejected a request with a bad signature');
      await reply.code(401).send();
      return;
    }
    const body = parseSlackBody(rawBody, headers['content-type']);
    if (body === null) {
      await reply.code(400).send();
      return;
    }
    const retryNum = Number(firstOf(headers['x-slack-retry-num']) ?? '') || undefined;
    const { answer, repeat } = this.guard.once(rawBody, () => this.dispatch(body, retryNum, firstOf(headers['x-slack-retry-reason'])));
    if (repeat) this.options.logger.info({ retryNum }, 'slack: repeated delivery answered from the first one');
    const { status, body: responseBody, contentType } = await answer;
    reply.code(status);
    if (contentType) reply.header('content-type', contentType);
    // A string with its content type set goes out as it is: fastify does not serialise it again.
    await reply.send(responseBody === '' ? undefined : responseBody);
  }

  /** Hands the request to Bolt; resolves with the HTTP answer as soon as a listener acks (or the deadline passes). */
  private dispatch(body: Record<string, unknown>, retryNum: number | undefined, retryReason: string | undefined): Promise<GuardedAnswer> {
    if (body.ssl_check) return Promise.resolve({ status: 200, body: '' });
    if (body.type === 'url_verification') return Promise.resolve(ackAnswer({ challenge: body.challenge }));
    const app = this.app;
    if (!app) return Promise.resolve({ status: 503, body: '' });

    return new Promise<GuardedAnswer>((resolve) => {
      let answered = false;
      const answer = (result: GuardedAnswer) => {
        if (answered) return;
        answered = true;
        clearTimeout(deadline);
        resolve(result);
      };
      const deadline = setTimeout(() => {
        this.options.logger.warn('slack: no listener acknowledged within the deadline; answered empty');
        answer({ status: 200, body: '' });
      }, ACK_DEADLINE_MS);
      const event: ReceiverEvent = {
        body,
        ...(retryNum !== undefined ? { retryNum } : {}),
        ...(retryReason ? { retryReason } : {}),
        ack: async (response?: unknown) => {
          // Past the deadline the HTTP answer is gone: say so, so the listener can use the response_url instead.
          if (answered) throw new AckTooLateError();
          answer(ackAnswer(response));
        },
      };
      app.processEvent(event).then(
        // No listener acked: Bolt's own receivers answer 404 so that Slack shows the app did not handle it.
        () => answer({ status: 404, body: '' }),
        (error: unknown) => {
          this.options.logger.error({ err: error }, 'slack: a listener failed');
          answer({ status: 500, body: '' });
        },
      );
    });
  }
}

/** A header's value (the first, if it came more than once). A plain function: no closure per request. */
function firstOf(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

const JSON_TYPE = 'application/json; charset=utf-8';
const TEXT_TYPE = 'text/plain';

/** What a listener acked with, as the HTTP answer: an object as JSON (as Bolt's own receivers answer), text as text. */
export function ackAnswer(response: unknown): GuardedAnswer {
  if (response === undefined || response === null || response === '') return { status: 200, body: '' };
  if (typeof response === 'string') return { status: 200, body: response, contentType: TEXT_TYPE };
  return { status: 200, body: JSON.stringify(response), contentType: JSON_TYPE };
}

/** Thrown by ack() when the request was already answered (the deadline passed). */
export class AckTooLateError extends Error {
  constructor() {
    super('slack: acknowledged after the deadline; the HTTP answer was already sent');
    this.name = 'AckTooLateError';
  }
}

/** Slash commands and interactions come form-encoded (interactions as a JSON `payload` field); events as JSON. */
export function parseSlackBody(rawBody: string, contentType: string | undefined): Record<string, unknown> | null {
  try {
    if (contentType?.startsWith('application/json')) {
      const parsed: unknown = JSON.parse(rawBody);
      return parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : null;
    }
    const form = Object.fromEntries(new URLSearchParams(rawBody));
    if (typeof form.payload === 'string') return JSON.parse(form.payload) as Record<string, unknown>;
    return form;
  } catch {
    return null;
  }
}
