// A live source and a backup whose audio differs. Both feed one muxer, whose stream (and the destination's FLV)
// describes its audio once, by the first source: the backup's frames copied unchanged would be decoded under the
// primary's configuration (48 kHz stereo heard as 44.1 kHz mono does not decode). The backup is re-encoded to the
// stream's format; the primary, once a probe has found it back with the stream's format, is copied again.
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capture, continuity, decodeAudio, makeMedia, probe, publishLive } from '../../support/media.js';
import { RtmpServer } from '../../support/rtmp-server.js';
import { relayRequest, startBackend, tempDir, type Harness } from './harness.js';

describe('a live backup whose audio differs from the primary\'s', () => {
  const dir = tempDir('relaybot-backup-audio-');
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

  const pulling = async (id: string) => (await harness.backend.status(id))?.FileUrl;

  async function waitForSource(id: string, url: string, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while ((await pulling(id)) !== url) {
      if (Date.now() > deadline) throw new Error(`still pulling ${await pulling(id)}, not ${url}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  it('keeps every audio frame decodable at the destination, in the primary\'s format, through the backup and back', async () => {
    const primaryUrl = rtmp.url('live/primary');
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
    await waitForSource(id, backupUrl, 15_000);
    // Some seconds of the backup on air, then the primary back.
    await new Promise((resolve) => setTimeout(resolve, 4000));
    primary = publishLive(primaryClip, primaryUrl);
    await waitForSource(id, primaryUrl, 15_000);
    await recording;
    expect(harness.sink.of('TaskExit')).toEqual([]);

    const audio = await decodeAudio(out);
    // Without the re-encoding, the backup's frames decode as two channels under a stream that says one (636 of
    // 717 frames in one run), at 48 kHz played as 44.1.
    expect(audio.errors).toBe('');
    expect(audio).toMatchObject({ sampleRate: 44100, channels: 1 });
    expect(audio.frameChannels.length).toBe(audio.packets);
    expect(audio.frameChannels.every((channels) => channels === 1)).toBe(true);
    // All three stretches reached the destination: the recording holds sound from before the switch, during the
    // backup and after the primary's return, on one timeline.
    const { audioPts, videoPts } = await probe(out);
    expect(continuity(audioPts).backwards).toBe(false);
    expect(continuity(videoPts).backwards).toBe(false);
    expect(audio.decodedSeconds).toBeGreaterThan(10);
  }, 90_000);
});
