// A provider's alarm and exit messages are shown in chat and kept in the events table. Tencent (or a runner) may
// name the relay's secrets in them outside any plain URL: the stream key alone ("key SECRETKEY123 rejected"), a query
// pair ("txSecret=…"), a URL quoted from a JSON body ("rtmp:\/\/push…") or percent-encoded ("rtmp%3A%2F%2F…"). Each
// reached the channel and the table in full. Real receiver over loopback, real store, the chat stand-in, and the
// bot's own logger; the callback's own to_url, source_urls and stream_id say which secrets are the relay's.
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
const STREAM_KEY = 'SECRETKEY123';
const TX_SECRET = 'abcdef9q8w7e';
const TX_TIME = '65F00000';
const SOURCE_SIGN = 'SRCSIGN777zz';
const PUSH = `rtmp://push.example.com/live/${STREAM_KEY}?txSecret=${TX_SECRET}&txTime=${TX_TIME}`;
const SOURCE = `https://cdn.example.com/show.mp4?sign=${SOURCE_SIGN}`;
const SECRETS = [STREAM_KEY, TX_SECRET, TX_TIME, SOURCE_SIGN];

describe('secrets named by a provider message', () => {
  let dir: string;
  let chat: ChatStandin;
  let harness: Harness;
  const logs: string[] = [];

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'relaybot-provider-secrets-'));
    chat = await new ChatStandin().start();
    const logDestination = new Writable({
      write(chunk: Buffer, _encoding, done) {
        logs.push(chunk.toString());
        done();
      },
    });
    harness = await startHarness({
      dataDir: dir, notifiers: [new StandinNotifier('standin', chat.url)], callbackKey: KEY, perChannelPerSecond: 50, logLevel: 'debug', logDestination,
    });
  });

  afterEach(async () => {
    await harness.close();
    await chat.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Everything a person or an operator could read afterwards: chat, the events table, the log. */
  function everythingSaid(taskId: string): string {
    const rows = harness.store.db.prepare('SELECT event_json FROM relay_events WHERE task_id = ?').all(taskId) as { event_json: string }[];
    return [...chat.posts.map((p) => JSON.stringify(p.doc)), ...chat.edits.map((e) => JSON.stringify(e.doc)), ...rows.map((r) => r.event_json), ...logs].join('\n');
  }

  it.each([
    ['the stream key alone', `push refused: stream key ${STREAM_KEY} is already live`],
    ['the stream key in another case', `publish of ${STREAM_KEY.toLowerCase()} denied`],
    ['a query pair without its URL', `auth failed (txSecret=${TX_SECRET}, txTime=${TX_TIME})`],
    ['a URL quoted from a JSON body', `{"ToUrl":"${PUSH.replaceAll('/', '\\/')}","SourceUrls":["${SOURCE.replaceAll('/', '\\/')}"]}`],
    ['a percent-encoded URL', `bad ToUrl=${encodeURIComponent(PUSH)}`],
    ['a percent-encoded URL inside another', `fetch https://probe.example.com/check/${encodeURIComponent(PUSH)} failed`],
  ])('%s', async (_what, message) => {
    const task = makeTask({ request: { ...makeTask().request, SourceUrls: [SOURCE], DomainName: '', AppName: '', StreamName: '', ToUrl: PUSH } });
    harness.store.tasks.insert(task);
    const body = {
      ...callbackBody(task, 'TaskAlarm', { key: KEY, msg: { type: 'PushStreamFailed', message } }),
      to_url: PUSH,
      source_urls: JSON.stringify([SOURCE]),
      stream_id: STREAM_KEY,
    };
    expect((await postCallback(`${harness.url}${callbackPath(task.callbackToken)}`, body)).status).toBe(200);
    const line = await eventually(() => chat.posts.filter((p) => p.threadOf === 'm-status').flatMap((p) => p.doc.lines).find((l) => /alarm/i.test(l)));
    expect(line).toMatch(/\*\*\*\*/);
    const said = everythingSaid(task.id).toLowerCase();
    for (const secret of SECRETS) expect(said, secret).not.toContain(secret.toLowerCase());
  });

  it('leaves a message that names no secret as the provider wrote it', async () => {
    const task = makeTask({ request: { ...makeTask().request, SourceUrls: [SOURCE], DomainName: '', AppName: '', StreamName: '', ToUrl: PUSH } });
    harness.store.tasks.insert(task);
    const message = 'push server closed the connection (code=-5, retry 3 of 10) at live/ingest';
    const body = { ...callbackBody(task, 'TaskAlarm', { key: KEY, msg: { type: 'PushStreamFailed', message } }), to_url: PUSH, stream_id: STREAM_KEY };
    expect((await postCallback(`${harness.url}${callbackPath(task.callbackToken)}`, body)).status).toBe(200);
    const line = await eventually(() => chat.posts.filter((p) => p.threadOf === 'm-status').flatMap((p) => p.doc.lines).find((l) => /alarm/i.test(l)));
    expect(line).toContain(message);
  });
});
