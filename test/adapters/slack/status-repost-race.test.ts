// A relay's deleted status message is posted again by whichever finds it gone first: a repeated Confirm (someone
// pressing it to get the message back) or delivery (news for the relay edits it). When both found it gone at
// the same moment, each looked in the channel for the other's post before its own (findPosted), found nothing
// (the other's post had not been made yet), and posted: two status messages, and Slack has no idempotency key
// to fold them into one. Now the second waits for the first one's post (delivery/reposts-in-flight.ts) and
// shows its own news on it. The whole bot in this process (src/main.ts) with real Bolt against the Slack and
// Tencent stand-ins; the stand-in holds the first re-post (Slack slow to make it) while the news comes in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callbackBody, postCallback } from '../../support/relay-fixtures.js';
import { CHANNEL } from './harness.js';
import { attemptOf, messageLog, previewRelay, startWholeSlackBot, until, type WholeSlackBot } from './whole-bot.js';

const { logger, messages: logged } = messageLog();

let h: WholeSlackBot;
beforeAll(async () => {
  h = await startWholeSlackBot({ channelRate: 20, logger });
});
afterAll(async () => {
  await h?.close();
});

describe('a repeated Confirm and news that find the status message deleted at the same moment', () => {
  it('give the relay one new status message, which shows the news', async () => {
    const { slack, tencent } = h;
    const { press } = await previewRelay(h, 'race-both', 'U0ALICE');
    await press();
    const task = await until(() => [...tencent.tasks.values()].find((t) => t.StreamName === 'race-both'), 'the task');
    const first = await until(() => slack.callsTo('chat.postMessage').find((c) => c.answer?.ok && attemptOf(c.params) !== undefined && /^status-/.test(String(attemptOf(c.params)))), 'the status message');
    const id = String(attemptOf(first.params)).replace(/^status-/, '');
    /** The relay's status messages posted again (each with the key of the message it replaces). */
    const reposts = () => slack.messagesIn(CHANNEL).filter((m) => !m.thread_ts && String(m.metadata?.event_payload.attempt_id).startsWith(`status:${id}:`));
    slack.deleteMessage(CHANNEL, String(first.answer!.ts));

    // The repeated Confirm finds the message gone and posts it again; Slack is slow to make that post.
    const held = slack.holdNext('chat.postMessage', (params) => params.channel === CHANNEL && String(attemptOf(params)).startsWith(`status:${id}:`));
    const answers = slack.callsTo('response_url').length;
    await press();
    await held.arrived;
    // Meanwhile the relay goes on air: delivery's edit of the status message finds it gone too.
    const url = `${h.bot.url}${new URL(task.CallbackUrl!).pathname}`;
    const joined = logged.filter((msg) => /being posted again already/.test(msg)).length;
    expect((await postCallback(url, callbackBody({ providerTaskId: task.TaskId }, 'TaskStart', { eventTime: Math.floor(Date.now() / 1000) }))).status).toBe(200);
    // Either delivery posts one of its own, or it waits for the one under way (the bot says so in its log).
    await until(
      () => (slack.callsTo('chat.postMessage').filter((c) => String(attemptOf(c.params)).startsWith(`status:${id}:`)).length > 1 || logged.filter((msg) => /being posted again already/.test(msg)).length > joined ? true : undefined),
      'delivery to post again or to wait for the post under way',
    );
    held.release();
    await slack.waitForCalls('response_url', answers + 1, 15_000);
    const [fresh] = await until(() => (reposts().length > 0 ? reposts() : undefined), 'the new status message');
    expect(reposts()).toHaveLength(1);
    // The news is shown on it (delivery's state, not only what the Confirm posted).
    await until(() => slack.callsTo('chat.update').find((c) => c.params.ts === fresh!.ts && c.answer?.ok && /^Relay \w+ · running/.test(String(c.params.text))), 'the news on the new status message');

    // It is the relay's status message: one more Confirm edits it, nothing more is posted.
    const updates = slack.callsTo('chat.update').length;
    await press();
    await until(() => slack.callsTo('chat.update').slice(updates).find((c) => c.params.ts === fresh!.ts && c.answer?.ok), 'an edit of the new status message');
    expect(reposts()).toHaveLength(1);
  }, 30_000);
});
