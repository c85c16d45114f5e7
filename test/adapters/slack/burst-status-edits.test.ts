// A burst of a relay's events (a playlist of 200 short files, or a backlog after an outage) at Slack's one write
// per second per channel. Its thread gets them 25 to a message, and its status message, which shows only the
// relay's state now, used to be edited once per 25 events as well: eight identical edits for 200 files, each a
// write from the channel's budget, so an alarm right after the burst waited for all of them. One edit now covers
// every event pending for it. The whole bot in this process (src/main.ts) with real Bolt, the Web API client
// against the Slack stand-in, and the Tencent stand-in.
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

const BOT_TOKEN = 'xoxb-burst-status-token';
const SIGNING_SECRET = 'burst-status-signing-secret-0123456';
const SECRET_ID = 'AKIDburststatus0000000000000000000';
const SECRET_KEY = 'burst-status-secret-key-0000000';

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
  dir = mkdtempSync(join(tmpdir(), 'relaybot-burst-status-'));
  bot = await startRelaybot({
    env: {
      RELAYBOT_DATA_DIR: join(dir, 'data'),
      RELAYBOT_PORT: '0',
      RELAYBOT_HOST: '127.0.0.1',
      RELAYBOT_PUBLIC_URL: 'https://relaybot.example.com',
      RELAYBOT_PUSH_DOMAIN: 'push.example.com',
      RELAYBOT_DEFAULT_TZ: 'UTC',
      RELAYBOT_CHANNEL_RATE: '1',
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
  const send = async (event: 'TaskStart' | 'VodSourceFileStart' | 'TaskAlarm', eventTime: number, msg?: Record<string, unknown>) => {
    expect((await postCallback(url, callbackBody({ providerTaskId: task.TaskId }, event, { eventTime, ...(msg ? { msg } : {}) }))).status).toBe(200);
  };
  return { id, ts, send };
}



describe('a burst of 200 file events and then an alarm', () => {
  it('lists every event in the thread, edits the status message once or twice, and alarms before the thread’s backlog is listed', async () => {
    const { id, ts, send } = await createRelay('playlist', 'U0ALICE');
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
