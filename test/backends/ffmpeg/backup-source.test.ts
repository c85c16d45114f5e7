import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { capture, continuity, makeMedia, probe, publishLive } from '../../support/media.js';
import { RtmpServer } from '../../support/rtmp-server.js';
import { relayRequest, startBackend, tempDir, type Harness } from './harness.js';

describe('live source with a backup', () => {
  const dir = tempDir('relaybot-backup-');
  let rtmp: RtmpServer;
  let clip: string;
  let primary: ChildProcess | undefined;
  let backup: ChildProcess | undefined;
  let harness: Harness;

  beforeAll(async () => {
    rtmp = await RtmpServer.start();
    clip = await makeMedia(dir.path, { name: 'live.flv', seconds: 4, format: 'flv' });
    primary = publishLive(clip, rtmp.url('live/primary'));
    backup = publishLive(clip, rtmp.url('live/backup'));
    harness = await startBackend(join(dir.path, 'data'));
  });

  afterAll(async () => {
    await harness?.backend.close();
    harness?.db.close();
    primary?.kill('SIGKILL');
    backup?.kill('SIGKILL');
    await rtmp?.stop();
    dir.remove();
  });

  const currentSource = async (id: string) => (await harness.backend.status(id))?.FileUrl;

  async function waitForSource(id: string, url: string, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while ((await currentSource(id)) !== url) {
      if (Date.now() > deadline) throw new Error(`still pulling ${await currentSource(id)}, not ${url}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  it('switches to the backup when the primary dies, without dropping the destination, and back when it returns', async () => {
    const primaryUrl = `rtmp://localhost:${rtmp.port}/live/primary`;
    const backupUrl = rtmp.url('live/backup');
    const request = relayRequest(
      {
        SourceType: 'PullLivePushLive',
        SourceUrls: [primaryUrl],
        BackupSourceType: 'PullLivePushLive',
        BackupSourceUrl: backupUrl,
        ToUrl: rtmp.url('live/out'),
      },
      60,
    );
    await harness.backend.create(request);
    const id = request.SpecifyTaskId;
    await waitForSource(id, primaryUrl, 15_000);

    const out = join(dir.path, 'out.flv');
    const recording = capture(rtmp.url('live/out'), 9, out);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    primary!.kill('SIGKILL');
    await harness.sink.waitFor((e) => e.some((x) => x.detail.type === 'PullFileFailed'), 15_000, 'PullFileFailed');
    await waitForSource(id, backupUrl, 10_000);
    await recording;
    // The backup took over on the same destination connection: no interruption was reported, and the
    // timestamps run on without a jump (the outage shows as a pause, not as skipped time).
    expect(harness.sink.of('TaskExit')).toEqual([]);
    const result = await probe(out);
    expect(result.duration).toBeGreaterThan(4);
    expect(continuity(result.videoPts).backwards).toBe(false);
    expect(continuity(result.videoPts).maxGap).toBeLessThan(0.5);

    primary = publishLive(clip, rtmp.url('live/primary'));
    await waitForSource(id, primaryUrl, 15_000);
    expect(harness.sink.of('TaskExit')).toEqual([]);
    expect(harness.sink.of('TaskAlarm', 'PullFileFailed')).toHaveLength(1);
  }, 60_000);
});
