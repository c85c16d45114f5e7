// An MP4 file read by node as it downloads, turned into the FLV tags the splicer takes: so an MP4 playlist entry
// needs no reader ffmpeg (~2 MiB and a process per relay). The `moov` must come before the media (a "fast start"
// file, as web video is published); a file laid out otherwise, fragmented, or in a codec or edit this reader does
// not follow throws NeedsFfmpeg before any tag is out, and is read by an ffmpeg reader instead.
//
// Samples go out in file order as their bytes arrive, each copied once into its tag; the chunk it came in is let
// go as soon as no sample still needs it. Times follow ffmpeg's: the edit list's start offset taken off, then the
// whole file shifted so that nothing decodes before 0.
import { buildTag, type FlvHeader, type FlvTag, TAG_AUDIO, TAG_VIDEO, TAG_HEADER_SIZE } from '../flv/flv-tags.js';
import { NeedsFfmpeg, parseMovie, type Mp4Movie, type Mp4Track } from './mp4-movie.js';

export { NeedsFfmpeg };

/** A `moov` larger than this is not held in memory by node (hours of media in one file): ffmpeg reads it. */
const MAX_MOOV_BYTES = 32 * 1024 * 1024;

/** Whether a stream starts like an MP4 file (an `ftyp` box first). */
export function looksLikeMp4(start: Buffer): boolean {
  return start.length >= 8 && start.toString('latin1', 4, 8) === 'ftyp';
}

/** A track's next sample to go out. */
interface Cursor {
  track: Mp4Track;
  index: number;
}

export class Mp4TagReader {
  /** The tracks the file has, once its `moov` is read. */
  header: FlvHeader | null = null;
  /** Seconds, once the `moov` is read, when it says. */
  duration: number | undefined;
  private chunks: Buffer[] = [];
  /** File offset of chunks[0][0]. */
  private base = 0;
  private length = 0;
  private moov: { start: number; size: number } | null = null;
  private movie: Mp4Movie | null = null;
  /** Each track's next sample; the one earliest in the file goes out first. */
  private cursors: Cursor[] = [];
  private configSent = false;
  /** Where the next top-level box starts, until the `moov` is read. */
  private boxAt = 0;
  private shiftMs = 0;

  /** Bytes in; the tags they complete out (none until the `moov` is read). */
  push(chunk: Buffer): FlvTag[] {
    this.chunks.push(chunk);
    this.length += chunk.length;
    if (!this.movie && !this.findMovie()) return [];
    return this.samplesReady();
  }

  /** Reads top-level boxes up to the `moov`; true once it is parsed and its header tags are out. */
  private findMovie(): boolean {
    while (!this.moov) {
      if (this.base + this.length < this.boxAt + 16) return false;
      const head = this.bytes(this.boxAt, 16);
      let size = head.readUInt32BE(0);
      const type = head.toString('latin1', 4, 8);
      if (size === 1) size = Number(head.readBigUInt64BE(8));
      if (type === 'moov') {
        if (size < 8 || size > MAX_MOOV_BYTES) throw new NeedsFfmpeg('moov too large');
        this.moov = { start: this.boxAt, size };
        break;
      }
      if (type === 'mdat' || type === 'moof' || size < 8) throw new NeedsFfmpeg(`${type} before moov`);
      this.boxAt += size;
    }
    if (this.base + this.length < this.moov.start + this.moov.size) return false;
    this.movie = parseMovie(this.bytes(this.moov.start, this.moov.size));
    this.start(this.movie);
    return true;
  }

  private start(movie: Mp4Movie): void {
    this.duration = movie.duration;
    this.header = { hasVideo: movie.video !== null, hasAudio: movie.audio !== null };
    const moovEnd = this.moov!.start + this.moov!.size;
    for (const track of [movie.video, movie.audio]) {
      if (!track?.offsets.length) continue;
      for (let index = 0; index < track.offsets.length; index += 1) {
        // Each track's samples in file order after the moov: they are then read in one pass as they arrive.
        if (track.offsets[index]! < (index ? track.offsets[index - 1]! : moovEnd)) throw new NeedsFfmpeg('samples out of file order');
      }
      this.cursors.push({ track, index: 0 });
      // Nothing may decode before 0: the earliest decode time (after the edit) sets the shift.
      this.shiftMs = Math.max(this.shiftMs, -this.rawMs(track, 0));
    }
    this.release(this.nextOffset());
  }

  /** The configuration tags, then every sample whose bytes are all in. */
  private samplesReady(): FlvTag[] {
    const tags: FlvTag[] = [];
    const movie = this.movie!;
    if (!this.configSent) {
      this.configSent = true;
      if (movie.video) tags.push(buildTag(TAG_VIDEO, 0, [0x17, 0, 0, 0, 0], movie.video.config));
      if (movie.audio) tags.push(buildTag(TAG_AUDIO, 0, [0xaf, 0], movie.audio.config));
    }
    const end = this.base + this.length;
    // The samples this chunk completes, then their tags written into one buffer: one allocation per chunk read
    // rather than one per frame (frames of a 2 Mbps stream are ~10 KiB, each its own allocation otherwise).
    const ready: Cursor[] = [];
    let bytes = 0;
    for (;;) {
      const cursor = this.nextCursor();
      if (!cursor) break;
      const offset = cursor.track.offsets[cursor.index]!;
      const size = cursor.track.sizes[cursor.index]!;
      if (offset + size > end) break;
      ready.push({ track: cursor.track, index: cursor.index });
      bytes += TAG_OVERHEAD + size;
      cursor.index += 1;
    }
    const slab = Buffer.allocUnsafe(bytes);
    let at = 0;
    for (const sample of ready) {
      const tag = this.sampleTag(sample, slab, at);
      at += tag.bytes.length;
      tags.push(tag);
    }
    this.release(this.nextOffset());
    return tags;
  }

  /** The track whose next sample comes first in the file; null when every sample is out. */
  private nextCursor(): Cursor | null {
    let best: Cursor | null = null;
    for (const cursor of this.cursors) {
      if (cursor.index >= cursor.track.offsets.length) continue;
      if (!best || cursor.track.offsets[cursor.index]! < best.track.offsets[best.index]!) best = cursor;
    }
    return best;
  }

  /** File offset of the next sample to go out (the end of what is held when none is left). */
  private nextOffset(): number {
    const cursor = this.nextCursor();
    return cursor ? cursor.track.offsets[cursor.index]! : this.base + this.length;
  }

  /** A sample's tag, written into `slab` at `at`. */
  private sampleTag({ track, index }: Cursor, slab: Buffer, at: number): FlvTag {
    const ms = Math.round(this.rawMs(track, index) + this.shiftMs);
    const data = this.bytes(track.offsets[index]!, track.sizes[index]!);
    if (track.kind === 'audio') return buildTag(TAG_AUDIO, ms, [0xaf, 1], data, slab, at);
    const cts = Math.round((track.cts[index]! * 1000) / track.timescale);
    return buildTag(TAG_VIDEO, ms, [track.sync[index] ? 0x17 : 0x27, 1, (cts >> 16) & 0xff, (cts >> 8) & 0xff, cts & 0xff], data, slab, at);
  }

  /** A sample's decode time on the movie's timeline, ms, before the shift. */
  private rawMs(track: Mp4Track, index: number): number {
    return ((track.dts[index]! - track.mediaTime) * 1000) / track.timescale + track.delayMs;
  }

  /** `size` bytes from file offset `at` (held in one or more chunks): a view when in one chunk, else a copy. */
  private bytes(at: number, size: number): Buffer {
    let chunkStart = this.base;
    for (let i = 0; i < this.chunks.length; i += 1) {
      const chunk = this.chunks[i]!;
      if (at < chunkStart + chunk.length) {
        const from = at - chunkStart;
        if (from + size <= chunk.length) return chunk.subarray(from, from + size);
        const out = Buffer.allocUnsafe(size);
        let copied = chunk.copy(out, 0, from);
        for (let j = i + 1; copied < size; j += 1) copied += this.chunks[j]!.copy(out, copied, 0, size - copied);
        return out;
      }
      chunkStart += chunk.length;
    }
    throw new Error(`mp4 reader: bytes at ${at} not held`);
  }

  /** Lets go of every chunk that ends before `offset` (no sample still to come needs it). */
  private release(offset: number): void {
    while (this.chunks.length && this.base + this.chunks[0]!.length <= offset) {
      const chunk = this.chunks.shift()!;
      this.base += chunk.length;
      this.length -= chunk.length;
    }
  }
}

/** Tag header, the longest prefix (video's five bytes) and PreviousTagSize: at most this much more than a sample. */
const TAG_OVERHEAD = TAG_HEADER_SIZE + 5 + 4;
