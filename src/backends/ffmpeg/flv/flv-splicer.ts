// Turns a sequence of FLV files into ONE continuous stream of FLV tags for the muxer (the feed hands it on as
// Matroska, see matroska-stream.ts): the first file's header once, every later header and every script tag
// dropped (the spliced stream has no single duration), and every tag's timestamp rebased so that each file starts
// one frame after the previous one ended — the destination never sees a jump back or a gap, across files, loops,
// edits or retries. A start offset is honoured by starting at the first video key frame at or after it (audio
// from there on), with the AVC/AAC sequence headers always passed through so the decoder can start there. A file
// with a picture but no sound is given silence (silent-audio.ts), so that the stream always has a sound track.
import { metadataDuration } from './amf-duration.js';
import { AudioFormatChanged, audioFormatOf, sameAudioFormat, type AudioFormat } from './audio-format.js';
import { assertCarriable } from './matroska-stream.js';
import {
  type FlvHeader,
  type FlvTag,
  FlvTagReader,
  isEndOfSequence,
  isKeyframe,
  isSequenceHeader,
  setTimestamp,
  TAG_AUDIO,
  TAG_SCRIPT,
  TAG_VIDEO,
  tagData,
} from './flv-tags.js';
import { audioConfigTag, canMakeSilence, SILENT_STREAM_AUDIO, SilenceMaker } from './silent-audio.js';

const DEFAULT_FRAME_MS = 40;
/** Audio held while looking for the first key frame; beyond this the file is taken to have no video. */
const MAX_PENDING_AUDIO = 500;

export class FlvSplicer {
  private headerSent = false;
  private reader = new FlvTagReader();
  /** The tracks the current file has. */
  private fileHeader: FlvHeader | null = null;
  private seekMs = 0;
  private base = 0;
  /** Source timestamp the current file starts from; null until its first key frame (or audio) is seen. */
  private startTs: number | null = null;
  private pendingAudio: FlvTag[] = [];
  private headerOut: FlvHeader | null = null;
  /** Largest output timestamp produced; -1 before the first tag. */
  private lastOut = -1;
  /** lastOut when the current file began. */
  private lastOutBeforeFile = -1;
  private frameMs = DEFAULT_FRAME_MS;
  private lastVideoIn = -1;
  /** The stream's audio format: that of the first audio configuration passed on (what the muxer's track says). */
  private streamAudio: AudioFormat | null = null;
  /** Whether the current file's audio format has been seen (and matched the stream's). */
  private fileAudioKnown = false;
  /** The current file's silence when it has no sound; undefined until its header says. */
  private silence: SilenceMaker | null | undefined;
  /** Source timestamp of the last tag passed on from the current file. */
  position = -1;
  /** The current file's onMetaData duration, seconds, when it has one. */
  duration: number | undefined;

  /** Starts the next file; `seekMs` is where in it to begin. */
  beginFile(seekMs = 0): void {
    this.reader = new FlvTagReader();
    this.lastOutBeforeFile = this.lastOut;
    this.fileHeader = null;
    this.seekMs = seekMs;
    this.base = this.lastOut < 0 ? 0 : this.lastOut + this.frameMs;
    this.startTs = null;
    this.pendingAudio = [];
    this.lastVideoIn = -1;
    this.position = -1;
    this.duration = undefined;
    this.fileAudioKnown = false;
    this.silence = undefined;
  }

  /**
   * Forgets output past `ms` (tags that were queued but never written, dropped on an immediate cut): the next
   * file continues from there.
   */
  resumeAfter(ms: number): void {
    this.lastOut = ms;
  }

  /** Output time the current file started at, ms. */
  get fileStartMs(): number {
    return this.base;
  }

  /** Output time the next file would start at, ms. */
  get endMs(): number {
    return this.lastOut < 0 ? 0 : this.lastOut + this.frameMs;
  }

  /** Source timestamp (ms) the current file started from, once known. */
  get startMs(): number | undefined {
    return this.startTs ?? undefined;
  }

  /** Source seconds played of the current file from where it started (0 before it starts). */
  get played(): number {
    return this.startTs === null || this.position < 0 ? 0 : (this.position - this.startTs) / 1000;
  }

  /** The first file's header (the tracks the stream announces), once, before the first tag of the whole stream. */
  takeHeader(): FlvHeader | null {
    const header = this.headerOut;
    this.headerOut = null;
    return header;
  }

  /** Bytes of the current FLV file in; its tags out, rebased, in order. Throws when the file is not FLV. */
  push(chunk: Buffer): FlvTag[] {
    // The chunk is read first: the header it may hold goes with its tags (whether the file has sound decides them).
    const tags = this.reader.push(chunk);
    return this.pushTags(this.reader.header, tags);
  }

  /** Tags of the current file, read by another reader (an MP4's), in; rebased out. `header` once it is known. */
  pushTags(header: FlvHeader | null, tags: FlvTag[]): FlvTag[] {
    if (header) this.fileHeader = header;
    if (!this.headerSent && header) {
      this.headerSent = true;
      // A first file without sound still gives the stream a sound track: its silence, then later files' sound.
      this.headerOut = { hasVideo: header.hasVideo, hasAudio: header.hasAudio || header.hasVideo };
    }
    // Checked before any tag of the batch is taken: a file's audio configuration comes before its media, so a file
    // refused for it has given the stream at most its codec headers (and is read again, re-encoded, from its start).
    if (!this.fileAudioKnown) for (const tag of tags) this.checkAudio(tag);
    const out: FlvTag[] = [];
    if (this.silence === undefined && this.fileHeader) this.silence = this.silenceFor(this.fileHeader, out);
    for (const tag of tags) this.take(tag, out);
    return out;
  }

  /**
   * Silence for a file with a picture and no sound, in the stream's audio format (declaring the default one when
   * the stream has none yet); null when the file has sound, or the stream's format is one silence cannot be made in
   * (MP3, HE-AAC, more than two channels: that file's stretch of the stream then has no sound, as before).
   */
  private silenceFor(header: FlvHeader, out: FlvTag[]): SilenceMaker | null {
    if (header.hasAudio || !header.hasVideo) return null;
    const format = this.streamAudio ?? SILENT_STREAM_AUDIO;
    if (!canMakeSilence(format)) return null;
    if (!this.streamAudio) this.emit(audioConfigTag(format, this.base), this.base, out);
    return new SilenceMaker(format, this.base);
  }

  /** Throws AudioFormatChanged when the current file's audio differs from the stream's. */
  private checkAudio(tag: FlvTag): void {
    if (this.fileAudioKnown) return;
    const format = audioFormatOf(tag);
    if (!format) return;
    if (this.streamAudio && !sameAudioFormat(format, this.streamAudio)) {
      // The file's codec headers (at its start time) are all it gave: read again, it starts at the same time, with
      // no gap. (Media before its audio configuration, which no muxer writes, would be played again.)
      if (this.startTs === null) this.lastOut = this.lastOutBeforeFile;
      throw new AudioFormatChanged(this.streamAudio, format);
    }
    this.fileAudioKnown = true;
  }

  private take(tag: FlvTag, out: FlvTag[]): void {
    if (tag.type === TAG_SCRIPT) {
      this.duration ??= metadataDuration(tagData(tag));
      return;
    }
    if ((tag.type !== TAG_AUDIO && tag.type !== TAG_VIDEO) || isEndOfSequence(tag)) return;
    assertCarriable(tag);
    if (tag.type === TAG_VIDEO && !isSequenceHeader(tag)) {
      if (this.lastVideoIn >= 0 && tag.timestamp > this.lastVideoIn) this.frameMs = Math.min(100, tag.timestamp - this.lastVideoIn);
      this.lastVideoIn = tag.timestamp;
    }
    if (isSequenceHeader(tag)) {
      this.emit(tag, this.startTs === null ? this.base : this.rebased(tag.timestamp), out);
      return;
    }
    if (this.startTs === null) {
      if (!this.findStart(tag)) return;
      for (const audio of this.pendingAudio) if (audio.timestamp >= this.startTs!) this.emitMedia(audio, out);
      this.pendingAudio = [];
      if (tag.type === TAG_VIDEO) this.emitMedia(tag, out);
      return;
    }
    // A frame from before the start point (audio interleaved a few ms behind the key frame).
    if (tag.timestamp < this.startTs) return;
    this.emitMedia(tag, out);
  }

  /** Whether this tag is where the file starts; audio before the key frame is held meanwhile. */
  private findStart(tag: FlvTag): boolean {
    const hasVideo = this.fileHeader?.hasVideo ?? true;
    if (tag.timestamp < this.seekMs) return false;
    if (tag.type === TAG_VIDEO) {
      if (!isKeyframe(tag)) return false;
      this.startTs = tag.timestamp;
      return true;
    }
    if (hasVideo && this.pendingAudio.length < MAX_PENDING_AUDIO) {
      this.pendingAudio.push(tag);
      return false;
    }
    // No video in this file: audio starts it.
    this.pendingAudio.push(tag);
    this.startTs = this.pendingAudio[0]!.timestamp;
    return true;
  }

  private rebased(ts: number): number {
    return this.base + Math.max(0, ts - (this.startTs ?? ts));
  }

  private emitMedia(tag: FlvTag, out: FlvTag[]): void {
    this.position = Math.max(this.position, tag.timestamp);
    const outTs = this.rebased(tag.timestamp);
    // Silence keeps pace with the picture: each frame's sound, up to where the frame ends (where the next file
    // would start), goes out before the frame. Not counted as output: a file's end is set by its picture.
    if (this.silence && tag.type === TAG_VIDEO) this.silence.through(outTs + this.frameMs, (silent) => out.push(silent));
    this.emit(tag, outTs, out);
  }

  private emit(tag: FlvTag, outTs: number, out: FlvTag[]): void {
    // Set by what is passed on, not by what a file announced: a file refused later (its video codec) may still
    // have given the muxer its audio configuration, which then is the stream's.
    if (!this.streamAudio && tag.type === TAG_AUDIO) this.streamAudio = audioFormatOf(tag);
    setTimestamp(tag, outTs);
    if (outTs > this.lastOut) this.lastOut = outTs;
    out.push(tag);
  }
}
