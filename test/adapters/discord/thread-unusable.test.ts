// A task's events go to a thread on its status message. When Discord refuses that thread while the channel still
// takes messages (the bot was not given "Create Public Threads" or "Send Messages in Threads": 50013; a moderator
// deleted the thread: 10003; it is locked: 160005), the events used to fail "permanently" and were gone, seen only
// in the bot's log. They now go to the channel itself. An outage (5xx) is still retried into the thread. The whole
// bot against the Discord and Tencent stand-ins (harness.ts); the refusals are Discord's documented JSON errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL_ID, createRelayByConfirm, sendProviderEvent, startDiscordHarness, waitFor, type DiscordHarness } from './harness.js';

let h: DiscordHarness;
beforeAll(async () => {
  h = await startDiscordHarness({ RELAYBOT_CHANNEL_RATE: '20' });
});
afterAll(() => h.close());

const createRelay = (stream: string) => createRelayByConfirm(h, stream);
const sendEvent = (stream: string, eventTime: number, event: 'TaskStart' | 'ResetTaskConfig' = 'TaskStart') => sendProviderEvent(h, stream, eventTime, event);
const sendStart = (stream: string, eventTime: number) => sendEvent(stream, eventTime);

/** Calls that tried the thread of `statusId` (starting it, or posting in it). */
const threadTries = (statusId: string) =>
  h.discord.calls.filter((c) => c.method === 'POST' && (c.path.endsWith(`/messages/${statusId}/threads`) || c.path === `/channels/${statusId}/messages`)).length;

/** The event post for relay `id` that carries the line of `eventTime`. */
const postOf = (id: string, eventTime: number) =>
  waitFor(
    () => [...h.discord.messages.values()].find((m) => JSON.stringify(m.body).includes(`Relay ${id}: `) && JSON.stringify(m.body).includes(`<t:${eventTime}:T>`)),
    `the post of relay ${id}`,
  );

describe('a task thread Discord refuses', () => {
  it('posts the news in the channel when the bot may not start a thread there (50013)', async () => {
    const { id, statusId } = await createRelay('no-threads');
    h.discord.refuse({ method: 'POST', path: new RegExp(`/messages/${statusId}/threads$`) }, { status: 403, code: 50013, message: 'Missing Permissions' });
    const at = Math.floor(Date.now() / 1000);
    await sendStart('no-threads', at);
    const post = await postOf(id, at);
    expect(post.channel_id).toBe(CHANNEL_ID);
    expect(h.discord.threads.has(statusId)).toBe(false);
    expect(h.logs()).toMatch(/thread cannot be used/);
    // Later news goes straight to the channel for a while: a refusal is an invalid request, and Discord restricts
    // an address after 10,000 of them in 10 minutes.
    const tries = threadTries(statusId);
    for (const later of [at + 10, at + 20]) {
      await sendEvent('no-threads', later, 'ResetTaskConfig');
      expect((await postOf(id, later)).channel_id).toBe(CHANNEL_ID);
    }
    expect(threadTries(statusId)).toBe(tries);
  });

  it.each([
    ['deleted', 'thread-gone', { status: 404, code: 10003, message: 'Unknown Channel' }],
    ['locked', 'thread-locked', { status: 403, code: 160005, message: 'Thread is locked' }],
  ] as const)('posts in the channel once the thread is %s', async (_what, stream, refusal) => {
    const { id, statusId } = await createRelay(stream);
    const first = Math.floor(Date.now() / 1000) - 60;
    await sendStart(stream, first);
    expect((await postOf(id, first)).channel_id).toBe(statusId);

    h.discord.refuse({ method: 'POST', path: new RegExp(`^/channels/${statusId}/messages$`) }, refusal);
    await sendEvent(stream, first + 10, 'ResetTaskConfig');
    expect((await postOf(id, first + 10)).channel_id).toBe(CHANNEL_ID);
  });

  it('still retries an outage into the thread, not the channel', async () => {
    const { id, statusId } = await createRelay('thread-outage');
    const at = Math.floor(Date.now() / 1000) - 30;
    h.discord.refuse({ method: 'POST', path: new RegExp(`^/channels/${statusId}/messages$`) }, { status: 503, code: 0, message: 'Service Unavailable' }, 4);
    await sendStart('thread-outage', at);
    const post = await waitFor(
      () => [...h.discord.messages.values()].find((m) => JSON.stringify(m.body).includes(`Relay ${id}: `) && JSON.stringify(m.body).includes(`<t:${at}:T>`)),
      'the post after the outage',
      20_000,
    );
    expect(post.channel_id).toBe(statusId);
  }, 25_000);
});
