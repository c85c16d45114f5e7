// A burst of a relay's events (a playlist of 200 short files, or a backlog after an outage) at Slack's one write
// per second per channel. Its thread gets them 25 to a message, and its status message, which shows only the
// relay's state now, used to be edited once per 25 events as well: eight identical edits for 200 files, each a
// write from the channel's budget, so an alarm right after the burst waited for all of them. One edit now covers
// every event pending for it. The whole bot in this process (src/main.ts) with real Bolt, the Web API client
// against the Slack stand-in, and the Tencent stand-in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL } from './harness.js';
import { createRelay, startWholeSlackBot, until, type WholeSlackBot } from './whole-bot.js';

let h: WholeSlackBot;

beforeAll(async () => {
  h = await startWholeSlackBot({ channelRate: 1 });
});

afterAll(async () => {
  await h?.close();
});

describe('a burst of 200 file events and then an alarm', () => {
  it('lists every event in the thread, edits the status message once or twice, and alarms before the thread’s backlog is listed', async () => {
    const { slack } = h;
    const { id, ts, send } = await createRelay(h, 'playlist', 'U0ALICE');
    const at = Math.floor(Date.now() / 1000) - 300;
    await send('TaskStart', at);
    for (let i = 0; i < 200; i += 1) await send('VodSourceFileStart', at + 1 + i, { url: `https://cdn.example.com/f${i}.mp4`, index: i });
    await send('TaskAlarm', at + 250, { type: 'PushStreamUnstable' });

    const alarm = await until(
      () => slack.callsTo('chat.postMessage').find((c) => c.params.channel === CHANNEL && !c.params.thread_ts && c.answer?.ok && String(c.params.text).includes(`Relay ${id} needs attention`)),
      'the alarm in the channel',
      40_000,
    );
    // The alarm overtakes the thread's backlog in the channel (one write a second): the listings finish after it.
    const lastListing = await until(
      () => slack.callsTo('chat.postMessage').find((c) => c.params.thread_ts === ts && c.answer?.ok && /File 200 started/.test(String(c.params.text))),
      'the thread listing the last file',
      40_000,
    );
    expect(lastListing.at).toBeGreaterThan(alarm.at);
    const threadPosts = slack.callsTo('chat.postMessage').filter((c) => c.params.thread_ts === ts && c.answer?.ok);
    const listed = threadPosts.reduce((n, c) => n + (String(c.params.text).match(/File \d+ started/g) ?? []).length, 0);
    expect(listed).toBe(200);
    // The status message's edit covering the alarm follows the alarm's own post.
    await until(() => slack.callsTo('chat.update').find((c) => c.params.ts === ts && c.at > alarm.at), 'the status edit after the alarm', 40_000);
    const edits = slack.callsTo('chat.update').filter((c) => c.params.ts === ts);
    // Edits happen as the burst arrives (the worker is not told to wait for it), but not one per 25 events.
    expect(edits.length).toBeLessThanOrEqual(4);
    expect(String(edits.at(-1)?.params.text ?? '')).toMatch(/running|File 200 started|Alarm/);
  }, 60_000);
});
