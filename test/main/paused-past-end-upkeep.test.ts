// The bot's upkeep, started with it: a relay paused in Slack whose end time passed while the bot was down is ended
// when the bot starts again (Tencent deletes such a task and sends nothing), and its channel is told: the status
// message is edited to "ended" and its thread says why. The whole bot against the Tencent and Slack stand-ins; the
// window is moved into the past in the store while the bot is down, as the passing of time would.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { startRelaybot, type RunningBot } from '../../src/main.js';
import { toApiTime } from '../../src/core/relay-request.js';
import { createLogger } from '../../src/log.js';
import { openStore } from '../../src/store/index.js';
import { startSlackStandin, type SlackStandin } from '../support/slack-standin.js';
import { actionBody, buttonsOf, postSlackEvent, slashBody } from '../adapters/slack/harness.js';
import { startCli, type CliHarness } from '../cli/lifecycle-harness.js';

const BOT_TOKEN = 'xoxb-upkeep-token';
const SIGNING_SECRET = 'upkeep-signing-secret-0123456789';

let cli: CliHarness;
let slack: SlackStandin;
let bot: RunningBot | undefined;
let env: Record<string, string>;

beforeAll(async () => {
  cli = await startCli();
  slack = await startSlackStandin({ botToken: BOT_TOKEN, users: { U0ALICE: { tz: 'Asia/Shanghai', locale: 'en-US', name: 'alice' } } });
  env = {
    ...cli.env,
    RELAYBOT_DATA_DIR: join(cli.dataDir, 'data'),
    RELAYBOT_PORT: '0',
    RELAYBOT_HOST: '127.0.0.1',
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack.apiUrl,
  };
  bot = await startRelaybot({ env, logger: createLogger({ level: 'silent' }) });
});

afterAll(async () => {
  await bot?.stop();
  await slack?.close();
  await cli?.close();
});

async function until<T>(probe: () => T | undefined, what: string): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('a relay left paused past its end time', () => {
  it('is ended when the bot starts again, its status message and thread saying so', async () => {
    const post = async (body: string) => (await postSlackEvent(bot!.url, body, { secret: SIGNING_SECRET })).text;
    const preview = JSON.parse(await post(slashBody(slack, 'https://cdn.example.com/a.mp4 to live/upkeep tomorrow 9pm for 2h', 'U0ALICE'))) as { blocks?: unknown };
    const confirm = buttonsOf(preview).find((button) => button.action_id.startsWith('relay_confirm'))!;
    await post(actionBody(slack, confirm.action_id, confirm.value, 'U0ALICE'));
    const status = await until(() => slack.callsTo('chat.postMessage').find((call) => /Relay \w+ · scheduled/.test(String(call.params.text))), 'the status message');
    const id = /Relay (\w+) ·/.exec(String(status.params.text))![1]!;
    const ts = String(status.answer!.ts);
    expect((await cli.run(['pause', id, '--operator', 'carol'], { RELAYBOT_DATA_DIR: env.RELAYBOT_DATA_DIR })).code).toBe(0);
    await until(() => slack.calls.find((call) => call.method === 'chat.update' && call.params.ts === ts && /· paused/.test(String(call.params.text))), 'the paused status');

    // The bot is down while the relay's window goes by.
    await bot!.stop();
    bot = undefined;
    const store = openStore(env.RELAYBOT_DATA_DIR!);
    const task = store.tasks.get(id)!;
    const day = 24 * 3600_000;
    store.tasks.update(id, { request: { ...task.request, StartTime: toApiTime(new Date(Date.now() - day)), EndTime: toApiTime(new Date(Date.now() - day + 7200_000)) } });
    store.close();

    const mark = slack.calls.length;
    bot = await startRelaybot({ env, logger: createLogger({ level: 'silent' }) });
    const later = () => slack.calls.slice(mark);
    const edit = await until(() => later().find((call) => call.method === 'chat.update' && call.params.ts === ts), 'the status message edit');
    const line = await until(() => later().find((call) => call.method === 'chat.postMessage' && call.params.thread_ts === ts), 'the thread line');
    expect(String(edit.params.text)).toContain(`Relay ${id} · ended`);
    expect(String(line.params.text)).toMatch(/\(Asia\/Shanghai\) The end time passed while the relay was paused: it is over/);
    expect(later().filter((call) => call.method === 'chat.postMessage' && call.params.thread_ts === ts)).toHaveLength(1);
  }, 40_000);
});
