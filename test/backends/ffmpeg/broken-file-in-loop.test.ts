// One broken file in a looping playlist fails on every pass. The channel hears of it once, not on every pass
// (for a playlist of short clips that was an alarm every few seconds for the whole show); once the file plays
// again, a new failure of it is news again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { makeMedia } from '../../support/media.js';
import { HttpMediaServer } from '../../support/http-media-server.js';
import { RtmpServer } from '../../support/rtmp-server.js';
import { relayRequest, startBackend, tempDir, type Harness } from './harness.js';

describe('a broken file in a looping playlist', () => {
  const dir = tempDir('relaybot-brokenloop-');
  let http: HttpMediaServer;
  let rtmp: RtmpServer;
  let harness: Harness;

  beforeAll(async () => {
    await makeMedia(dir.path, { name: 'clip.flv', seconds: 2, format: 'flv' });
    http = await HttpMediaServer.start(dir.path);
    rtmp = await RtmpServer.start();
    harness = await startBackend(join(dir.path, 'data'));
  });

  afterAll(async () => {
    await harness?.backend.close();
    harness?.db.close();
    await http?.stop();
    await rtmp?.stop();
    dir.remove();
  });

  it('is one alarm for as long as the file stays broken', async () => {
    const request = relayRequest(
      { SourceType: 'PullVodPushLive', SourceUrls: [http.url('later.flv'), http.url('clip.flv')], ToUrl: rtmp.url('live/brokenloop'), VodLoopTimes: '-1' },
      60,
    );
    await harness.backend.create(request);
    const mine = () => harness.sink.forTask(request.SpecifyTaskId);
    const alarms = () => mine().filter((e) => e.event === 'TaskAlarm');
    const finishes = () => mine().filter((e) => e.event === 'VodSourceFileFinish');
    await harness.sink.waitFor(() => finishes().length >= 3, 30_000, 'three passes');
    expect(alarms().map((e) => `${e.detail.type}:${e.detail.reason?.code}`)).toEqual(['PullFileFailed:sourceNotFound']);

    // The file appears, plays, and is removed again: that is a new failure.
    copyFileSync(join(dir.path, 'clip.flv'), join(dir.path, 'later.flv'));
    await harness.sink.waitFor(() => finishes().some((e) => e.detail.index === 0), 20_000, 'the file playing');
    rmSync(join(dir.path, 'later.flv'));
    await harness.sink.waitFor(() => alarms().length === 2, 20_000, 'a second alarm');
    expect(mine().filter((e) => e.event === 'TaskExit')).toEqual([]);
    await harness.backend.delete(request.SpecifyTaskId, 'test');
  });
});
