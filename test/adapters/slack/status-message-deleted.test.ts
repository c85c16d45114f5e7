// A task's news goes to the thread of its status message. When someone deletes that message, Slack refuses
// replies in its thread (thread_not_found), and the news used to fail "permanently", seen only in the bot's log:
// the channel heard nothing more of the relay (start, files, exit) but its alarms. It now goes to the channel
// itself. A thread that is there keeps its news, and an outage (5xx) is still retried into the thread. The whole
// bot in this process (src/main.ts) with real Bolt, the Web API client against the Slack stand-in, and the
// Tencent stand-in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL } from './harness.js';
import { createRelay as createAnyRelay, startWholeSlackBot, until, type WholeSlackBot } from './whole-bot.js';

let h: WholeSlackBot;

beforeAll(async () => {
  h = await startWholeSlackBot({ channelRate: 20 });
});

afterAll(async () => {
  await h?.close();
});

/** Creates a relay by `user`; `send` tells the bot it started. */
async function createRelay(stream: string, user: string) {
  const { id, ts, send } = await createAnyRelay(h, stream, user);
  return { id, ts, send: (eventTime: number) => send('TaskStart', eventTime) };
}

const newsPosts = (id: string) =>
  h.slack.callsTo('chat.postMessage').filter((c) => c.params.channel === CHANNEL && c.answer?.ok && String(c.params.text).startsWith(`Relay ${id}: `));

describe('news of a relay whose status message was deleted', () => {
  it('goes to the channel, since the thread went with the message', async () => {
    const { id, ts, send } = await createRelay('deleted', 'U0ALICE');
    h.slack.deleteMessage(CHANNEL, ts);
    await send(Math.floor(Date.now() / 1000));
    const post = await until(() => newsPosts(id)[0], 'the news in the channel');
    expect(post.params.thread_ts).toBeUndefined();
    expect(String(post.params.text)).toMatch(/The relay started\./);
    // The refused reply was tried first, in the thread.
    expect(h.slack.callsTo('chat.postMessage').some((c) => c.params.thread_ts === ts && c.answer?.error === 'thread_not_found')).toBe(true);
  });

  it('stays in the thread while the status message is there', async () => {
    const { id, ts, send } = await createRelay('kept', 'U0ALICE');
    await send(Math.floor(Date.now() / 1000));
    const post = await until(() => newsPosts(id)[0], 'the news in the thread');
    expect(post.params.thread_ts).toBe(ts);
  });

  it('is retried into the thread after an outage (503), not moved to the channel', async () => {
    const { id, ts, send } = await createRelay('outage', 'U0ALICE');
    h.slack.failNext('chat.postMessage', { status: 503 }, 2);
    await send(Math.floor(Date.now() / 1000));
    const post = await until(() => newsPosts(id)[0], 'the news in the thread after the outage', 20_000);
    expect(post.params.thread_ts).toBe(ts);
  }, 30_000);
});
