// A live source that keeps coming back for a moment and dropping again (a publisher on a bad uplink) is one
// incident for the channel, as a flapping destination is (flapping-destination.test.ts): one PullFileFailed and
// one TaskExit, not an alarm at every drop. Each return had reset the alarm, and the seconds the relay then sat
// silent, until the stall watch stopped it, counted as seconds played.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { makeMedia, publishLive } from '../../support/media.js';
import { RtmpServer } from '../../support/rtmp-server.js';
import { relayRequest, startBackend, tempDir, type Harness } from './harness.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a flapping live source', () => {
  const dir = tempDir('relaybot-flapping-source-');
  let rtmp: RtmpServer;
  let clip: string;
  let publisher: ChildProcess | undefined;
  let harness: Harness;

  beforeAll(async () => {
    rtmp = await RtmpServer.start();
    clip = await makeMedia(dir.path, { name: 'live.flv', seconds: 4, format: 'flv' });
    publisher = publishLive(clip, rtmp.url('live/camera'));
    // A source silent for 3 s has dropped (the test default); one that has played for 6 s is healthy again.
    harness = await startBackend(join(dir.path, 'data'), { RELAYBOT_RUNNER_STABLE_MS: '6000' });
  });

  afterAll(async () => {
    await harness?.backend.close();
    harness?.db.close();
    publisher?.kill('SIGKILL');
    await rtmp?.stop();
    dir.remove();
  });

  it('is one alarm and one exit while it comes back for moments only', async () => {
    const request = relayRequest({ SourceType: 'PullLivePushLive', SourceUrls: [rtmp.url('live/camera')], ToUrl: rtmp.url('live/show') }, 60);
    await harness.backend.create(request);
    const { sink } = harness;
    await sink.waitFor((e) => e.some((x) => x.event === 'TaskStart'), 15_000, 'TaskStart');

    // Gone: the alarm is waited for, not slept on (a loaded machine notices the silence later).
    publisher?.kill('SIGKILL');
    await sink.waitFor((e) => e.some((x) => x.event === 'TaskAlarm'), 15_000, 'PullFileFailed');
    expect(sink.of('TaskAlarm', 'PullFileFailed')).toHaveLength(1);
    // Back for a few seconds (its frames reach the destination again), then gone again: the relay ends, one incident.
    publisher = publishLive(clip, rtmp.url('live/camera'));
    await sleep(4000);
    publisher.kill('SIGKILL');
    await sink.waitFor((e) => e.some((x) => x.event === 'TaskExit'), 15_000, 'TaskExit');
    expect(sink.of('TaskAlarm', 'PullFileFailed')).toHaveLength(1);
    expect(sink.of('TaskExit')).toHaveLength(1);
    expect(sink.of('TaskStart')).toHaveLength(1);
    await harness.backend.delete(request.SpecifyTaskId, 'test');
  }, 60_000);
});
