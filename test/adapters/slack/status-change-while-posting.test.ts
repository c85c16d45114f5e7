// A relay's first status message is posted after its create; a change made while that post is under way (someone
// types '/relay stop <id>' as soon as they see the id, or clicks Stop on the message as it shows) brings a status
// edit that finds no status message recorded yet, and that edit was dropped: the message, once recorded, showed
// the relay scheduled, with Stop and Restart, for a relay that was stopped. The message is now brought to the
// relay's state when it is recorded (ChatCommands.setStatusMessage answers with the document to show). The whole
// bot in this process (src/main.ts) with real Bolt against the Slack and Tencent stand-ins; the stand-in holds the
// status post (Slack slow to make it) while the change comes in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionBody, buttonsOf, CHANNEL, slashBody } from './harness.js';
import { attemptOf, createRelay, startWholeSlackBot, until, type WholeSlackBot } from './whole-bot.js';

let h: WholeSlackBot;
beforeAll(async () => {
  h = await startWholeSlackBot({ channelRate: 20 });
});
afterAll(async () => {
  await h?.close();
});

describe('a relay stopped while its first status message is being posted', () => {
  it('has its status message show it stopped once the post is recorded', async () => {
    const { slack } = h;
    // Another relay in the channel, whose news is delivered after whatever the stop brings (delivery sends a
    // channel's news in order): when it arrives, the stop's status edit has been tried.
    const other = await createRelay(h, 'while-posting-other', 'U0ALICE');
    const preview = JSON.parse((await h.post(slashBody(slack, 'https://cdn.example.com/a.mp4 to live/while-posting tomorrow 8pm for 2h', 'U0ALICE'))).text) as { blocks?: unknown };
    const confirm = buttonsOf(preview).find((button) => button.action_id.startsWith('relay_confirm'))!;
    const held = slack.holdNext('chat.postMessage', (params) => params.channel === CHANNEL && String(attemptOf(params)).startsWith('status-'));
    await h.post(actionBody(slack, confirm.action_id, confirm.value, 'U0ALICE'));
    const post = await held.arrived;
    const id = String(attemptOf(post.params)).replace(/^status-/, '');
    const mark = slack.calls.length;
    await h.post(slashBody(slack, `stop ${id}`, 'U0ALICE'));
    // The stop's news: in the channel, since the relay has no status message (no thread) recorded yet.
    await until(() => slack.calls.slice(mark).find((c) => c.method === 'chat.postMessage' && !c.params.thread_ts && String(c.params.text).startsWith(`Relay ${id}:`) && c.answer?.ok), "the stop's news");
    await other.send('TaskStart', Math.floor(Date.now() / 1000));
    await until(() => slack.calls.slice(mark).find((c) => c.method === 'chat.postMessage' && c.params.thread_ts === other.ts && c.answer?.ok), "the other relay's news");
    held.release();
    const ts = String((await until(() => (post.answer ? post : undefined), 'the status post')).answer!.ts);
    const shown = await until(() => slack.callsTo('chat.update').find((c) => c.params.ts === ts && c.answer?.ok && String(c.params.text).startsWith(`Relay ${id} · stopped`)), 'the status message to show the relay stopped');
    expect(buttonsOf(shown.params as { blocks?: unknown }).map((b) => b.action_id).join(' ')).not.toMatch(/stop|restart/);
    expect(slack.messagesIn(CHANNEL).filter((m) => !m.thread_ts && String(m.metadata?.event_payload.attempt_id).startsWith(`status`) && String(m.text).startsWith(`Relay ${id} ·`))).toHaveLength(1);
  }, 30_000);
});
