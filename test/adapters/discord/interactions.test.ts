import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buttonInteraction,
  CHANNEL_ID,
  commandInteraction,
  startDiscordHarness,
  waitFor,
  type DiscordHarness,
} from './harness.js';

const COMMAND = 'https://media.example.com/vod/show.mp4 to live/evening tomorrow 8pm for 2h';
const CREATOR = '555555555555555555';

let h: DiscordHarness;
beforeAll(async () => {
  h = await startDiscordHarness();
});
afterAll(() => h.close());

const creates = () => h.tencent.requests.filter((r) => r.action === 'CreateLivePullStreamTask' && !r.errorCode);
const buttonsOf = (message: { components?: { components: { custom_id: string }[] }[] }) =>
  (message.components ?? []).flatMap((row) => row.components.map((b) => b.custom_id));

describe('Discord interactions endpoint', () => {
  it('answers a signed PING with PONG', async () => {
    const answer = await h.interact({ id: '1', application_id: '1', type: 1, token: 't', version: 1 });
    expect(answer).toEqual({ status: 200, json: { type: 1 } });
  });

  it('refuses unsigned, mis-signed and tampered requests with 401 and changes nothing', async () => {
    const before = { calls: h.discord.calls.length, tencent: h.tencent.requests.length };
    const body = commandInteraction('new', [{ name: 'command', value: COMMAND }]);
    expect((await h.interact(body, 'none')).status).toBe(401);
    expect((await h.interact(body, generateKeyPairSync('ed25519').privateKey)).status).toBe(401);
    expect(h.discord.calls.length).toBe(before.calls);
    expect(h.tencent.requests.length).toBe(before.tencent);
  });

  it('previews /relay new ephemerally with Discord timestamps and Confirm / Cancel', async () => {
    const answer = await h.interact(commandInteraction('new', [{ name: 'command', value: COMMAND }]));
    expect(answer.status).toBe(200);
    expect(answer.json.type).toBe(4);
    expect(answer.json.data.flags & 64).toBe(64);
    const embed = answer.json.data.embeds[0];
    expect(JSON.stringify(embed.fields)).toMatch(/<t:\d+:F>/);
    const ids = buttonsOf(answer.json.data);
    expect(ids.some((id) => id.startsWith('relay:confirm:'))).toBe(true);
    expect(ids.some((id) => id.startsWith('relay:cancel:'))).toBe(true);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(100);
    expect(creates().length).toBe(0);
  });

  it('creates the task exactly once on a double click, posts one status message and edits the preview', async () => {
    const preview = await h.interact(commandInteraction('new', [{ name: 'command', value: COMMAND }, { name: 'comment', value: 'double click' }]));
    const confirm = buttonsOf(preview.json.data).find((id) => id.startsWith('relay:confirm:'))!;
    const before = creates().length;
    const messagesBefore = new Set(h.discord.messages.keys());
    const [first, second] = await Promise.all([h.interact(buttonInteraction(confirm)), h.interact(buttonInteraction(confirm))]);
    expect(first.json.type).toBe(6);
    expect(second.json.type).toBe(6);
    await waitFor(() => h.discord.calls.filter((c) => c.method === 'PATCH' && c.path.endsWith('/@original')).length >= 2, 'both answers edited');
    const created = creates().at(-1)!;
    const statusMessages = [...h.discord.messages.values()].filter((m) => !messagesBefore.has(m.id));
    expect(creates().length - before).toBe(1);
    expect(created.body.Comment).toBe('double click');
    expect(statusMessages.length).toBe(1);
    expect(statusMessages[0]!.channel_id).toBe(CHANNEL_ID);
  });

  it('lists tasks, autocompletes their ids, and refuses changes to people without the role', async () => {
    const status = [...h.discord.messages.values()].find((m) => m.channel_id === CHANNEL_ID && /Relay \w+/.test(JSON.stringify(m.body)))!;
    const ourId = /Relay (\w+)/.exec(JSON.stringify(status.body))![1]!;
    const list = await h.interact(commandInteraction('list'));
    expect(list.json.type).toBe(4);
    expect(JSON.stringify(list.json.data)).toContain(ourId);

    const complete = await h.interact(commandInteraction('stop', [{ name: 'id', value: ourId.slice(0, 2), focused: true }], undefined, 4));
    expect(complete.json.type).toBe(8);
    expect((complete.json.data.choices as { value: string }[]).map((c) => c.value)).toContain(ourId);

    const deletesBefore = h.tencent.requests.filter((r) => r.action === 'DeleteLivePullStreamTask').length;
    const viewer = { id: '666666666666666666', roles: [] };
    const refused = await h.interact(commandInteraction('stop', [{ name: 'id', value: ourId }], viewer));
    expect(refused.json.type).toBe(4);
    expect(refused.json.data.flags & 64).toBe(64);
    expect(h.tencent.requests.filter((r) => r.action === 'DeleteLivePullStreamTask').length).toBe(deletesBefore);
  });

  it('speaks Chinese to a zh-CN client', async () => {
    const help = await h.interact(commandInteraction('help', [], { id: CREATOR, roles: [], locale: 'zh-CN' }));
    expect(JSON.stringify(help.json.data)).toMatch(/[\u4e00-\u9fff]/);
  });

  it('delivers an alarm to the channel with a mention, in a thread on the status message, despite 429s', async () => {
    const create = creates().at(-1)!;
    const callbackUrl = new URL(String(create.body.CallbackUrl));
    const taskId = [...h.tencent.tasks.values()].find((t) => t.SpecifyTaskId === create.body.SpecifyTaskId)?.TaskId ?? '';
    expect(taskId).not.toBe('');
    h.discord.rateLimitNext(2, 0.3);
    const response = await fetch(`${h.bot.url}${callbackUrl.pathname}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        appid: 1, callback_event: 'TaskAlarm', event_type: 314, interface: 'general_callback', product_name: 'pullpush',
        source_urls: JSON.stringify(create.body.SourceUrls), to_url: 'rtmp://push.example.com/live/evening', stream_id: 'evening',
        task_id: taskId, event_time: String(Math.floor(Date.now() / 1000)), msg: JSON.stringify({ type: 'PushStreamFailed' }),
      }),
    });
    expect(response.status).toBe(200);
    const alarm = await waitFor(
      () => [...h.discord.messages.values()].find((m) => String(m.body.content ?? '').includes(`<@${CREATOR}>`)),
      'the alarm message',
    );
    expect((alarm.body.allowed_mentions as { users: string[] }).users).toEqual([CREATOR]);
    expect(buttonsOf(alarm.body as never).some((id) => id.startsWith('relay:stop:'))).toBe(true);
    // The two 429s were waited out (Discord's retry_after), not dropped: the alarm still arrived, once.
    const alarms = [...h.discord.messages.values()].filter((m) => String(m.body.content ?? '').includes(`<@${CREATOR}>`));
    expect(alarms.length).toBe(1);
    // The event also lands in the thread started on the task's status message, which is edited in place.
    const status = [...h.discord.messages.values()].find((m) => m.channel_id === CHANNEL_ID && JSON.stringify(m.body).includes('Relay'))!;
    await waitFor(() => h.discord.threads.has(status.id), 'the thread on the status message');
    // The thread is made first and the news posted into it with a second call: wait for the news itself.
    await waitFor(() => [...h.discord.messages.values()].some((m) => m.channel_id === status.id), 'the news in the thread');
  });

  it('stops a task from its Stop button: deferred, then the answer edited in, and the task deleted at Tencent', async () => {
    const list = await h.interact(commandInteraction('stop', [{ name: 'id', value: '', focused: true }], undefined, 4));
    const id = (list.json.data.choices as { value: string }[])[0]!.value;
    const before = h.tencent.tasks.size;
    const answer = await h.interact(buttonInteraction(`relay:stop:${id}`));
    expect([4, 5]).toContain(answer.json.type);
    await waitFor(() => h.tencent.tasks.size === before - 1 || h.tencent.requests.some((r) => r.action === 'DeleteLivePullStreamTask'), 'the delete');
    expect(h.tencent.requests.filter((r) => r.action === 'DeleteLivePullStreamTask').length).toBe(1);
  });
});
