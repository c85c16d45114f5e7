// An MP4 file (read by ffmpeg through the runner's loopback gateway) whose server hangs up part-way. The gateway
// used to keep ffmpeg's connection open after the origin had gone, so the relay sat silent until ffmpeg's I/O
// timeout: a "no progress" alarm, then "no data from the source for 10 s", on every pass. The gateway hangs up
// too, at once: ffmpeg plays what arrived, and the file is reported as ended early.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeMedia } from '../../support/media.js';
import { RtmpServer } from '../../support/rtmp-server.js';
import { relayRequest, startBackend, tempDir, type Harness } from './harness.js';
import { LoopbackSource } from './loopback-source.js';

describe('an MP4 source cut short by its server', () => {
  const dir = tempDir('relaybot-cutmp4-');
  let source: LoopbackSource;
  let rtmp: RtmpServer;
  let harness: Harness;

  beforeAll(async () => {
    const file = readFileSync(await makeMedia(dir.path, { name: 'clip.mp4', seconds: 3, format: 'mp4' }));
    source = await LoopbackSource.start((_req, res) => {
      // Every request (ffmpeg may retry with a range) gets the first half, then a hang-up.
      res.writeHead(200, { 'content-type': 'video/mp4', 'content-length': file.length });
      res.write(file.subarray(0, Math.floor(file.length / 2)));
      setTimeout(() => res.destroy(), 100);
    });
    rtmp = await RtmpServer.start();
    harness = await startBackend(join(dir.path, 'data'));
  });

  afterAll(async () => {
    await harness?.backend.close();
    harness?.db.close();
    source?.close();
    await rtmp?.stop();
    dir.remove();
  });

  it('plays what arrived and says the file ended early, without waiting for a timeout', async () => {
    const request = relayRequest(
      { SourceType: 'PullVodPushLive', SourceUrls: [`${source.origin}/clip.mp4`], ToUrl: rtmp.url('live/cutmp4'), VodLoopTimes: '0' },
      30,
    );
    const createdAt = Date.now();
    await harness.backend.create(request);
    const mine = () => harness.sink.forTask(request.SpecifyTaskId);
    await harness.sink.waitFor(() => mine().some((e) => e.event === 'TaskExit'), 25_000, 'the end of the file');
    expect(Date.now() - createdAt).toBeLessThan(8000);
    const alarms = mine().filter((e) => e.event === 'TaskAlarm').map((e) => `${e.detail.type}:${e.detail.reason?.code}`);
    expect(alarms).toEqual(['FileEndEarly:endedEarly']);
    expect(mine().at(-1)!.detail.reason?.code).toBe('loopsDone');
  });
});
