// Discord's global rate limit (429 with X-RateLimit-Global, scope "global") stops every request of the bot for
// retry_after seconds, not one route's. An alarm that meets it must wait that long, arrive once, and not be
// dropped or retried early. The whole bot against the Discord and Tencent stand-ins (harness.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callbackBody, postCallback } from '../../support/relay-fixtures.js';
import { buttonInteraction, CHANNEL_ID, commandInteraction, startDiscordHarness, waitFor, type DiscordHarness } from './harness.js';

const CREATOR = '555555555555555555';
const RETRY_AFTER_S = 6;

let h: DiscordHarness;
beforeAll(async () => {
  h = await startDiscordHarness({ RELAYBOT_CHANNEL_RATE: '20' });
});
afterAll(() => h.close());

describe('Discord’s global rate limit', () => {
  it('holds the alarm for retry_after, then posts it once, in the channel and the thread', async () => {
    const preview = await h.interact(commandInteraction('new', [{ name: 'command', value: 'https://cdn.example.com/a.mp4 to live/global-limit tomorrow 8pm for 2h' }]));
    await h.interact(buttonInteraction((preview.json.data.components[0].components as { custom_id: string }[])[0]!.custom_id));
    const status = await waitFor(() => [...h.discord.messages.values()].find((m) => m.channel_id === CHANNEL_ID), 'the status message');
    await waitFor(() => h.discord.calls.some((c) => c.method === 'PATCH' && c.path.endsWith('/@original')), 'the Confirm answer');
    const task = [...h.tencent.tasks.values()].find((t) => t.StreamName === 'global-limit')!;

    h.discord.rateLimitNext(1, RETRY_AFTER_S, { global: true });
    const limitedAt = Date.now();
    const body = callbackBody({ providerTaskId: task.TaskId }, 'TaskAlarm', { msg: { type: 'PushStreamFailed' } });
    expect((await postCallback(`${h.bot.url}${new URL(task.CallbackUrl!).pathname}`, body)).status).toBe(200);

    const alarmsInChannel = () => [...h.discord.messages.values()].filter((m) => m.channel_id === CHANNEL_ID && String(m.body.content ?? '').includes(`<@${CREATOR}>`));
    await waitFor(() => alarmsInChannel().length > 0, 'the alarm in the channel', 20_000);
    await waitFor(() => [...h.discord.messages.values()].some((m) => m.channel_id === status.id), 'the alarm in the thread', 5_000);
    // No write went out while Discord said to wait: the refused one is the first after the limit was set (the
    // outbox's other groups may have been sent at the same moment, before its answer came back).
    const writes = h.discord.calls.filter((c) => c.at >= limitedAt && c.method !== 'GET');
    const refusedAt = writes[0]!.at;
    const early = writes.filter((c) => c.at > refusedAt + 300 && c.at < refusedAt + RETRY_AFTER_S * 1000 - 250);
    expect(early).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(alarmsInChannel().length).toBe(1);
    expect(h.logs()).toMatch(/chat API rate limit; waiting/);
  }, 30_000);
});
