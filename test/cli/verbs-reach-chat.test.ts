// `relaybot pause` run in a terminal on a relay that lives in a Slack channel: the CLI process has no chat
// connection, but it records the change in the same store's outbox, and the bot running on that data directory
// delivers it, as it would a change typed in Slack: the status message edited, a line in its thread.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { startRelaybot, type RunningBot } from '../../src/main.js';
import { createLogger } from '../../src/log.js';
import { startSlackStandin, type SlackStandin } from '../support/slack-standin.js';
import { actionBody, buttonsOf, postSlackEvent, slashBody } from '../adapters/slack/harness.js';
import { startCli, type CliHarness } from './lifecycle-harness.js';

const BOT_TOKEN = 'xoxb-cli-news-token';
const SIGNING_SECRET = 'cli-news-signing-secret-0123456789';

let cli: CliHarness;
let slack: SlackStandin;
let bot: RunningBot;

beforeAll(async () => {
  cli = await startCli();
  slack = await startSlackStandin({ botToken: BOT_TOKEN, users: { U0ALICE: { tz: 'Asia/Shanghai', locale: 'en-US', name: 'alice' } } });
  bot = await startRelaybot({
    env: {
      ...cli.env,
      RELAYBOT_DATA_DIR: join(cli.dataDir, 'data'),
      RELAYBOT_PORT: '0',
      RELAYBOT_HOST: '127.0.0.1',
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
  await cli?.close();
});

const post = async (body: string) => (await postSlackEvent(bot.url, body, { secret: SIGNING_SECRET })).text;

async function until<T>(probe: () => T | undefined, what: string): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('a lifecycle verb from the CLI on a relay created in Slack', () => {
  it('edits the Slack status message to the new state and says in its thread who did it', async () => {
    const preview = JSON.parse(await post(slashBody(slack, 'https://cdn.example.com/a.mp4 to live/cli tomorrow 9pm for 2h', 'U0ALICE'))) as { blocks?: unknown };
    const confirm = buttonsOf(preview).find((button) => button.action_id.startsWith('relay_confirm'))!;
    await post(actionBody(slack, confirm.action_id, confirm.value, 'U0ALICE'));
    const status = await until(() => slack.callsTo('chat.postMessage').find((call) => /Relay \w+ · scheduled/.test(String(call.params.text))), 'the status message');
    const id = /Relay (\w+) ·/.exec(String(status.params.text))![1]!;
    const ts = String(status.answer!.ts);

    const mark = slack.calls.length;
    const run = await cli.run(['pause', id, '--operator', 'carol'], { RELAYBOT_DATA_DIR: join(cli.dataDir, 'data') });
    expect(run.code).toBe(0);

    const later = () => slack.calls.slice(mark);
    const edit = await until(() => later().find((call) => call.method === 'chat.update' && call.params.ts === ts), 'the status message edit');
    const line = await until(() => later().find((call) => call.method === 'chat.postMessage' && call.params.thread_ts === ts), 'the thread line');
    expect(String(edit.params.text)).toContain(`Relay ${id} · paused`);
    expect(String(line.params.text)).toMatch(/\d\d:\d\d:\d\d \(Asia\/Shanghai\) Paused by carol\./);
  });
});
