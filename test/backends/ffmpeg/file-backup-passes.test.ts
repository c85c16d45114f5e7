// A live relay whose primary is down plays its file backup pass after pass. The API says the primary is checked
// after each pass; that check (an ffmpeg probe, seconds long) used to run between the passes, so viewers got
// seconds of nothing after every pass of the backup and the relay was barely ever reported on air. The check
// now runs while the next pass plays, and stops with the relay. A backup file without sound (a slate) after a live
// primary with sound gives the stream silence, so the destination's sound track does not stop while it is on air;
// one that is on air first gives the stream a sound track, so the primary is heard once it comes up.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { capture, continuity, decodeAudio, probe, publishLive, soundLevels } from '../../support/media.js';
import { ffmpegChildren } from './child-processes.js';
import { relayRequest } from './harness.js';
import { useRelayRig } from './relay-rig.js';

describe('a file backup playing while the primary is down', () => {
  const rig = useRelayRig('relaybot-backuppasses-', [
    { name: 'backup.flv', seconds: 2, format: 'flv' },
    { name: 'primary.flv', seconds: 4, format: 'flv', tone: 440 },
    { name: 'slate.flv', seconds: 2, format: 'flv', silent: true },
  ]);

  it('plays the backup without gaps between its passes, and is reported on air', async () => {
    const request = relayRequest(
      {
        SourceType: 'PullLivePushLive',
        // Nobody publishes this stream: the primary stays silent, and every check of it fails.
        SourceUrls: [rig.rtmp.url('live/nobody')],
        BackupSourceType: 'PullVodPushLive',
        BackupSourceUrl: rig.http.url('backup.flv'),
        ToUrl: rig.rtmp.url('live/backuppasses'),
      },
      40,
    );
    await rig.harness.backend.create(request);
    const mine = () => rig.harness.sink.forTask(request.SpecifyTaskId);
    await rig.harness.sink.waitFor(() => mine().some((e) => e.event === 'TaskAlarm'), 15_000, 'the primary failing');
    const failedAt = Date.now();
    await rig.harness.sink.waitFor(() => mine().some((e) => e.event === 'TaskStart'), 10_000, 'TaskStart on the backup');
    expect(Date.now() - failedAt).toBeLessThan(6000);
    expect((await rig.harness.backend.status(request.SpecifyTaskId))?.RunStatus).toBe('active');

    // Four passes of the 2 s backup, each followed by a failed check of the primary.
    const out = join(rig.dir.path, 'out.flv');
    await capture(rig.rtmp.url('live/backuppasses'), 8, out, 4);
    const result = await probe(out);
    expect(result.duration).toBeGreaterThan(7);
    expect(continuity(result.videoPts).maxGap).toBeLessThan(0.5);
    expect(mine().map((e) => e.event)).toEqual(['TaskAlarm', 'TaskStart']);

    // Deleted: the relay's TaskExit comes once every ffmpeg of it has gone, the probe of the primary included.
    await rig.harness.backend.delete(request.SpecifyTaskId, 'test');
    await rig.harness.sink.waitFor(() => mine().some((e) => e.event === 'TaskExit'), 10_000, 'TaskExit on delete');
    expect(ffmpegChildren()).toEqual([]);
  });

  // The slate: silence, made in the stream's format. A backup file with sound: its own sound (the silent track the
  // reader also makes is a second audio stream, which the muxer leaves out).
  it.each([
    { backup: 'slate.flv', heard: 'silence', stream: 'slateout' },
    { backup: 'backup.flv', heard: 'its tone', stream: 'toneout' },
  ])('keeps the sound track going while a backup file ($backup: $heard) is on air after a primary with sound', async ({ backup, heard, stream }) => {
    const primary = publishLive(join(rig.dir.path, 'primary.flv'), rig.rtmp.url('live/primary'));
    try {
      const primaryUrl = rig.rtmp.url('live/primary');
      const request = relayRequest(
        {
          SourceType: 'PullLivePushLive',
          SourceUrls: [primaryUrl],
          BackupSourceType: 'PullVodPushLive',
          BackupSourceUrl: rig.http.url(backup),
          ToUrl: rig.rtmp.url(`live/${stream}`),
        },
        60,
      );
      await rig.harness.backend.create(request);
      const mine = () => rig.harness.sink.forTask(request.SpecifyTaskId);
      await rig.harness.sink.waitFor(() => mine().some((e) => e.event === 'TaskStart'), 15_000, 'TaskStart on the primary');
      const out = join(rig.dir.path, `${stream}.flv`);
      const recording = capture(rig.rtmp.url(`live/${stream}`), 12, out);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      primary.kill('SIGKILL');
      await recording;
      expect(mine().some((e) => e.event === 'TaskAlarm' && e.detail.type === 'PullFileFailed')).toBe(true);

      // Without the silence the destination's sound stopped at the switch, for as long as the slate was on air.
      const result = await probe(out);
      expect(result.duration).toBeGreaterThan(9);
      expect(continuity(result.audioPts).maxGap).toBeLessThan(0.5);
      expect(result.audioPts.at(-1)!).toBeGreaterThan(result.videoPts.at(-1)! - 0.5);
      const audio = await decodeAudio(out);
      expect(audio.errors).toBe('');
      expect(audio).toMatchObject({ sampleRate: 44100, channels: 1 });
      // Heard: the primary's tone, then the backup's silence or tone.
      const levels = await soundLevels(out, 0.5);
      expect(levels.slice(0, 2).every((level) => level > 0.05)).toBe(true);
      expect(levels.slice(-4).every((level) => (heard === 'silence' ? level < 0.001 : level > 0.05))).toBe(true);
      await rig.harness.backend.delete(request.SpecifyTaskId, 'test');
    } finally {
      primary.kill('SIGKILL');
    }
  }, 60_000);

  it('gives a relay that starts on a backup file without sound a sound track, so the primary is heard once it is up', async () => {
    const primaryUrl = rig.rtmp.url('live/late');
    const request = relayRequest(
      {
        SourceType: 'PullLivePushLive',
        SourceUrls: [primaryUrl],
        BackupSourceType: 'PullVodPushLive',
        BackupSourceUrl: rig.http.url('slate.flv'),
        ToUrl: rig.rtmp.url('live/lateout'),
      },
      60,
    );
    await rig.harness.backend.create(request);
    const out = join(rig.dir.path, 'lateout.flv');
    const recording = capture(rig.rtmp.url('live/lateout'), 16, out);
    // The show's encoder starts late: the slate is on air meanwhile.
    await new Promise((resolve) => setTimeout(resolve, 6000));
    const primary = publishLive(join(rig.dir.path, 'primary.flv'), primaryUrl);
    try {
      await recording;
      expect((await rig.harness.backend.status(request.SpecifyTaskId))?.FileUrl).toBe(primaryUrl);
      // Without the slate's silence the stream had no sound track, and the primary's sound, once back, was left out
      // for the rest of the connection: no audio at all reached the destination.
      const audio = await decodeAudio(out);
      expect(audio.errors).toBe('');
      expect(audio).toMatchObject({ sampleRate: 48000, channels: 2 });
      const levels = await soundLevels(out, 0.5);
      expect(levels.slice(0, 4).every((level) => level < 0.001)).toBe(true);
      expect(levels.slice(-4).every((level) => level > 0.05)).toBe(true);
      expect(continuity((await probe(out)).audioPts).maxGap).toBeLessThan(0.5);
    } finally {
      primary.kill('SIGKILL');
      await rig.harness.backend.delete(request.SpecifyTaskId, 'test');
    }
  }, 60_000);
});
