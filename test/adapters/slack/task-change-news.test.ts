// A relay paused, resumed, edited or stopped from Slack (slash command or button) must show in the channel: the
// status message edited to the new state, times and buttons, and one line in its thread saying who did what.
// The whole bot in this process (src/main.ts), the real Bolt adapter and Web API client against the Slack
// stand-in, the real Tencent SDK against the Tencent stand-in.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRelaybot, type RunningBot } from '../../../src/main.js';
import { createLogger } from '../../../src/log.js';
import { startSlackStandin, type RecordedSlackCall, type SlackStandin } from '../../support/slack-standin.js';
import { startTencentStandin, type TencentStandin } from '../../support/tencent-standin.js';
import { actionBody, buttonsOf, postSlackEvent, slashBody } from './harness.js';

const BOT_TOKEN = 'xoxb-change-news-token';
const SIGNING_SECRET = 'change-news-signing-secret-0123456789';
const SECRET_ID = 'AKIDchangenews000000000000000000000';
const SECRET_KEY = 'change-news-secret-key-0000000000';

let slack: SlackStandin;
let tencent: TencentStandin;
let bot: RunningBot;
let dir: string;

beforeAll(async () => {
  slack = await startSlackStandin({ botToken: BOT_TOKEN, users: { U0ALICE: { tz: 'America/New_York', locale: 'en-US', name: 'alice' } } });
  tencent = await startTencentStandin({ secretId: SECRET_ID, secretKey: SECRET_KEY });
  dir = mkdtempSync(join(tmpdir(), 'relaybot-change-news-'));
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

const slash = (text: string) => post(slashBody(slack, text, 'U0ALICE'));
const click = (actionId: string, value: string) => post(actionBody(slack, actionId, value, 'U0ALICE'));

async function until<T>(probe: () => T | undefined, what: string): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Status messages already handed to a test. */
const seen = new Set<RecordedSlackCall>();

/** Creates a relay from a preview's Confirm; returns its id and its status message's ts. */
async function createRelay(text: string): Promise<{ id: string; ts: string }> {
  const preview = JSON.parse((await slash(text)).text) as { blocks?: unknown };
  const confirm = buttonsOf(preview).find((button) => button.action_id.startsWith('relay_confirm'))!;
  await click(confirm.action_id, confirm.value);
  const status = await until(
    () => slack.callsTo('chat.postMessage').find((call) => !call.params.thread_ts && /Relay \w+ · scheduled/.test(String(call.params.text)) && !seen.has(call)),
    'the status message',
  );
  seen.add(status);
  return { id: /Relay (\w+) ·/.exec(String(status.params.text))![1]!, ts: String(status.answer!.ts) };
}

/** The status message's next edit and the next reply in its thread, after `mark` calls. */
async function newsAfter(mark: number, ts: string): Promise<{ status: RecordedSlackCall; thread: RecordedSlackCall }> {
  const later = () => slack.calls.slice(mark);
  const status = await until(() => later().find((call) => call.method === 'chat.update' && call.params.ts === ts), 'the status message edit');
  const thread = await until(() => later().find((call) => call.method === 'chat.postMessage' && call.params.thread_ts === ts), 'the thread reply');
  return { status, thread };
}

const buttonVerbs = (call: RecordedSlackCall) => buttonsOf(call.params).map((button) => button.action_id.replace(/^relay_(\w+):\d+$/, '$1'));

describe('changes made from Slack show in the channel', () => {
  it('a pause typed as /relay pause edits the status message to paused and says who paused it in the thread', async () => {
    const { id, ts } = await createRelay('https://cdn.example.com/a.mp4 to live/a tomorrow 9pm for 2h');
    const mark = slack.calls.length;
    expect((await slash(`pause ${id}`)).status).toBe(200);
    const { status, thread } = await newsAfter(mark, ts);
    expect(String(status.params.text)).toContain(`Relay ${id} · paused`);
    // A paused relay is resumed, not restarted: no Restart button on it.
    expect(buttonVerbs(status)).toEqual(['stop', 'show']);
    expect(String(thread.params.text)).toMatch(/\d\d:\d\d:\d\d \(America\/New_York\) Paused by alice\./);

    const resumed = slack.calls.length;
    await slash(`resume ${id}`);
    const again = await newsAfter(resumed, ts);
    expect(String(again.status.params.text)).toContain(`Relay ${id} · scheduled`);
    expect(buttonVerbs(again.status)).toEqual(['stop', 'restart', 'show']);
    expect(String(again.thread.params.text)).toContain('Resumed by alice.');
  });

  it('an edit of the end time shows the new end on the status message and in one thread line', async () => {
    const { id, ts } = await createRelay('https://cdn.example.com/b.mp4 to live/b tomorrow 9pm for 2h');
    const mark = slack.calls.length;
    await slash(`edit ${id} end 11:30pm`);
    const { status, thread } = await newsAfter(mark, ts);
    expect(String(status.params.text)).toContain(`Relay ${id} · scheduled`);
    expect(JSON.stringify(status.params.blocks)).toContain('23:30 (America/New_York)');
    expect(String(thread.params.text)).toMatch(/Changed by alice: end moved to \w{3}, \d\d? \w{3} \d{4}, 23:30 \(America\/New_York\)\./);
  });

  it('Stop clicked on the status message leaves it stopped with no Stop or Restart button, and says who stopped it', async () => {
    const { id, ts } = await createRelay('https://cdn.example.com/c.mp4 to live/c tomorrow 9pm for 2h');
    const mark = slack.calls.length;
    const stop = slack.callsTo('chat.postMessage').find((call) => call.answer?.ts === ts)!;
    const button = buttonsOf(stop.params).find((b) => b.action_id.startsWith('relay_stop'))!;
    expect((await click(button.action_id, button.value)).status).toBe(200);
    const { status, thread } = await newsAfter(mark, ts);
    expect(String(status.params.text)).toContain(`Relay ${id} · stopped`);
    expect(buttonVerbs(status)).toEqual(['show']);
    expect(String(thread.params.text)).toContain('Stopped by alice: the relay was deleted at the provider');
    // Exactly one line for one change: nothing else was posted into the thread.
    expect(slack.calls.slice(mark).filter((call) => call.method === 'chat.postMessage' && call.params.thread_ts === ts)).toHaveLength(1);
  });
});
