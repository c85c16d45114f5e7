// A relay paused and left paused until its end time: it ends there, as a task at the provider does. Left
// 'scheduled' it held a place under the runner's task limit for ever, its channel was never told it was over,
// and resuming it after its end alarmed that it "never ran". Through the real event pipeline to a chat stand-in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createFfmpegBackend, type FfmpegBackend } from '../../../src/backends/ffmpeg/index.js';
import type { BackendCreateRequest } from '../../../src/core/backend.js';
import { toApiTime } from '../../../src/core/relay-request.js';
import { ChatStandin, StandinNotifier } from '../../support/chat-standin.js';
import { makeMedia } from '../../support/media.js';
import { HttpMediaServer } from '../../support/http-media-server.js';
import { eventually, makeTask } from '../../support/relay-fixtures.js';
import { startHarness, type Harness } from '../../support/relay-harness.js';
import { RtmpServer } from '../../support/rtmp-server.js';
import { relayRequest, silentLogger, tempDir, testSettings } from './harness.js';

describe('a relay paused until past its end time', () => {
  const dir = tempDir('relaybot-paused-end-');
  let http: HttpMediaServer;
  let rtmp: RtmpServer;
  let chat: ChatStandin;
  let pipeline: Harness;
  let backend: FfmpegBackend;

  const startBackend = async () => {
    backend = createFfmpegBackend({ settings: testSettings(), db: pipeline.store.db, sink: pipeline.pipeline.recorder, logger: silentLogger, mode: 'supervisor' });
    await backend.start();
  };

  beforeAll(async () => {
    await makeMedia(dir.path, { name: 'clip.flv', seconds: 3, format: 'flv' });
    http = await HttpMediaServer.start(dir.path);
    rtmp = await RtmpServer.start();
    chat = await new ChatStandin().start();
    pipeline = await startHarness({ dataDir: join(dir.path, 'data'), notifiers: [new StandinNotifier('standin', chat.url)], perChannelPerSecond: 50 });
    await startBackend();
  });

  afterAll(async () => {
    await backend?.close();
    await pipeline?.close();
    await chat?.stop();
    await http?.stop();
    await rtmp?.stop();
    dir.remove();
  });

  /** Creates the relay as the task service would (the task row first), and pauses it as the service does. */
  async function createThenPause(request: BackendCreateRequest, pauseWhen: () => Promise<unknown>) {
    const task = makeTask({ backend: 'local', providerTaskId: request.SpecifyTaskId, specifyTaskId: request.SpecifyTaskId, request });
    pipeline.store.tasks.insert(task);
    await backend.create(request);
    await pauseWhen();
    await backend.modify(request.SpecifyTaskId, { Status: 'pause' }, 'test');
    pipeline.store.tasks.update(task.id, { state: 'paused' });
    return task;
  }

  const delivered = () => eventually(() => pipeline.pipeline.outbox.counts().pending === 0 && pipeline.pipeline.outbox.counts().sending === 0);
  const postsAbout = (taskId: string) => chat.posts.filter((p) => p.doc.title.includes(taskId));
  const alarmsAbout = (taskId: string) => postsAbout(taskId).filter((p) => p.doc.kind === 'alarm');
  const eventsOf = (taskId: string) =>
    pipeline.store.db.prepare<[string], { event: string }>('SELECT event FROM relay_events WHERE task_id = ? ORDER BY id').all(taskId).map((row) => row.event);

  it('ends at its end time, frees its place and tells the channel, without an alarm; a restart adds nothing', async () => {
    const onAir = relayRequest({ SourceType: 'PullVodPushLive', SourceUrls: [http.url('clip.flv')], ToUrl: rtmp.url('live/paused-on-air'), VodLoopTimes: '-1' }, 6);
    const onAirTask = await createThenPause(onAir, () => eventually(async () => (await backend.status(onAir.SpecifyTaskId))?.RunStatus === 'active', 10_000));
    // Paused before it ever started, and never resumed.
    const soon = Date.now();
    const never = relayRequest(
      { SourceType: 'PullVodPushLive', SourceUrls: [http.url('clip.flv')], ToUrl: rtmp.url('live/paused-early'), StartTime: toApiTime(new Date(soon + 3000)), EndTime: toApiTime(new Date(soon + 5000)) },
      5,
    );
    const neverTask = await createThenPause(never, async () => undefined);
    expect((await backend.quota()).count).toBe(2);

    for (const task of [onAirTask, neverTask]) await eventually(() => pipeline.store.tasks.get(task.id)!.state === 'ended', 15_000, 100);
    expect((await backend.quota()).count).toBe(0);
    await delivered();
    for (const task of [onAirTask, neverTask]) {
      expect(alarmsAbout(task.id)).toEqual([]);
      const lines = postsAbout(task.id).flatMap((p) => p.doc.lines);
      expect(lines.at(-1)).toMatch(/The relay ended at its end time\./);
      expect(lines.join('\n')).not.toMatch(/never ran|not running/);
    }

    // The bot restarts after the end: the relays are over, and nobody hears of them again.
    const before = [eventsOf(onAirTask.id), eventsOf(neverTask.id)];
    const postsBefore = chat.posts.length;
    await backend.close();
    await startBackend();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await delivered();
    expect([eventsOf(onAirTask.id), eventsOf(neverTask.id)]).toEqual(before);
    expect(chat.posts.length).toBe(postsBefore);
    expect(before[1]).toEqual(['TaskExit']);
  }, 40_000);
});
