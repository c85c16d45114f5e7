// A recording chat API on loopback, standing in for Slack/Discord's message endpoints as the delivery worker
// sees them through a Notifier: post (with an idempotency key the API keeps, like Discord's nonce or Slack's
// message metadata), edit in place, search by key; 429 with Retry-After and 5xx on demand; "hold" mode records
// a post and never answers (to kill the poster between post and mark). StandinNotifier is the client side:
// a Notifier that talks to it over real HTTP, mapping 429/5xx to the chat errors the worker understands.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ChatRateLimitedError, ChatTransientError, type Notifier, type PostTarget } from '../../src/core/notifier.js';
import type { ReplyDocument } from '../../src/core/reply.js';
import type { TaskHome } from '../../src/core/task.js';

export interface RecordedPost {
  at: number;
  messageId: string;
  channelId: string;
  threadOf?: string;
  idempotencyKey?: string;
  doc: ReplyDocument;
}

export interface RecordedEdit {
  at: number;
  messageId: string;
  channelId: string;
  doc: ReplyDocument;
}

type Failure = { status: number; retryAfterSec?: number };

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
}

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
}

export class ChatStandin {
  readonly posts: RecordedPost[] = [];
  readonly edits: RecordedEdit[] = [];
  /** Every write request that reached the API, answered or not (for rate measurements). */
  readonly writes: { at: number; channelId: string; status: number }[] = [];
  private failures: Failure[] = [];
  private holding = false;
  private nextId = 1;
  private server: Server | null = null;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((request, response) => {
      this.handle(request, response).catch((error: unknown) => send(response, 500, { error: String(error) }));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** The next `count` writes fail with `status` (429 carries Retry-After). */
  failNext(count: number, failure: Failure): void {
    for (let i = 0; i < count; i += 1) this.failures.push(failure);
  }

  /** Record posts but leave them unanswered, as a platform whose reply is lost. */
  hold(on: boolean): void {
    this.holding = on;
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://standin');
    if (request.method === 'GET' && url.pathname === '/messages') {
      const found = this.posts.find(
        (post) => post.channelId === url.searchParams.get('channelId') && post.idempotencyKey === url.searchParams.get('key'),
      );
      return found ? send(response, 200, { messageId: found.messageId }) : send(response, 404, { error: 'not_found' });
    }
    const body = await readJson(request);
    const channelId = String(body.channelId);
    const failure = this.failures.shift();
    if (failure) {
      this.writes.push({ at: Date.now(), channelId, status: failure.status });
      const headers: Record<string, string> = failure.retryAfterSec !== undefined ? { 'retry-after': String(failure.retryAfterSec) } : {};
      return send(response, failure.status, { ok: false, error: failure.status === 429 ? 'ratelimited' : 'internal_error' }, headers);
    }
    this.writes.push({ at: Date.now(), channelId, status: 200 });
    if (request.method === 'POST' && url.pathname === '/messages') {
      const post: RecordedPost = {
        at: Date.now(),
        messageId: `m${this.nextId++}`,
        channelId,
        doc: body.doc as ReplyDocument,
        ...(typeof body.threadOf === 'string' ? { threadOf: body.threadOf } : {}),
        ...(typeof body.idempotencyKey === 'string' ? { idempotencyKey: body.idempotencyKey } : {}),
      };
      this.posts.push(post);
      if (this.holding) return; // the poster never hears back
      return send(response, 200, { messageId: post.messageId });
    }
    const edit = url.pathname.match(/^\/messages\/([^/]+)$/);
    if (request.method === 'PUT' && edit) {
      this.edits.push({ at: Date.now(), messageId: edit[1]!, channelId, doc: body.doc as ReplyDocument });
      return send(response, 200, { ok: true });
    }
    send(response, 404, { error: 'unknown_method' });
  }
}

/** A Notifier over HTTP to a ChatStandin, as an adapter would be over the platform's Web API. */
export class StandinNotifier implements Notifier {
  /** When each write left this client (the worker's pacing, before network and scheduling jitter). */
  readonly sent: { at: number; channelId: string }[] = [];

  constructor(
    readonly platform: string,
    private readonly baseUrl: string,
  ) {}

  private async call(method: string, path: string, body?: unknown): Promise<Record<string, unknown>> {
    let response: Response;
    try {
      response = await fetch(`${this.baseUrl}${path}`, {
        method,
        headers: { 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch (error) {
      throw new ChatTransientError('chat API unreachable', { cause: error });
    }
    if (response.status === 429) {
      throw new ChatRateLimitedError(Number(response.headers.get('retry-after') ?? '1') * 1000);
    }
    if (response.status >= 500) throw new ChatTransientError(`chat API answered ${response.status}`);
    if (response.status === 404) return { notFound: true };
    return (await response.json()) as Record<string, unknown>;
  }

  async post(target: PostTarget, doc: ReplyDocument): Promise<{ messageId: string }> {
    this.sent.push({ at: Date.now(), channelId: target.channelId });
    const answer = await this.call('POST', '/messages', { ...target, doc });
    return { messageId: String(answer.messageId) };
  }

  async update(home: TaskHome & { statusMessageId: string }, doc: ReplyDocument): Promise<void> {
    this.sent.push({ at: Date.now(), channelId: home.channelId });
    await this.call('PUT', `/messages/${home.statusMessageId}`, { channelId: home.channelId, doc });
  }

  async findPosted(target: PostTarget, idempotencyKey: string): Promise<{ messageId: string } | null> {
    const query = new URLSearchParams({ channelId: target.channelId, key: idempotencyKey });
    const answer = await this.call('GET', `/messages?${query}`);
    return answer.notFound ? null : { messageId: String(answer.messageId) };
  }
}
