// The bot's upkeep, started with it, for what no provider event tells: a relay paused in Slack whose end time passed
// while the bot was down is ended when the bot starts again (Tencent deletes such a task and sends nothing), a relay
// the provider has said nothing about since its start is asked about, and a create confirmed in Slack that never got
// through is finished; each time its channel is told (the status message edited and its thread saying why, or a
// post of its own when it has no status message yet). The whole bot against the Tencent and Slack stand-ins; a window
// is moved into the past while the bot is down, as the passing of time would.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { startRelaybot, type RunningBot } from '../../src/main.js';
import { DEFAULT_RETRY } from '../../src/backends/tencent/retry.js';
import { toApiTime } from '../../src/core/relay-request.js';
import { CREATE_ATTEMPTS } from '../../src/core/task-service.js';
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

/** A relay made in Slack: its id and its status message's ts. */
async function relayFromSlack(stream: string): Promise<{ id: string; ts: string }> {
  const post = async (body: string) => (await postSlackEvent(bot!.url, body, { secret: SIGNING_SECRET })).text;
  const mark = slack.calls.length;
  const preview = JSON.parse(await post(slashBody(slack, `https://cdn.example.com/a.mp4 to live/${stream} tomorrow 9pm for 2h`, 'U0ALICE'))) as { blocks?: unknown };
  const confirm = buttonsOf(preview).find((button) => button.action_id.startsWith('relay_confirm'))!;
  await post(actionBody(slack, confirm.action_id, confirm.value, 'U0ALICE'));
  const status = await until(
    () => slack.calls.slice(mark).find((call) => call.method === 'chat.postMessage' && /Relay \w+ · scheduled/.test(String(call.params.text))),
    'the status message',
  );
  return { id: /Relay (\w+) ·/.exec(String(status.params.text))![1]!, ts: String(status.answer!.ts) };
}

/** Stops the bot, moves the relay's window to start `startedAgoMs` ago (here and at the provider), starts it again. */
async function restartAfter(id: string, startedAgoMs: number, lasting: number): Promise<number> {
  await bot!.stop();
  bot = undefined;
  const store = openStore(env.RELAYBOT_DATA_DIR!);
  const task = store.tasks.get(id)!;
  const StartTime = toApiTime(new Date(Date.now() - startedAgoMs));
  const EndTime = toApiTime(new Date(Date.now() - startedAgoMs + lasting));
  store.tasks.update(id, { request: { ...task.request, StartTime, EndTime } });
  store.close();
  const remote = cli.standin.tasks.get(task.providerTaskId!)!;
  remote.StartTime = StartTime;
  remote.EndTime = EndTime;
  const mark = slack.calls.length;
  bot = await startRelaybot({ env, logger: createLogger({ level: 'silent' }) });
  return mark;
}

describe('a relay left paused past its end time', () => {
  it('is ended when the bot starts again, its status message and thread saying so', async () => {
    const { id, ts } = await relayFromSlack('upkeep');
    expect((await cli.run(['pause', id, '--operator', 'carol'], { RELAYBOT_DATA_DIR: env.RELAYBOT_DATA_DIR })).code).toBe(0);
    await until(() => slack.calls.find((call) => call.method === 'chat.update' && call.params.ts === ts && /· paused/.test(String(call.params.text))), 'the paused status');

    // The bot is down while the relay's window goes by.
    const mark = await restartAfter(id, 24 * 3600_000, 2 * 3600_000);
    const later = () => slack.calls.slice(mark);
    const edit = await until(() => later().find((call) => call.method === 'chat.update' && call.params.ts === ts), 'the status message edit');
    const line = await until(() => later().find((call) => call.method === 'chat.postMessage' && call.params.thread_ts === ts), 'the thread line');
    expect(String(edit.params.text)).toContain(`Relay ${id} · ended`);
    expect(String(line.params.text)).toMatch(/\(Asia\/Shanghai\) The end time passed while the relay was paused: it is over/);
    expect(later().filter((call) => call.method === 'chat.postMessage' && call.params.thread_ts === ts)).toHaveLength(1);
  }, 40_000);
});

describe('a relay the provider said nothing about since its start', () => {
  it('is asked about when the bot starts again: on air, its channel is told its events do not arrive', async () => {
    const { id, ts } = await relayFromSlack('unheard');
    const mark = await restartAfter(id, 10 * 60_000, 2 * 3600_000);
    const later = () => slack.calls.slice(mark);
    const edit = await until(() => later().find((call) => call.method === 'chat.update' && call.params.ts === ts), 'the status message edit');
    const line = await until(() => later().find((call) => call.method === 'chat.postMessage' && call.params.thread_ts === ts), 'the thread line');
    expect(String(edit.params.text)).toContain(`Relay ${id} · running`);
    expect(String(line.params.text)).toMatch(/The provider says the relay is on air, but none of its events have reached the bot .*RELAYBOT_PUBLIC_URL/);
  }, 40_000);
});

describe('a relay confirmed in Slack whose create never reached the provider', () => {
  it('is created when the bot starts again, and its channel is told', async () => {
    const post = async (body: string) => (await postSlackEvent(bot!.url, body, { secret: SIGNING_SECRET })).text;
    const preview = JSON.parse(await post(slashBody(slack, 'https://cdn.example.com/a.mp4 to live/settle tomorrow 9pm for 2h', 'U0ALICE'))) as { blocks?: unknown };
    const confirm = buttonsOf(preview).find((button) => button.action_id.startsWith('relay_confirm'))!;
    // Every try of the create fails: the task is recorded, not confirmed, and the person is told so.
    cli.standin.failNext('CreateLivePullStreamTask', { code: 'InternalError' }, DEFAULT_RETRY.attempts * CREATE_ATTEMPTS);
    const before = slack.calls.length;
    await post(actionBody(slack, confirm.action_id, confirm.value, 'U0ALICE'));
    const told = await until(() => slack.calls.slice(before).find((call) => /is recorded, but the provider has not confirmed it yet/.test(String(call.params.text))), 'the pending reply');
    const id = /Task (\w+) is recorded/.exec(String(told.params.text))![1]!;
    expect([...cli.standin.tasks.values()].filter((remote) => remote.StreamName === 'settle')).toEqual([]);

    // The bot stops; when it starts again the create is minutes old, and nobody has sent it again.
    await bot!.stop();
    bot = undefined;
    const store = openStore(env.RELAYBOT_DATA_DIR!);
    expect(store.tasks.get(id)!.providerTaskId).toBeNull();
    store.db.prepare('UPDATE tasks SET updated_at = ? WHERE id = ?').run(new Date(Date.now() - 3 * 60_000).toISOString(), id);
    store.close();
    const mark = slack.calls.length;
    bot = await startRelaybot({ env, logger: createLogger({ level: 'silent' }) });
    const news = await until(
      () => slack.calls.slice(mark).find((call) => call.method === 'chat.postMessage' && String(call.params.text).includes(`Relay ${id}`)),
      'the news in its channel',
    );
    expect(news.params.channel).toBe('C0RELAYS');
    expect(String(news.params.text)).toMatch(/The provider has this relay now: its creation, whose answer had been lost, is confirmed\./);
    expect([...cli.standin.tasks.values()].filter((remote) => remote.StreamName === 'settle')).toHaveLength(1);
  }, 60_000);
});
