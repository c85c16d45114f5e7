// A relay whose status message was never posted (Slack refused the first post; the person was offered to post it
// again) gets it from delivery once it is overdue (delivery/overdue-status.ts). When the person presses Confirm
// again while delivery's post is under way, neither can see the other's post yet and Slack has no idempotency key:
// both posted, two status messages. Now one post is under way per relay in the process, and the other waits for it.
// The whole bot in this process with real Bolt against the Slack and Tencent stand-ins; the stand-in holds
// delivery's post (Slack slow to make it) while the person presses Confirm.
import { join } from 'node:path';
import Database from 'better-sqlite3';
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

describe('a relay without a status message, posted by delivery and by a repeated Confirm at once', () => {
  it('gets one status message', async () => {
    const { slack, tencent } = h;
    const { press } = await previewRelay(h, 'race-overdue', 'U0ALICE');
    // Slack refuses the status message (both of the adapter's tries): the relay is created, without one.
    slack.failNext('chat.postMessage', { status: 503 }, 2);
    const answers = slack.callsTo('response_url').length;
    await press();
    await slack.waitForCalls('response_url', answers + 1, 15_000);
    const task = await until(() => [...tencent.tasks.values()].find((t) => t.StreamName === 'race-overdue'), 'the task');

    // A few minutes later (as time passing would make it), the relay still has no status message.
    const db = new Database(join(h.bot.config.core.RELAYBOT_DATA_DIR, 'relaybot.sqlite'));
    const row = db.prepare('SELECT id, home_message FROM tasks WHERE specify_task_id = ?').get(task.SpecifyTaskId) as { id: string; home_message: string | null };
    expect(row.home_message).toBeNull();
    db.prepare('UPDATE tasks SET created_at = ? WHERE id = ?').run(new Date(Date.now() - 3 * 60_000).toISOString(), row.id);
    db.close();
    const statusMessages = () => slack.messagesIn(CHANNEL).filter((m) => !m.thread_ts && m.metadata?.event_payload.attempt_id === `status-${row.id}`);

    // The relay goes on air: delivery posts its status message, and Slack is slow to make that post...
    const held = slack.holdNext('chat.postMessage', (params) => params.channel === CHANNEL && attemptOf(params) === `status-${row.id}`);
    const url = `${h.bot.url}${new URL(task.CallbackUrl!).pathname}`;
    expect((await postCallback(url, callbackBody({ providerTaskId: task.TaskId }, 'TaskStart', { eventTime: Math.floor(Date.now() / 1000) }))).status).toBe(200);
    await held.arrived;
    // ...while the person presses Confirm again to get it.
    const posts = () => slack.callsTo('chat.postMessage').filter((c) => attemptOf(c.params) === `status-${row.id}`).length;
    const postsBefore = posts();
    const pressed = press();
    // Either the press posts one of its own, or it waits for the one under way (the bot says so in its log).
    await until(() => (posts() > postsBefore || logged.some((msg) => /being posted already; waiting/.test(msg)) ? true : undefined), 'the press to post or to wait');
    held.release();
    await pressed;
    await slack.waitForCalls('response_url', answers + 2, 15_000);
    // The news goes to a status message's thread, and that is the relay's only status message.
    const threaded = await until(() => slack.messagesIn(CHANNEL).find((m) => statusMessages().some((status) => m.thread_ts === status.ts)), 'the news in a thread');
    expect(statusMessages().map((status) => status.ts)).toEqual([threaded.thread_ts]);
  }, 40_000);
});
