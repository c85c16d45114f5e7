// An alarm whose channel refuses it for good: archived (is_archived), the bot removed (not_in_channel) or the
// channel deleted (channel_not_found). Such a post used to fail "permanently" and the alarm was seen only in the
// bot's log, while the relay's creator heard nothing. It now reaches the creator by direct message, in their
// language, under a line naming the channel and how to get the news back there. Other news (thread lines) is not
// sent by DM, and an alarm the channel takes is not sent twice. The whole bot in this process (src/main.ts) with
// real Bolt, the Web API client against the Slack stand-in, and the Tencent stand-in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callbackBody, postCallback } from '../../support/relay-fixtures.js';
import type { RecordedSlackCall } from '../../support/slack-standin.js';
import { actionBody, buttonsOf, CHANNEL, slashBody } from './harness.js';
import { createRelay as createAnyRelay, startWholeSlackBot, until, type WholeSlackBot } from './whole-bot.js';

let h: WholeSlackBot;

beforeAll(async () => {
  h = await startWholeSlackBot({ channelRate: 20 });
});

afterAll(async () => {
  await h?.close();
});

/** Creates a relay by `user`; returns a sender of its alarms (PushStreamFailed unless told). */
async function createRelay(stream: string, user: string) {
  const { send } = await createAnyRelay(h, stream, user);
  return (event: 'TaskAlarm', eventTime: number, type = 'PushStreamFailed') => send(event, eventTime, { type });
}

const dmsTo = (user: string) => h.slack.callsTo('chat.postMessage').filter((c) => c.params.channel === user);
const refusedPosts = () => h.slack.callsTo('chat.postMessage').filter((c) => c.params.channel === CHANNEL && c.answer?.ok === false);
const textOf = (call: RecordedSlackCall) => `${String(call.params.text)}\n${JSON.stringify(call.params.blocks)}`;

describe('an alarm its channel refuses for good', () => {
  it('reaches the creator by direct message, saying the channel is archived and what brings the news back', async () => {
    const send = await createRelay('archived', 'U0ALICE');
    h.slack.refuseChannel(CHANNEL, 'is_archived');
    try {
      const at = Math.floor(Date.now() / 1000);
      await send('TaskAlarm', at);
      const dm = await until(() => dmsTo('U0ALICE').find((c) => c.answer?.ok), 'the alarm by DM');
      expect(textOf(dm)).toContain(`<#${CHANNEL}>`);
      expect(textOf(dm)).toMatch(/the channel is archived, so it comes to you here\. Unarchive the channel/);
      expect(textOf(dm)).toMatch(/needs attention/);
      expect(textOf(dm)).toMatch(/push failed/i);
      // Its buttons come along (Stop / Restart / Show), and nothing else of the relay's news is sent by DM.
      expect(buttonsOf(dm.params).map((b) => b.action_id.split(':')[0])).toContain('relay_stop');
      await until(() => (refusedPosts().some((c) => !String(c.params.text).includes('needs attention')) ? true : undefined), 'the refused thread news');
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(dmsTo('U0ALICE')).toHaveLength(1);
    } finally {
      h.slack.refuseChannel(CHANNEL, null);
    }
  });

  it('in the creator’s language, when the bot was removed from the channel', async () => {
    const send = await createRelay('removed', 'U0WANG');
    h.slack.refuseChannel(CHANNEL, 'not_in_channel');
    try {
      await send('TaskAlarm', Math.floor(Date.now() / 1000));
      const dm = await until(() => dmsTo('U0WANG').find((c) => c.answer?.ok), 'the alarm by DM');
      expect(textOf(dm)).toContain('我已不在该频道');
      expect(textOf(dm)).toContain('/invite @Relaybot');
    } finally {
      h.slack.refuseChannel(CHANNEL, null);
    }
  });

  it('stays in the channel, and out of DMs, while the channel takes it', async () => {
    const send = await createRelay('fine', 'U0ALICE');
    const before = dmsTo('U0ALICE').length;
    await send('TaskAlarm', Math.floor(Date.now() / 1000));
    await until(
      () => h.slack.callsTo('chat.postMessage').find((c) => c.params.channel === CHANNEL && !c.params.thread_ts && c.answer?.ok && /needs attention/.test(String(c.params.text))),
      'the alarm in the channel',
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(dmsTo('U0ALICE')).toHaveLength(before);
  });

  it('a subscribed channel that refuses it sends no DM: the alarm is in the task’s own channel', async () => {
    const other = 'C0ARCHIVE';
    expect((await h.post(slashBody(h.slack, 'subscribe alarms', 'U0ALICE', { channel_id: other, channel_name: 'archive' }))).status).toBe(200);
    const send = await createRelay('subscribed', 'U0ALICE');
    const before = dmsTo('U0ALICE').length;
    h.slack.refuseChannel(other, 'is_archived');
    try {
      await send('TaskAlarm', Math.floor(Date.now() / 1000));
      await until(() => h.slack.callsTo('chat.postMessage').find((c) => c.params.channel === other && c.answer?.error === 'is_archived'), 'the refused post in the subscribed channel');
      await until(
        () => h.slack.callsTo('chat.postMessage').find((c) => c.params.channel === CHANNEL && !c.params.thread_ts && c.answer?.ok && /needs attention/.test(String(c.params.text))),
        'the alarm in the task’s channel',
      );
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(dmsTo('U0ALICE')).toHaveLength(before);
    } finally {
      h.slack.refuseChannel(other, null);
      await h.post(slashBody(h.slack, 'unsubscribe', 'U0ALICE', { channel_id: other, channel_name: 'archive' }));
    }
  });

  it('an outage (503) is retried into the channel, not sent by DM', async () => {
    const send = await createRelay('outage', 'U0ALICE');
    const before = dmsTo('U0ALICE').length;
    const channelAlarms = () =>
      h.slack.callsTo('chat.postMessage').filter((c) => c.params.channel === CHANNEL && !c.params.thread_ts && c.answer?.ok && /needs attention/.test(String(c.params.text)));
    const landed = channelAlarms().length;
    h.slack.failNext('chat.postMessage', { status: 503 }, 2);
    await send('TaskAlarm', Math.floor(Date.now() / 1000));
    await until(() => (channelAlarms().length > landed ? true : undefined), 'the alarm in the channel after the outage', 20_000);
    expect(dmsTo('U0ALICE')).toHaveLength(before);
  }, 30_000);

  it('made in a direct message between people (where the bot never could post): says so, without an invitation', async () => {
    const dm = 'D0WANGBOB';
    h.slack.refuseChannel(dm, 'channel_not_found');
    try {
      const preview = JSON.parse((await h.post(slashBody(h.slack, 'https://cdn.example.com/a.mp4 to live/people tomorrow 8pm for 2h', 'U0WANG', { channel_id: dm }))).text) as { blocks?: unknown };
      const confirm = buttonsOf(preview).find((button) => button.action_id.startsWith('relay_confirm'))!;
      await h.post(actionBody(h.slack, confirm.action_id, confirm.value, 'U0WANG', { channel: { id: dm, name: 'directmessage' } }));
      const task = await until(() => [...h.tencent.tasks.values()].find((t) => t.StreamName === 'people'), 'the task');
      const before = dmsTo('U0WANG').filter((c) => c.answer?.ok).length;
      const body = callbackBody({ providerTaskId: task.TaskId }, 'TaskAlarm', { eventTime: Math.floor(Date.now() / 1000), msg: { type: 'PushStreamFailed' } });
      expect((await postCallback(`${h.bot.url}${new URL(task.CallbackUrl!).pathname}`, body)).status).toBe(200);
      const dmCall = await until(() => dmsTo('U0WANG').filter((c) => c.answer?.ok)[before], 'the alarm by DM');
      expect(textOf(dmCall)).toContain('我不能在他人之间的私信里发消息');
      expect(textOf(dmCall)).not.toContain('/invite');
    } finally {
      h.slack.refuseChannel(dm, null);
    }
  });
});
