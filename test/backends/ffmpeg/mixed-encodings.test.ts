// Files of different encodings in one relay, whose muxer reads node's stream as Matroska (flv/matroska-stream.ts):
// a later file encoded at another frame size still plays at its own size at the destination (its SPS/PPS go in
// band: Matroska cannot change a track's configuration mid-stream), and a file in a codec the relay does not carry
// (H.264 video only: the API page also lists H.265, which the bundled ffmpeg cannot push over RTMP) is refused once,
// in the reader's language, while the rest plays; a file without sound is given silence (flv/silent-audio.ts).
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../../src/core/i18n.js';
import { capture, continuity, decodeAudio, FFMPEG, FFPROBE, probe, soundLevels } from '../../support/media.js';
import { playOnce, useRelayRig } from './relay-rig.js';

const run = promisify(execFile);

/** Every decoded video frame, in output order (its size as "WxH" and its presentation time), and what the decoder said. */
async function decodedFrames(file: string): Promise<{ sizes: string[]; times: number[]; errors: string }> {
  const { stdout, stderr } = await run(
    FFPROBE,
    ['-v', 'error', '-select_streams', 'v', '-show_entries', 'frame=width,height,best_effort_timestamp_time', '-of', 'json', file],
    { maxBuffer: 16 * 1024 * 1024 },
  );
  const frames = (JSON.parse(stdout) as { frames: { width: number; height: number; best_effort_timestamp_time: string }[] }).frames;
  return {
    sizes: frames.map((frame) => `${frame.width}x${frame.height}`),
    times: frames.map((frame) => Number.parseFloat(frame.best_effort_timestamp_time)),
    errors: stderr,
  };
}

describe('files of different encodings in one relay', () => {
  const rig = useRelayRig('relaybot-encodings-', [
    { name: 'small.flv', seconds: 2, format: 'flv', size: '320x240', tone: 440 },
    { name: 'large.mp4', seconds: 2, format: 'mp4', size: '640x360', tone: 660 },
    // Three B-frames between references: decode order differs from presentation order.
    { name: 'bframes.mp4', seconds: 2, format: 'mp4', preset: 'veryfast', tone: 550 },
    // A slate: picture, no sound.
    { name: 'slate.flv', seconds: 3, format: 'flv', silent: true },
  ]);

  beforeAll(async () => {
    // Sorenson H.263, FLV's own old video codec: ffmpeg writes it, Tencent Cloud does not relay it.
    await run(FFMPEG, [
      '-hide_banner', '-loglevel', 'error', '-y',
      '-f', 'lavfi', '-i', 'testsrc=size=320x240:rate=25:duration=2',
      '-f', 'lavfi', '-i', 'sine=frequency=880:sample_rate=44100:duration=2',
      '-c:v', 'flv1', '-c:a', 'aac', '-shortest', '-f', 'flv', join(rig.dir.path, 'h263.flv'),
    ]);
    // HEVC in MP4: Tencent Cloud takes it, the bundled runner cannot push it over RTMP (its ffmpeg's FLV has no
    // HEVC); an ffmpeg reader finds that out, in words of its own.
    await run(FFMPEG, [
      '-hide_banner', '-loglevel', 'error', '-y',
      '-f', 'lavfi', '-i', 'testsrc=size=320x240:rate=25:duration=2',
      '-f', 'lavfi', '-i', 'sine=frequency=880:sample_rate=44100:duration=2',
      '-c:v', 'libx265', '-preset', 'ultrafast', '-x265-params', 'log-level=error', '-c:a', 'aac', '-shortest',
      '-movflags', '+faststart', '-f', 'mp4', join(rig.dir.path, 'hevc.mp4'),
    ]);
  });

  it('plays each file at its own size, back to the first file\'s too, and refuses an H.263 and an HEVC file once each while the rest plays', async () => {
    const out = join(rig.dir.path, 'encodings.flv');
    const recording = capture(rig.rtmp.url('live/encodings'), 20, out, 2);
    const events = await playOnce(rig, ['small.flv', 'h263.flv', 'hevc.mp4', 'large.mp4', 'small.flv'], 'encodings');
    await recording;

    const alarms = events.filter((e) => e.event === 'TaskAlarm');
    expect(alarms).toHaveLength(2);
    expect(alarms.map((alarm) => alarm.detail.type)).toEqual(['PullFileFailed', 'PullFileFailed']);
    const [h263, hevc] = alarms.map((alarm) => alarm.detail.reason!);
    expect(h263).toMatchObject({ code: 'sourceFailed', values: { messageKey: 'runner.sourceVideoCodecUnsupported', codec: 'Sorenson H.263' } });
    expect(t('en', 'runner.sourceVideoCodecUnsupported', h263!.values!)).toMatch(/Sorenson H\.263.*H\.264/);
    expect(t('zh-CN', 'runner.sourceVideoCodecUnsupported', h263!.values!)).toMatch(/Sorenson H\.263.*转码/);
    // Said as plainly as the H.263 file, not in ffmpeg's words ("Could not write header for output file #0").
    expect(hevc).toMatchObject({ code: 'sourceFailed', values: { messageKey: 'runner.sourceVideoCodecUnsupported', codec: 'HEVC (H.265)' } });
    expect(t('en', 'runner.sourceVideoCodecUnsupported', hevc!.values!)).toMatch(/HEVC \(H\.265\).*H\.264.*Tencent Cloud/);
    expect(t('zh-CN', 'runner.sourceVideoCodecUnsupported', hevc!.values!)).toMatch(/HEVC \(H\.265\).*腾讯云/);
    // The good files played in full, in order.
    expect(events.filter((e) => e.event === 'VodSourceFileFinish').map((e) => e.detail.index)).toEqual([0, 3, 4]);
    // With no dead air between them: a file refused for its codec is skipped at once, not retried (retries kept
    // the destination without media for ~3.6 s here).
    const firstFinished = events.find((e) => e.event === 'VodSourceFileFinish' && e.detail.index === 0)!;
    const lastStarted = events.find((e) => e.event === 'VodSourceFileStart' && e.detail.index === 3)!;
    expect(lastStarted.at - firstFinished.at).toBeLessThan(1500);

    const result = await probe(out);
    expect(result.videoCodec).toBe('h264');
    expect(result.audioCodec).toBe('aac');
    expect(result.duration).toBeGreaterThan(5.3);
    // Decoded at the destination: the first file's frames at 320x240, the larger file's at 640x360, then the first
    // file's again at 320x240. That last file was decoded with the larger file's parameter sets (at 640x360, with
    // errors) when they were sent in band only for a file whose differed from the stream's first: the next loop of
    // a playlist of two encodings was garbled.
    const { sizes, errors } = await decodedFrames(out);
    expect(errors).toBe('');
    const firstLarge = sizes.indexOf('640x360');
    const smallAgain = sizes.indexOf('320x240', firstLarge);
    expect(sizes[0]).toBe('320x240');
    expect(firstLarge).toBeGreaterThan(20);
    expect(smallAgain - firstLarge).toBeGreaterThan(40);
    expect(sizes.slice(firstLarge, smallAgain).every((size) => size === '640x360')).toBe(true);
    expect(sizes.length - smallAgain).toBeGreaterThan(40);
    expect(sizes.slice(smallAgain).every((size) => size === '320x240')).toBe(true);
  });

  it('plays a file with B-frames whole: every frame decoded at the destination, one every 40 ms, in order', async () => {
    const out = join(rig.dir.path, 'bframes.flv');
    // The player waits at the server before the relay starts (it would join late at the last key frame otherwise).
    const recording = capture(rig.rtmp.url('live/bframes'), 10, out, 4);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const events = await playOnce(rig, ['bframes.mp4'], 'bframes');
    await recording;

    expect(events.filter((e) => e.event === 'TaskAlarm')).toEqual([]);
    // The muxer is told only the track headers of node's stream (it probes nothing): the decode times it derives
    // for reordered frames must still let every frame through, each shown at its own time.
    const { times, errors } = await decodedFrames(out);
    expect(errors).toBe('');
    expect(times).toHaveLength(50);
    const steps = times.slice(1).map((time, i) => Math.round((time - times[i]!) * 1000));
    expect(steps.every((ms) => ms === 40)).toBe(true);
  });

  it('gives a silent slate first in the list silence, so that the next file is heard, its picture whole', async () => {
    const out = join(rig.dir.path, 'slate.flv');
    const recording = capture(rig.rtmp.url('live/slate'), 10, out, 4);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const events = await playOnce(rig, ['slate.flv', 'small.flv'], 'slate');
    await recording;

    expect(events.filter((e) => e.event === 'VodSourceFileFinish').map((e) => e.detail.index)).toEqual([0, 1]);
    // The stream's tracks are its first file's. Without silence for the slate the stream had no sound track and
    // the second file played without sound (and, before that was handled, with only its key frames: 77 of 125).
    const { times, errors } = await decodedFrames(out);
    expect(errors).toBe('');
    expect(times).toHaveLength(125);
    const steps = times.slice(1).map((time, i) => Math.round((time - times[i]!) * 1000));
    expect(Math.max(...steps)).toBeLessThanOrEqual(80);
    // The slate's silence set the sound track (stereo, 48 kHz); the second file's mono 44.1 kHz sound was
    // re-encoded to it, and every frame decodes.
    const audio = await decodeAudio(out);
    expect(audio.errors).toBe('');
    expect(audio).toMatchObject({ sampleRate: 48000, channels: 2 });
    expect(audio.frameChannels.every((channels) => channels === 2)).toBe(true);
    expect(audio.decodedSeconds).toBeGreaterThan(4.7);
    // Heard: three seconds of silence, then the second file's tone.
    const levels = await soundLevels(out, 0.5);
    expect(levels.slice(0, 5).every((level) => level < 0.001)).toBe(true);
    expect(levels.slice(7, 9).every((level) => level > 0.05)).toBe(true);
    expect(continuity((await probe(out)).audioPts).maxGap).toBeLessThan(0.1);
  });

  it('keeps the sound track going through a silent slate between files with sound: silence, not a gap', async () => {
    const out = join(rig.dir.path, 'slate-between.flv');
    const recording = capture(rig.rtmp.url('live/slate-between'), 12, out, 4);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const events = await playOnce(rig, ['small.flv', 'slate.flv', 'small.flv'], 'slate-between');
    await recording;

    expect(events.filter((e) => e.event === 'TaskAlarm')).toEqual([]);
    // Silence in the stream's own format (the first file's, mono 44.1 kHz): nothing is re-encoded.
    const audio = await decodeAudio(out);
    expect(audio.errors).toBe('');
    expect(audio).toMatchObject({ sampleRate: 44100, channels: 1 });
    expect(audio.decodedSeconds).toBeGreaterThan(6.7);
    expect(continuity((await probe(out)).audioPts).maxGap).toBeLessThan(0.1);
    const levels = await soundLevels(out, 0.5);
    expect(levels.slice(0, 3).every((level) => level > 0.05)).toBe(true);
    expect(levels.slice(5, 9).every((level) => level < 0.001)).toBe(true);
    expect(levels.slice(11, 13).every((level) => level > 0.05)).toBe(true);
  });
});
