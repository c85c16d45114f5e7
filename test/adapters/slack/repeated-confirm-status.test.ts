// A repeated Confirm (Slack's retry of the same action, a double click, or the "post it again" button) of a relay
// that already exists must show the relay's current status message, as the store names it. The adapter used to
// answer it from its memory of the first post: after that message was deleted and posted again (e30a024) the
// repeat pointed at the deleted one, and a repeat after a deletion left the relay without any status message.
// The whole bot in this process (src/main.ts) with real Bolt against the Slack and Tencent stand-ins.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callbackBody, postCallback } from '../../support/relay-fixtures.js';
import { actionBody, buttonsOf, CHANNEL, slashBody } from './harness.js';
import { startWholeSlackBot, until, type WholeSlackBot } from './whole-bot.js';

let h: WholeSlackBot;
beforeAll(async () => {
  h = await startWholeSlackBot({ channelRate: 20 });
});
afterAll(async () => {
  await h?.close();
});

/** A relay made by Confirm, with that Confirm button kept so that it can be pressed again. */
async function relayWithConfirm(stream: string) {
  const { slack, tencent } = h;
  const preview = JSON.parse((await h.post(slashBody(slack, `https://cdn.example.com/a.mp4 to live/${stream} tomorrow 8pm for 2h`, 'U0ALICE'))).text) as { blocks?: unknown };
  const confirm = buttonsOf(preview).find((button) => button.action_id.startsWith('relay_confirm'))!;
  const press = () => h.post(actionBody(slack, confirm.action_id, confirm.value, 'U0ALICE'));
  const known = new Set(statusPosts().map(idOf));
  await press();
  await until(() => [...tencent.tasks.values()].find((t) => t.StreamName === stream), 'the task');
  const first = await until(() => statusPosts().find((c) => idOf(c) !== undefined && !known.has(idOf(c))), 'the status message');
  const id = idOf(first)!;
  /** The relay's status messages posted in the channel so far. */
  const postsOfRelay = () => statusPosts().filter((c) => idOf(c) === id);
  return { press, first: String(first.answer!.ts), postsOfRelay };
}

const statusPosts = () => h.slack.callsTo('chat.postMessage').filter((c) => c.params.channel === CHANNEL && !c.params.thread_ts && c.answer?.ok);
const idOf = (call: { params: Record<string, unknown> }) => /^Relay (\w+) ·/.exec(String(call.params.text))?.[1];

describe('a repeated Confirm of a relay whose status message was deleted', () => {
  it('posts the relay one new status message, which later repeats edit', async () => {
    const { press, first, postsOfRelay } = await relayWithConfirm('again-gone');
    h.slack.deleteMessage(CHANNEL, first);
    await press();
    const fresh = await until(() => postsOfRelay()[1], 'a new status message');
    const freshTs = String(fresh.answer!.ts);
    expect(h.slack.messagesIn(CHANNEL).some((m) => m.ts === freshTs)).toBe(true);
    // One more repeat: the new message is edited in place; nothing is posted, the deleted one is not touched.
    const updates = h.slack.callsTo('chat.update').length;
    await press();
    await until(() => h.slack.callsTo('chat.update').slice(updates).find((c) => c.params.ts === freshTs && c.answer?.ok), 'an edit of the new status message');
    expect(h.slack.callsTo('chat.update').slice(updates).filter((c) => c.params.ts === first)).toHaveLength(0);
    expect(postsOfRelay()).toHaveLength(2);
  }, 30_000);

  it('edits the message delivery posted in its place, not the deleted one', async () => {
    const { press, first, postsOfRelay } = await relayWithConfirm('again-reposted');
    h.slack.deleteMessage(CHANNEL, first);
    // A provider event brings a status edit, which finds the message gone and posts a new one (delivery, e30a024).
    const task = [...h.tencent.tasks.values()].find((t) => t.StreamName === 'again-reposted')!;
    const url = `${h.bot.url}${new URL(task.CallbackUrl!).pathname}`;
    expect((await postCallback(url, callbackBody({ providerTaskId: task.TaskId }, 'TaskStart', { eventTime: Math.floor(Date.now() / 1000) }))).status).toBe(200);
    const reposted = String((await until(() => postsOfRelay()[1], 'the status message posted again')).answer!.ts);
    const updates = h.slack.callsTo('chat.update').length;
    await press();
    await until(() => h.slack.callsTo('chat.update').slice(updates).find((c) => c.params.ts === reposted && c.answer?.ok), 'an edit of the current status message');
    expect(postsOfRelay()).toHaveLength(2);
  }, 30_000);
});

describe('a repeated Confirm whose edit of the status message Slack refuses', () => {
  it('does not tell the person the status message could not be posted: it is there', async () => {
    const { press, postsOfRelay } = await relayWithConfirm('again-refused');
    h.slack.failNext('chat.update', { error: 'cant_update_message' });
    const answers = h.slack.callsTo('response_url').length;
    await press();
    const [answer] = (await h.slack.waitForCalls('response_url', answers + 1, 15_000)).slice(-1);
    expect(String(answer!.params.text)).not.toMatch(/could not|Post status/i);
    expect(postsOfRelay()).toHaveLength(1);
  }, 30_000);
});

describe('a Confirm whose status post landed but whose answer was lost', () => {
  it('makes one status message, not a second one on the retry', async () => {
    const { slack, tencent } = h;
    const stream = 'answer-lost';
    const preview = JSON.parse((await h.post(slashBody(slack, `https://cdn.example.com/a.mp4 to live/${stream} tomorrow 8pm for 2h`, 'U0ALICE'))).text) as { blocks?: unknown };
    const confirm = buttonsOf(preview).find((button) => button.action_id.startsWith('relay_confirm'))!;
    const known = new Set(statusPosts().map(idOf));
    // Slack makes the post, then answers 503: to the bot it failed.
    slack.failNext('chat.postMessage', { status: 503, applied: true });
    const answers = slack.callsTo('response_url').length;
    await h.post(actionBody(slack, confirm.action_id, confirm.value, 'U0ALICE'));
    await until(() => [...tencent.tasks.values()].find((t) => t.StreamName === stream), 'the task');
    const landed = await until(
      () => slack.callsTo('chat.postMessage').find((c) => c.params.channel === CHANNEL && c.answer?.ok && idOf(c) !== undefined && !known.has(idOf(c))),
      'the post that landed',
    );
    const id = idOf(landed)!;
    await slack.waitForCalls('response_url', answers + 1, 15_000);
    const ofRelay = () => slack.messagesIn(CHANNEL).filter((m) => !m.thread_ts && String(m.text).startsWith(`Relay ${id} ·`));
    expect(ofRelay()).toHaveLength(1);
    // A later press (Slack's retry of the action) finds it too.
    await h.post(actionBody(slack, confirm.action_id, confirm.value, 'U0ALICE'));
    await slack.waitForCalls('response_url', answers + 2, 15_000);
    expect(ofRelay()).toHaveLength(1);
  }, 30_000);
});
