// A local stand-in of Slack's Web API (https://api.slack.com/web) on node:http over loopback, for the real
// @slack/web-api client pointed at it through SLACK_API_URL. It answers as the docs say: HTTP 200 with
// {"ok": true, ...} or {"ok": false, "error": "..."}, bearer-token auth, HTTP 429 with Retry-After when rate
// limited, and `invalid_blocks` for Block Kit that breaks Slack's limits. It records every call, also the
// posts to response_urls (/response/<id>), and serves Socket Mode: apps.connections.open hands out a
// ws:// URL on the same server, which says hello and carries envelopes both ways.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface StandinUser {
  tz?: string;
  locale?: string;
  name?: string;
}

export interface RecordedSlackCall {
  method: string;
  params: Record<string, unknown>;
  token: string | undefined;
  at: number;
  /** What the stand-in answered (status 200 bodies only). */
  answer?: Record<string, unknown>;
}

/** `applied`: the call takes effect (a message is posted) but its answer is an HTTP error, as when it is lost. */
export type SlackFailure =
  | { status: 429; retryAfterSeconds: number }
  | { status: 500 | 502 | 503; applied?: boolean }
  | { error: string };

interface StoredMessage {
  ts: string;
  text: unknown;
  thread_ts?: string;
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
}

export interface SlackStandinOptions {
  botToken: string;
  appToken?: string;
  users?: Record<string, StandinUser>;
  usergroups?: Record<string, string[]>;
}

export interface SlackStandin {
  /** Ends in a slash, as SLACK_API_URL does. */
  apiUrl: string;
  /** A response_url for a request (its posts are recorded as method `response_url`). */
  responseUrl(id: string): string;
  calls: RecordedSlackCall[];
  callsTo(method: string): RecordedSlackCall[];
  /** Messages posted to a channel (thread replies included), oldest first. */
  messagesIn(channel: string): StoredMessage[];
  /** The next `times` calls of `method` fail this way. */
  failNext(method: string, failure: SlackFailure, times?: number): void;
  /**
   * The next call of `method` that `matches` is neither carried out nor answered until `release()`, as a request
   * Slack is slow to process (a post not made yet: it is not in the channel's history meanwhile). `arrived`
   * resolves with the call once it has come in. For races: what else happens while that call is under way.
   */
  holdNext(method: string, matches?: (params: Record<string, unknown>) => boolean): { arrived: Promise<RecordedSlackCall>; release(): void };
  /** Forgets the failures still queued (failNext): Slack answers again. */
  clearFailures(): void;
  /**
   * From now on every post, ephemeral post or edit in `channel` is refused with `error`, as Slack answers for an
   * archived channel (is_archived), one the bot was removed from (not_in_channel) or a deleted one
   * (channel_not_found); null takes it back. Other channels and direct messages are unaffected.
   */
  refuseChannel(channel: string, error: 'is_archived' | 'not_in_channel' | 'channel_not_found' | null): void;
  /**
   * Someone deletes a message in Slack: it leaves the channel's history; an edit of it is answered
   * message_not_found and a reply in its thread thread_not_found (as Slack answers for a parent that is gone).
   */
  deleteMessage(channel: string, ts: string): void;
  /** Waits until `count` calls of `method` have been recorded. */
  waitForCalls(method: string, count: number, timeoutMs?: number): Promise<RecordedSlackCall[]>;
  /** Socket Mode: sends an envelope to the connected app and resolves with its acknowledgement's payload. */
  sendEnvelope(type: string, payload: Record<string, unknown>): Promise<Record<string, unknown>>;
  /** Resolves once a Socket Mode client has connected and been greeted. */
  socketConnected(): Promise<void>;
  close(): Promise<void>;
}

const MAX_BLOCKS = { message: 50, view: 100 };

interface BlockShape {
  type: string;
  block_id?: string;
  text?: { text: string };
  fields?: { text: string }[];
  elements?: { action_id: string; text: { text: string }; value?: string }[];
}

/** Slack's Block Kit limits (https://api.slack.com/reference/block-kit): the first one broken, or null. */
export function blockKitViolation(blocks: unknown, maxBlocks: number): string | null {
  if (!Array.isArray(blocks)) return null;
  if (blocks.length > maxBlocks) return `more than ${maxBlocks} blocks`;
  const ids = new Set<string>();
  for (const block of blocks as BlockShape[]) {
    if (block.block_id) {
      if (ids.has(block.block_id)) return `duplicate block_id ${block.block_id}`;
      ids.add(block.block_id);
    }
    if (block.type === 'header' && (block.text?.text?.length ?? 0) > 150) return 'header text over 150';
    if (block.type === 'section') {
      if (!block.text && !block.fields) return 'section without text or fields';
      if ((block.text?.text?.length ?? 0) > 3000) return 'section text over 3000';
      if (block.fields && block.fields.length > 10) return 'more than 10 fields';
      if (block.fields?.some((f) => f.text.length > 2000)) return 'field over 2000';
    }
    if (block.type === 'actions') {
      const elements = block.elements ?? [];
      if (elements.length === 0 || elements.length > 25) return 'actions need 1 to 25 elements';
      const actionIds = new Set<string>();
      for (const el of elements) {
        if (el.action_id.length > 255 || actionIds.has(el.action_id)) return `bad action_id ${el.action_id}`;
        actionIds.add(el.action_id);
        if (el.text.text.length > 75 || (el.value?.length ?? 0) > 2000) return 'button text or value too long';
      }
    }
  }
  return null;
}

function parseParams(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.startsWith('application/json')) return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  const params: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    // The client JSON-encodes structured arguments (blocks, view) inside the form.
    params[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return params;
}

export async function startSlackStandin(options: SlackStandinOptions): Promise<SlackStandin> {
  const calls: RecordedSlackCall[] = [];
  const failures = new Map<string, SlackFailure[]>();
  const holds: { method: string; matches: (params: Record<string, unknown>) => boolean; arrive: (call: RecordedSlackCall) => void; released: Promise<void> }[] = [];
  const waiters = new Set<() => void>();
  const sockets = new Set<Socket>();
  let nextTs = 1_700_000_000;
  const channels = new Map<string, StoredMessage[]>();
  const refusedChannels = new Map<string, string>();
  const deleted = new Set<string>();
  const messagesIn = (channel: string) => channels.get(channel) ?? [];
  /** As Slack returns a message: its metadata only when include_all_metadata is asked for. */
  const shown = (message: StoredMessage, withMetadata: boolean) => {
    const { metadata, ...rest } = message;
    return { type: 'message', ...rest, ...(withMetadata && metadata ? { metadata } : {}) };
  };
  /** cursor is an offset into the list; next_cursor is empty at the end, as Slack's pagination says. */
  const page = <T>(items: T[], params: Record<string, unknown>) => {
    const offset = Number(params.cursor ?? 0) || 0;
    const limit = Math.min(Number(params.limit ?? 100) || 100, 999);
    const next = offset + limit < items.length ? String(offset + limit) : '';
    return { items: items.slice(offset, offset + limit), has_more: next !== '', response_metadata: { next_cursor: next } };
  };
  let client: WebSocket | undefined;
  let greeted: () => void = () => undefined;
  const greetedOnce = new Promise<void>((resolve) => (greeted = resolve));
  const pendingAcks = new Map<string, (payload: Record<string, unknown>) => void>();
  let envelopeSeq = 0;
  let base = '';

  const answer = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(JSON.stringify(body));
  };

  function respondTo(method: string, params: Record<string, unknown>, token: string | undefined): Record<string, unknown> {
    const expected = method === 'apps.connections.open' ? options.appToken : options.botToken;
    if (!token || token !== expected) return { ok: false, error: 'invalid_auth' };
    const ts = () => `${++nextTs}.000100`;
    const blocksProblem = (max: number, blocks: unknown) => blockKitViolation(blocks, max);
    switch (method) {
      case 'auth.test':
        return { ok: true, url: 'https://standin.slack.com/', team: 'Stand-in', user: 'relaybot', team_id: 'T0STANDIN', user_id: 'UBOT', bot_id: 'BBOT' };
      case 'users.info': {
        const user = options.users?.[String(params.user)];
        if (!user) return { ok: false, error: 'user_not_found' };
        const locale = params.include_locale === true || params.include_locale === 'true' ? { locale: user.locale ?? 'en-US' } : {};
        return { ok: true, user: { id: params.user, name: user.name ?? 'someone', tz: user.tz ?? 'America/Los_Angeles', ...locale } };
      }
      case 'usergroups.users.list':
        return options.usergroups?.[String(params.usergroup)]
          ? { ok: true, users: options.usergroups[String(params.usergroup)] }
          : { ok: false, error: 'no_such_subteam' };
      case 'chat.postMessage':
      case 'chat.update':
      case 'chat.postEphemeral': {
        if (!params.channel) return { ok: false, error: 'channel_not_found' };
        const refusal = refusedChannels.get(String(params.channel));
        if (refusal) return { ok: false, error: refusal };
        if (!params.text && !params.blocks) return { ok: false, error: 'no_text' };
        const problem = blocksProblem(MAX_BLOCKS.message, params.blocks);
        if (problem) return { ok: false, error: 'invalid_blocks', errors: [problem] };
        if (method === 'chat.postEphemeral') return { ok: true, message_ts: ts() };
        if (method === 'chat.update' && (!params.ts || deleted.has(`${String(params.channel)}|${String(params.ts)}`))) return { ok: false, error: 'message_not_found' };
        if (params.thread_ts && deleted.has(`${String(params.channel)}|${String(params.thread_ts)}`)) return { ok: false, error: 'thread_not_found' };
        const metadata = params.metadata as StoredMessage['metadata'] | undefined;
        // https://api.slack.com/metadata: an event_type and an event_payload object, both required.
        if (metadata !== undefined && (typeof metadata?.event_type !== 'string' || typeof metadata.event_payload !== 'object')) {
          return { ok: false, error: 'invalid_metadata_format' };
        }
        const messageTs = method === 'chat.update' ? String(params.ts) : ts();
        if (method === 'chat.postMessage') {
          const channel = String(params.channel);
          channels.set(channel, [
            ...messagesIn(channel),
            { ts: messageTs, text: params.text, ...(params.thread_ts ? { thread_ts: String(params.thread_ts) } : {}), ...(metadata ? { metadata } : {}) },
          ]);
        }
        return { ok: true, channel: params.channel, ts: messageTs, message: { text: params.text, ts: messageTs } };
      }
      case 'conversations.history': {
        // Newest first; thread replies are not in a channel's history (only their parents).
        const withMetadata = params.include_all_metadata === true || params.include_all_metadata === 'true';
        const top = messagesIn(String(params.channel)).filter((m) => !m.thread_ts || m.thread_ts === m.ts).reverse();
        const { items, ...rest } = page(top, params);
        return { ok: true, messages: items.map((m) => shown(m, withMetadata)), ...rest };
      }
      case 'conversations.replies': {
        // The parent first, then its replies, oldest first.
        const withMetadata = params.include_all_metadata === true || params.include_all_metadata === 'true';
        const all = messagesIn(String(params.channel));
        const parent = all.find((m) => m.ts === String(params.ts));
        if (!parent) return { ok: false, error: 'thread_not_found' };
        const thread = [parent, ...all.filter((m) => m.thread_ts === parent.ts && m.ts !== parent.ts)];
        const { items, ...rest } = page(thread, params);
        return { ok: true, messages: items.map((m) => shown(m, withMetadata)), ...rest };
      }
      case 'views.open':
      case 'views.publish':
      case 'views.update': {
        if (method === 'views.open' && !params.trigger_id) return { ok: false, error: 'invalid_trigger_id' };
        const view = params.view as { type?: string; blocks?: unknown } | undefined;
        if (!view?.type) return { ok: false, error: 'invalid_arguments' };
        const problem = blocksProblem(MAX_BLOCKS.view, view.blocks);
        if (problem) return { ok: false, error: 'invalid_blocks', errors: [problem] };
        return { ok: true, view: { id: `V${++envelopeSeq}`, ...view } };
      }
      case 'apps.connections.open':
        return { ok: true, url: `${base.replace(/^http/, 'ws')}/link?ticket=standin` };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const url = new URL(req.url ?? '/', base);
      const params = parseParams(raw, req.headers['content-type']);
      const token = req.headers.authorization?.replace(/^Bearer\s+/i, '') ?? (typeof params.token === 'string' ? params.token : undefined);
      const response = /^\/response\/([\w-]+)$/.exec(url.pathname);
      const method = response ? 'response_url' : url.pathname.replace(/^\/api\//, '');
      const call: RecordedSlackCall = { method, params: response ? { ...params, id: response[1] } : params, token, at: Date.now() };
      calls.push(call);
      const held = holds.findIndex((hold) => hold.method === method && hold.matches(params));
      if (held < 0) return carryOut(call, method, params, token, response, res);
      const [hold] = holds.splice(held, 1);
      hold!.arrive(call);
      void hold!.released.then(() => carryOut(call, method, params, token, response, res));
    });
  });

  function carryOut(call: RecordedSlackCall, method: string, params: Record<string, unknown>, token: string | undefined, response: RegExpExecArray | null, res: ServerResponse): void {
    const failure = failures.get(method)?.shift();
    // Waiters wake after the answer is known, so a test sees what the client got.
    setImmediate(() => {
      for (const wake of waiters) wake();
    });
    if (failure && 'status' in failure) {
      if ('applied' in failure && failure.applied) call.answer = respondTo(method, params, token);
      if (failure.status === 429) answer(res, 429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(failure.retryAfterSeconds) });
      else answer(res, failure.status, { ok: false, error: 'service_unavailable' });
      return;
    }
    // A response_url answers as Slack's webhooks do: errors as an HTTP status and a plain-text code, so an
    // ephemeral answer Slack would refuse (Block Kit limits) fails here as it would there.
    const refusedAnswer = response && !failure ? blockKitViolation(params.blocks, MAX_BLOCKS.message) : null;
    if (refusedAnswer) {
      call.answer = { ok: false, error: 'invalid_blocks', errors: [refusedAnswer] };
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('invalid_blocks');
      return;
    }
    call.answer = failure ? { ok: false, error: failure.error } : response ? { ok: true } : respondTo(method, params, token);
    answer(res, 200, call.answer);
  }
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  const wss = new WebSocketServer({ server, path: '/link' });
  wss.on('connection', (ws) => {
    client = ws;
    ws.on('message', (data) => {
      const message = JSON.parse(String(data)) as { envelope_id?: string; payload?: Record<string, unknown> };
      if (message.envelope_id) pendingAcks.get(message.envelope_id)?.(message.payload ?? {});
    });
    ws.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'standin', approximate_connection_time: 3600 }, connection_info: { app_id: 'ASTANDIN' } }));
    greeted();
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    apiUrl: `${base}/api/`,
    responseUrl: (id) => `${base}/response/${id}`,
    calls,
    callsTo: (method) => calls.filter((call) => call.method === method),
    messagesIn,
    failNext(method, failure, times = 1) {
      const queue = failures.get(method) ?? [];
      for (let i = 0; i < times; i++) queue.push(failure);
      failures.set(method, queue);
    },
    holdNext(method, matches = () => true) {
      let arrive: (call: RecordedSlackCall) => void = () => undefined;
      let release: () => void = () => undefined;
      const arrived = new Promise<RecordedSlackCall>((resolve) => (arrive = resolve));
      const released = new Promise<void>((resolve) => (release = resolve));
      holds.push({ method, matches, arrive, released });
      return { arrived, release };
    },
    clearFailures() {
      failures.clear();
    },
    refuseChannel(channel, error) {
      if (error) refusedChannels.set(channel, error);
      else refusedChannels.delete(channel);
    },
    deleteMessage(channel, ts) {
      deleted.add(`${channel}|${ts}`);
      channels.set(channel, messagesIn(channel).filter((m) => m.ts !== ts));
    },
    waitForCalls(method, count, timeoutMs = 5_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = calls.filter((call) => call.method === method);
          if (found.length < count) return false;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
          return true;
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`stand-in: expected ${count} ${method} call(s), saw ${calls.filter((c) => c.method === method).length}`));
        }, timeoutMs);
        if (!check()) waiters.add(check);
      });
    },
    sendEnvelope(type, payload) {
      if (!client) return Promise.reject(new Error('stand-in: no Socket Mode client connected'));
      const envelopeId = `env-${++envelopeSeq}`;
      const acked = new Promise<Record<string, unknown>>((resolve) => pendingAcks.set(envelopeId, resolve));
      client.send(JSON.stringify({ envelope_id: envelopeId, type, payload, accepts_response_payload: type !== 'events_api', retry_attempt: 0, retry_reason: '' }));
      return acked;
    },
    socketConnected: () => greetedOnce,
    async close() {
      for (const ws of wss.clients) ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
