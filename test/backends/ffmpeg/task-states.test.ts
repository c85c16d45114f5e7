// The runner's events through the real event pipeline (recorder, store, outbox, a chat stand-in): what people
// see of a relay that cannot reach its destination, and of one that plays its loops to the end.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createFfmpegBackend, type FfmpegBackend } from '../../../src/backends/ffmpeg/index.js';
import type { BackendCreateRequest } from '../../../src/core/backend.js';
import type { TaskState } from '../../../src/core/task.js';
import { ChatStandin, StandinNotifier } from '../../support/chat-standin.js';
import { makeMedia } from '../../support/media.js';
import { HttpMediaServer } from '../../support/http-media-server.js';
import { eventually, makeTask } from '../../support/relay-fixtures.js';
import { startHarness, type Harness } from '../../support/relay-harness.js';
import { freePort, RtmpServer } from '../../support/rtmp-server.js';
import { relayRequest, silentLogger, tempDir, testSettings } from './harness.js';

describe('task states and channel posts of the runner’s relays', () => {
  const dir = tempDir('relaybot-states-');
  let http: HttpMediaServer;
  let rtmp: RtmpServer;
  let chat: ChatStandin;
  let pipeline: Harness;
  let backend: FfmpegBackend;

  beforeAll(async () => {
    await makeMedia(dir.path, { name: 'clip.flv', seconds: 3, format: 'flv' });
    http = await HttpMediaServer.start(dir.path);
    rtmp = await RtmpServer.start();
    chat = await new ChatStandin().start();
    pipeline = await startHarness({ dataDir: join(dir.path, 'data'), notifiers: [new StandinNotifier('standin', chat.url)], perChannelPerSecond: 50 });
    backend = createFfmpegBackend({ settings: testSettings(), db: pipeline.store.db, sink: pipeline.pipeline.recorder, logger: silentLogger, mode: 'supervisor' });
    await backend.start();
  });

  afterAll(async () => {
    await backend?.close();
    await pipeline?.close();
    await chat?.stop();
    await http?.stop();
    await rtmp?.stop();
    dir.remove();
  });

  /** Creates the relay as the task service would: the task row first, then the runner's. */
  async function create(request: BackendCreateRequest) {
    const task = makeTask({ backend: 'local', providerTaskId: request.SpecifyTaskId, specifyTaskId: request.SpecifyTaskId, request });
    pipeline.store.tasks.insert(task);
    await backend.create(request);
    return task;
  }

  /** Every state the task is seen in, sampled until `ms` have passed. */
  async function statesFor(taskId: string, ms: number): Promise<Set<TaskState>> {
    const seen = new Set<TaskState>();
    const until = Date.now() + ms;
    while (Date.now() < until) {
      seen.add(pipeline.store.tasks.get(taskId)!.state);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return seen;
  }

  const channelAlarmLines = (taskId: string) =>
    chat.posts.filter((p) => p.doc.kind === 'alarm' && p.doc.title.includes(taskId)).flatMap((p) => p.doc.lines);

  it('shows a relay whose destination refuses as interrupted, never running, and alarms the channel once', async () => {
    const port = await freePort();
    const task = await create(
      relayRequest({ SourceType: 'PullVodPushLive', SourceUrls: [http.url('clip.flv')], ToUrl: `rtmp://127.0.0.1:${port}/live/refused`, VodLoopTimes: '-1' }, 60),
    );
    const seen = await statesFor(task.id, 10_000);
    expect(seen.has('running')).toBe(false);
    expect(pipeline.store.tasks.get(task.id)!.state).toBe('interrupted');
    await eventually(() => pipeline.pipeline.outbox.counts().pending === 0 && pipeline.pipeline.outbox.counts().sending === 0);
    const lines = channelAlarmLines(task.id);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/Alarm: push failed\. The destination could not be reached/);
    expect(lines[1]).toMatch(/interrupted before its end time/);
    await backend.delete(task.providerTaskId!, 'test');
  }, 40_000);

  it('ends a relay whose loops are done, without alarming anyone', async () => {
    const task = await create(
      relayRequest({ SourceType: 'PullVodPushLive', SourceUrls: [http.url('clip.flv')], ToUrl: rtmp.url('live/loops'), VodLoopTimes: '1' }, 60),
    );
    await eventually(() => pipeline.store.tasks.get(task.id)!.state === 'ended', 25_000, 200);
    await eventually(() => pipeline.pipeline.outbox.counts().pending === 0 && pipeline.pipeline.outbox.counts().sending === 0);
    expect(channelAlarmLines(task.id)).toEqual([]);
    const thread = chat.posts.filter((p) => p.threadOf === 'm-status' && p.doc.title.includes(task.id)).flatMap((p) => p.doc.lines);
    expect(thread.at(-1)).toMatch(/The relay ended: every loop of the playlist was played\./);
  }, 40_000);
});
