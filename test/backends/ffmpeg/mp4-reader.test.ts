// Node's MP4 reader on files made by the bundled ffmpeg, fed in network-sized chunks: its tags, spliced and written
// as the muxer's Matroska stream, carry the same frames at the same times as the file (B-frames and edit lists
// included, proved by ffprobe against the file itself); files it does not follow are left to ffmpeg before a
// single tag is out.
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FlvSplicer } from '../../../src/backends/ffmpeg/flv/flv-splicer.js';
import type { FlvTag } from '../../../src/backends/ffmpeg/flv/flv-tags.js';
import { ByteSink } from '../../../src/backends/ffmpeg/flv/byte-sink.js';
import { MatroskaStream } from '../../../src/backends/ffmpeg/flv/matroska-stream.js';
import { looksLikeMp4, Mp4TagReader, NeedsFfmpeg } from '../../../src/backends/ffmpeg/mp4/mp4-tag-reader.js';
import { continuity, FFMPEG, makeMedia, probe } from '../../support/media.js';
import { tempDir } from './harness.js';

const run = promisify(execFile);
const CHUNK_SIZES = [5, 100, 4096, 13, 65536, 1, 30000];

/** Reads `bytes` as a network would hand them over; returns the tags and the Matroska stream they make. */
function readMp4(bytes: Buffer): { tags: FlvTag[]; matroska: Buffer; reader: Mp4TagReader } {
  const reader = new Mp4TagReader();
  const splicer = new FlvSplicer();
  splicer.beginFile(0);
  const tags: FlvTag[] = [];
  const out = new ByteSink(1024);
  let stream: MatroskaStream | null = null;
  for (let at = 0, i = 0; at < bytes.length; i += 1) {
    const chunk = Buffer.from(bytes.subarray(at, at + CHUNK_SIZES[i % CHUNK_SIZES.length]!));
    at += chunk.length;
    const read = reader.push(chunk);
    const spliced = splicer.pushTags(reader.header, read);
    const header = splicer.takeHeader();
    if (header) stream = new MatroskaStream(header);
    tags.push(...spliced);
    for (const tag of spliced) stream!.encode(tag, out);
  }
  return { tags, matroska: Buffer.from(out.bytes()), reader };
}

/** Presentation times (s) of a file's video and audio packets, as ffprobe reads them, sorted. */
async function times(file: string): Promise<{ video: number[]; audio: number[] }> {
  const result = await probe(file);
  const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
  return { video: sorted(result.videoPts), audio: sorted(result.audioPts) };
}

describe("node's MP4 reader", () => {
  const dir = tempDir('relaybot-mp4-');
  let plain: string;
  let bframes: string;

  beforeAll(async () => {
    plain = await makeMedia(dir.path, { name: 'plain.mp4', seconds: 3, format: 'mp4' });
    // B-frames (veryfast uses three): decode and presentation order differ, and ffmpeg writes edit lists for the
    // video's delay and the AAC encoder's priming.
    bframes = join(dir.path, 'bframes.mp4');
    await run(FFMPEG, [
      '-hide_banner', '-loglevel', 'error', '-y',
      '-f', 'lavfi', '-i', 'testsrc=size=320x240:rate=25:duration=3',
      '-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=48000:duration=3',
      '-c:v', 'libx264', '-preset', 'veryfast', '-g', '25', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest',
      '-movflags', '+faststart', bframes,
    ]);
  });

  afterAll(() => dir.remove());

  for (const [name, file] of [['a fast-start file', () => plain], ['a file with B-frames and edit lists', () => bframes]] as const) {
    it(`turns ${name} into the same frames at the same times`, async () => {
      const bytes = readFileSync(file());
      expect(looksLikeMp4(bytes)).toBe(true);
      const { matroska, reader } = readMp4(bytes);
      expect(reader.duration).toBeCloseTo(3, 1);
      expect(reader.header).toEqual({ hasVideo: true, hasAudio: true });
      const out = join(dir.path, `${name.length}.mkv`);
      writeFileSync(out, matroska);
      const [original, relayed] = await Promise.all([times(file()), times(out)]);
      const result = await probe(out);
      expect(result.videoCodec).toBe('h264');
      expect(result.audioCodec).toBe('aac');
      // Every frame, at the file's times (milliseconds, as FLV and the muxer's stream count), shifted as one.
      // (The stream starts at the first key frame: audio before it, such as an AAC encoder's priming frame before
      // 0, is left out, as from an FLV file.)
      expect(relayed.video).toHaveLength(original.video.length);
      expect(relayed.audio.length).toBeGreaterThanOrEqual(original.audio.length - 1);
      const originalAudio = original.audio.slice(original.audio.length - relayed.audio.length);
      const shift = relayed.video[0]! - original.video[0]!;
      relayed.video.forEach((t, i) => expect(Math.abs(t - shift - original.video[i]!)).toBeLessThan(0.0015));
      relayed.audio.forEach((t, i) => expect(Math.abs(t - shift - originalAudio[i]!)).toBeLessThan(0.0015));
      expect(continuity(relayed.video).maxGap).toBeLessThan(0.05);
      // The decoder gets a picture from the first frame on: it decodes without an error.
      await expect(run(FFMPEG, ['-hide_banner', '-v', 'error', '-xerror', '-i', out, '-f', 'null', '-'])).resolves.toBeDefined();
    });
  }

  it('leaves files it does not follow to ffmpeg before any tag is out', async () => {
    const moovLast = join(dir.path, 'moov-last.mp4');
    const fragmented = join(dir.path, 'fragmented.mp4');
    await run(FFMPEG, ['-hide_banner', '-loglevel', 'error', '-i', plain, '-c', 'copy', moovLast]);
    await run(FFMPEG, ['-hide_banner', '-loglevel', 'error', '-i', plain, '-c', 'copy', '-movflags', 'frag_keyframe+empty_moov', fragmented]);
    for (const [file, why] of [[moovLast, /mdat before moov/], [fragmented, /fragmented/]] as const) {
      const reader = new Mp4TagReader();
      const bytes = readFileSync(file);
      let tags = 0;
      const readAll = () => {
        for (let at = 0; at < bytes.length; at += 4096) tags += reader.push(bytes.subarray(at, at + 4096)).length;
      };
      expect(readAll).toThrow(NeedsFfmpeg);
      expect(readAll).toThrow(why);
      expect(tags).toBe(0);
    }
  });
});
