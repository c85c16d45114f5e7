// A task's thread on Discord keeps its name for the task's whole life, in the channel's thread list: it must name
// the task (its id, and its comment when it has one), in the task's language, not repeat the title of whichever
// message happened to be posted first ("Relay x: 1 update", "Relay x needs attention"). The whole bot against the
// Discord and Tencent stand-ins (harness.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callbackBody, postCallback } from '../../support/relay-fixtures.js';
import { buttonInteraction, CHANNEL_ID, commandInteraction, startDiscordHarness, waitFor, type DiscordHarness } from './harness.js';

let h: DiscordHarness;
beforeAll(async () => {
  h = await startDiscordHarness({ RELAYBOT_CHANNEL_RATE: '20' });
});
afterAll(() => h.close());

const OPERATOR = { id: '555555555555555555', roles: ['333333333333333333'] };

/** Creates a relay through its preview's Confirm, in `locale`; returns its id, stream and status message id. */
async function createRelay(command: string, locale: string, comment?: string): Promise<{ id: string; statusId: string }> {
  const options = [{ name: 'command', value: command }, ...(comment ? [{ name: 'comment', value: comment }] : [])];
  const preview = await h.interact(commandInteraction('new', options, { ...OPERATOR, locale }));
  const confirm = (preview.json.data.components[0].components as { custom_id: string }[])[0]!.custom_id;
  const before = new Set(h.discord.messages.keys());
  await h.interact({ ...(buttonInteraction(confirm, OPERATOR) as object), locale });
  // The status message, not an alarm of an earlier relay landing in the channel meanwhile.
  const status = await waitFor(
    () => [...h.discord.messages.values()].find((m) => !before.has(m.id) && m.channel_id === CHANNEL_ID && /· (scheduled|已排期)/.test(JSON.stringify(m.body))),
    'the status message',
  );
  const title = (status.body.embeds as { title: string }[])[0]!.title;
  return { id: /(?:Relay|转推任务) (\w+)/.exec(title)![1]!, statusId: status.id };
}

async function sendEvent(stream: string, event: 'TaskStart' | 'TaskAlarm', msg: Record<string, unknown> = {}) {
  const task = [...h.tencent.tasks.values()].find((t) => t.StreamName === stream)!;
  const answer = await postCallback(`${h.bot.url}${new URL(task.CallbackUrl!).pathname}`, callbackBody({ providerTaskId: task.TaskId }, event, { msg }));
  expect(answer.status).toBe(200);
}

const threadNameOn = (statusId: string) =>
  waitFor(() => h.discord.calls.find((c) => c.method === 'POST' && c.path.endsWith(`/messages/${statusId}/threads`)), 'the thread', 25_000).then(
    (call) => (call.body as { name: string }).name,
  );

describe('the name of a task’s thread on Discord', () => {
  it('is the task’s id and comment, in Chinese for a zh-CN relay, not the first update’s title', async () => {
    const { id, statusId } = await createRelay('https://cdn.example.com/a.mp4 推到 live/thread-zh 明晚8点 持续2小时', 'zh-CN', '周六晚会 彩排');
    await sendEvent('thread-zh', 'TaskStart');
    expect(await threadNameOn(statusId)).toBe(`转推 ${id} · 周六晚会 彩排`);
  }, 30_000);

  it('names a relay without a comment by its id, even when an alarm is the first thing posted in it', async () => {
    const { id, statusId } = await createRelay('https://cdn.example.com/b.mp4 to live/thread-en tomorrow 8pm for 2h', 'en-US');
    await sendEvent('thread-en', 'TaskAlarm', { type: 'PushStreamUnstable' });
    expect(await threadNameOn(statusId)).toBe(`Relay ${id} · updates`);
  }, 30_000);

  it('keeps a long comment within Discord’s 100 characters for a thread name', async () => {
    const { id, statusId } = await createRelay('https://cdn.example.com/c.mp4 to live/thread-long tomorrow 9pm for 1h', 'en-US', 'x'.repeat(300));
    await sendEvent('thread-long', 'TaskStart');
    const name = await threadNameOn(statusId);
    expect([...name].length).toBeLessThanOrEqual(100);
    expect(name.startsWith(`Relay ${id} · xxx`)).toBe(true);
  }, 30_000);
});
