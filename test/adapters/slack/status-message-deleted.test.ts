// A task's news goes to the thread of its status message. When someone deletes that message, Slack refuses
// replies in its thread (thread_not_found), and the news used to fail "permanently", seen only in the bot's log:
// the channel heard nothing more of the relay (start, files, exit) but its alarms. It now goes to the channel
// itself. A thread that is there keeps its news, and an outage (5xx) is still retried into the thread. The whole
// bot in this process (src/main.ts) with real Bolt, the Web API client against the Slack stand-in, and the
// Tencent stand-in.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRelaybot, type RunningBot } from '../../../src/main.js';
import { createLogger } from '../../../src/log.js';
import { callbackBody, postCallback } from '../../support/relay-fixtures.js';
import { startSlackStandin, type SlackStandin } from '../../support/slack-standin.js';
import { startTencentStandin, type TencentStandin } from '../../support/tencent-standin.js';
import { actionBody, buttonsOf, CHANNEL, postSlackEvent, slashBody } from './harness.js';

const BOT_TOKEN = 'xoxb-deleted-status-token';
const SIGNING_SECRET = 'deleted-status-signing-secret-01234';
const SECRET_ID = 'AKIDdeletedstatus00000000000000000';
const SECRET_KEY = 'deleted-status-secret-key-00000';

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
  dir = mkdtempSync(join(tmpdir(), 'relaybot-deleted-status-'));
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
  const status = await until(() => statusPosts()[posted], 'the status message');
  const ts = String(status.answer!.ts);
  const id = /Relay (\w+) ·/.exec(String(status.params.text))![1]!;
  const url = `${bot.url}${new URL(task.CallbackUrl!).pathname}`;
  const send = async (eventTime: number) => {
    expect((await postCallback(url, callbackBody({ providerTaskId: task.TaskId }, 'TaskStart', { eventTime }))).status).toBe(200);
  };
  return { id, ts, send };
}


const newsPosts = (id: string) =>
  slack.callsTo('chat.postMessage').filter((c) => c.params.channel === CHANNEL && c.answer?.ok && String(c.params.text).startsWith(`Relay ${id}: `));

describe('news of a relay whose status message was deleted', () => {
  it('goes to the channel, since the thread went with the message', async () => {
    const { id, ts, send } = await createRelay('deleted', 'U0ALICE');
    slack.deleteMessage(CHANNEL, ts);
    await send(Math.floor(Date.now() / 1000));
    const post = await until(() => newsPosts(id)[0], 'the news in the channel');
    expect(post.params.thread_ts).toBeUndefined();
    expect(String(post.params.text)).toMatch(/The relay started\./);
    // The refused reply was tried first, in the thread.
    expect(slack.callsTo('chat.postMessage').some((c) => c.params.thread_ts === ts && c.answer?.error === 'thread_not_found')).toBe(true);
  });

  it('stays in the thread while the status message is there', async () => {
    const { id, ts, send } = await createRelay('kept', 'U0ALICE');
    await send(Math.floor(Date.now() / 1000));
    const post = await until(() => newsPosts(id)[0], 'the news in the thread');
    expect(post.params.thread_ts).toBe(ts);
  });

  it('is retried into the thread after an outage (503), not moved to the channel', async () => {
    const { id, ts, send } = await createRelay('outage', 'U0ALICE');
    slack.failNext('chat.postMessage', { status: 503 }, 2);
    await send(Math.floor(Date.now() / 1000));
    const post = await until(() => newsPosts(id)[0], 'the news in the thread after the outage', 20_000);
    expect(post.params.thread_ts).toBe(ts);
  }, 30_000);
});
