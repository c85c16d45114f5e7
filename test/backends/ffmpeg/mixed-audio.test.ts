// Files whose audio differs (sample rate, channels) in one relay. The muxer reads one Matroska stream whose audio
// track keeps the first file's configuration (it cannot change mid-stream, nor can the destination's FLV), so a
// later file's audio frames, copied unchanged, would be decoded under the wrong configuration: a 22.05 kHz stereo
// file heard as 44.1 kHz mono fails to decode, a 48 kHz one plays fast and drifts from its picture, MP3 frames are
// no AAC at all. Such a file is
// read by an ffmpeg reader that re-encodes its audio to the stream's format, its picture still copied: whether node
// read it (FLV, an MP4 with its index first) or an ffmpeg reader did (an MP4 with its index last).
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { FlvTagReader, isSequenceHeader, TAG_AUDIO, TAG_HEADER_SIZE } from '../../../src/backends/ffmpeg/flv/flv-tags.js';
import { t } from '../../../src/core/i18n.js';
import { capture, continuity, decodeAudio, FFMPEG, probe } from '../../support/media.js';
import { playOnce, useRelayRig } from './relay-rig.js';

const run = promisify(execFile);

describe('files whose audio differs in one relay', () => {
  const rig = useRelayRig('relaybot-mixed-audio-', [
    // The stream's audio: 44.1 kHz mono (the first file's).
    { name: 'first.flv', seconds: 2, format: 'flv', tone: 440 },
    // Read by node's MP4 reader: 22.05 kHz stereo.
    { name: 'stereo-22k.mp4', seconds: 2, format: 'mp4', tone: 660, sampleRate: 22050, channels: 2 },
    // Read by node's FLV reader: 48 kHz mono.
    { name: 'mono-48k.flv', seconds: 2, format: 'flv', tone: 880, sampleRate: 48000 },
    // Made HE-AAC below (by its configuration): a stream ffmpeg's AAC encoder (LC only) cannot match.
    { name: 'lc.flv', seconds: 2, format: 'flv', tone: 440 },
  ]);

  beforeAll(async () => {
    // An MP4 whose index comes last, which node's reader leaves to an ffmpeg reader: MP3, 44.1 kHz stereo. At 2 Mbps,
    // more than its pipe holds: the reader refused for its audio is still writing when it is told to stop.
    await run(FFMPEG, [
      '-hide_banner', '-loglevel', 'error', '-y',
      '-f', 'lavfi', '-i', 'testsrc=size=320x240:rate=25:duration=2',
      '-f', 'lavfi', '-i', 'sine=frequency=550:sample_rate=44100:duration=2',
      '-c:v', 'libx264', '-preset', 'ultrafast', '-g', '25', '-pix_fmt', 'yuv420p', '-b:v', '2000k', '-minrate', '2000k', '-maxrate', '2000k',
      '-bufsize', '4000k', '-x264-params', 'nal-hrd=cbr', '-c:a', 'libmp3lame', '-ac', '2', '-shortest',
      '-f', 'mp4', join(rig.dir.path, 'mp3-index-last.mp4'),
    ]);
    // The same file, its AudioSpecificConfig saying object type 5 (HE-AAC) instead of 2 (LC): muxers copy it as it is.
    const bytes = readFileSync(join(rig.dir.path, 'lc.flv'));
    const header = new FlvTagReader().push(bytes).find((tag) => tag.type === TAG_AUDIO && isSequenceHeader(tag))!;
    const at = bytes.indexOf(header.bytes) + TAG_HEADER_SIZE + 2;
    bytes[at] = (5 << 3) | (bytes[at]! & 0x07);
    writeFileSync(join(rig.dir.path, 'he-aac.flv'), bytes);
  });

  it('re-encodes a later file whose audio differs, so that all of it decodes at the destination in step with the picture', async () => {
    const out = join(rig.dir.path, 'mixed-audio.flv');
    const recording = capture(rig.rtmp.url('live/mixed-audio'), 25, out, 2);
    const events = await playOnce(rig, ['first.flv', 'stereo-22k.mp4', 'mono-48k.flv', 'mp3-index-last.mp4'], 'mixed-audio', 25_000);
    await recording;

    // Every file played, in order, none of them alarmed.
    expect(events.filter((e) => e.event === 'VodSourceFileFinish').map((e) => e.detail.index)).toEqual([0, 1, 2, 3]);
    expect(events.filter((e) => e.event === 'TaskAlarm')).toEqual([]);

    const audio = await decodeAudio(out);
    expect(audio.errors).toBe('');
    expect(audio).toMatchObject({ sampleRate: 44100, channels: 1 });
    // Every packet decoded, each as the stream's one channel.
    expect(audio.frameChannels.length).toBe(audio.packets);
    expect(audio.frameChannels.every((channels) => channels === 1)).toBe(true);
    // As much sound as picture: eight seconds of each (a file played at the wrong rate would be ~0.2 s over or
    // ~1 s under for its two seconds).
    const { videoPts, audioPts } = await probe(out);
    // One stream: no gap where a re-encoded file begins or ends. (Each file starts one frame after the previous
    // one's last audio or video; a re-encoded file's audio ends a frame later than its picture, as the encoder pads
    // it, so the picture waits ~0.1 s there, as playlist.test.ts allows.)
    expect(continuity(videoPts).maxGap).toBeLessThan(0.15);
    expect(continuity(audioPts).maxGap).toBeLessThan(0.1);
    const videoSeconds = Math.max(...videoPts) - Math.min(...videoPts);
    const audioSpan = Math.max(...audioPts) - Math.min(...audioPts);
    expect(videoSeconds).toBeGreaterThan(7.5);
    expect(Math.abs(audio.decodedSeconds - videoSeconds)).toBeLessThan(0.15);
    expect(Math.abs(audio.decodedSeconds - audioSpan)).toBeLessThan(0.1);
  });

  it('refuses, once and in the reader\'s language, a file whose audio cannot be re-encoded to the stream\'s, while the rest plays', async () => {
    const events = await playOnce(rig, ['he-aac.flv', 'mono-48k.flv', 'he-aac.flv'], 'refused-audio', 25_000);

    const alarms = events.filter((e) => e.event === 'TaskAlarm');
    expect(alarms).toHaveLength(1);
    expect(alarms[0]!.detail.type).toBe('PullFileFailed');
    const reason = alarms[0]!.detail.reason!;
    expect(reason).toMatchObject({
      code: 'sourceFailed',
      values: {
        messageKey: 'runner.sourceAudioFormatDiffers',
        fileCodec: 'AAC-LC',
        fileRate: 48000,
        fileChannels: 1,
        streamCodec: 'HE-AAC',
        streamRate: 44100,
        streamChannels: 1,
      },
    });
    expect(t('en', 'runner.sourceAudioFormatDiffers', reason.values!)).toMatch(/AAC-LC, 48000 Hz, 1 ch.*HE-AAC, 44100 Hz, 1 ch.*same audio/);
    expect(t('zh-CN', 'runner.sourceAudioFormatDiffers', reason.values!)).toMatch(/AAC-LC，48000 Hz，1 声道.*HE-AAC，44100 Hz.*采样率/);
    expect(events.filter((e) => e.event === 'VodSourceFileFinish').map((e) => e.detail.index)).toEqual([0, 2]);
  });
});
