// The bot's upkeep, started with it, for what no provider event tells: a relay paused in Slack whose end time passed
// while the bot was down is ended when the bot starts again (Tencent deletes such a task and sends nothing), a relay
// the provider has said nothing about since its start is asked about, and a create confirmed in Slack that never got
// through is finished; each time its channel is told (the status message edited and its thread saying why, or a
// post of its own when it has no status message yet). The whole bot against the Tencent and Slack stand-ins; a window
// is moved into the past while the bot is down, as the passing of time would.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_RETRY } from '../../src/backends/tencent/retry.js';
import { toApiTime } from '../../src/core/relay-request.js';
import { requestPatch } from '../../src/core/task-service/fingerprint.js';
import { CREATE_ATTEMPTS } from '../../src/core/task-service.js';
import { openStore } from '../../src/store/index.js';
import { actionBody, buttonsOf, slashBody } from '../adapters/slack/harness.js';
import { ALICE, startSlackBot, until, type SlackBot } from './slack-bot.js';

let h: SlackBot;
beforeAll(async () => {
  h = await startSlackBot('upkeep');
});
afterAll(async () => h?.close());

/** Stops the bot, moves the relay's window to start `startedAgoMs` ago (here and at the provider), starts it again. */
async function restartAfter(id: string, startedAgoMs: number, lasting: number): Promise<number> {
  await h.stop();
  const store = openStore(h.env.RELAYBOT_DATA_DIR!);
  const task = store.tasks.get(id)!;
  const StartTime = toApiTime(new Date(Date.now() - startedAgoMs));
  const EndTime = toApiTime(new Date(Date.now() - startedAgoMs + lasting));
  store.tasks.update(id, requestPatch(task, { ...task.request, StartTime, EndTime }));
  store.close();
  const remote = h.cli.standin.tasks.get(task.providerTaskId!)!;
  remote.StartTime = StartTime;
  remote.EndTime = EndTime;
  const mark = h.slack.calls.length;
  await h.start();
  return mark;
}

/** The status message's edit and its thread's line after `mark`. */
async function newsAfter(mark: number, ts: string) {
  const later = () => h.slack.calls.slice(mark);
  const edit = await until(() => later().find((call) => call.method === 'chat.update' && call.params.ts === ts), 'the status message edit');
  const line = await until(() => later().find((call) => call.method === 'chat.postMessage' && call.params.thread_ts === ts), 'the thread line');
  return { edit: String(edit.params.text), line: String(line.params.text), lines: later().filter((call) => call.method === 'chat.postMessage' && call.params.thread_ts === ts) };
}

describe('a relay left paused past its end time', () => {
  it('is ended when the bot starts again, its status message and thread saying so', async () => {
    const { id, ts } = await h.confirm('https://cdn.example.com/a.mp4 to live/upkeep tomorrow 9pm for 2h');
    expect((await h.cli.run(['pause', id, '--operator', 'carol'], { RELAYBOT_DATA_DIR: h.env.RELAYBOT_DATA_DIR })).code).toBe(0);
    await until(() => h.slack.calls.find((call) => call.method === 'chat.update' && call.params.ts === ts && /· paused/.test(String(call.params.text))), 'the paused status');

    // The bot is down while the relay's window goes by.
    const news = await newsAfter(await restartAfter(id, 24 * 3600_000, 2 * 3600_000), ts);
    expect(news.edit).toContain(`Relay ${id} · ended`);
    expect(news.line).toMatch(/\(Asia\/Shanghai\) The end time passed while the relay was paused: it is over/);
    expect(news.lines).toHaveLength(1);
  }, 40_000);
});

describe('a relay the provider said nothing about since its start', () => {
  it('is asked about when the bot starts again: on air, its channel is told its events do not arrive', async () => {
    const { id, ts } = await h.confirm('https://cdn.example.com/a.mp4 to live/unheard tomorrow 9pm for 2h');
    const news = await newsAfter(await restartAfter(id, 10 * 60_000, 2 * 3600_000), ts);
    expect(news.edit).toContain(`Relay ${id} · running`);
    expect(news.line).toMatch(/The provider says the relay is on air, but none of its events have reached the bot .*RELAYBOT_PUBLIC_URL/);
  }, 40_000);
});

describe('a relay confirmed in Slack whose create never reached the provider', () => {
  it('is created when the bot starts again, and its channel is told', async () => {
    const preview = JSON.parse(await h.post(slashBody(h.slack, 'https://cdn.example.com/a.mp4 to live/settle tomorrow 9pm for 2h', ALICE))) as { blocks?: unknown };
    const confirm = buttonsOf(preview).find((button) => button.action_id.startsWith('relay_confirm'))!;
    // Every try of the create fails: the task is recorded, not confirmed, and the person is told so.
    h.cli.standin.failNext('CreateLivePullStreamTask', { code: 'InternalError' }, DEFAULT_RETRY.attempts * CREATE_ATTEMPTS);
    const before = h.slack.calls.length;
    await h.post(actionBody(h.slack, confirm.action_id, confirm.value, ALICE));
    const told = await until(() => h.slack.calls.slice(before).find((call) => /is recorded, but the provider has not confirmed it yet/.test(String(call.params.text))), 'the pending reply');
    const id = /Task (\w+) is recorded/.exec(String(told.params.text))![1]!;
    expect([...h.cli.standin.tasks.values()].filter((remote) => remote.StreamName === 'settle')).toEqual([]);

    // The bot stops; when it starts again the create is minutes old, and nobody has sent it again.
    await h.stop();
    const store = openStore(h.env.RELAYBOT_DATA_DIR!);
    expect(store.tasks.get(id)!.providerTaskId).toBeNull();
    const minutesAgo = new Date(Date.now() - 3 * 60_000).toISOString();
    store.db.prepare('UPDATE tasks SET created_at = ?, updated_at = ? WHERE id = ?').run(minutesAgo, minutesAgo, id);
    store.close();
    const mark = h.slack.calls.length;
    await h.start();
    // It never had a status message (the person was told it was not confirmed): it gets one, and the news goes to
    // that message's thread, as every later news will.
    const posts = () => h.slack.calls.slice(mark).filter((call) => call.method === 'chat.postMessage' && call.answer?.ok);
    const news = await until(
      () => posts().find((call) => call.params.thread_ts !== undefined && /its creation, whose answer had been lost, is confirmed/.test(String(call.params.text))),
      'the news in a thread',
    );
    const status = posts().find((call) => call.params.thread_ts === undefined && String(call.params.text).includes(`Relay ${id} · scheduled`));
    expect(status?.params.channel).toBe('C0RELAYS');
    expect(news.params.channel).toBe('C0RELAYS');
    expect(news.params.thread_ts).toBe(status!.answer!.ts);
    expect(posts().filter((call) => call.params.thread_ts === undefined && String(call.params.text).includes(`Relay ${id} ·`))).toHaveLength(1);
    expect(String(news.params.text)).toMatch(/The provider has this relay now: its creation, whose answer had been lost, is confirmed\./);
    expect([...h.cli.standin.tasks.values()].filter((remote) => remote.StreamName === 'settle')).toHaveLength(1);
  }, 60_000);
});
