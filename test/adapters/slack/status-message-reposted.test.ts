// When someone deletes a relay's status message, every later edit of it fails (message_not_found). The relay
// used to stay without a status message for the rest of its life, its Stop / Restart / Show buttons gone with it.
// The next edit that finds it gone now posts a fresh one in the channel (the relay's state now, with its
// buttons), once, and later edits and thread news go to it. The whole bot in this process (src/main.ts) with real
// Bolt, the Web API client against the Slack stand-in, and the Tencent stand-in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonsOf, CHANNEL } from './harness.js';
import { createRelay, startWholeSlackBot, until, type WholeSlackBot } from './whole-bot.js';

let h: WholeSlackBot;

beforeAll(async () => {
  h = await startWholeSlackBot({ channelRate: 20 });
});

afterAll(async () => {
  await h?.close();
});

describe('a relay whose status message was deleted', () => {
  it('gets one new status message, with its buttons, which later edits and thread news use', async () => {
    const { slack } = h;
    const { id, ts, send } = await createRelay(h, 'reposted', 'U0ALICE');
    const newStatusPosts = () =>
      slack
        .callsTo('chat.postMessage')
        .filter((c) => c.params.channel === CHANNEL && !c.params.thread_ts && c.answer?.ok && c.answer.ts !== ts && String(c.params.text).startsWith(`Relay ${id} ·`));
    slack.deleteMessage(CHANNEL, ts);
    const at = Math.floor(Date.now() / 1000);
    await send('TaskStart', at);

    const fresh = await until(() => newStatusPosts()[0], 'a new status message in the channel');
    const freshTs = String(fresh.answer!.ts);
    expect(slack.callsTo('chat.update').some((c) => c.params.ts === ts && c.answer?.error === 'message_not_found')).toBe(true);
    expect(buttonsOf(fresh.params as { blocks?: unknown }).map((b) => b.action_id).join(' ')).toMatch(/stop/i);

    // Later news: in the new message's thread, and its status edit on the new message.
    await send('VodSourceFileStart', at + 1, { url: 'https://cdn.example.com/f1.mp4', index: 0 });
    await until(() => slack.callsTo('chat.postMessage').find((c) => c.params.thread_ts === freshTs && c.answer?.ok && /File 1 started/.test(String(c.params.text))), 'the news in the new thread');
    await until(() => slack.callsTo('chat.update').find((c) => c.params.ts === freshTs && c.answer?.ok), 'an edit of the new status message');
    await send('TaskAlarm', at + 2, { type: 'PushStreamUnstable' });
    await until(() => slack.callsTo('chat.update').filter((c) => c.params.ts === freshTs && c.answer?.ok)[1], 'a second edit of the new status message');

    // Exactly one new status message, and no more failed edits of the old one after it.
    expect(newStatusPosts()).toHaveLength(1);
    expect(slack.callsTo('chat.update').filter((c) => c.params.ts === ts && c.at > fresh.at)).toHaveLength(0);
  }, 30_000);

  it('is edited in place, with no new post, while its status message is there', async () => {
    const { slack } = h;
    const { id, ts, send } = await createRelay(h, 'kept', 'U0ALICE');
    await send('TaskStart', Math.floor(Date.now() / 1000));
    await until(() => slack.callsTo('chat.update').find((c) => c.params.ts === ts && c.answer?.ok), 'the edit of the status message');
    const statusPosts = slack.callsTo('chat.postMessage').filter((c) => !c.params.thread_ts && c.answer?.ok && String(c.params.text).startsWith(`Relay ${id} ·`));
    expect(statusPosts).toHaveLength(1);
  }, 30_000);
});
