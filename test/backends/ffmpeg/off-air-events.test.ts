// What the runner reports when nothing reaches the destination, and how it reports endings and deliberate
// stops: TaskStart only once the destination takes the stream, one alarm and one TaskExit per failure streak
// with a reason code (worded by the notifier in the reader's language), and the planned end of a playlist as
// its end, not an interruption.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { makeMedia, publishLive } from '../../support/media.js';
import { HttpMediaServer } from '../../support/http-media-server.js';
import { freePort, RtmpServer } from '../../support/rtmp-server.js';
import { relayRequest, startBackend, tempDir, type Harness, type RecordedEvent } from './harness.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('events of relays that are off air, end, or are stopped on purpose', () => {
  const dir = tempDir('relaybot-offair-');
  let http: HttpMediaServer;
  let rtmp: RtmpServer;
  let harness: Harness;
  let publisher: ChildProcess | undefined;

  beforeAll(async () => {
    await makeMedia(dir.path, { name: 'clip.flv', seconds: 3, format: 'flv' });
    await makeMedia(dir.path, { name: 'long.flv', seconds: 8, format: 'flv' });
    http = await HttpMediaServer.start(dir.path);
    rtmp = await RtmpServer.start();
    harness = await startBackend(join(dir.path, 'data'));
  });

  afterAll(async () => {
    publisher?.kill('SIGKILL');
    await harness?.backend.close();
    harness?.db.close();
    await http?.stop();
    await rtmp?.stop();
    dir.remove();
  });

  const of = (taskId: string) => harness.sink.forTask(taskId);
  const named = (events: RecordedEvent[], name: string) => events.filter((e) => e.event === name);

  it('never reports a refused destination, a busy stream or a missing source as started, and says why once', async () => {
    const closedPort = await freePort();
    const refused = relayRequest(
      { SourceType: 'PullVodPushLive', SourceUrls: [http.url('clip.flv')], ToUrl: `rtmp://127.0.0.1:${closedPort}/live/refused`, VodLoopTimes: '-1' },
      60,
    );
    // Another encoder already publishes this stream: the server takes the connection and a few frames, then hangs up.
    publisher = publishLive(join(dir.path, 'clip.flv'), rtmp.url('live/busy'));
    await sleep(1500);
    const busy = relayRequest({ SourceType: 'PullVodPushLive', SourceUrls: [http.url('clip.flv')], ToUrl: rtmp.url('live/busy'), VodLoopTimes: '-1' }, 60);
    const missing = relayRequest({ SourceType: 'PullVodPushLive', SourceUrls: [http.url('missing.flv')], ToUrl: rtmp.url('live/missing'), VodLoopTimes: '-1' }, 60);
    for (const request of [refused, busy, missing]) await harness.backend.create(request);

    await harness.sink.waitFor(
      () => [refused, busy, missing].every((r) => named(of(r.SpecifyTaskId), 'TaskExit').length > 0),
      20_000,
      'an interruption of each',
    );
    // Several retries later: still nothing announced, and nothing said twice.
    await sleep(8000);
    for (const request of [refused, busy, missing]) {
      const events = of(request.SpecifyTaskId);
      expect(named(events, 'TaskStart')).toEqual([]);
      expect(named(events, 'VodSourceFileStart')).toEqual([]);
      expect(named(events, 'TaskAlarm')).toHaveLength(1);
      expect(named(events, 'TaskExit')).toHaveLength(1);
      expect(named(events, 'TaskExit')[0]!.detail.code).not.toBe(0);
      const status = await harness.backend.status(request.SpecifyTaskId);
      expect(status?.RunStatus).toBe('inactive');
      expect(status?.FileUrl).toBeUndefined();
      expect(status?.LoopedTimes ?? 0).toBe(0);
    }
    const reasonsOf = (id: string) => of(id).map((e) => `${e.event}:${e.detail.type ?? ''}:${e.detail.reason?.code}`);
    expect(reasonsOf(refused.SpecifyTaskId)).toEqual(['TaskAlarm:PushStreamFailed:destinationUnreachable', 'TaskExit::destinationUnreachable']);
    expect(reasonsOf(busy.SpecifyTaskId)).toEqual(['TaskAlarm:PushStreamFailed:destinationClosed', 'TaskExit::destinationClosed']);
    expect(reasonsOf(missing.SpecifyTaskId)).toEqual(['TaskAlarm:PullFileFailed:sourceNotFound', 'TaskExit::sourceNotFound']);
    // ffmpeg's closing "Conversion failed!" says nothing: the line that says what failed is quoted instead.
    expect(of(busy.SpecifyTaskId).map((e) => e.detail.message)).not.toContain('Conversion failed!');
    for (const request of [refused, busy, missing]) await harness.backend.delete(request.SpecifyTaskId, 'test');
    publisher.kill('SIGKILL');
  }, 60_000);

  it('reports a live relay whose backup fails too as interrupted, once, not at every retry', async () => {
    const primary = publishLive(join(dir.path, 'long.flv'), rtmp.url('live/primary'));
    try {
      await sleep(1000);
      const request = relayRequest(
        {
          SourceType: 'PullLivePushLive',
          SourceUrls: [rtmp.url('live/primary')],
          BackupSourceType: 'PullVodPushLive',
          BackupSourceUrl: http.url('missing.flv'),
          ToUrl: rtmp.url('live/nobackup'),
        },
        60,
      );
      await harness.backend.create(request);
      const id = request.SpecifyTaskId;
      await harness.sink.waitFor(() => named(of(id), 'TaskStart').length > 0, 15_000, 'the relay on air');
      primary.kill('SIGKILL');
      await harness.sink.waitFor(() => named(of(id), 'TaskExit').length > 0, 20_000, 'the interruption');
      await sleep(6000);
      const alarms = named(of(id), 'TaskAlarm').map((e) => `${e.detail.type}:${e.detail.reason?.code}`);
      // The primary's failure (the way it dies depends on timing), then the backup's, once each.
      expect(alarms).toHaveLength(2);
      expect(alarms[1]).toBe('PullFileFailed:sourceNotFound');
      expect(named(of(id), 'TaskExit')).toHaveLength(1);
      expect((await harness.backend.status(id))?.RunStatus).toBe('inactive');
      await harness.backend.delete(id, 'test');
    } finally {
      primary.kill('SIGKILL');
    }
  }, 60_000);

  it('reports TaskStart before the first file, "active" while pushing, and the loops done as the end', async () => {
    const request = relayRequest({ SourceType: 'PullVodPushLive', SourceUrls: [http.url('long.flv')], ToUrl: rtmp.url('live/once'), VodLoopTimes: '0' }, 60);
    await harness.backend.create(request);
    await harness.sink.waitFor(() => named(of(request.SpecifyTaskId), 'VodSourceFileStart').length > 0, 15_000, 'the file started');
    expect(of(request.SpecifyTaskId).map((e) => e.event)).toEqual(['TaskStart', 'VodSourceFileStart']);
    expect((await harness.backend.status(request.SpecifyTaskId))?.RunStatus).toBe('active');
    await harness.sink.waitFor(() => named(of(request.SpecifyTaskId), 'TaskExit').length > 0, 15_000, 'the end of the playlist');
    const [exit] = named(of(request.SpecifyTaskId), 'TaskExit');
    expect(exit!.detail).toMatchObject({ code: 0, reason: { code: 'loopsDone' } });
    expect(named(of(request.SpecifyTaskId), 'TaskAlarm')).toEqual([]);
    expect((await harness.backend.status(request.SpecifyTaskId))?.RunStatus).toBe('inactive');
  }, 40_000);

  it('gives a restart and a shutdown their own reasons', async () => {
    const request = relayRequest({ SourceType: 'PullVodPushLive', SourceUrls: [http.url('clip.flv')], ToUrl: rtmp.url('live/again'), VodLoopTimes: '-1' }, 60);
    await harness.backend.create(request);
    await harness.sink.waitFor(() => named(of(request.SpecifyTaskId), 'TaskStart').length > 0, 15_000, 'the relay on air');
    await harness.backend.restart(request.SpecifyTaskId, 'test');
    await harness.sink.waitFor(() => named(of(request.SpecifyTaskId), 'TaskStart').length > 1, 15_000, 'on air again after the restart');
    await harness.backend.close();
    const exits = named(of(request.SpecifyTaskId), 'TaskExit').map((e) => e.detail);
    expect(exits).toEqual([
      expect.objectContaining({ code: 0, reason: { code: 'restarted' } }),
      expect.objectContaining({ code: 0, reason: { code: 'runnerShutdown' } }),
    ]);
    expect(named(of(request.SpecifyTaskId), 'TaskAlarm')).toEqual([]);
  }, 40_000);
});
