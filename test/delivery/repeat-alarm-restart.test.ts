// A repeat of the same alarm within REPEAT_ALARM_QUIET_MS goes to the relay's thread only (64a098e, de9c1c7).
// That memory is in the store: a restart of the bot on the same data directory must not ping the channel again
// for the first repeat. The receiver and the delivery pipeline as main assembles them (real SQLite store on a
// file, callbacks over HTTP), the real Slack notifier against the Slack stand-in.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSlackNotifier } from '../../src/adapters/slack/notifier.js';
import { REPEAT_ALARM_QUIET_MS } from '../../src/core/events/transitions.js';
import { callbackPath } from '../../src/core/relay-event.js';
import type { TaskRecord } from '../../src/core/task.js';
import { createLogger } from '../../src/log.js';
import { callbackBody, eventually, makeTask, postCallback } from '../support/relay-fixtures.js';
import { startHarness, type Harness } from '../support/relay-harness.js';
import { startSlackStandin, type SlackStandin } from '../support/slack-standin.js';

const BOT_TOKEN = 'xoxb-repeat-alarm-restart-test';
let slack: SlackStandin;
beforeAll(async () => {
  slack = await startSlackStandin({ botToken: BOT_TOKEN });
});
afterAll(async () => {
  await slack?.close();
});

const dirs: string[] = [];
const harnesses: Harness[] = [];
afterEach(async () => {
  for (const harness of harnesses.splice(0)) await harness.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function start(dir: string): Promise<Harness> {
  const notifier = createSlackNotifier({ botToken: BOT_TOKEN, apiUrl: slack.apiUrl }, createLogger({ level: 'silent' }));
  const harness = await startHarness({ dataDir: dir, notifiers: [notifier], perChannelPerSecond: 50 });
  harnesses.push(harness);
  return harness;
}

/** The bot stops (gracefully, as on a deploy) and starts again on the same data directory. */
async function restart(harness: Harness, dir: string): Promise<Harness> {
  await harness.close();
  harnesses.splice(harnesses.indexOf(harness), 1);
  return start(dir);
}

async function alarm(harness: Harness, task: TaskRecord, type: string, at: number): Promise<void> {
  const body = callbackBody(task, 'TaskAlarm', { eventTime: Math.floor(at / 1000), msg: { type, message: 'unstable' } });
  expect((await postCallback(`${harness.url}${callbackPath(task.callbackToken)}`, body)).status).toBe(200);
  await eventually(() => harness.pipeline.outbox.counts().pending === 0 && harness.pipeline.outbox.counts().sending === 0);
}

/** Which of the task's stored events alarmed people (1) and which went to the thread only (0). */
const alarmed = (harness: Harness, task: TaskRecord) =>
  (harness.store.db.prepare('SELECT alarm FROM relay_events WHERE task_id = ? ORDER BY id').all(task.id) as { alarm: number }[]).map((row) => row.alarm);

/** Alarms posted at the channel's top level (they mention the creator), as Slack took them. */
const channelAlarms = (channel: string, task: TaskRecord) =>
  slack.callsTo('chat.postMessage').filter((c) => c.params.channel === channel && !c.params.thread_ts && c.answer?.ok && String(c.params.text).includes(`Relay ${task.id} needs attention`)).length;

async function runningRelay(channel: string) {
  const dir = mkdtempSync(join(tmpdir(), 'relaybot-repeat-alarm-'));
  dirs.push(dir);
  const harness = await start(dir);
  const task = makeTask({ state: 'running', home: { platform: 'slack', channelId: channel, statusMessageId: '1700000000.000001' } });
  harness.store.tasks.insert(task);
  return { dir, harness, task };
}

describe('a repeated alarm across a restart of the bot', () => {
  it('goes to the thread only when it repeats within the quiet time, as without the restart', async () => {
    const { dir, harness, task } = await runningRelay('C0REPEAT');
    const at = Date.now() - 120_000;
    await alarm(harness, task, 'PushStreamUnstable', at);
    expect(channelAlarms('C0REPEAT', task)).toBe(1);
    const restarted = await restart(harness, dir);
    await alarm(restarted, task, 'PushStreamUnstable', at + 60_000);
    expect(alarmed(restarted, task)).toEqual([1, 0]);
    expect(channelAlarms('C0REPEAT', task)).toBe(1);
    // Another restart: the time is still the first alarm's, and a repeat is still quiet.
    const again = await restart(restarted, dir);
    await alarm(again, task, 'PushStreamUnstable', at + 90_000);
    expect(alarmed(again, task)).toEqual([1, 0, 0]);
  }, 30_000);

  it('alarms at once for another type, and for the same type once the quiet time is over', async () => {
    const { dir, harness, task } = await runningRelay('C0OTHER');
    const at = Date.now() - REPEAT_ALARM_QUIET_MS - 60_000;
    await alarm(harness, task, 'PushStreamUnstable', at);
    const restarted = await restart(harness, dir);
    await alarm(restarted, task, 'PullFileUnstable', at + 30_000);
    await alarm(restarted, task, 'PushStreamUnstable', at + REPEAT_ALARM_QUIET_MS + 1_000);
    expect(alarmed(restarted, task)).toEqual([1, 1, 1]);
    expect(channelAlarms('C0OTHER', task)).toBe(3);
  }, 30_000);
});
