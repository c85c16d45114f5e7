// An alarm whose channel refuses it for good: archived (is_archived), the bot removed (not_in_channel) or the
// channel deleted (channel_not_found). Such a post used to fail "permanently" and the alarm was seen only in the
// bot's log, while the relay's creator heard nothing. It now reaches the creator by direct message, in their
// language, under a line naming the channel and how to get the news back there. Other news (thread lines) is not
// sent by DM, and an alarm the channel takes is not sent twice. The whole bot in this process (src/main.ts) with
// real Bolt, the Web API client against the Slack stand-in, and the Tencent stand-in.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRelaybot, type RunningBot } from '../../../src/main.js';
import { createLogger } from '../../../src/log.js';
import { callbackBody, postCallback } from '../../support/relay-fixtures.js';
import { startSlackStandin, type RecordedSlackCall, type SlackStandin } from '../../support/slack-standin.js';
import { startTencentStandin, type TencentStandin } from '../../support/tencent-standin.js';
import { actionBody, buttonsOf, CHANNEL, postSlackEvent, slashBody } from './harness.js';

const BOT_TOKEN = 'xoxb-alarm-dm-token';
const SIGNING_SECRET = 'alarm-dm-signing-secret-0123456789';
const SECRET_ID = 'AKIDalarmdm00000000000000000000000';
const SECRET_KEY = 'alarm-dm-secret-key-0000000000';

let slack: SlackStandin;
let tencent: TencentStandin;
let bot: RunningBot;
let dir: string;

beforeAll(async () => {
  slack = await startSlackStandin({
    botToken: BOT_TOKEN,
    users: { U0ALICE: { tz: 'America/New_York', locale: 'en-US', name: 'alice' }, U0WANG: { tz: 'Asia/Shanghai', locale: 'zh-CN', name: 'wang' } },
  });
  tencent = await startTencentStandin({ secretId: SECRET_ID, secretKey: SECRET_KEY });
  dir = mkdtempSync(join(tmpdir(), 'relaybot-alarm-dm-'));
  bot = await startRelaybot({
    env: {
      RELAYBOT_DATA_DIR: join(dir, 'data'),
      RELAYBOT_PORT: '0',
      RELAYBOT_HOST: '127.0.0.1',
      RELAYBOT_PUBLIC_URL: 'https://relaybot.example.com',
      RELAYBOT_PUSH_DOMAIN: 'push.example.com',
      RELAYBOT_DEFAULT_TZ: 'UTC',
      RELAYBOT_CHANNEL_RATE: '20',
      TENCENTCLOUD_SECRET_ID: SECRET_ID,
      TENCENTCLOUD_SECRET_KEY: SECRET_KEY,
      RELAYBOT_TENCENT_ENDPOINT: tencent.url,
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
    },
    logger: createLogger({ level: 'silent' }),
  });
});

afterAll(async () => {
  await bot?.stop();
  await slack?.close();
  await tencent?.close();
  rmSync(dir, { recursive: true, force: true });
});

const post = (body: string) => postSlackEvent(bot.url, body, { secret: SIGNING_SECRET });

async function until<T>(probe: () => T | undefined, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Creates a relay from a preview's Confirm by `user`; returns a sender of provider events for it. */
async function createRelay(stream: string, user: string) {
  const preview = JSON.parse((await post(slashBody(slack, `https://cdn.example.com/a.mp4 to live/${stream} tomorrow 8pm for 2h`, user))).text) as { blocks?: unknown };
  const confirm = buttonsOf(preview).find((button) => button.action_id.startsWith('relay_confirm'))!;
  const statusPosts = () => slack.callsTo('chat.postMessage').filter((c) => c.params.channel === CHANNEL && !c.params.thread_ts && c.answer?.ok);
  const posted = statusPosts().length;
  await post(actionBody(slack, confirm.action_id, confirm.value, user));
  const task = await until(() => [...tencent.tasks.values()].find((t) => t.StreamName === stream), 'the task');
  await until(() => statusPosts()[posted], 'the status message');
  const url = `${bot.url}${new URL(task.CallbackUrl!).pathname}`;
  return async (event: 'TaskAlarm' | 'ResetTaskConfig', eventTime: number, type = 'PushStreamFailed') => {
    const body = callbackBody({ providerTaskId: task.TaskId }, event, { eventTime, ...(event === 'TaskAlarm' ? { msg: { type } } : {}) });
    expect((await postCallback(url, body)).status).toBe(200);
  };
}

const dmsTo = (user: string) => slack.callsTo('chat.postMessage').filter((c) => c.params.channel === user);
const refusedPosts = () => slack.callsTo('chat.postMessage').filter((c) => c.params.channel === CHANNEL && c.answer?.ok === false);
const textOf = (call: RecordedSlackCall) => `${String(call.params.text)}\n${JSON.stringify(call.params.blocks)}`;

describe('an alarm its channel refuses for good', () => {
  it('reaches the creator by direct message, saying the channel is archived and what brings the news back', async () => {
    const send = await createRelay('archived', 'U0ALICE');
    slack.refuseChannel(CHANNEL, 'is_archived');
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
      slack.refuseChannel(CHANNEL, null);
    }
  });

  it('in the creator’s language, when the bot was removed from the channel', async () => {
    const send = await createRelay('removed', 'U0WANG');
    slack.refuseChannel(CHANNEL, 'not_in_channel');
    try {
      await send('TaskAlarm', Math.floor(Date.now() / 1000));
      const dm = await until(() => dmsTo('U0WANG').find((c) => c.answer?.ok), 'the alarm by DM');
      expect(textOf(dm)).toContain('我已不在该频道');
      expect(textOf(dm)).toContain('/invite @Relaybot');
    } finally {
      slack.refuseChannel(CHANNEL, null);
    }
  });

  it('stays in the channel, and out of DMs, while the channel takes it', async () => {
    const send = await createRelay('fine', 'U0ALICE');
    const before = dmsTo('U0ALICE').length;
    await send('TaskAlarm', Math.floor(Date.now() / 1000));
    await until(
      () => slack.callsTo('chat.postMessage').find((c) => c.params.channel === CHANNEL && !c.params.thread_ts && c.answer?.ok && /needs attention/.test(String(c.params.text))),
      'the alarm in the channel',
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(dmsTo('U0ALICE')).toHaveLength(before);
  });

  it('an outage (503) is retried into the channel, not sent by DM', async () => {
    const send = await createRelay('outage', 'U0ALICE');
    const before = dmsTo('U0ALICE').length;
    const channelAlarms = () =>
      slack.callsTo('chat.postMessage').filter((c) => c.params.channel === CHANNEL && !c.params.thread_ts && c.answer?.ok && /needs attention/.test(String(c.params.text)));
    const landed = channelAlarms().length;
    slack.failNext('chat.postMessage', { status: 503 }, 2);
    await send('TaskAlarm', Math.floor(Date.now() / 1000));
    await until(() => (channelAlarms().length > landed ? true : undefined), 'the alarm in the channel after the outage', 20_000);
    expect(dmsTo('U0ALICE')).toHaveLength(before);
  }, 30_000);

  it('made in a direct message between people (where the bot never could post): says so, without an invitation', async () => {
    const dm = 'D0WANGBOB';
    slack.refuseChannel(dm, 'channel_not_found');
    try {
      const preview = JSON.parse((await post(slashBody(slack, 'https://cdn.example.com/a.mp4 to live/people tomorrow 8pm for 2h', 'U0WANG', { channel_id: dm }))).text) as { blocks?: unknown };
      const confirm = buttonsOf(preview).find((button) => button.action_id.startsWith('relay_confirm'))!;
      await post(actionBody(slack, confirm.action_id, confirm.value, 'U0WANG', { channel: { id: dm, name: 'directmessage' } }));
      const task = await until(() => [...tencent.tasks.values()].find((t) => t.StreamName === 'people'), 'the task');
      const before = dmsTo('U0WANG').filter((c) => c.answer?.ok).length;
      const body = callbackBody({ providerTaskId: task.TaskId }, 'TaskAlarm', { eventTime: Math.floor(Date.now() / 1000), msg: { type: 'PushStreamFailed' } });
      expect((await postCallback(`${bot.url}${new URL(task.CallbackUrl!).pathname}`, body)).status).toBe(200);
      const dmCall = await until(() => dmsTo('U0WANG').filter((c) => c.answer?.ok)[before], 'the alarm by DM');
      expect(textOf(dmCall)).toContain('我不能在他人之间的私信里发消息');
      expect(textOf(dmCall)).not.toContain('/invite');
    } finally {
      slack.refuseChannel(dm, null);
    }
  });
});
