// A flapping stream: the provider raises PushStreamUnstable every few hundred milliseconds. The channel used to get
// an alarm post mentioning the creator every time the channel's budget allowed (every 3 s in a probe), i.e. about
// 1,200 pings an hour. The first alarm of a type pings; its repeats within REPEAT_ALARM_QUIET_MS are listed in the
// task's thread (and the status message) only; another type pings at once. The whole bot against the Discord and
// Tencent stand-ins (harness.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callbackBody, postCallback } from '../../support/relay-fixtures.js';
import { buttonInteraction, CHANNEL_ID, commandInteraction, startDiscordHarness, waitFor, type DiscordHarness } from './harness.js';

const CREATOR = '555555555555555555';

let h: DiscordHarness;
beforeAll(async () => {
  h = await startDiscordHarness();
});
afterAll(() => h.close());

describe('alarms that repeat', () => {
  it('pings the channel once per alarm type, and lists every repeat in the thread', async () => {
    const preview = await h.interact(commandInteraction('new', [{ name: 'command', value: 'https://cdn.example.com/a.mp4 to live/flapping tomorrow 8pm for 2h' }]));
    await h.interact(buttonInteraction((preview.json.data.components[0].components as { custom_id: string }[])[0]!.custom_id));
    const status = await waitFor(() => [...h.discord.messages.values()].find((m) => m.channel_id === CHANNEL_ID), 'the status message');
    const task = [...h.tencent.tasks.values()].find((t) => t.StreamName === 'flapping')!;
    const send = async (type: string, eventTime: number) => {
      const body = callbackBody({ providerTaskId: task.TaskId }, 'TaskAlarm', { msg: { type }, eventTime });
      expect((await postCallback(`${h.bot.url}${new URL(task.CallbackUrl!).pathname}`, body)).status).toBe(200);
    };
    const start = Math.floor(Date.now() / 1000) - 60;
    for (let i = 0; i < 12; i += 1) {
      await send('PushStreamUnstable', start + i);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    await send('PushStreamFailed', start + 20);

    const threadText = () => [...h.discord.messages.values()].filter((m) => m.channel_id === status.id).map((m) => JSON.stringify(m.body)).join('\n');
    await waitFor(() => (threadText().match(/Alarm: /g) ?? []).length >= 13, 'all 13 alarms in the thread', 30_000);
    const pingsNow = () => [...h.discord.messages.values()].filter((m) => m.channel_id === CHANNEL_ID && String(m.body.content ?? '').includes(`<@${CREATOR}>`));
    await waitFor(() => pingsNow().length >= 2, 'the PushStreamFailed alarm', 10_000);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const pings = pingsNow();
    expect(pings.length).toBe(2);
    expect(JSON.stringify(pings[0]!.body)).toMatch(/push is unstable|unstable/i);
    expect(JSON.stringify(pings[1]!.body)).toMatch(/failed/i);
  }, 40_000);

  it('pings again for the same alarm once the relay has come back on air in between (a new incident)', async () => {
    const preview = await h.interact(commandInteraction('new', [{ name: 'command', value: 'https://cdn.example.com/a.mp4 to live/recovers tomorrow 9pm for 2h' }]));
    const before = new Set(h.discord.messages.keys());
    await h.interact(buttonInteraction((preview.json.data.components[0].components as { custom_id: string }[])[0]!.custom_id));
    await waitFor(() => [...h.discord.messages.values()].some((m) => !before.has(m.id) && m.channel_id === CHANNEL_ID), 'the status message');
    const task = [...h.tencent.tasks.values()].find((t) => t.StreamName === 'recovers')!;
    const send = async (event: 'TaskAlarm' | 'TaskStart', eventTime: number) => {
      const body = callbackBody({ providerTaskId: task.TaskId }, event, { msg: event === 'TaskAlarm' ? { type: 'PushStreamFailed' } : {}, eventTime });
      expect((await postCallback(`${h.bot.url}${new URL(task.CallbackUrl!).pathname}`, body)).status).toBe(200);
    };
    const pings = () =>
      [...h.discord.messages.values()].filter((m) => !before.has(m.id) && m.channel_id === CHANNEL_ID && String(m.body.content ?? '').includes(`<@${CREATOR}>`));
    const start = Math.floor(Date.now() / 1000) - 120;
    await send('TaskAlarm', start);
    await waitFor(() => pings().length === 1, 'the first alarm', 15_000);
    await send('TaskStart', start + 30);
    await send('TaskAlarm', start + 60);
    await waitFor(() => pings().length === 2, 'the alarm of the new incident', 15_000);
  }, 40_000);
});
