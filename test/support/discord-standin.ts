// A local stand-in for the parts of Discord's REST API the bot uses, on loopback, behaving as the public docs
// describe: `Authorization: Bot <token>` on bot routes (webhook routes are authorised by their token in the
// path), rate-limit headers on every answer, 429 with `retry_after` (seconds) when told to, thread creation
// from a message (the thread takes the message's id; a second attempt fails with code 160004). Message bodies over
// Discord's documented limits are refused with 50035 Invalid Form Body, as Discord does (discord-message-limits.ts).
// A channel is read back with Get Channel Messages (newest first, before / after / around), without the nonces,
// which Discord remembers for a few minutes only (forgetNonces).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { messageProblems, threadNameProblems } from './discord-message-limits.js';

export interface RecordedCall {
  method: string;
  path: string;
  body: unknown;
  at: number;
}

export interface StoredMessage {
  id: string;
  channel_id: string;
  body: Record<string, unknown>;
  edits: number;
}

export interface DiscordStandin {
  /** Base URL to give DISCORD_API_URL (like https://discord.com/api). */
  apiUrl: string;
  calls: RecordedCall[];
  messages: Map<string, StoredMessage>;
  threads: Set<string>;
  /**
   * The next `count` bot-route calls answer 429 with this retry_after (seconds); `global` as Discord's global
   * limit answers (X-RateLimit-Global, scope "global", `global: true` in the body).
   */
  rateLimitNext(count: number, retryAfterSeconds: number, options?: { global?: boolean }): void;
  /**
   * Discord remembers a post's nonce (enforce_nonce) for a few minutes only: after this, a repeat of any nonce
   * used so far makes a new message, as it would once those minutes had passed.
   */
  forgetNonces(): void;
  /** The next `count` message posts are made, but their answers are lost (the connection drops before them). */
  loseAnswers(count: number): void;
  /**
   * The next message post is made at once (it is in the channel, its buttons can be clicked) but answered only on
   * `release()`, as when Discord's answer is slow to come back. `made` resolves with the message.
   */
  holdNextPost(): { made: Promise<StoredMessage>; release(): void };
  /** The next `count` bot-route calls answer 500. */
  failNext(count: number): void;
  /**
   * Calls whose method and path match answer Discord's JSON error `{ message, code }` with `status` instead (any
   * route, webhook routes included), `count` times (every time by default): a deleted channel (404, 10003), a
   * missing permission (403, 50001 / 50013), an expired interaction token (401, 50027).
   */
  refuse(match: { method?: string; path: RegExp }, error: { status: number; code: number; message: string }, count?: number): void;
  close(): Promise<void>;
}

/** The bot's own user, the author of every message it posts. */
export const BOT_USER_ID = '1100000000000000001';

let nextSnowflake = 1_100_000_000_000_000_000n;
const snowflake = () => String(nextSnowflake++);

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : undefined;
}

export async function startDiscordStandin(options: { botToken: string; gatewayUrl?: string }): Promise<DiscordStandin> {
  const calls: RecordedCall[] = [];
  const messages = new Map<string, StoredMessage>();
  const threads = new Set<string>();
  /** Messages whose nonce Discord no longer remembers (it keeps them a few minutes). */
  const forgotten = new Set<string>();
  let answersToLose = 0;
  const heldPosts: { made: (message: StoredMessage) => void; released: Promise<void> }[] = [];
  /** Every message id posted, deleted or not. */
  const posted = new Set<string>();
  let limited = { count: 0, retryAfter: 0, global: false };
  let failing = 0;
  const refusals: { method?: string; path: RegExp; error: { status: number; code: number; message: string }; left: number }[] = [];

  const send = (response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    response.writeHead(status, {
      'content-type': 'application/json',
      'x-ratelimit-limit': '5',
      'x-ratelimit-remaining': '4',
      'x-ratelimit-reset': String(Date.now() / 1000 + 1),
      'x-ratelimit-reset-after': '1',
      'x-ratelimit-bucket': 'standin-bucket',
      ...headers,
    });
    response.end(body === undefined ? '' : JSON.stringify(body));
  };

  const server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://standin');
      const path = decodeURIComponent(url.pathname).replace(/^\/api\/v10/, '');
      const body = await readBody(request).catch(() => undefined);
      calls.push({ method: request.method ?? 'GET', path, body, at: Date.now() });
      // Discord's "Invalid Form Body": the reasons, as its `errors` object gives them, here as plain text.
      const invalid = (problems: string[]) => send(response, 400, { message: 'Invalid Form Body', code: 50035, errors: problems });

      const refusal = refusals.find((r) => r.left > 0 && (!r.method || r.method === request.method) && r.path.test(path));
      if (refusal) {
        refusal.left -= 1;
        return send(response, refusal.error.status, { message: refusal.error.message, code: refusal.error.code });
      }
      const webhook = /^\/(webhooks|interactions)\//.test(path);
      if (!webhook) {
        if (request.headers.authorization !== `Bot ${options.botToken}`) {
          return send(response, 401, { message: '401: Unauthorized', code: 0 });
        }
        if (limited.count > 0) {
          limited.count -= 1;
          return send(
            response,
            429,
            { message: 'You are being rate limited.', retry_after: limited.retryAfter, global: limited.global },
            {
              'retry-after': String(Math.ceil(limited.retryAfter)),
              'x-ratelimit-remaining': '0',
              'x-ratelimit-reset-after': String(limited.retryAfter),
              'x-ratelimit-scope': limited.global ? 'global' : 'user',
              ...(limited.global ? { 'x-ratelimit-global': 'true' } : {}),
            },
          );
        }
        if (failing > 0) {
          failing -= 1;
          return send(response, 500, { message: 'Internal Server Error', code: 0 });
        }
      }

      let match: RegExpExecArray | null;
      if (request.method === 'GET' && path === '/gateway/bot') {
        return send(response, 200, {
          url: options.gatewayUrl ?? 'ws://127.0.0.1:1',
          shards: 1,
          session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
        });
      }
      if (request.method === 'PUT' && (match = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(path))) {
        const commands = (body as { name: string }[]).map((c) => ({ ...c, id: snowflake(), application_id: match![1] }));
        return send(response, 200, commands);
      }
      if (request.method === 'POST' && (match = /^\/channels\/(\d+)\/messages\/(\d+)\/threads$/.exec(path))) {
        const messageId = match[2]!;
        const badName = threadNameProblems(body);
        if (badName.length > 0) return invalid(badName);
        if (threads.has(messageId)) return send(response, 400, { message: 'A thread has already been created for this message', code: 160004 });
        threads.add(messageId);
        return send(response, 201, { id: messageId, type: 11, parent_id: match[1], name: (body as { name: string }).name });
      }
      if (request.method === 'POST' && (match = /^\/channels\/(\d+)\/messages$/.exec(path))) {
        // A message's id is a channel only once a thread was started on it (the thread takes the id).
        if (posted.has(match[1]!) && !threads.has(match[1]!)) return send(response, 404, { message: 'Unknown Channel', code: 10003 });
        const { nonce, enforce_nonce: enforce } = body as { nonce?: string; enforce_nonce?: boolean };
        if (nonce !== undefined && String(nonce).length > 25) return send(response, 400, { message: 'Invalid Form Body', code: 50035 });
        const problems = messageProblems(body);
        if (problems.length > 0) return invalid(problems);
        // enforce_nonce: a repeat of a recent nonce in the channel answers with the message already created.
        const earlier = enforce
          ? [...messages.values()].find((m) => m.channel_id === match![1] && m.body.nonce === nonce && !forgotten.has(m.id))
          : undefined;
        // A lost answer: the message is made (or found by its nonce), and the connection drops before the answer.
        const answer = (message: object) => {
          if (answersToLose <= 0) return send(response, 200, message);
          answersToLose -= 1;
          response.socket?.destroy();
        };
        if (earlier) return answer({ id: earlier.id, channel_id: earlier.channel_id, ...earlier.body });
        const id = snowflake();
        const made: StoredMessage = { id, channel_id: match[1]!, body: body as Record<string, unknown>, edits: 0 };
        messages.set(id, made);
        posted.add(id);
        const hold = heldPosts.shift();
        if (hold) {
          hold.made(made);
          await hold.released;
        }
        return answer({ id, channel_id: match[1], ...(body as object) });
      }
      if (request.method === 'GET' && (match = /^\/channels\/(\d+)\/messages$/.exec(path))) {
        // Get Channel Messages: newest first, `limit` 1-100 (50 by default), before / after / around a message id.
        // The nonce is not part of a message read back (Discord returns it only to the post that carried it).
        const limit = Number(url.searchParams.get('limit') ?? 50);
        if (!Number.isInteger(limit) || limit < 1 || limit > 100) return invalid(['limit: between 1 and 100']);
        const before = url.searchParams.get('before');
        const after = url.searchParams.get('after');
        const around = url.searchParams.get('around');
        let inChannel = [...messages.values()].filter((m) => m.channel_id === match![1]).sort((a, b) => (BigInt(b.id) > BigInt(a.id) ? 1 : -1));
        if (before) inChannel = inChannel.filter((m) => BigInt(m.id) < BigInt(before)).slice(0, limit);
        else if (after) inChannel = inChannel.filter((m) => BigInt(m.id) > BigInt(after)).slice(-limit);
        else if (around) {
          const at = inChannel.findIndex((m) => BigInt(m.id) <= BigInt(around));
          const start = Math.max(0, (at < 0 ? inChannel.length : at) - Math.floor(limit / 2));
          inChannel = inChannel.slice(start, start + limit);
        } else inChannel = inChannel.slice(0, limit);
        return send(
          response,
          200,
          inChannel.map(({ id, channel_id, body: stored }) => {
            const { nonce: _nonce, enforce_nonce: _enforce, allowed_mentions: _mentions, ...shown } = stored;
            return { id, channel_id, author: { id: BOT_USER_ID, bot: true }, ...shown };
          }),
        );
      }
      if (request.method === 'PATCH' && (match = /^\/channels\/(\d+)\/messages\/(\d+)$/.exec(path))) {
        const stored = messages.get(match[2]!);
        if (!stored) return send(response, 404, { message: 'Unknown Message', code: 10008 });
        const problems = messageProblems(body, { edit: true });
        if (problems.length > 0) return invalid(problems);
        stored.body = body as Record<string, unknown>;
        stored.edits += 1;
        return send(response, 200, { id: stored.id, channel_id: stored.channel_id, ...(body as object) });
      }
      if (request.method === 'PATCH' && /^\/webhooks\/(\d+)\/([\w.-]+)\/messages\/@original$/.test(path)) {
        const problems = messageProblems(body, { edit: true });
        if (problems.length > 0) return invalid(problems);
        return send(response, 200, { id: snowflake(), ...(body as object) });
      }
      if (request.method === 'POST' && /^\/interactions\/(\d+)\/([\w.-]+)\/callback$/.test(path)) {
        // Types 4 (message) and 7 (update the message) carry a message; the others (deferrals, modal, choices) do not.
        const callback = body as { type?: number; data?: unknown };
        const problems = callback.type === 4 || callback.type === 7 ? messageProblems(callback.data, { edit: callback.type === 7 }) : [];
        if (problems.length > 0) return invalid(problems);
        return send(response, 204, undefined);
      }
      send(response, 404, { message: '404: Not Found', code: 0 });
    })().catch((error: unknown) => send(response, 500, { message: String(error) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiUrl: `http://127.0.0.1:${port}/api`,
    calls,
    messages,
    threads,
    rateLimitNext(count, retryAfterSeconds, rateOptions = {}) {
      limited = { count, retryAfter: retryAfterSeconds, global: rateOptions.global ?? false };
    },
    loseAnswers(count) {
      answersToLose = count;
    },
    forgetNonces() {
      for (const id of messages.keys()) forgotten.add(id);
    },
    holdNextPost() {
      let made: (message: StoredMessage) => void = () => undefined;
      let release: () => void = () => undefined;
      const madeOnce = new Promise<StoredMessage>((resolve) => (made = resolve));
      heldPosts.push({ made, released: new Promise<void>((resolve) => (release = resolve)) });
      return { made: madeOnce, release };
    },
    failNext(count) {
      failing = count;
    },
    refuse(match, error, count = Number.POSITIVE_INFINITY) {
      refusals.push({ ...match, error, left: count });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
