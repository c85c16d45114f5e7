// A relay paused and at once resumed (the operator's "oops"), while its ffmpeg is still finishing: the store must
// end with the relay running, as it is, not 'scheduled' written late by the paused run's stop.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createFfmpegBackend, type FfmpegBackend } from '../../../src/backends/ffmpeg/index.js';
import { RunnerRepository } from '../../../src/store/runner-repo.js';
import { makeMedia } from '../../support/media.js';
import { HttpMediaServer } from '../../support/http-media-server.js';
import { eventually, makeTask } from '../../support/relay-fixtures.js';
import { startHarness, type Harness } from '../../support/relay-harness.js';
import { RtmpServer } from '../../support/rtmp-server.js';
import { relayRequest, silentLogger, tempDir, testSettings } from './harness.js';

describe('pause then resume at once', () => {
  const dir = tempDir('relaybot-pause-race-');
  let http: HttpMediaServer;
  let rtmp: RtmpServer;
  let pipeline: Harness;
  let backend: FfmpegBackend;

  beforeAll(async () => {
    await makeMedia(dir.path, { name: 'clip.flv', seconds: 3, format: 'flv' });
    http = await HttpMediaServer.start(dir.path);
    rtmp = await RtmpServer.start();
    pipeline = await startHarness({ dataDir: join(dir.path, 'data'), notifiers: [], perChannelPerSecond: 50 });
    backend = createFfmpegBackend({ settings: testSettings(), db: pipeline.store.db, sink: pipeline.pipeline.recorder, logger: silentLogger, mode: 'supervisor' });
    await backend.start();
  });

  afterAll(async () => {
    await backend?.close();
    await pipeline?.close();
    await http?.stop();
    await rtmp?.stop();
    dir.remove();
  });

  it('keeps the resumed relay running in the store', async () => {
    const request = relayRequest({ SourceType: 'PullVodPushLive', SourceUrls: [http.url('clip.flv')], ToUrl: rtmp.url('live/race'), VodLoopTimes: '-1' }, 30);
    pipeline.store.tasks.insert(makeTask({ backend: 'local', providerTaskId: request.SpecifyTaskId, specifyTaskId: request.SpecifyTaskId, request }));
    await backend.create(request);
    const repo = new RunnerRepository(pipeline.store.db);
    await eventually(async () => (await backend.status(request.SpecifyTaskId))?.RunStatus === 'active', 10_000);
    await backend.modify(request.SpecifyTaskId, { Status: 'pause' }, 'test');
    await backend.modify(request.SpecifyTaskId, { Status: 'enable' }, 'test');
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(repo.get(request.SpecifyTaskId)?.phase).toBe('running');
    await eventually(async () => (await backend.status(request.SpecifyTaskId))?.RunStatus === 'active', 10_000);
  }, 20_000);
});
