import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createFfmpegBackend, type FfmpegBackend } from '../../../src/backends/ffmpeg/index.js';
import { openDatabase, type Db } from '../../../src/store/database.js';
import { capture, continuity, makeMedia, probe } from '../../support/media.js';
import { HttpMediaServer } from '../../support/http-media-server.js';
import { RtmpServer } from '../../support/rtmp-server.js';
import { RecordingSink, relayRequest, silentLogger, startBackend, tempDir, testSettings, type Harness } from './harness.js';

describe('editing the file list of a running task', () => {
  const dir = tempDir('relaybot-edit-');
  let rtmp: RtmpServer;
  let http: HttpMediaServer;
  let harness: Harness;
  // The edits come from another process's view of the store (a CLI), as they would in production.
  let clientDb: Db;
  let client: FfmpegBackend;

  beforeAll(async () => {
    rtmp = await RtmpServer.start();
    await Promise.all(
      ['a', 'b', 'c'].map((name, i) => makeMedia(dir.path, { name: `${name}.flv`, seconds: 4, format: 'flv', tone: 440 + 220 * i })),
    );
    http = await HttpMediaServer.start(dir.path);
    harness = await startBackend(join(dir.path, 'data'));
    clientDb = openDatabase(join(dir.path, 'data'));
    client = createFfmpegBackend({ settings: testSettings(), db: clientDb, sink: new RecordingSink(), logger: silentLogger, mode: 'client' });
    await client.start();
  });

  afterAll(async () => {
    await client?.close();
    clientDb?.close();
    await harness?.backend.close();
    harness?.db.close();
    await http?.stop();
    await rtmp?.stop();
    dir.remove();
  });

  it('plays new files at once (ImmediateNewSource) or after the current one (ContinueBreakPoint), on one connection', async () => {
    const [a, b, c] = ['a.flv', 'b.flv', 'c.flv'].map((name) => http.url(name));
    const request = relayRequest({ SourceType: 'PullVodPushLive', SourceUrls: [a!, b!], ToUrl: rtmp.url('live/edit') }, 60);
    await harness.backend.create(request);
    const id = request.SpecifyTaskId;
    const { sink } = harness;
    const started = (url: string) => sink.of('VodSourceFileStart').filter((e) => e.detail.url === url);
    await sink.waitFor(() => started(a!).length > 0, 15_000, 'a to start');
    const recording = capture(rtmp.url('live/edit'), 11, join(dir.path, 'edit.flv'));

    // ImmediateNewSource: c replaces a right away, long before a's 4 seconds are over.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await client.modify(id, { SourceUrls: [c!], VodRefreshType: 'ImmediateNewSource' }, 'test');
    await sink.waitFor(() => started(c!).length > 0, 10_000, 'c to start');
    expect(sink.of('ResetTaskConfig')).toHaveLength(1);
    expect(started(c!)[0]!.at - started(a!)[0]!.at).toBeLessThan(3500);
    expect(started(c!)[0]!.detail.index).toBe(0);

    // ContinueBreakPoint: c plays to its end, then the new list (b) starts; c is not played again.
    // b may already have started once before the first edit replaced it (a is announced once on air, ~1–2 s
    // after it began playing): wait for b's start after this edit.
    const continueAt = Date.now();
    await client.modify(id, { SourceUrls: [b!], VodRefreshType: 'ContinueBreakPoint' }, 'test');
    await sink.waitFor(() => started(b!).some((e) => e.at >= continueAt), 10_000, 'b to start');
    const cFinish = sink.of('VodSourceFileFinish').find((e) => e.detail.url === c);
    expect(cFinish).toBeDefined();
    expect(cFinish!.at - started(c!)[0]!.at).toBeGreaterThan(2800); // a 4 s file, announced once playing
    expect(started(c!)).toHaveLength(1);
    expect(sink.of('ResetTaskConfig')).toHaveLength(2);

    await recording;
    // Same destination connection throughout: no interruption, no timestamp jump at either edit.
    expect(sink.of('TaskExit')).toEqual([]);
    expect(sink.of('TaskAlarm', 'PushStreamFailed')).toEqual([]);
    const result = await probe(join(dir.path, 'edit.flv'));
    expect(result.duration).toBeGreaterThan(10);
    expect(continuity(result.videoPts).backwards).toBe(false);
    expect(continuity(result.videoPts).maxGap).toBeLessThan(0.2);
  }, 60_000);
});
