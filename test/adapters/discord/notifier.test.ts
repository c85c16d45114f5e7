import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiscordNotifier } from '../../../src/adapters/discord/notifier.js';
import { createDiscordRest } from '../../../src/adapters/discord/rest-client.js';
import { ChatRateLimitedError, ChatTransientError } from '../../../src/core/notifier.js';
import type { ReplyDocument } from '../../../src/core/reply.js';
import { startDiscordStandin, type DiscordStandin } from '../../support/discord-standin.js';

const TOKEN = 'notifier-test-token-aaaaaaaaaaaaaaaaaaaa';
const CHANNEL = '444444444444444444';
const doc: ReplyDocument = { kind: 'events', title: 'Relay r7kq2m', lines: ['TaskStart'], fields: [], actions: [], severity: 'info', text: 'Relay r7kq2m' };

let discord: DiscordStandin;
let notifier: DiscordNotifier;
beforeAll(async () => {
  discord = await startDiscordStandin({ botToken: TOKEN });
  notifier = new DiscordNotifier(createDiscordRest({ apiUrl: discord.apiUrl, botToken: TOKEN }));
});
afterAll(() => discord.close());

describe('the Discord notifier', () => {
  it('posts a delivery retried under the same key only once (nonce + enforce_nonce)', async () => {
    const key = 'attempt-0123456789-0123456789-0123456789';
    const first = await notifier.post({ channelId: CHANNEL, idempotencyKey: key }, doc);
    const again = await notifier.post({ channelId: CHANNEL, idempotencyKey: key }, doc);
    expect(again.messageId).toBe(first.messageId);
    expect([...discord.messages.values()].filter((m) => m.channel_id === CHANNEL).length).toBe(1);
  });

  it('starts a thread on the status message once, then posts into it', async () => {
    const status = await notifier.post({ channelId: CHANNEL }, doc);
    await notifier.post({ channelId: CHANNEL, threadOf: status.messageId }, doc);
    await notifier.post({ channelId: CHANNEL, threadOf: status.messageId }, doc);
    expect(discord.threads.has(status.messageId)).toBe(true);
    expect(discord.calls.filter((c) => c.path.endsWith('/threads')).length).toBe(1);
    expect([...discord.messages.values()].filter((m) => m.channel_id === status.messageId).length).toBe(2);
  });

  it('edits the status message in place', async () => {
    const status = await notifier.post({ channelId: CHANNEL }, doc);
    await notifier.update({ platform: 'discord', channelId: CHANNEL, statusMessageId: status.messageId }, { ...doc, title: 'Relay r7kq2m · running' });
    expect(discord.messages.get(status.messageId)!.edits).toBe(1);
    expect(JSON.stringify(discord.messages.get(status.messageId)!.body)).toContain('running');
  });

  it('hands a long rate limit back to the outbox with its wait, and a 5xx as transient', async () => {
    discord.rateLimitNext(1, 30);
    const limited = await notifier.post({ channelId: CHANNEL }, doc).catch((error: unknown) => error);
    expect(limited).toBeInstanceOf(ChatRateLimitedError);
    expect((limited as ChatRateLimitedError).retryAfterMs).toBeGreaterThanOrEqual(29_000);

    // The same client now holds back on that route until the limit resets, so the 5xx case uses a fresh one.
    const fresh = new DiscordNotifier(createDiscordRest({ apiUrl: discord.apiUrl, botToken: TOKEN }));
    discord.failNext(3);
    const failed = await fresh.post({ channelId: CHANNEL }, doc).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(ChatTransientError);
  });
});
