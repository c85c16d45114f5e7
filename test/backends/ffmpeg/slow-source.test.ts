// A file whose server sends it at half the speed it plays. Viewers see the stream stall every other second; the
// channel must hear why (PullFileUnstable, "running at 0.5× real time"). An FLV file read by node used to raise
// nothing at all: data kept trickling, so it never stalled long enough, and there is no ffmpeg to report a
// speed. A file served at full speed, alongside, raises nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeMedia } from '../../support/media.js';
import { RtmpServer } from '../../support/rtmp-server.js';
import { relayRequest, startBackend, tempDir, type Harness } from './harness.js';
import { LoopbackSource } from './loopback-source.js';

const SECONDS = 6;

describe('a source slower than real time', () => {
  const dir = tempDir('relaybot-slowsrc-');
  let source: LoopbackSource;
  let rtmp: RtmpServer;
  let harness: Harness;

  beforeAll(async () => {
    const clip = readFileSync(await makeMedia(dir.path, { name: 'clip.flv', seconds: SECONDS, format: 'flv' }));
    source = await LoopbackSource.start((req, res) => {
      res.writeHead(200, { 'content-type': 'video/x-flv', 'content-length': clip.length });
      if (req.url === '/fast.flv') {
        res.end(clip);
        return;
      }
      // Half real time, in tenths of a second.
      const step = Math.ceil(clip.length / SECONDS / 2 / 10);
      let at = 0;
      const timer = setInterval(() => {
        res.write(clip.subarray(at, at + step));
        at += step;
        if (at >= clip.length) {
          clearInterval(timer);
          res.end();
        }
      }, 100);
      res.on('close', () => clearInterval(timer));
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

  it('raises PullFileUnstable with the speed for an FLV file served at half speed, and nothing for one at full speed', async () => {
    const base = source.origin;
    const slow = relayRequest({ SourceType: 'PullVodPushLive', SourceUrls: [`${base}/slow.flv`], ToUrl: rtmp.url('live/slow'), VodLoopTimes: '0' }, 40);
    const fast = relayRequest({ SourceType: 'PullVodPushLive', SourceUrls: [`${base}/fast.flv`], ToUrl: rtmp.url('live/fast'), VodLoopTimes: '0' }, 40);
    await harness.backend.create(slow);
    await harness.backend.create(fast);
    const of = (id: string) => harness.sink.forTask(id);
    const ended = (id: string) => of(id).some((e) => e.event === 'TaskExit');
    await harness.sink.waitFor(() => ended(slow.SpecifyTaskId) && ended(fast.SpecifyTaskId), 35_000, 'both files played');

    const alarms = of(slow.SpecifyTaskId).filter((e) => e.event === 'TaskAlarm');
    expect(alarms.map((e) => `${e.detail.type}:${e.detail.reason?.code}`)).toEqual(['PullFileUnstable:slow']);
    const speed = Number(alarms[0]!.detail.reason!.values!.speed);
    expect(speed).toBeGreaterThan(0.3);
    expect(speed).toBeLessThan(0.75);
    expect(of(fast.SpecifyTaskId).filter((e) => e.event === 'TaskAlarm')).toEqual([]);
  });
});
