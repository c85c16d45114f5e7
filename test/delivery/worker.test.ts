// Delivery from the outbox to a chat API over real HTTP: rate limits and outages are waited out, bursts are
// coalesced within the per-channel budget, subscribed channels hear what they asked for in their language.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callbackPath } from '../../src/core/relay-event.js';
import type { TaskRecord } from '../../src/core/task.js';
import { ChatStandin, StandinNotifier } from '../support/chat-standin.js';
import { callbackBody, eventually, makeTask, postCallback } from '../support/relay-fixtures.js';
import { startHarness, type Harness } from '../support/relay-harness.js';

describe('the delivery worker', () => {
  let dir: string;
  let chat: ChatStandin;
  let harness: Harness | null;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'relaybot-delivery-'));
    chat = await new ChatStandin().start();
    harness = null;
  });

  afterEach(async () => {
    await harness?.close();
    await chat.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  async function start(rate: number, notifiers = [new StandinNotifier('standin', chat.url)]): Promise<Harness> {
    harness = await startHarness({ dataDir: dir, notifiers, perChannelPerSecond: rate });
    return harness;
  }

  function seed(h: Harness, overrides: Partial<TaskRecord> = {}): TaskRecord {
    const task = makeTask({ state: 'running', ...overrides });
    h.store.tasks.insert(task);
    return task;
  }

  async function sendFiles(h: Harness, task: TaskRecord, indexes: number[]): Promise<void> {
    for (const index of indexes) {
      const body = callbackBody(task, 'VodSourceFileStart', { eventTime: 1_900_000_000 + index, msg: { url: `https://cdn.example.com/${task.id}-f${index}.mp4`, index, duration: 30 } });
      expect((await postCallback(`${h.url}${callbackPath(task.callbackToken)}`, body)).status).toBe(200);
    }
  }

  const drained = (h: Harness) => () => {
    const counts = h.pipeline.outbox.counts();
    return counts.pending === 0 && counts.sending === 0;
  };

  const threadLines = (task: TaskRecord) =>
    chat.posts.filter((post) => post.threadOf === 'm-status' && post.doc.title.includes(task.id)).flatMap((post) => post.doc.lines);

  it('waits out a 429 with Retry-After, then delivers everything once', async () => {
    const h = await start(20);
    const task = seed(h);
    chat.failNext(2, { status: 429, retryAfterSec: 1 });
    const sentAt = Date.now();
    await sendFiles(h, task, [0, 1, 2]);
    await eventually(drained(h), 15_000);
    const refusals = chat.writes.filter((write) => write.status === 429);
    expect(refusals).toHaveLength(2);
    // Nothing was written to the channel again before Retry-After had passed.
    const firstSuccess = chat.writes.find((write) => write.status === 200)!;
    expect(firstSuccess.at - refusals[0]!.at).toBeGreaterThanOrEqual(950);
    expect(firstSuccess.at - sentAt).toBeGreaterThanOrEqual(950);
    const lines = threadLines(task);
    expect(lines).toHaveLength(3);
    expect(new Set(lines).size).toBe(3);
    const metrics = await (await fetch(`${h.url}/metrics`)).text();
    expect(metrics).toMatch(/relaybot_chat_api_errors_total\{platform="standin",kind="rate_limited"\} 2/);
  });

  it('keeps retrying with backoff while the chat API answers 500, then delivers once', async () => {
    const h = await start(20);
    const task = seed(h);
    chat.failNext(3, { status: 500 });
    await sendFiles(h, task, [0, 1]);
    await eventually(drained(h), 20_000);
    expect(chat.writes.filter((write) => write.status === 500)).toHaveLength(3);
    expect(h.pipeline.outbox.counts().failed).toBe(0);
    const lines = threadLines(task);
    expect(lines.map((line) => /f(\d)\.mp4/.exec(line)?.[1])).toEqual(['0', '1']);
    const metrics = await (await fetch(`${h.url}/metrics`)).text();
    expect(metrics).toMatch(/relaybot_chat_api_errors_total\{platform="standin",kind="transient"\} 3/);
  });

  it('coalesces a burst into few messages per task, in order, at most one write per second per channel', async () => {
    const h = await start(1);
    const tasks = [seed(h), seed(h)];
    const indexes = Array.from({ length: 15 }, (_, i) => i);
    await Promise.all(tasks.map((task) => sendFiles(h, task, indexes)));
    await eventually(drained(h), 30_000);
    for (const task of tasks) {
      const lines = threadLines(task);
      expect(lines.map((line) => Number(/f(\d+)\.mp4/.exec(line)?.[1]))).toEqual(indexes);
      const messages = chat.posts.filter((post) => post.threadOf === 'm-status' && post.doc.title.includes(task.id));
      expect(messages.length).toBeLessThanOrEqual(5); // 15 events: a message per event would be 15
    }
    // At one write per second, any three consecutive writes span two seconds; allow for arrival jitter on a busy
    // machine, but a worker that ignored the budget would send them all within a few milliseconds.
    const homeWrites = chat.writes.filter((write) => write.channelId === 'C-HOME').map((write) => write.at);
    expect(homeWrites.length).toBeGreaterThanOrEqual(4);
    for (let i = 2; i < homeWrites.length; i += 1) expect(homeWrites[i]! - homeWrites[i - 2]!).toBeGreaterThanOrEqual(1_500);
  }, 40_000);

  it('tells subscribed channels what they asked for, in their language, and mentions only on the creator’s platform', async () => {
    const other = new StandinNotifier('otherchat', chat.url);
    const h = await start(50, [new StandinNotifier('standin', chat.url), other]);
    h.pipeline.subscriptions.subscribe({ platform: 'standin', channelId: 'C-OPS', level: 'all', locale: 'en' });
    h.pipeline.subscriptions.subscribe({ platform: 'otherchat', channelId: 'C-ALARMS', level: 'alarms', locale: 'zh-CN' });
    const task = seed(h);
    const url = `${h.url}${callbackPath(task.callbackToken)}`;
    await postCallback(url, callbackBody(task, 'TaskStart', { eventTime: 1_900_000_000 }));
    await postCallback(url, callbackBody(task, 'TaskAlarm', { eventTime: 1_900_000_001, msg: { type: 'PullFileUnstable' } }));
    await eventually(drained(h), 10_000);
    const ops = chat.posts.filter((post) => post.channelId === 'C-OPS').flatMap((post) => post.doc.lines);
    expect(ops).toHaveLength(2);
    const alarmsChannel = chat.posts.filter((post) => post.channelId === 'C-ALARMS');
    expect(alarmsChannel).toHaveLength(1);
    expect(alarmsChannel[0]!.doc.kind).toBe('alarm');
    expect(alarmsChannel[0]!.doc.lines[0]).toContain('拉流不稳定');
    expect(alarmsChannel[0]!.doc.mentionUserId).toBeUndefined();
    const homeAlarm = chat.posts.find((post) => post.channelId === 'C-HOME' && post.doc.kind === 'alarm');
    expect(homeAlarm?.doc.mentionUserId).toBe('U-CREATOR');
  });
});
