// MP4 files whose server hangs up part-way.
//  - An MP4 whose index (moov) comes last is read by ffmpeg through the runner's loopback gateway (node's MP4
//    reader takes files whose index comes first); its server serves the index, then hangs up in the media. The gateway used to keep ffmpeg's connection open after the origin had gone,
//    so the relay sat silent until ffmpeg's I/O timeout: a "no progress" alarm, then "no data from the source for
//    10 s", on every pass. The gateway hangs up too, at once: ffmpeg plays what arrived and stops at the gap
//    ("partial file"), one alarm.
//  - A "fast start" MP4 is read by node, as an FLV file is: what arrived plays, and the alarm says the server hung
//    up, with how much of the file came.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { FFMPEG, makeMedia } from '../../support/media.js';
import { RtmpServer } from '../../support/rtmp-server.js';
import { relayRequest, startBackend, tempDir, type Harness } from './harness.js';
import { LoopbackSource } from './loopback-source.js';

describe('an MP4 source cut short by its server', () => {
  const dir = tempDir('relaybot-cutmp4-');
  let source: LoopbackSource;
  let rtmp: RtmpServer;
  let harness: Harness;
  let files: Record<string, Buffer>;

  beforeAll(async () => {
    const clip = await makeMedia(dir.path, { name: 'clip.mp4', seconds: 3, format: 'mp4' });
    const moovLast = join(dir.path, 'moov-last.mp4');
    await promisify(execFile)(FFMPEG, ['-hide_banner', '-loglevel', 'error', '-i', clip, '-c', 'copy', moovLast]);
    files = { '/clip.mp4': readFileSync(clip), '/moov-last.mp4': readFileSync(moovLast) };
    source = await LoopbackSource.start((req, res) => {
      const file = files[req.url ?? '']!;
      const half = Math.floor(file.length / 2);
      const from = Number(/^bytes=(\d+)-/.exec(req.headers.range ?? '')?.[1] ?? 0);
      // The second half (where an index that comes last is) is served whole; a request from the first half gets
      // up to its middle, then a hang-up.
      res.writeHead(from ? 206 : 200, {
        'content-type': 'video/mp4',
        'accept-ranges': 'bytes',
        'content-length': file.length - from,
        ...(from ? { 'content-range': `bytes ${from}-${file.length - 1}/${file.length}` } : {}),
      });
      if (from >= half) return void res.end(file.subarray(from));
      res.write(file.subarray(from, half));
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

  const relayOf = async (path: string, stream: string) => {
    const request = relayRequest(
      { SourceType: 'PullVodPushLive', SourceUrls: [`${source.origin}${path}`], ToUrl: rtmp.url(stream), VodLoopTimes: '0' },
      30,
    );
    const createdAt = Date.now();
    await harness.backend.create(request);
    const mine = () => harness.sink.forTask(request.SpecifyTaskId);
    await harness.sink.waitFor(() => mine().some((e) => e.event === 'TaskExit'), 25_000, 'the end of the file');
    return { events: mine(), took: Date.now() - createdAt };
  };

  it('plays what arrived of a file ffmpeg reads and says so at once, without waiting for a timeout', async () => {
    const { events, took } = await relayOf('/moov-last.mp4', 'live/cutmp4');
    expect(took).toBeLessThan(8000);
    const alarms = events.filter((e) => e.event === 'TaskAlarm').map((e) => `${e.detail.type}:${e.detail.reason?.code}`);
    expect(alarms).toEqual(['PullFileFailed:sourceFailed']);
    expect(events.filter((e) => e.event === 'TaskExit')).toHaveLength(1);
  });

  it('plays what arrived of a file node reads and says the server hung up, once', async () => {
    const { events, took } = await relayOf('/clip.mp4', 'live/cutmp4-node');
    expect(took).toBeLessThan(8000);
    const alarms = events.filter((e) => e.event === 'TaskAlarm');
    expect(alarms.map((e) => `${e.detail.type}:${e.detail.reason?.values?.messageKey}`)).toEqual(['PullFileFailed:runner.sourceCutShort']);
    expect(alarms[0]!.detail.reason?.values).toMatchObject({ expected: files['/clip.mp4']!.length });
    // What arrived was played: the file was announced, and at least a second of it went out.
    expect(events.filter((e) => e.event === 'VodSourceFileStart')).toHaveLength(1);
  });
});
