// The whole bot in this process (src/main.ts) as Slack runs it: real Bolt and the Web API client against the Slack
// stand-in, the real Tencent SDK against the Tencent stand-in, a data directory of its own. For tests of what a
// channel sees over a relay's life (status message, thread, alarms), where the harness's in-memory wiring is not
// enough: the delivery worker, the outbox and the callback server are the ones `npm start` runs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { expect } from 'vitest';
import { startRelaybot, type RunningBot } from '../../../src/main.js';
import { createLogger, type Logger } from '../../../src/log.js';
import { callbackBody, postCallback } from '../../support/relay-fixtures.js';
import { startSlackStandin, type RecordedSlackCall, type SlackStandin, type StandinUser } from '../../support/slack-standin.js';
import { startTencentStandin, type TencentStandin } from '../../support/tencent-standin.js';
import { actionBody, buttonsOf, CHANNEL, postSlackEvent, slashBody, type HarnessAnswer } from './harness.js';

const BOT_TOKEN = 'xoxb-whole-bot-token';
const SIGNING_SECRET = 'whole-bot-signing-secret-0123456789';
const SECRET_ID = 'AKIDwholebot000000000000000000000000';
const SECRET_KEY = 'whole-bot-secret-key-000000000000';

/** A logger keeping each line's message, for tests that wait on what the bot says in its log. */
export function messageLog(): { logger: Logger; messages: string[] } {
  const messages: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) messages.push(String((JSON.parse(line) as { msg?: unknown }).msg));
      done();
    },
  });
  return { logger: createLogger({ level: 'info', destination }), messages };
}

/** The key a message was posted under (its metadata's attempt id: `status-<id>` for a relay's first status message). */
export const attemptOf = (params: Record<string, unknown>) => (params.metadata as { event_payload?: { attempt_id?: unknown } } | undefined)?.event_payload?.attempt_id;

/** Alice reads New York time in English, Wang Shanghai time in Chinese. */
const USERS: Record<string, StandinUser> = {
  U0ALICE: { tz: 'America/New_York', locale: 'en-US', name: 'alice' },
  U0WANG: { tz: 'Asia/Shanghai', locale: 'zh-CN', name: 'wang' },
};

export interface WholeSlackBot {
  slack: SlackStandin;
  tencent: TencentStandin;
  bot: RunningBot;
  /** POSTs a body to the bot's Slack endpoint, signed as Slack signs it. */
  post(body: string): Promise<HarnessAnswer>;
  close(): Promise<void>;
}

/**
 * `channelRate`: writes per second per channel (RELAYBOT_CHANNEL_RATE; Slack allows about one); `env`: more settings;
 * `logger`: the bot's (silent unless given).
 */
export async function startWholeSlackBot(options: { channelRate: number; env?: Record<string, string>; logger?: Logger }): Promise<WholeSlackBot> {
  const slack = await startSlackStandin({ botToken: BOT_TOKEN, users: USERS });
  const tencent = await startTencentStandin({ secretId: SECRET_ID, secretKey: SECRET_KEY });
  const dir = mkdtempSync(join(tmpdir(), 'relaybot-slack-whole-'));
  const bot = await startRelaybot({
    env: {
      RELAYBOT_DATA_DIR: join(dir, 'data'),
      RELAYBOT_PORT: '0',
      RELAYBOT_HOST: '127.0.0.1',
      RELAYBOT_PUBLIC_URL: 'https://relaybot.example.com',
      RELAYBOT_PUSH_DOMAIN: 'push.example.com',
      RELAYBOT_DEFAULT_TZ: 'UTC',
      RELAYBOT_CHANNEL_RATE: String(options.channelRate),
      TENCENTCLOUD_SECRET_ID: SECRET_ID,
      TENCENTCLOUD_SECRET_KEY: SECRET_KEY,
      RELAYBOT_TENCENT_ENDPOINT: tencent.url,
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
      ...options.env,
    },
    logger: options.logger ?? createLogger({ level: 'silent' }),
  });
  return {
    slack,
    tencent,
    bot,
    post: (body) => postSlackEvent(bot.url, body, { secret: SIGNING_SECRET }),
    async close() {
      await bot.stop();
      await slack.close();
      await tencent.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Polls `probe` until it gives a value. */
export async function until<T>(probe: () => T | undefined, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

export type ProviderEvent = 'TaskStart' | 'VodSourceFileStart' | 'TaskAlarm' | 'ResetTaskConfig';

export interface CreatedRelay {
  id: string;
  /** Its status message's ts in CHANNEL (the thread its news goes to). */
  ts: string;
  /** Sends a provider callback for it, as Tencent Cloud would; `msg` is the event's detail. */
  send(event: ProviderEvent, eventTime: number, msg?: Record<string, unknown>): Promise<void>;
}

/** Creates a relay to `live/<stream>` from a preview's Confirm by `user` in CHANNEL, and waits for its status message. */
/** Previews a relay to `live/<stream>` tomorrow evening; `press()` presses its Confirm (again, each time it is called). */
export async function previewRelay(h: WholeSlackBot, stream: string, user: string): Promise<{ press(): Promise<HarnessAnswer> }> {
  const preview = JSON.parse((await h.post(slashBody(h.slack, `https://cdn.example.com/a.mp4 to live/${stream} tomorrow 8pm for 2h`, user))).text) as { blocks?: unknown };
  const confirm = buttonsOf(preview).find((button) => button.action_id.startsWith('relay_confirm'))!;
  return { press: () => h.post(actionBody(h.slack, confirm.action_id, confirm.value, user)) };
}

export async function createRelay(h: WholeSlackBot, stream: string, user: string): Promise<CreatedRelay> {
  const { slack, tencent, bot } = h;
  const { press } = await previewRelay(h, stream, user);
  const statusPosts = () => slack.callsTo('chat.postMessage').filter((c) => c.params.channel === CHANNEL && !c.params.thread_ts && c.answer?.ok);
  const idOf = (call: RecordedSlackCall) => /^(?:Relay|转推任务) (\w+) ·/.exec(String(call.params.text))?.[1];
  // Relays already there may post in the channel meanwhile (an alarm, a status message posted again): the new
  // relay's status message is the first that names an id not seen before.
  const known = new Set(statusPosts().map(idOf));
  await press();
  const task = await until(() => [...tencent.tasks.values()].find((t) => t.StreamName === stream), 'the task');
  const status = await until(() => statusPosts().find((c) => idOf(c) !== undefined && !known.has(idOf(c))), 'the status message');
  const url = `${bot.url}${new URL(task.CallbackUrl!).pathname}`;
  return {
    id: idOf(status)!,
    ts: String(status.answer!.ts),
    async send(event, eventTime, msg) {
      expect((await postCallback(url, callbackBody({ providerTaskId: task.TaskId }, event, { eventTime, ...(msg ? { msg } : {}) }))).status).toBe(200);
    },
  };
}
