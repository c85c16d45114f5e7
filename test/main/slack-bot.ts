// The whole bot (src/main.ts) for Slack, on a data directory of its own: the Tencent stand-in and the `relaybot` CLI
// of test/cli/lifecycle-harness.ts, the Slack stand-in, and what the tests do with them (a relay confirmed from a
// slash command, waiting for a call). The bot can be stopped and started again on the same data directory, as a
// restart is.
import { join } from 'node:path';
import { startRelaybot, type RunningBot } from '../../src/main.js';
import { createLogger } from '../../src/log.js';
import { startSlackStandin, type SlackStandin } from '../support/slack-standin.js';
import { actionBody, buttonsOf, postSlackEvent, slashBody } from '../adapters/slack/harness.js';
import { until } from '../adapters/slack/whole-bot.js';
import { startCli, type CliHarness } from '../cli/lifecycle-harness.js';

export { until };

export interface SlackBot {
  cli: CliHarness;
  slack: SlackStandin;
  /** The bot's settings (RELAYBOT_DATA_DIR among them). */
  env: Record<string, string>;
  /** The bot running now (throws while it is stopped). */
  readonly bot: RunningBot;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** A signed request from Slack; resolves with the bot's answer's body. */
  post(body: string): Promise<string>;
  /** Alice confirms `/relay <text>`: resolves with Slack's status message call, once it is posted. */
  confirm(text: string): Promise<{ id: string; ts: string }>;
  close(): Promise<void>;
}

/** Alice, in Shanghai: the user every test here acts as. */
export const ALICE = 'U0ALICE';

export async function startSlackBot(name: string): Promise<SlackBot> {
  const botToken = `xoxb-${name}-token`;
  const signingSecret = `${name}-signing-secret-0123456789`;
  const cli = await startCli();
  const slack = await startSlackStandin({ botToken, users: { [ALICE]: { tz: 'Asia/Shanghai', locale: 'en-US', name: 'alice' } } });
  const env: Record<string, string> = {
    ...cli.env,
    RELAYBOT_DATA_DIR: join(cli.dataDir, 'data'),
    RELAYBOT_PORT: '0',
    RELAYBOT_HOST: '127.0.0.1',
    SLACK_BOT_TOKEN: botToken,
    SLACK_SIGNING_SECRET: signingSecret,
    SLACK_API_URL: slack.apiUrl,
  };
  let running: RunningBot | undefined;
  const harness: SlackBot = {
    cli,
    slack,
    env,
    get bot() {
      if (!running) throw new Error('the bot is stopped');
      return running;
    },
    async start() {
      running = await startRelaybot({ env, logger: createLogger({ level: 'silent' }) });
    },
    async stop() {
      await running?.stop();
      running = undefined;
    },
    post: async (body) => (await postSlackEvent(harness.bot.url, body, { secret: signingSecret })).text,
    async confirm(text) {
      const mark = slack.calls.length;
      const preview = JSON.parse(await harness.post(slashBody(slack, text, ALICE))) as { blocks?: unknown };
      const button = buttonsOf(preview).find((b) => b.action_id.startsWith('relay_confirm'))!;
      await harness.post(actionBody(slack, button.action_id, button.value, ALICE));
      const status = await until(
        () => slack.calls.slice(mark).find((call) => call.method === 'chat.postMessage' && /Relay \w+ · scheduled/.test(String(call.params.text))),
        'the status message',
      );
      return { id: /Relay (\w+) ·/.exec(String(status.params.text))![1]!, ts: String(status.answer!.ts) };
    },
    async close() {
      await harness.stop();
      await slack.close();
      await cli.close();
    },
  };
  await harness.start();
  return harness;
}
