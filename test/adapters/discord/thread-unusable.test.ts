// A task's events go to a thread on its status message. When Discord refuses that thread while the channel still
// takes messages (the bot was not given "Create Public Threads" or "Send Messages in Threads": 50013; a moderator
// deleted the thread: 10003; it is locked: 160005), the events used to fail "permanently" and were gone, seen only
// in the bot's log. They now go to the channel itself. An outage (5xx) is still retried into the thread. The whole
// bot against the Discord and Tencent stand-ins (harness.ts); the refusals are Discord's documented JSON errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callbackBody, postCallback } from '../../support/relay-fixtures.js';
import { buttonInteraction, CHANNEL_ID, commandInteraction, startDiscordHarness, waitFor, type DiscordHarness } from './harness.js';

let h: DiscordHarness;
beforeAll(async () => {
  h = await startDiscordHarness({ RELAYBOT_CHANNEL_RATE: '20' });
});
afterAll(() => h.close());

async function createRelay(stream: string): Promise<{ id: string; statusId: string }> {
  const preview = await h.interact(commandInteraction('new', [{ name: 'command', value: `https://cdn.example.com/a.mp4 to live/${stream} tomorrow 8pm for 2h` }]));
  const confirm = (preview.json.data.components[0].components as { custom_id: string }[])[0]!.custom_id;
  const before = new Set(h.discord.messages.keys());
  await h.interact(buttonInteraction(confirm));
  const status = await waitFor(() => [...h.discord.messages.values()].find((m) => !before.has(m.id) && m.channel_id === CHANNEL_ID), 'the status message');
  return { id: /Relay (\w+)/.exec(JSON.stringify(status.body))![1]!, statusId: status.id };
}

async function sendStart(stream: string, eventTime: number) {
  const task = [...h.tencent.tasks.values()].find((t) => t.StreamName === stream)!;
  const body = callbackBody({ providerTaskId: task.TaskId }, 'TaskStart', { eventTime });
  expect((await postCallback(`${h.bot.url}${new URL(task.CallbackUrl!).pathname}`, body)).status).toBe(200);
}

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
  });

  it('posts in the channel once the thread is deleted (10003) or locked (160005)', async () => {
    const { id, statusId } = await createRelay('thread-gone');
    const first = Math.floor(Date.now() / 1000) - 60;
    await sendStart('thread-gone', first);
    expect((await postOf(id, first)).channel_id).toBe(statusId);

    h.discord.refuse({ method: 'POST', path: new RegExp(`^/channels/${statusId}/messages$`) }, { status: 404, code: 10003, message: 'Unknown Channel' }, 1);
    h.discord.refuse({ method: 'POST', path: new RegExp(`^/channels/${statusId}/messages$`) }, { status: 403, code: 160005, message: 'Thread is locked' }, 1);
    const task = [...h.tencent.tasks.values()].find((t) => t.StreamName === 'thread-gone')!;
    const path = new URL(task.CallbackUrl!).pathname;
    const second = first + 10;
    const third = first + 20;
    await postCallback(`${h.bot.url}${path}`, callbackBody({ providerTaskId: task.TaskId }, 'ResetTaskConfig', { eventTime: second }));
    expect((await postOf(id, second)).channel_id).toBe(CHANNEL_ID);
    await postCallback(`${h.bot.url}${path}`, callbackBody({ providerTaskId: task.TaskId }, 'ResetTaskConfig', { eventTime: third }));
    expect((await postOf(id, third)).channel_id).toBe(CHANNEL_ID);
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
