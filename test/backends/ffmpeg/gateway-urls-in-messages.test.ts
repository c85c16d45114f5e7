// ffmpeg reads HTTP(S) sources through the runner's loopback gateway, so its error lines name the gateway's
// internal URL (127.0.0.1, a port, a session token) instead of the URL people gave. What the channel is told
// names the source's own address (its secrets masked), never the gateway's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { RtmpServer } from '../../support/rtmp-server.js';
import { relayRequest, startBackend, tempDir, type Harness } from './harness.js';
import { LoopbackSource } from './loopback-source.js';

describe('source failures found by ffmpeg', () => {
  const dir = tempDir('relaybot-gwurls-');
  let source: LoopbackSource;
  let rtmp: RtmpServer;
  let harness: Harness;

  beforeAll(async () => {
    // Says it is an MP4 file, sends bytes no demuxer understands: ffmpeg (not node) reads it, and fails.
    source = await LoopbackSource.start((_req, res) => res.writeHead(200, { 'content-type': 'video/mp4' }).end(Buffer.alloc(4096, 7)));
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

  it('names the source as it was given, not the loopback gateway', async () => {
    const origin = source.origin;
    const request = relayRequest(
      { SourceType: 'PullVodPushLive', SourceUrls: [`${origin}/show/broken.mp4?sign=SIGNATURE123`], ToUrl: rtmp.url('live/gw'), VodLoopTimes: '-1' },
      30,
    );
    await harness.backend.create(request);
    const mine = () => harness.sink.forTask(request.SpecifyTaskId);
    await harness.sink.waitFor(() => mine().some((e) => e.event === 'TaskAlarm'), 20_000, 'the alarm');
    const alarm = mine().find((e) => e.event === 'TaskAlarm')!;
    expect(alarm.detail.type).toBe('PullFileFailed');
    const told = [alarm.detail.message ?? '', JSON.stringify(alarm.detail.reason)];
    for (const text of told) {
      expect(text).toContain(`${origin}/show/broken.mp4`);
      expect(text).not.toContain('SIGNATURE123');
      // Only the source's own origin appears: no other loopback address (the gateway's).
      expect(text.match(/127\.0\.0\.1:\d+/g)?.every((hostPort) => origin.endsWith(hostPort))).toBe(true);
    }
    await harness.backend.delete(request.SpecifyTaskId, 'test');
  });
});
