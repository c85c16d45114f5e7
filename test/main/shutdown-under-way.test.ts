// A relay confirmed in Slack a moment before the bot is told to stop, while the provider is slow to take it (its
// first tries fail and are retried): the shutdown waits for the create before it closes the backends and the store.
// It used to close them under it: the task stayed recorded without the provider's id, and the person was told it was
// "not confirmed" although the provider made it. The whole bot against the Tencent and Slack stand-ins.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { startRelaybot, type RunningBot } from '../../src/main.js';
import { createLogger } from '../../src/log.js';
import { openStore } from '../../src/store/index.js';
import { startSlackStandin, type SlackStandin } from '../support/slack-standin.js';
import { actionBody, buttonsOf, postSlackEvent, slashBody } from '../adapters/slack/harness.js';
import { startCli, type CliHarness } from '../cli/lifecycle-harness.js';

const BOT_TOKEN = 'xoxb-shutdown-token';
const SIGNING_SECRET = 'shutdown-signing-secret-0123456789';

let cli: CliHarness;
let slack: SlackStandin;
let bot: RunningBot | undefined;
let dataDir: string;

beforeAll(async () => {
  cli = await startCli();
  slack = await startSlackStandin({ botToken: BOT_TOKEN, users: { U0ALICE: { tz: 'Asia/Shanghai', locale: 'en-US', name: 'alice' } } });
  dataDir = join(cli.dataDir, 'data');
  bot = await startRelaybot({
    env: {
      ...cli.env,
      RELAYBOT_DATA_DIR: dataDir,
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

describe('a create under way when the bot stops', () => {
  it('is finished before the store closes: one task, with the provider’s id, and nobody told it failed', async () => {
    const post = async (body: string) => (await postSlackEvent(bot!.url, body, { secret: SIGNING_SECRET })).text;
    const preview = JSON.parse(await post(slashBody(slack, 'https://cdn.example.com/a.mp4 to live/late tomorrow 9pm for 2h', 'U0ALICE'))) as { blocks?: unknown };
    const confirm = buttonsOf(preview).find((button) => button.action_id.startsWith('relay_confirm'))!;
    // The provider fails the first tries (retried with backoff), then takes it.
    cli.standin.failNext('CreateLivePullStreamTask', { code: 'InternalError' }, 3);
    const before = slack.calls.length;
    await post(actionBody(slack, confirm.action_id, confirm.value, 'U0ALICE'));
    // Wait until the create is under way at the provider, then stop.
    const deadline = Date.now() + 5_000;
    while (!cli.standin.requests.some((call) => call.action === 'CreateLivePullStreamTask') && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await bot!.stop();
    bot = undefined;

    const remote = [...cli.standin.tasks.values()].filter((task) => task.StreamName === 'late');
    expect(remote).toHaveLength(1);
    const store = openStore(dataDir);
    try {
      const task = store.tasks.list().find((t) => t.request.StreamName === 'late')!;
      expect(task.providerTaskId).toBe(String(remote[0]!.TaskId));
    } finally {
      store.close();
    }
    expect(slack.calls.slice(before).some((call) => /not confirmed|did not work/.test(String(call.params.text)))).toBe(false);
  }, 40_000);
});
