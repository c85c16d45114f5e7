// News a chat platform would not take for hours is given up rather than retried until the end of time, and the
// relay's thread is told once the platform answers again: how many updates are missing, since when. The
// receiver and the delivery pipeline as main assembles them (real SQLite store on a file, real HTTP callbacks),
// the real Slack notifier against the Slack stand-in, which answers 503 for the outage.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSlackNotifier } from '../../src/adapters/slack/notifier.js';
import { callbackPath } from '../../src/core/relay-event.js';
import type { TaskRecord } from '../../src/core/task.js';
import { createLogger } from '../../src/log.js';
import { callbackBody, eventually, makeTask, postCallback } from '../support/relay-fixtures.js';
import { startHarness, type Harness } from '../support/relay-harness.js';
import { startSlackStandin, type SlackStandin } from '../support/slack-standin.js';

const BOT_TOKEN = 'xoxb-undelivered-news-test';
/** A source's signed query: the news quotes the URL, the log must never. */
const SECRET = 'txSecret=0123456789abcdef0123456789abcdef';
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
  slack.clearFailures();
  for (const harness of harnesses.splice(0)) await harness.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const logs: string[] = [];
const logDestination = new Writable({
  write(chunk: Buffer, _encoding, done) {
    logs.push(chunk.toString());
    done();
  },
});

function notifier() {
  return createSlackNotifier({ botToken: BOT_TOKEN, apiUrl: slack.apiUrl }, createLogger({ level: 'silent' }));
}

async function start(dir: string, giveUpAfterMs: number): Promise<Harness> {
  const harness = await startHarness({ dataDir: dir, notifiers: [notifier()], perChannelPerSecond: 50, giveUpAfterMs, logLevel: 'info', logDestination });
  harnesses.push(harness);
  return harness;
}

/** A running relay whose status message is in `channel`, on a fresh data directory. */
async function relayIn(channel: string, giveUpAfterMs: number) {
  const dir = mkdtempSync(join(tmpdir(), 'relaybot-undelivered-'));
  dirs.push(dir);
  const status = await notifier().post({ channelId: channel }, { kind: 'status', title: 'Relay running', text: 'Relay running', lines: [], fields: [], actions: [], severity: 'info' });
  const task = makeTask({ state: 'running', home: { platform: 'slack', channelId: channel, statusMessageId: status.messageId } });
  const harness = await start(dir, giveUpAfterMs);
  harness.store.tasks.insert(task);
  return { dir, harness, task, statusTs: status.messageId };
}

async function fileStarted(harness: Harness, task: TaskRecord, index: number): Promise<void> {
  const body = callbackBody(task, 'VodSourceFileStart', {
    eventTime: 1_900_000_000 + index,
    msg: { url: `https://cdn.example.com/show-${index}.mp4?${SECRET}`, index, duration: 30 },
  });
  expect((await postCallback(`${harness.url}${callbackPath(task.callbackToken)}`, body)).status).toBe(200);
}

/** Slack is down: every post and edit is answered 503. */
function outage(): void {
  slack.failNext('chat.postMessage', { status: 503 }, 10_000);
  slack.failNext('chat.update', { status: 503 }, 10_000);
}

const drained = (harness: Harness) => () => {
  const counts = harness.pipeline.outbox.counts();
  return counts.pending === 0 && counts.sending === 0;
};

/** What landed in the thread of the status message, in order. */
const threadTexts = (channel: string, statusTs: string) =>
  slack.callsTo('chat.postMessage').filter((c) => c.params.channel === channel && c.params.thread_ts === statusTs && c.answer?.ok).map((c) => String(c.params.text));

const NOTICE = /(\d+|One) updates? could not be delivered here/;

describe('news a chat platform has not taken for too long', () => {
  it('is given up, logged by task and platform without the news, and the thread told how many once Slack answers', async () => {
    const { harness, task, statusTs } = await relayIn('C0OUTAGE', 1_500);
    outage();
    for (const index of [0, 1, 2]) await fileStarted(harness, task, index);
    // Retried (about 1 s, then 2 s apart) until the news is older than the limit, then given up.
    const givenUp = await eventually(() => logs.find((line) => line.includes('gave up delivering') && line.includes(task.id)), 15_000);
    const entry = JSON.parse(givenUp) as Record<string, unknown>;
    expect(entry).toMatchObject({ taskId: task.id, platform: 'slack', channelId: 'C0OUTAGE', target: 'thread', updates: 3 });
    expect(logs.join('\n')).not.toContain(SECRET);
    expect(logs.join('\n')).not.toContain('show-0.mp4');

    // Slack answers again; the relay goes on (a fourth file starts).
    slack.clearFailures();
    await fileStarted(harness, task, 3);
    await eventually(drained(harness), 15_000);
    const thread = threadTexts('C0OUTAGE', statusTs);
    const notices = thread.flatMap((text) => [...text.matchAll(new RegExp(NOTICE, 'g'))].map((match) => match[1]));
    expect(notices).toEqual(['3']);
    // The stale news is not posted hours late; the news after the outage is.
    expect(thread.join('\n')).not.toMatch(/File [123] started/);
    expect(thread.join('\n')).toMatch(/File 4 started/);
    // The status message shows the relay as it is now, with the latest news rather than the notice.
    const edits = slack.callsTo('chat.update').filter((c) => c.params.ts === statusTs && c.answer?.ok);
    expect(String(edits.at(-1)?.params.text)).toMatch(/File 4 started/);
  }, 30_000);

  it('tells of an outage that goes on with one notice, whose count grows', async () => {
    const { harness, task, statusTs } = await relayIn('C0LONG', 1_500);
    outage();
    for (const index of [0, 1]) await fileStarted(harness, task, index);
    const givenUp = () => logs.filter((line) => line.includes('gave up delivering') && line.includes(task.id) && line.includes('"target":"thread"')).length;
    await eventually(() => givenUp() >= 1, 15_000);
    // Still down: more news arrives and goes stale in its turn.
    for (const index of [2, 3, 4]) await fileStarted(harness, task, index);
    await eventually(() => givenUp() >= 2, 15_000);
    slack.clearFailures();
    await eventually(drained(harness), 15_000);
    const thread = threadTexts('C0LONG', statusTs).join('\n');
    expect([...thread.matchAll(new RegExp(NOTICE, 'g'))].map((match) => match[1])).toEqual(['5']);
    expect(thread).not.toMatch(/File [1-5] started/);
  }, 30_000);

  it('keeps its notice across a restart, and posts it once', async () => {
    const { dir, harness, task, statusTs } = await relayIn('C0RESTART', 1_500);
    outage();
    for (const index of [0, 1]) await fileStarted(harness, task, index);
    await eventually(() => logs.some((line) => line.includes('gave up delivering') && line.includes(task.id)), 15_000);
    await harness.close();
    harnesses.splice(harnesses.indexOf(harness), 1);
    slack.clearFailures();
    const restarted = await start(dir, 1_500);
    await eventually(drained(restarted), 15_000);
    const thread = threadTexts('C0RESTART', statusTs).join('\n');
    expect([...thread.matchAll(new RegExp(NOTICE, 'g'))].map((match) => match[1])).toEqual(['2']);
    expect(thread).not.toMatch(/File [12] started/);
  }, 30_000);

  it('is delivered as before when the outage ends within the limit, and a rate limit is never an outage', async () => {
    const { harness, task, statusTs } = await relayIn('C0SHORT', 60_000);
    slack.failNext('chat.postMessage', { status: 503 }, 2);
    slack.failNext('chat.postMessage', { status: 429, retryAfterSeconds: 2 }, 1);
    for (const index of [0, 1]) await fileStarted(harness, task, index);
    await eventually(drained(harness), 15_000);
    const thread = threadTexts('C0SHORT', statusTs).join('\n');
    expect(thread).toMatch(/File 1 started[^]*File 2 started/);
    expect(thread).not.toMatch(NOTICE);
  }, 30_000);
});
