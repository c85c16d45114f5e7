// The FLV splicer on files made by the bundled ffmpeg: one continuous stream out of several files and loops,
// written as the Matroska stream the muxer reads (proved by ffprobe), a start offset honoured at a key frame, the
// duration read from onMetaData, silence for a file without sound.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { metadataDuration } from '../../../src/backends/ffmpeg/flv/amf-duration.js';
import { AudioFormatChanged } from '../../../src/backends/ffmpeg/flv/audio-format.js';
import { FlvSplicer } from '../../../src/backends/ffmpeg/flv/flv-splicer.js';
import { ByteSink } from '../../../src/backends/ffmpeg/flv/byte-sink.js';
import { MatroskaStream } from '../../../src/backends/ffmpeg/flv/matroska-stream.js';
import { FlvTagReader, isKeyframe, isSequenceHeader, TAG_VIDEO, type FlvTag } from '../../../src/backends/ffmpeg/flv/flv-tags.js';
import { continuity, decodeAudio, makeMedia, probe, soundLevels } from '../../support/media.js';
import { tempDir } from './harness.js';

/** The splicer's output as the feed writes it. */
class Spliced {
  readonly splicer = new FlvSplicer();
  readonly out = new ByteSink(1024);
  private matroska: MatroskaStream | null = null;
  take(header: ReturnType<FlvSplicer['takeHeader']>, tags: FlvTag[]): void {
    if (header) this.matroska = new MatroskaStream(header);
    for (const tag of tags) this.matroska!.encode(tag, this.out);
  }
}

/** Feeds a file to the splicer in chunks of varying size, as a network read would. */
function spliceFile(spliced: Spliced, bytes: Buffer, seekMs: number, tags: FlvTag[] = []): void {
  const { splicer } = spliced;
  splicer.beginFile(seekMs);
  const sizes = [7, 100, 4096, 13, 65536, 1];
  let at = 0;
  for (let i = 0; at < bytes.length; i += 1) {
    // A copy, as every network chunk is its own buffer (the splicer rewrites timestamps in place).
    const chunk = Buffer.from(bytes.subarray(at, at + sizes[i % sizes.length]!));
    at += chunk.length;
    const got = splicer.push(chunk);
    tags.push(...got);
    spliced.take(splicer.takeHeader(), got);
  }
}

describe('FLV splicer', () => {
  const dir = tempDir('relaybot-splicer-');
  let a: Buffer;
  let b: Buffer;
  let c48k: Buffer;
  let slate: Buffer;

  beforeAll(async () => {
    a = readFileSync(await makeMedia(dir.path, { name: 'a.flv', seconds: 2, format: 'flv', tone: 440 }));
    b = readFileSync(await makeMedia(dir.path, { name: 'b.flv', seconds: 3, format: 'flv', tone: 660 }));
    c48k = readFileSync(await makeMedia(dir.path, { name: 'c48k.flv', seconds: 2, format: 'flv', tone: 880, sampleRate: 48000 }));
    slate = readFileSync(await makeMedia(dir.path, { name: 'slate.flv', seconds: 2, format: 'flv', silent: true }));
  });

  afterAll(() => dir.remove());

  it('joins files and loops into one stream with no gap or jump back, one frame between files', async () => {
    const spliced = new Spliced();
    spliceFile(spliced, a, 0);
    expect(spliced.splicer.duration).toBeCloseTo(2, 1);
    spliceFile(spliced, b, 0);
    expect(spliced.splicer.duration).toBeCloseTo(3, 1);
    spliceFile(spliced, a, 0);
    const file = join(dir.path, 'joined.mkv');
    writeFileSync(file, spliced.out.bytes());
    const result = await probe(file);
    expect(result.videoCodec).toBe('h264');
    expect(result.audioCodec).toBe('aac');
    expect(result.duration).toBeGreaterThan(6.8);
    expect(result.duration).toBeLessThan(7.3);
    for (const pts of [result.videoPts, result.audioPts]) {
      const c = continuity(pts);
      expect(c.backwards).toBe(false);
      expect(c.maxGap).toBeLessThan(0.1);
    }
  });

  it('starts a file at the first key frame at or after the offset, sequence headers first', () => {
    const spliced = new Spliced();
    const { splicer } = spliced;
    const tags: FlvTag[] = [];
    spliceFile(spliced, b, 1100, tags);
    const video = tags.filter((t) => t.type === TAG_VIDEO);
    expect(isSequenceHeader(video[0]!)).toBe(true);
    expect(isKeyframe(video[1]!)).toBe(true);
    // Key frames every second (-g 25 at 25 fps, after a few ms of encoder delay): 1.1 s starts at the one near
    // 2 s of the file, at output time 0.
    expect(splicer.startMs).toBeGreaterThanOrEqual(2000);
    expect(splicer.startMs).toBeLessThan(2100);
    expect(video[1]!.timestamp).toBe(0);
    expect(tags.filter((t) => !isSequenceHeader(t)).every((t) => t.timestamp >= 0)).toBe(true);
    expect(splicer.played).toBeGreaterThan(0.9);
    expect(splicer.played).toBeLessThan(1.0);
  });

  it('reads the duration from onMetaData, and none from other script data', () => {
    const reader = new FlvTagReader();
    const script = reader.push(a).find((t) => t.type === 18)!;
    expect(metadataDuration(script.bytes.subarray(11, script.bytes.length - 4))).toBeCloseTo(2, 1);
    expect(metadataDuration(Buffer.from([2, 0, 3, 0x61, 0x62, 0x63]))).toBeUndefined();
    expect(metadataDuration(Buffer.from([2, 0, 10]))).toBeUndefined();
  });

  it('refuses a later file whose audio differs before any of its media, and starts it, read again, where it would have', () => {
    const spliced = new Spliced();
    spliceFile(spliced, a, 0);
    const nextStart = spliced.splicer.endMs;
    // Byte by byte: each tag comes out of its own push, so the file's video header is given before its audio's is seen.
    spliced.splicer.beginFile(0);
    const given: FlvTag[] = [];
    let refused: unknown;
    for (let at = 0; at < c48k.length && refused === undefined; at += 1) {
      try {
        given.push(...spliced.splicer.push(Buffer.from(c48k.subarray(at, at + 1))));
      } catch (error) {
        refused = error;
      }
    }
    expect(refused).toBeInstanceOf(AudioFormatChanged);
    const { stream, file } = refused as AudioFormatChanged;
    expect(stream).toEqual({ codec: 'aac', objectType: 2, sampleRate: 44100, channels: 1 });
    expect(file).toEqual({ codec: 'aac', objectType: 2, sampleRate: 48000, channels: 1 });
    expect(given.length).toBeGreaterThan(0);
    expect(given.every((tag) => isSequenceHeader(tag))).toBe(true);
    // Read again in the stream's format (as ffmpeg re-encodes it), it starts where it would have: no gap.
    const again: FlvTag[] = [];
    spliceFile(spliced, b, 0, again);
    expect(again.find((tag) => !isSequenceHeader(tag))!.timestamp).toBe(nextStart);
  });

  it("gives files without sound silence: stereo 48 kHz when one comes first, the stream's own format after sound", async () => {
    const first = new Spliced();
    const tags: FlvTag[] = [];
    spliceFile(first, slate, 0, tags);
    spliceFile(first, slate, 0, tags);
    // Each frame's sound is in the stream before the frame: no silence is made for a time the picture has passed.
    let pictureAt = -1;
    for (const tag of tags) {
      if (isSequenceHeader(tag)) continue;
      if (tag.type === TAG_VIDEO) pictureAt = tag.timestamp;
      else expect(tag.timestamp).toBeGreaterThan(pictureAt);
    }
    const firstFile = join(dir.path, 'slates.mkv');
    writeFileSync(firstFile, first.out.bytes());
    const firstResult = await probe(firstFile);
    expect(firstResult.audioCodec).toBe('aac');
    expect(continuity(firstResult.audioPts).maxGap).toBeLessThan(0.05);
    const firstAudio = await decodeAudio(firstFile);
    expect(firstAudio).toMatchObject({ sampleRate: 48000, channels: 2, errors: '' });
    expect(firstAudio.decodedSeconds).toBeGreaterThan(3.9);
    expect((await soundLevels(firstFile, 0.5)).every((level) => level === 0)).toBe(true);

    const after = new Spliced();
    spliceFile(after, a, 0);
    spliceFile(after, slate, 0);
    const afterFile = join(dir.path, 'sound-then-slate.mkv');
    writeFileSync(afterFile, after.out.bytes());
    const afterResult = await probe(afterFile);
    expect(continuity(afterResult.audioPts).maxGap).toBeLessThan(0.05);
    const afterAudio = await decodeAudio(afterFile);
    expect(afterAudio).toMatchObject({ sampleRate: 44100, channels: 1, errors: '' });
    expect(afterAudio.decodedSeconds).toBeGreaterThan(3.9);
  });

  it('refuses a stream that is not FLV', () => {
    expect(() => new FlvTagReader().push(Buffer.from('#EXTM3U\n#EXT-X-VERSION:3\n'))).toThrow(/not an FLV/);
  });
});
