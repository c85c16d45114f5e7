import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { capture, continuity, makeMedia, probe, publishLive } from '../../support/media.js';
import { RtmpServer } from '../../support/rtmp-server.js';
import { relayRequest, startBackend, tempDir, type Harness } from './harness.js';

describe('live relay', () => {
  const dir = tempDir('relaybot-live-');
  let rtmp: RtmpServer;
  let clip: string;
  let publisher: ChildProcess;
  let harness: Harness;

  beforeAll(async () => {
    rtmp = await RtmpServer.start();
    clip = await makeMedia(dir.path, { name: 'live.flv', seconds: 4, format: 'flv' });
    publisher = publishLive(clip, rtmp.url('live/source'));
    harness = await startBackend(join(dir.path, 'data'));
  });

  afterAll(async () => {
    await harness?.backend.close();
    harness?.db.close();
    publisher?.kill('SIGKILL');
    await rtmp?.stop();
    dir.remove();
  });

  it('pulls a live RTMP source by host name and pushes it unchanged (H.264 + AAC) until the end time', async () => {
    const request = relayRequest(
      {
        SourceType: 'PullLivePushLive',
        SourceUrls: [`rtmp://localhost:${rtmp.port}/live/source`],
        ToUrl: rtmp.url('live/relayed?txSecret=abcdef123456'),
      },
      // Room for the 4 seconds recorded below after a slow start: with 9, a CI machine busy with other tests started
      // the relay late enough that its end time cut the recording to 2.9 seconds.
      12,
    );
    const { providerTaskId } = await harness.backend.create(request);
    expect(providerTaskId).toBe(request.SpecifyTaskId);
    await harness.sink.waitFor((e) => e.some((x) => x.event === 'TaskStart'));

    const out = join(dir.path, 'relayed.flv');
    await capture(rtmp.url('live/relayed'), 4, out);
    const result = await probe(out);
    expect(result.videoCodec).toBe('h264');
    expect(result.audioCodec).toBe('aac');
    expect(result.duration).toBeGreaterThan(3);
    expect(continuity(result.videoPts).maxGap).toBeLessThan(0.5);

    await harness.sink.waitFor((e) => e.some((x) => x.event === 'TaskExit'), 15_000, 'TaskExit at the end time');
    const exit = harness.sink.of('TaskExit')[0]!;
    expect(exit.detail.code).toBe(0);
    expect(exit.at).toBeGreaterThanOrEqual(Date.parse(request.EndTime) - 1500);
    // The stream key stays out of the events.
    for (const event of harness.sink.events) expect(JSON.stringify(event.body)).not.toContain('abcdef123456');
    expect((await harness.backend.status(providerTaskId))?.RunStatus).toBe('inactive');
  });

  it('treats a live source that goes quiet as a failure, and resumes the relay when it is back', async () => {
    const before = harness.sink.events.length;
    const events = () => harness.sink.events.slice(before);
    const request = relayRequest(
      { SourceType: 'PullLivePushLive', SourceUrls: [rtmp.url('live/source')], ToUrl: rtmp.url('live/resumed') },
      60,
    );
    await harness.backend.create(request);
    await harness.sink.waitFor(() => (harness.backend.runningCount > 0 && events().some((e) => e.event === 'TaskStart')));
    await new Promise((resolve) => setTimeout(resolve, 1500));

    publisher.kill('SIGKILL');
    await harness.sink.waitFor(() => events().some((e) => e.detail.type === 'PullFileFailed'), 15_000, 'PullFileFailed');
    await harness.sink.waitFor(() => events().some((e) => e.event === 'TaskExit'), 5000, 'TaskExit (interrupted)');
    expect(events().find((e) => e.event === 'TaskExit')!.detail.code).not.toBe(0);

    const startsBefore = events().filter((e) => e.event === 'TaskStart').length;
    publisher = publishLive(clip, rtmp.url('live/source'));
    await harness.sink.waitFor(() => events().filter((e) => e.event === 'TaskStart').length > startsBefore, 20_000, 'TaskStart again');
    const out = join(dir.path, 'resumed.flv');
    await capture(rtmp.url('live/resumed'), 2, out);
    expect((await probe(out)).videoCodec).toBe('h264');
    // Retries while the source was away raised one alarm, not one per attempt.
    expect(events().filter((e) => e.detail.type === 'PullFileFailed')).toHaveLength(1);
    await harness.backend.delete(request.SpecifyTaskId, 'test');
  }, 60_000);
});
