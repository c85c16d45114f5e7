// A live source with a backup whose audio differs from the primary's. Both feed one muxer, whose stream (and the
// destination's FLV) describes its audio once, by the first source: the backup's frames copied unchanged would be
// decoded under the primary's configuration (48 kHz stereo heard as 44.1 kHz mono). The backup is re-encoded to
// the stream's format; the primary, once a probe has found it back with the stream's format, is copied again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { capture, continuity, decodeAudio, makeMedia, probe, publishLive } from '../../support/media.js';
import { RtmpServer } from '../../support/rtmp-server.js';
import { relayRequest, startBackend, tempDir, type Harness } from './harness.js';

describe('live source with a backup', () => {
  const dir = tempDir('relaybot-backup-');
  let rtmp: RtmpServer;
  let primaryClip: string;
  let primary: ChildProcess | undefined;
  let backup: ChildProcess | undefined;
  let harness: Harness;

  beforeAll(async () => {
    rtmp = await RtmpServer.start();
    // The stream's audio: the primary's 44.1 kHz mono. The backup: 48 kHz stereo, another tone.
    primaryClip = await makeMedia(dir.path, { name: 'primary.flv', seconds: 4, format: 'flv', tone: 440 });
    const backupClip = await makeMedia(dir.path, { name: 'backup.flv', seconds: 4, format: 'flv', tone: 880, sampleRate: 48000, channels: 2 });
    primary = publishLive(primaryClip, rtmp.url('live/primary'));
    backup = publishLive(backupClip, rtmp.url('live/backup'));
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

  it('switches to the backup when the primary dies, without dropping the destination, and back when it returns, every audio frame decodable', async () => {
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
    const recording = capture(rtmp.url('live/out'), 16, out);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    primary!.kill('SIGKILL');
    await harness.sink.waitFor((e) => e.some((x) => x.detail.type === 'PullFileFailed'), 15_000, 'PullFileFailed');
    await waitForSource(id, backupUrl, 10_000);
    // Some seconds of the backup on air, then the primary back.
    await new Promise((resolve) => setTimeout(resolve, 4000));
    primary = publishLive(primaryClip, rtmp.url('live/primary'));
    await waitForSource(id, primaryUrl, 15_000);
    await recording;
    // The backup took over, and the primary took back over, on the same destination connection: no interruption
    // was reported, and the timestamps run on without a jump (the outage shows as a pause, not as skipped time).
    expect(harness.sink.of('TaskExit')).toEqual([]);
    expect(harness.sink.of('TaskAlarm', 'PullFileFailed')).toHaveLength(1);
    const result = await probe(out);
    expect(result.duration).toBeGreaterThan(10);
    expect(continuity(result.videoPts).backwards).toBe(false);
    expect(continuity(result.videoPts).maxGap).toBeLessThan(0.5);
    expect(continuity(result.audioPts).backwards).toBe(false);

    const audio = await decodeAudio(out);
    // Without the re-encoding, the backup's frames decode as two channels under a stream that says one (636 of
    // 717 frames in one run), at 48 kHz played as 44.1.
    expect(audio.errors).toBe('');
    expect(audio).toMatchObject({ sampleRate: 44100, channels: 1 });
    expect(audio.frameChannels.length).toBe(audio.packets);
    expect(audio.frameChannels.every((channels) => channels === 1)).toBe(true);
    expect(audio.decodedSeconds).toBeGreaterThan(10);
  }, 90_000);
});
