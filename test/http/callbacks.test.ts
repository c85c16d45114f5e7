// The relay callback receiver over real HTTP on loopback, with a real SQLite store: what it accepts ends up
// stored once and in chat; what it refuses leaves no trace.
import { mkdtempSync, rmSync } from 'node:fs';
import { Writable } from 'node:stream';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callbackPath } from '../../src/core/relay-event.js';
import { ChatStandin, StandinNotifier } from '../support/chat-standin.js';
import { callbackBody, eventually, makeTask, postCallback } from '../support/relay-fixtures.js';
import { startHarness, type Harness } from '../support/relay-harness.js';

const KEY = 'callback-key-for-tests';

describe('POST /callbacks/tencent/:token', () => {
  let dir: string;
  let chat: ChatStandin;
  let harness: Harness;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'relaybot-callbacks-'));
    chat = await new ChatStandin().start();
    harness = await startHarness({ dataDir: dir, notifiers: [new StandinNotifier('standin', chat.url)], callbackKey: KEY, perChannelPerSecond: 50 });
  });

  afterEach(async () => {
    await harness.close();
    await chat.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const seed = (overrides: Parameters<typeof makeTask>[0] = {}) => {
    const task = makeTask(overrides);
    harness.store.tasks.insert(task);
    return task;
  };
  const urlOf = (token: string) => `${harness.url}${callbackPath(token)}`;
  const storedCount = () => harness.pipeline.ledger.count();

  it('stores an authenticated TaskStart, marks the task running and posts it in the status thread', async () => {
    const task = seed();
    const answer = await postCallback(urlOf(task.callbackToken), callbackBody(task, 'TaskStart', { key: KEY, msg: { task_start_time: Date.now() } }));
    expect(answer).toMatchObject({ status: 200, body: { ok: true, duplicate: false } });
    // Durable before acknowledged: the row is there the moment the 200 is.
    expect(harness.pipeline.ledger.eventsOf(task.id).map((e) => e.event.event)).toEqual(['TaskStart']);
    expect(harness.store.tasks.get(task.id)?.state).toBe('running');

    const post = await eventually(() => chat.posts.find((p) => p.threadOf === 'm-status'));
    expect(post.channelId).toBe('C-HOME');
    expect(post.doc.kind).toBe('events');
    expect(post.doc.lines).toHaveLength(1);
    expect(post.doc.lines[0]).toMatch(/relay started/i);
    expect(post.doc.actions.map((a) => [a.id, a.value])).toEqual([['stop', task.id], ['restart', task.id], ['show', task.id]]);
    // The status message itself is edited in place to the new state.
    const edit = await eventually(() => chat.edits.find((e) => e.messageId === 'm-status'));
    expect(edit.doc.kind).toBe('status');
    expect(edit.doc.text).toMatch(/running|live/i);
    // The stream key and txSecret never reach chat.
    for (const message of [...chat.posts.map((p) => p.doc.text), ...chat.edits.map((e) => e.doc.text)]) {
      expect(message).not.toContain('abc123');
    }
  });

  it('stores the callback with its push URL, stream key and signed source URLs masked, and the thread line unchanged', async () => {
    const task = seed();
    const body = {
      ...callbackBody(task, 'VodSourceFileStart', { key: KEY, msg: { url: 'https://cdn.example.com/a.mp4?token=filesecret', index: 0, duration: 60 } }),
      source_urls: '["https://cdn.example.com/a.mp4?token=filesecret","rtmp://src.example.com/live/camkey9?sig=srcsig"]\n',
    };
    expect((await postCallback(urlOf(task.callbackToken), body)).status).toBe(200);
    const rows = harness.store.db.prepare('SELECT event_json FROM relay_events WHERE task_id = ?').all(task.id) as { event_json: string }[];
    expect(rows).toHaveLength(1);
    for (const secret of ['abc123', 'evening', 'filesecret', 'camkey9', 'srcsig']) expect(rows[0]!.event_json).not.toContain(secret);
    const stored = harness.pipeline.ledger.eventsOf(task.id)[0]!.event;
    expect(stored).toMatchObject({
      toUrl: 'rtmp://push.example.com/live/ev****?txSecret=****',
      sourceUrls: ['https://cdn.example.com/a.mp4?token=****', 'rtmp://src.example.com/live/ca****?sig=****'],
      streamId: 'ev****',
    });
    const line = await eventually(() => chat.posts.filter((p) => p.threadOf === 'm-status').flatMap((p) => p.doc.lines)[0]);
    expect(line).toMatch(/File 1 started: https:\/\/cdn\.example\.com\/a\.mp4\?token=\*\*\*\*$/);
  });

  it('stores a provider retry once and still answers 200', async () => {
    const task = seed();
    const body = callbackBody(task, 'VodSourceFileStart', { key: KEY, msg: { url: 'https://cdn.example.com/a.mp4', index: 0, duration: 60 } });
    const first = await postCallback(urlOf(task.callbackToken), body);
    // A retry may carry a renewed t/sign; it is the same event.
    const retry = await postCallback(urlOf(task.callbackToken), { ...callbackBody(task, 'VodSourceFileStart', { key: KEY, t: Math.floor(Date.now() / 1000) + 600, eventTime: Number(body.event_time), msg: { index: 0, duration: 60, url: 'https://cdn.example.com/a.mp4' } }) });
    expect(first).toMatchObject({ status: 200, body: { duplicate: false } });
    expect(retry).toMatchObject({ status: 200, body: { duplicate: true } });
    expect(harness.pipeline.ledger.eventsOf(task.id)).toHaveLength(1);
    await eventually(() => harness.pipeline.outbox.counts().pending === 0 && harness.pipeline.outbox.counts().sending === 0);
    const lines = chat.posts.filter((p) => p.threadOf === 'm-status').flatMap((p) => p.doc.lines);
    expect(lines.filter((line) => /File 1 started/.test(line))).toHaveLength(1);
  });

  it('refuses forged, mis-addressed, unsigned, badly signed and expired callbacks, storing nothing', async () => {
    const task = seed();
    const other = seed();
    const now = Math.floor(Date.now() / 1000);
    const cases: [string, string, unknown, number][] = [
      ['unknown token', 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', callbackBody(task, 'TaskStart', { key: KEY }), 404],
      ['not a token', 'x', callbackBody(task, 'TaskStart', { key: KEY }), 404],
      ['another task’s body', task.callbackToken, callbackBody(other, 'TaskStart', { key: KEY }), 401],
      ['unsigned', task.callbackToken, callbackBody(task, 'TaskStart'), 401],
      ['wrong key', task.callbackToken, callbackBody(task, 'TaskStart', { key: 'not-the-key' }), 401],
      ['expired t (a replay of an old callback)', task.callbackToken, callbackBody(task, 'TaskStart', { key: KEY, t: now - 5 }), 401],
    ];
    for (const [name, token, body, status] of cases) {
      const answer = await postCallback(urlOf(token), body);
      expect(answer.status, name).toBe(status);
      expect(JSON.stringify(answer.body), name).not.toContain(task.callbackToken);
    }
    const signed = callbackBody(task, 'TaskStart', { key: KEY });
    const tampered = await postCallback(urlOf(task.callbackToken), { ...signed, t: (signed.t ?? 0) + 1000 });
    expect(tampered.status).toBe(401);
    expect(storedCount()).toBe(0);
    expect(harness.store.tasks.get(task.id)?.state).toBe('scheduled');
    expect(harness.pipeline.outbox.counts()).toEqual({ pending: 0, sending: 0, done: 0, failed: 0 });
  });

  it('refuses oversized, malformed, wrongly shaped and unknown-event bodies with a 4xx, storing nothing', async () => {
    const task = seed();
    const url = urlOf(task.callbackToken);
    const huge = { ...callbackBody(task, 'TaskStart', { key: KEY }), padding: 'x'.repeat(70_000) };
    expect((await postCallback(url, huge)).status).toBe(413);
    expect((await postCallback(url, null, { raw: '{"callback_event": "TaskStart",' })).status).toBe(400);
    const plain = await postCallback(url, null, { raw: 'callback_event=TaskStart', contentType: 'text/plain' });
    expect(plain).toMatchObject({ status: 400, body: { error: 'InvalidCallback.Shape' } });
    const { product_name: _omitted, ...shapeless } = callbackBody(task, 'TaskStart', { key: KEY });
    const wrongShape = await postCallback(url, shapeless);
    expect(wrongShape.status).toBe(400);
    expect(wrongShape.body.error).toBe('InvalidCallback.Shape');
    const unknown = await postCallback(url, { ...callbackBody(task, 'TaskStart', { key: KEY }), callback_event: 'TaskExploded' });
    expect(unknown).toMatchObject({ status: 422, body: { error: 'InvalidCallback.UnknownEvent' } });
    const badMsg = await postCallback(url, { ...callbackBody(task, 'TaskStart', { key: KEY }), msg: '{not json' });
    expect(badMsg).toMatchObject({ status: 400, body: { error: 'InvalidCallback.Msg' } });
    expect(storedCount()).toBe(0);
    const metrics = await (await fetch(`${harness.url}/metrics`)).text();
    expect(metrics).toMatch(/relaybot_events_total\{outcome="rejected"\} 6/);
  });

  it('treats a TaskExit before the end time as an interruption: task interrupted, alarm in the channel mentioning the creator', async () => {
    const task = seed({ state: 'running' });
    const exit = callbackBody(task, 'TaskExit', { key: KEY, msg: { task_exit_time: Date.now(), code: 1, message: 'pull https://cdn.example.com/a.mp4?token=s3cr3t failed' } });
    expect((await postCallback(urlOf(task.callbackToken), exit)).status).toBe(200);
    expect(harness.store.tasks.get(task.id)?.state).toBe('interrupted');

    const alarm = await eventually(() => chat.posts.find((p) => p.doc.kind === 'alarm'));
    expect(alarm.threadOf).toBeUndefined(); // in the channel itself, not only the thread
    expect(alarm.channelId).toBe('C-HOME');
    expect(alarm.doc.mentionUserId).toBe('U-CREATOR');
    expect(alarm.doc.lines[0]).toMatch(/interrupted before its end time.*retrying/);
    expect(alarm.doc.fields.map((f) => f.value).join(' ')).toMatch(/Restart/);
    expect(alarm.doc.text).not.toContain('s3cr3t');
    const thread = await eventually(() => chat.posts.find((p) => p.threadOf === 'm-status'));
    expect(thread.doc.lines[0]).toMatch(/interrupted/);

    // The provider recovers: TaskStart brings it back to running; the exit at the end time ends it.
    await postCallback(urlOf(task.callbackToken), callbackBody(task, 'TaskStart', { key: KEY, eventTime: Math.floor(Date.now() / 1000) + 1 }));
    expect(harness.store.tasks.get(task.id)?.state).toBe('running');
    const endMs = Date.parse(task.request.EndTime);
    await postCallback(urlOf(task.callbackToken), callbackBody(task, 'TaskExit', { key: KEY, msg: { task_exit_time: endMs, code: 0 } }));
    expect(harness.store.tasks.get(task.id)?.state).toBe('ended');
  });

  it('posts an interruption to the channel once, however often the provider retries it, and lists every retry in the thread', async () => {
    const task = seed({ state: 'running' });
    const at = Math.floor(Date.now() / 1000);
    // Each retry of a refused push: an alarm and an exit, seconds apart.
    for (let retry = 0; retry < 3; retry += 1) {
      const eventTime = at + retry * 2;
      await postCallback(urlOf(task.callbackToken), callbackBody(task, 'TaskAlarm', { key: KEY, eventTime, msg: { type: 'PushStreamFailed', message: 'push refused' } }));
      await postCallback(urlOf(task.callbackToken), callbackBody(task, 'TaskExit', { key: KEY, eventTime: eventTime + 1, msg: { task_exit_time: (eventTime + 1) * 1000, code: 1 } }));
    }
    expect(harness.store.tasks.get(task.id)?.state).toBe('interrupted');
    await eventually(() => harness.pipeline.outbox.counts().pending === 0 && harness.pipeline.outbox.counts().sending === 0);
    const channelLines = chat.posts.filter((p) => p.doc.kind === 'alarm').flatMap((p) => p.doc.lines);
    expect(channelLines).toHaveLength(2);
    expect(channelLines[0]).toMatch(/Alarm: push failed/);
    expect(channelLines[1]).toMatch(/interrupted before its end time/);
    const threadLines = chat.posts.filter((p) => p.threadOf === 'm-status').flatMap((p) => p.doc.lines);
    expect(threadLines.filter((line) => /Alarm: push failed/.test(line))).toHaveLength(3);
  });

  it('speaks the task creator’s language in alarms', async () => {
    const task = seed({ state: 'running', locale: 'zh-CN' });
    await postCallback(urlOf(task.callbackToken), callbackBody(task, 'TaskAlarm', { key: KEY, msg: { type: 'PushStreamFailed' } }));
    const alarm = await eventually(() => chat.posts.find((p) => p.doc.kind === 'alarm'));
    expect(alarm.doc.title).toContain('需要处理');
    expect(alarm.doc.lines[0]).toContain('推流失败');
  });

  it('answers 409 while the provider task id is not known yet, so the provider retries', async () => {
    const task = seed({ providerTaskId: null });
    const answer = await postCallback(urlOf(task.callbackToken), callbackBody({ providerTaskId: '118148' }, 'TaskStart', { key: KEY }));
    expect(answer.status).toBe(409);
    expect(storedCount()).toBe(0);
  });

  it('takes the ffmpeg runner’s events through the same recorder, by (backend, task id)', async () => {
    const task = seed({ backend: 'local', providerTaskId: 'local-42' });
    await harness.pipeline.recorder.accept(callbackBody(task, 'TaskStart', { eventTime: 1_900_000_000 }), { backend: 'local' });
    expect(harness.store.tasks.get(task.id)?.state).toBe('running');
    await eventually(() => chat.posts.find((p) => p.doc.title.includes(task.id)));
    await expect(
      harness.pipeline.recorder.accept(callbackBody({ providerTaskId: 'local-404' }, 'TaskStart'), { backend: 'local' }),
    ).rejects.toMatchObject({ code: 'InvalidParameter.TaskNotExist' });
    expect(storedCount()).toBe(1);
  });

  it('logs refusals and acceptances without the callback token or the signature', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString('utf8'));
        done();
      },
    });
    const logDir = mkdtempSync(join(tmpdir(), 'relaybot-callback-logs-'));
    const logged = await startHarness({ dataDir: logDir, callbackKey: KEY, logLevel: 'debug', logDestination: sink, deliver: false });
    const task = makeTask();
    try {
      logged.store.tasks.insert(task);
      const url = `${logged.url}${callbackPath(task.callbackToken)}`;
      const good = callbackBody(task, 'TaskStart', { key: KEY });
      expect((await postCallback(url, good)).status).toBe(200);
      expect((await postCallback(url, { ...good, sign: 'f'.repeat(32) })).status).toBe(401);
      expect((await postCallback(`${logged.url}${callbackPath(`${task.callbackToken.slice(0, -2)}xx`)}`, good)).status).toBe(404);
    } finally {
      await logged.close();
      rmSync(logDir, { recursive: true, force: true });
    }
    const text = lines.join('');
    expect(text).toContain('relay callback stored');
    expect(text).toContain('CallbackSignatureInvalid');
    expect(text).toContain('UnknownCallbackUrl');
    expect(text).not.toContain(task.callbackToken);
    expect(text).not.toContain(task.callbackToken.slice(0, -2));
    expect(text).not.toContain('f'.repeat(32));
  });
});
