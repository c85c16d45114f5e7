// One file of a playlist, read into the splicer and the feed. An FLV file, or an MP4 whose index comes first, is
// read by node itself, through the runner's checked HTTP(S) request (no ffmpeg, no loopback hop). Anything else
// (another MP4 layout, HLS, a non-HTTP URL) is read by an ffmpeg reader that outputs FLV into the same splicer.
// Either way the feed paces the tags and the source is read only when the feed has room, i.e. in the feed's
// bursts: between them the socket (or the reader's pipe, which then blocks the reader) holds what comes next.
import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import type { Logger } from 'pino';
import type { RelayReason } from '../../../core/relay-reason.js';
import { prepareAccess, type AccessContext } from '../access.js';
import type { Endpoint } from '../endpoint.js';
import { flvReaderArgs, type ReaderAudio } from '../ffmpeg-args.js';
import { FfmpegProcess } from '../ffmpeg-process.js';
import { parseInputDuration, type ProgressReport } from '../progress.js';
import { AudioFormatChanged, audioCodecName, describeAudioFormat, encodingFor } from './audio-format.js';
import type { FlvFeed } from './flv-feed.js';
import type { FlvSplicer } from './flv-splicer.js';
import { looksLikeFlv, type FlvTag } from './flv-tags.js';
import { UnsupportedCodecError } from './matroska-stream.js';
import { looksLikeMp4, Mp4TagReader, NeedsFfmpeg } from '../mp4/mp4-tag-reader.js';

export interface SplicedFileOptions {
  endpoint: Endpoint;
  /** Seconds into the file to start at. */
  seek: number;
  splicer: FlvSplicer;
  feed: FlvFeed;
  access: AccessContext;
  /** The runner's checked request (HttpGateway.fetch). */
  fetch(url: URL, signal: AbortSignal): Promise<{ upstream: import('node:http').IncomingMessage }>;
  ffmpeg: { binary: string; logger: Logger; redact: (text: string) => string; label: string; stopGraceMs: number };
  /** A batch of this file's tags reached the muxer; `tag` is the last of them. */
  onWritten(tag: FlvTag): void;
  /** The file's duration as its container announces it, seconds. */
  onDuration(seconds: number): void;
  onProgress?(report: ProgressReport): void;
}

/**
 * ffmpeg's words when a bitstream filter is given audio it does not take:
 * "Codec 'mp3' (86017) is not supported by the bitstream filter 'aac_adtstoasc'".
 */
const ADTS_FILTER_REFUSED = /not supported by the bitstream filter 'aac_adtstoasc'/;

/** ffmpeg's words for a codec its FLV output cannot carry (HEVC, before FLV's extensions for it). */
const NOT_CARRIED_IN_FLV = /(Video|Audio) codec (\S+) not compatible with flv/;
/** ffmpeg's codec names as people know them. */
const CODEC_NAMES: Record<string, string> = { hevc: 'HEVC (H.265)', vp8: 'VP8', vp9: 'VP9', av1: 'AV1', opus: 'Opus', ac3: 'AC-3', eac3: 'E-AC-3', vorbis: 'Vorbis', flac: 'FLAC' };

/** ffmpeg's words for an MP4 without its index (an upload cut short before the index at its end was written). */
const MP4_INDEX_MISSING = /moov atom not found/;

/** How a file's bytes become the splicer's tags: FLV parsed by the splicer, or MP4 by node's MP4 reader. */
interface FileReading {
  tags(chunk: Buffer): FlvTag[];
  /** Seconds, once the file has said. */
  duration(): number | undefined;
}

export interface SplicedFileEnd {
  ok: boolean;
  error?: string;
  /** Why, when it is known better than ffmpeg's or node's words say (`error` is then the English for the logs). */
  reason?: RelayReason;
  /** Reading the file again cannot help (its codecs, its audio, its missing index): it is skipped at once. */
  permanent?: boolean;
}

export class SplicedFile {
  readonly done: Promise<SplicedFileEnd>;
  /** Who reads the file: node, or an ffmpeg reader (known once the first bytes are in). */
  reader: 'node' | FfmpegProcess | null = null;
  private readonly abort = new AbortController();
  private stopped = false;
  /** Waits cut short by stop(); each removes itself once over (a race against one long-lived promise would not). */
  private readonly waits = new Set<() => void>();
  /** Bytes of the file read so far by node's reader. */
  private received = 0;

  constructor(private readonly options: SplicedFileOptions) {
    this.done = this.run().catch((error: unknown) => {
      if (error instanceof UnsupportedCodecError) return unsupportedCodecEnd(error);
      if (error instanceof AudioFormatChanged) return audioFormatEnd(error);
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    });
  }

  /** Stops reading (an edit, a stall, the run stopping). */
  stop(): void {
    this.stopped = true;
    for (const cut of [...this.waits]) cut();
    this.abort.abort();
    if (this.reader instanceof FfmpegProcess) void this.reader.stop(this.options.ffmpeg.stopGraceMs);
  }

  private async run(): Promise<SplicedFileEnd> {
    const { endpoint } = this.options;
    if (endpoint.protocol === 'http' || endpoint.protocol === 'https') {
      const { upstream } = await this.options.fetch(new URL(endpoint.raw), this.abort.signal);
      const status = upstream.statusCode ?? 0;
      if (status < 200 || status >= 300) {
        upstream.resume();
        throw new Error(`Server returned ${status} ${upstream.statusMessage ?? ''}`.trim());
      }
      const iterator = upstream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
      const first = await iterator.next();
      if (this.stopped) return { ok: false };
      const { splicer } = this.options;
      const mp4 = !first.done && looksLikeMp4(first.value) ? new Mp4TagReader() : null;
      if (!first.done && (mp4 || looksLikeFlv(first.value))) {
        this.reader = 'node';
        splicer.beginFile(this.options.seek * 1000);
        const read: FileReading = mp4
          ? {
              tags: (chunk) => {
                const tags = mp4.push(chunk); // the header is known once these are read
                return splicer.pushTags(mp4.header, tags);
              },
              duration: () => mp4.duration,
            }
          : { tags: (chunk) => splicer.push(chunk), duration: () => splicer.duration };
        try {
          return await this.splice(first.value, iterator, read);
        } catch (error) {
          // An MP4 this reader does not follow: ffmpeg reads it, as below (nothing of it has been played).
          if (error instanceof NeedsFfmpeg && !this.stopped) {
            this.options.ffmpeg.logger.debug({ label: this.options.ffmpeg.label, why: error.message }, 'mp4 read by ffmpeg');
            upstream.destroy();
            this.reader = null;
            return this.readWithFfmpeg();
          }
          if (error instanceof AudioFormatChanged && !this.stopped) {
            upstream.destroy();
            this.reader = null;
            return this.readReencoded(error);
          }
          if (this.stopped || upstream.complete || error instanceof UnsupportedCodecError) throw error;
          return cutShort(upstream, this.received);
        }
      }
      const notMedia = webPageType(upstream);
      if (notMedia && (first.done || !looksLikeFlv(first.value))) {
        upstream.destroy();
        return notMediaEnd(notMedia);
      }
      // Not FLV: ffmpeg reads it (through the gateway), and its FLV output is spliced.
      upstream.destroy();
    }
    if (this.stopped) return { ok: false };
    return this.readWithFfmpeg();
  }

  /** The file read by an ffmpeg reader, its streams copied; read again re-encoded if its audio differs. */
  private async readWithFfmpeg(): Promise<SplicedFileEnd> {
    try {
      const copied = await this.readByFfmpeg({});
      if (copied.ok || this.stopped || !copied.refusedByAdtsFilter) return copied;
      // Audio other than AAC (an MP3 track), which the ADTS filter refuses before anything is read: copied as it is.
      return await this.readByFfmpeg({ audioAsIs: true });
    } catch (error) {
      if (error instanceof AudioFormatChanged && !this.stopped) return this.readReencoded(error);
      throw error;
    }
  }

  /**
   * A file whose audio differs from the stream's, read from its start by an ffmpeg reader that re-encodes its audio
   * to the stream's format (its picture still copied). At most its codec headers have reached the stream: the
   * splicer checks a file's audio before taking its media, and starts it again at the same time.
   */
  private async readReencoded(changed: AudioFormatChanged): Promise<SplicedFileEnd> {
    const encoding = encodingFor(changed.stream);
    if (!encoding) return audioFormatEnd(changed);
    this.options.ffmpeg.logger.info(
      { label: this.options.ffmpeg.label, file: describeAudioFormat(changed.file), stream: describeAudioFormat(changed.stream) },
      "the file's audio differs from the stream's: re-encoding it",
    );
    return this.readByFfmpeg({ audio: encoding });
  }

  /** The file read by an ffmpeg reader; `refusedByAdtsFilter` when the filter for AAC refused its audio at once. */
  private async readByFfmpeg(audio: ReaderAudio): Promise<SplicedFileEnd & { refusedByAdtsFilter?: boolean }> {
    const input = await prepareAccess(this.options.endpoint, this.options.access);
    const { ffmpeg } = this.options;
    let refusedByAdtsFilter = false;
    let indexMissing = false;
    let notCarried: UnsupportedCodecError | null = null;
    const reader = new FfmpegProcess({
      binary: ffmpeg.binary,
      args: flvReaderArgs({ input, seek: this.options.seek, ioTimeoutMs: 10_000, ...audio }),
      logger: ffmpeg.logger,
      redact: ffmpeg.redact,
      label: ffmpeg.label,
      stdout: 'pipe',
      onStderrLine: (line) => {
        const duration = parseInputDuration(line);
        if (duration !== undefined) this.options.onDuration(duration);
        if (ADTS_FILTER_REFUSED.test(line)) refusedByAdtsFilter = true;
        if (MP4_INDEX_MISSING.test(line)) indexMissing = true;
        const codec = NOT_CARRIED_IN_FLV.exec(line);
        if (codec) notCarried = new UnsupportedCodecError(codec[1] === 'Video' ? 'video' : 'audio', CODEC_NAMES[codec[2]!] ?? codec[2]!);
      },
      ...(this.options.onProgress ? { onProgress: this.options.onProgress } : {}),
    });
    this.reader = reader;
    if (this.stopped) void reader.stop(ffmpeg.stopGraceMs);
    try {
      // ffmpeg has already applied the seek.
      this.options.splicer.beginFile(0);
      const stdout = reader.stdout as Readable;
      const iterator = stdout[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
      let spliced: SplicedFileEnd;
      try {
        const first = await iterator.next();
        const { splicer } = this.options;
        const read: FileReading = { tags: (chunk) => splicer.push(chunk), duration: () => splicer.duration };
        spliced = first.done ? { ok: true } : await this.splice(first.value, iterator, read);
      } finally {
        // Whatever the reader still has to say is not wanted (a refused or stopped file): its output is let go. Left
        // unread, its pipe would never close, and its exit, seen once its pipes have closed, would never come.
        await iterator.return?.();
      }
      const exit = await reader.exited;
      if (!spliced.ok) return spliced;
      if (exit.code === 0 && !exit.stopped) return { ok: true };
      if (exit.stopped) return { ok: false };
      if (indexMissing) return indexMissingEnd();
      if (notCarried) return unsupportedCodecEnd(notCarried);
      return { ok: false, error: exit.errorLine ?? `source ended (code ${exit.code ?? exit.signal})`, refusedByAdtsFilter };
    } finally {
      if (reader.running) await reader.stop(ffmpeg.stopGraceMs);
      input.release();
    }
  }

  private async splice(first: Buffer, rest: AsyncIterator<Buffer>, read: FileReading): Promise<SplicedFileEnd> {
    const { splicer, feed } = this.options;
    let chunk: Buffer | undefined = first;
    let durationTold = false;
    while (chunk) {
      this.received += chunk.length;
      const tags = read.tags(chunk);
      const duration = read.duration();
      if (!durationTold && duration !== undefined) {
        durationTold = true;
        this.options.onDuration(duration);
      }
      feed.enqueue(splicer.takeHeader(), tags, this.options.onWritten);
      // Reading waits while the feed holds enough: TCP (or the reader's pipe) holds the rest back.
      await this.unlessStopped(feed.room());
      if (this.stopped) return { ok: false };
      const next = await rest.next();
      // Stopped while waiting: a chunk still buffered must not reach the splicer, which may be on the next file.
      if (this.stopped) return { ok: false };
      chunk = next.done ? undefined : next.value;
    }
    await this.unlessStopped(feed.drained());
    return { ok: !this.stopped };
  }

  /** Resolves when `wait` does, or at once when the file is stopped. */
  private unlessStopped(wait: Promise<void>): Promise<void> {
    if (this.stopped) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        this.waits.delete(done);
        resolve();
      };
      this.waits.add(done);
      void wait.then(done, done);
    });
  }
}

/**
 * The server hung up before the whole file was sent (node says only "aborted"): said in the reader's language,
 * with how much of what it announced arrived, so people can tell a broken upload or origin from a bad URL.
 */
function cutShort(upstream: IncomingMessage, received: number): SplicedFileEnd {
  const expected = Number(upstream.headers['content-length']);
  const known = Number.isFinite(expected) && expected > 0;
  const error = known
    ? `the server closed the connection after ${received} of the ${expected} bytes it announced`
    : `the server closed the connection before the whole file was sent (${received} bytes received)`;
  const values: Record<string, string | number> = {
    message: error,
    messageKey: known ? 'runner.sourceCutShort' : 'runner.sourceCutShortNoLength',
    received,
    ...(known ? { expected } : {}),
  };
  return { ok: false, error, reason: { code: 'sourceFailed', values } };
}

/** Types a server answers with when it sends a page (a login wall, an error page, an API reply), never media. */
const WEB_PAGE_TYPES = /^(text\/html|application\/xhtml\+xml|application\/json|text\/xml|application\/xml)\b/i;

function webPageType(upstream: IncomingMessage): string | null {
  const type = String(upstream.headers['content-type'] ?? '').trim();
  return WEB_PAGE_TYPES.test(type) ? type.split(';')[0]!.trim() : null;
}

/**
 * The URL answers with a web page, not a media file (a share link instead of the file's link, an expired link
 * behind a login page). ffmpeg would only say "Invalid data found when processing input", quoting the loopback
 * gateway's internal URL: people are told what came back instead, in their language.
 */
function notMediaEnd(type: string): SplicedFileEnd {
  const error = `the server sent a web page (${type}), not an audio or video file`;
  return { ok: false, error, reason: { code: 'sourceFailed', values: { message: error, messageKey: 'runner.sourceNotMedia', type } } };
}

/**
 * An MP4 without its index: ffmpeg says only "moov atom not found" and "Invalid data found when processing input",
 * quoting the gateway's URL. People are told the file is incomplete and what to do, in their language.
 */
function indexMissingEnd(): SplicedFileEnd {
  const error = 'the MP4 file has no index (moov box): it is incomplete, or was not finished when it was uploaded';
  return { ok: false, error, reason: { code: 'sourceFailed', values: { message: error, messageKey: 'runner.sourceMp4IndexMissing' } }, permanent: true };
}

/**
 * A file whose audio differs from the stream's in a way ffmpeg cannot re-encode to (the stream is HE-AAC): said with
 * both formats and what to do, in the reader's language.
 */
function audioFormatEnd(error: AudioFormatChanged): SplicedFileEnd {
  const { file, stream } = error;
  const values = {
    message: error.message,
    messageKey: 'runner.sourceAudioFormatDiffers',
    fileCodec: audioCodecName(file),
    fileRate: file.sampleRate,
    fileChannels: file.channels,
    streamCodec: audioCodecName(stream),
    streamRate: stream.sampleRate,
    streamChannels: stream.channels,
  };
  return { ok: false, error: error.message, reason: { code: 'sourceFailed', values }, permanent: true };
}

/** A file in a codec the relay does not carry: said with the codec found and what to do, in the reader's language. */
function unsupportedCodecEnd(error: UnsupportedCodecError): SplicedFileEnd {
  const messageKey = error.kind === 'video' ? 'runner.sourceVideoCodecUnsupported' : 'runner.sourceAudioCodecUnsupported';
  return { ok: false, error: error.message, reason: { code: 'sourceFailed', values: { message: error.message, messageKey, codec: error.codec } }, permanent: true };
}
