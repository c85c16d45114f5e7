// The spliced stream as Matroska, the container node hands the muxer. Why not FLV, which node splices: ffmpeg's
// FLV demuxer keeps a 2 MiB resync buffer, zeroed and so resident, in every muxer; its Matroska demuxer reads the
// same frames with ~2.3 MiB less (one 2 Mbps relay from a pipe, PSS: 15.2 MiB as FLV, 13.0 as Matroska; a bare
// MP4 relay is 13.3). FLV and Matroska carry H.264 and AAC alike — length-prefixed NAL units described by an avcC
// record, raw AAC frames described by an AudioSpecificConfig — so each tag's payload becomes a block as it is,
// copied from the tag's bytes into the burst behind a 9-byte block header.
//
// Live Matroska (as ffmpeg's `-live 1` writes it): a Segment and Clusters of unknown size, so nothing is ever
// written back; one Cluster per video key frame (or every CLUSTER_MAX_MS); block times are presentation times
// (the FLV decode time plus its composition offset), as the format wants.
import { aacFormat, FLV_CODEC_AAC, FLV_CODEC_MP3, mp3Format } from './audio-format.js';
import type { ByteSink } from './byte-sink.js';
import { type FlvHeader, type FlvTag, TAG_AUDIO, TAG_HEADER_SIZE, TAG_VIDEO, isSequenceHeader, tagData } from './flv-tags.js';

const FLV_CODEC_AVC = 7;
const VIDEO_TRACK = 1;
const AUDIO_TRACK = 2;
/** A block's time is 16 bits relative to its cluster's: a new cluster well before that runs out. */
const CLUSTER_MAX_MS = 30_000;
/** Media held while a track the FLV header announced has not sent its configuration; then it starts without it. */
const MAX_HELD_MS = 1_000;
const UNKNOWN_SIZE = Buffer.from([0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]);

/**
 * A codec the relay does not carry (the API page: H.264 video, AAC audio; MP3 passes too): the file is refused
 * with this, rather than relayed without its picture or sound.
 */
export class UnsupportedCodecError extends Error {
  constructor(
    readonly kind: 'video' | 'audio',
    readonly codec: string,
  ) {
    super(kind === 'video' ? `video codec ${codec} is not supported (H.264 only)` : `audio codec ${codec} is not supported (AAC, MP3)`);
  }
}

interface VideoConfig {
  avcC: Buffer;
  /** Bytes of each NAL unit's length prefix (1, 2 or 4). */
  lengthSize: number;
}

interface AudioConfig {
  codec: 'aac' | 'mp3';
  /** AudioSpecificConfig for AAC. */
  config: Buffer | null;
  sampleRate: number;
  channels: number;
}

/** Checks that a media tag's codec is one the Matroska stream can carry; throws UnsupportedCodecError if not. */
export function assertCarriable(tag: FlvTag): void {
  if (tag.type !== TAG_AUDIO && tag.type !== TAG_VIDEO) return;
  const data = tagData(tag);
  if (data.length === 0) return;
  if (tag.type === TAG_VIDEO) {
    const codec = data[0]! & 0x0f;
    if (codec !== FLV_CODEC_AVC) throw new UnsupportedCodecError('video', flvVideoCodecName(codec));
    return;
  }
  const codec = data[0]! >> 4;
  if (codec !== FLV_CODEC_AAC && codec !== FLV_CODEC_MP3) {
    throw new UnsupportedCodecError('audio', flvAudioCodecName(codec));
  }
}

export class MatroskaStream {
  private video: VideoConfig | null = null;
  private audio: AudioConfig | null = null;
  private started = false;
  private held: FlvTag[] = [];
  private clusterTs = -1;
  /** SPS/PPS of a later file whose avcC differs: sent in band, before its first key frame. */
  private inBandParameterSets: Buffer | null = null;
  /**
   * The avcC whose parameter sets the destination's decoder holds: the track's, until a later file's are sent in
   * band. Compared with this, not with the track's: a file encoded like the first after one encoded otherwise (the
   * next loop of a playlist) needs its parameter sets again, or it is decoded with the other file's.
   */
  private avcCInEffect: Buffer | null = null;

  constructor(private readonly announced: FlvHeader) {}

  /** Appends what `tag` becomes to `out` (nothing while the stream's configuration is incomplete). */
  encode(tag: FlvTag, out: ByteSink): void {
    if (tag.type !== TAG_AUDIO && tag.type !== TAG_VIDEO) return;
    if (isSequenceHeader(tag)) {
      this.configure(tag);
    } else if (!this.started) {
      if (tag.type === TAG_AUDIO && !this.audio) this.configureMp3(tag);
      this.held.push(tag);
    } else {
      this.block(tag, out);
    }
    if (!this.started && this.ready()) {
      this.started = true;
      out.put(this.streamHeader());
      for (const held of this.held) this.block(held, out);
      this.held = [];
    }
  }

  /** Whether every announced track has its configuration, or media has waited long enough for a missing one. */
  private ready(): boolean {
    if (!this.video && !this.audio) return false;
    const complete = (!this.announced.hasVideo || this.video) && (!this.announced.hasAudio || this.audio);
    if (complete) return true;
    const first = this.held[0];
    const last = this.held[this.held.length - 1];
    return first !== undefined && last !== undefined && last.timestamp - first.timestamp >= MAX_HELD_MS;
  }

  private configure(tag: FlvTag): void {
    // The stream header is out with the tracks the first file had: a later file's track it lacked (sound after a
    // silent slate) cannot be added. Its blocks, on a track the header never declared, made ffmpeg drop the rest
    // of each cluster, i.e. every frame of the other track but its key frames; that track is left out instead.
    if (this.started && !(tag.type === TAG_VIDEO ? this.video : this.audio)) return;
    const data = tagData(tag);
    if (tag.type === TAG_VIDEO) {
      const avcC = data.subarray(5);
      if (avcC.length < 7) return;
      if (!this.video) {
        this.video = { avcC: Buffer.from(avcC), lengthSize: (avcC[4]! & 0x03) + 1 };
        this.avcCInEffect = this.video.avcC;
      } else if (!avcC.equals(this.avcCInEffect!)) {
        // A later file encoded differently: Matroska cannot change a track's avcC, H.264 can carry it in band.
        this.inBandParameterSets = parameterSetNalUnits(avcC, this.video.lengthSize);
        this.avcCInEffect = Buffer.from(avcC);
      }
      return;
    }
    // The track keeps the first file's configuration: a later file whose audio differs reaches here re-encoded to
    // it (the splicer tells, see audio-format.ts), so its configuration says the same.
    if (this.audio) return;
    const asc = data.subarray(2);
    if (asc.length < 2) return;
    const { sampleRate, channels } = aacFormat(asc);
    this.audio = { codec: 'aac', config: Buffer.from(asc), sampleRate, channels };
  }

  /** MP3 has no configuration tag: its first frame's FLV flags describe it (only before the header is out). */
  private configureMp3(tag: FlvTag): void {
    const flags = tagData(tag)[0] ?? 0;
    if (flags >> 4 !== FLV_CODEC_MP3) return;
    const { sampleRate, channels } = mp3Format(flags);
    this.audio = { codec: 'mp3', config: null, sampleRate, channels };
  }

  /**
   * Writes a media tag as a SimpleBlock, straight from the tag's bytes (no views of its data or payload: this
   * runs for every frame, see byte-sink.ts).
   */
  private block(tag: FlvTag, out: ByteSink): void {
    const bytes = tag.bytes;
    const dataEnd = bytes.length - 4; // PreviousTagSize follows the data
    const dataSize = dataEnd - TAG_HEADER_SIZE;
    if (tag.type === TAG_VIDEO) {
      if (!this.video || dataSize < 5 || bytes[TAG_HEADER_SIZE + 1] !== 1) return;
      const keyframe = bytes[TAG_HEADER_SIZE]! >> 4 === 1;
      const pts = tag.timestamp + (bytes.readIntBE(TAG_HEADER_SIZE + 2, 3) || 0);
      const prefix = keyframe ? this.inBandParameterSets : null;
      if (prefix) this.inBandParameterSets = null;
      this.append(VIDEO_TRACK, Math.max(0, pts), keyframe, bytes, TAG_HEADER_SIZE + 5, dataEnd, out, prefix);
      return;
    }
    if (dataSize < 2 || !this.audio) return;
    if (this.audio.codec === 'aac') {
      if (bytes[TAG_HEADER_SIZE + 1] === 1) this.append(AUDIO_TRACK, tag.timestamp, true, bytes, TAG_HEADER_SIZE + 2, dataEnd, out, null);
    } else {
      this.append(AUDIO_TRACK, tag.timestamp, true, bytes, TAG_HEADER_SIZE + 1, dataEnd, out, null);
    }
  }

  /** A SimpleBlock of `source[start, end)`, after `prefix` (a later file's parameter sets) when there is one. */
  private append(track: number, pts: number, keyframe: boolean, source: Buffer, start: number, end: number, out: ByteSink, prefix: Buffer | null): void {
    const videoStarts = track === VIDEO_TRACK && keyframe;
    const drift = pts - this.clusterTs;
    if (this.clusterTs < 0 || (videoStarts && drift > 0) || drift >= CLUSTER_MAX_MS || drift <= -CLUSTER_MAX_MS) {
      this.clusterTs = pts;
      out.put(Buffer.concat([id(0x1f43b675), UNKNOWN_SIZE, uintElement(0xe7, pts)]));
    }
    const payloadSize = end - start + (prefix ? prefix.length : 0);
    out.byte(0xa3); // SimpleBlock
    out.uint32(0x10000000 | (payloadSize + 4)); // its size, as a 4-byte EBML number
    out.byte(0x80 | track);
    out.int16(pts - this.clusterTs);
    out.byte(keyframe ? 0x80 : 0);
    if (prefix) out.put(prefix);
    out.put(source, start, end);
  }

  private streamHeader(): Buffer {
    const ebml = element(0x1a45dfa3, [
      uintElement(0x4286, 1),
      uintElement(0x42f7, 1),
      uintElement(0x42f2, 4),
      uintElement(0x42f3, 8),
      stringElement(0x4282, 'matroska'),
      uintElement(0x4287, 4),
      uintElement(0x4285, 2),
    ]);
    const info = element(0x1549a966, [uintElement(0x2ad7b1, 1_000_000), stringElement(0x4d80, 'relaybot'), stringElement(0x5741, 'relaybot')]);
    const entries: Buffer[] = [];
    if (this.video) {
      entries.push(
        element(0xae, [
          uintElement(0xd7, VIDEO_TRACK),
          uintElement(0x73c5, VIDEO_TRACK),
          uintElement(0x83, 1),
          uintElement(0x9c, 0),
          stringElement(0x86, 'V_MPEG4/ISO/AVC'),
          element(0x63a2, [this.video.avcC]),
        ]),
      );
    }
    if (this.audio) {
      const audio = this.audio;
      entries.push(
        element(0xae, [
          uintElement(0xd7, AUDIO_TRACK),
          uintElement(0x73c5, AUDIO_TRACK),
          uintElement(0x83, 2),
          uintElement(0x9c, 0),
          stringElement(0x86, audio.codec === 'aac' ? 'A_AAC' : 'A_MPEG/L3'),
          ...(audio.config ? [element(0x63a2, [audio.config])] : []),
          element(0xe1, [floatElement(0xb5, audio.sampleRate), uintElement(0x9f, audio.channels)]),
        ]),
      );
    }
    return Buffer.concat([ebml, id(0x18538067), UNKNOWN_SIZE, info, element(0x1654ae6b, entries)]);
  }
}

/** The SPS and PPS of an avcC record as NAL units with `lengthSize`-byte length prefixes. */
function parameterSetNalUnits(avcC: Buffer, lengthSize: number): Buffer {
  const units: Buffer[] = [];
  let at = 5;
  const take = (count: number) => {
    for (let i = 0; i < count && at + 2 <= avcC.length; i += 1) {
      const size = avcC.readUInt16BE(at);
      const unit = avcC.subarray(at + 2, at + 2 + size);
      at += 2 + size;
      const prefix = Buffer.alloc(lengthSize);
      prefix.writeUIntBE(unit.length, 0, lengthSize);
      units.push(prefix, unit);
    }
  };
  take(avcC[at++]! & 0x1f);
  if (at < avcC.length) take(avcC[at++]!);
  return Buffer.concat(units);
}

/** FLV's codec ids (FLV specification, E.4.3.1 and E.4.2.1), for the refusal's message. */
const FLV_VIDEO_CODECS: Record<number, string> = { 2: 'Sorenson H.263', 3: 'Screen video', 4: 'VP6', 5: 'VP6 alpha', 6: 'Screen video 2', 12: 'HEVC' };
const FLV_AUDIO_CODECS: Record<number, string> = {
  0: 'PCM', 1: 'ADPCM', 3: 'PCM', 4: 'Nellymoser', 5: 'Nellymoser', 6: 'Nellymoser', 7: 'G.711', 8: 'G.711', 11: 'Speex',
};

function flvVideoCodecName(codec: number): string {
  return FLV_VIDEO_CODECS[codec] ?? `#${codec}`;
}

function flvAudioCodecName(codec: number): string {
  return FLV_AUDIO_CODECS[codec] ?? `#${codec}`;
}

// --- EBML ---

function id(value: number): Buffer {
  const bytes = value > 0xffffff ? 4 : value > 0xffff ? 3 : value > 0xff ? 2 : 1;
  const out = Buffer.alloc(bytes);
  out.writeUIntBE(value, 0, bytes);
  return out;
}

function size(length: number): Buffer {
  if (length < 0x7f) return Buffer.from([0x80 | length]);
  if (length < 0x3fff) return Buffer.from([0x40 | (length >> 8), length & 0xff]);
  const out = Buffer.alloc(4);
  out.writeUInt32BE((0x10000000 | length) >>> 0);
  return out;
}

function element(elementId: number, children: Buffer[]): Buffer {
  const body = Buffer.concat(children);
  return Buffer.concat([id(elementId), size(body.length), body]);
}

function uintElement(elementId: number, value: number): Buffer {
  let bytes = 1;
  while (bytes < 6 && value >= 2 ** (8 * bytes)) bytes += 1;
  const body = Buffer.alloc(bytes);
  body.writeUIntBE(value, 0, bytes);
  return element(elementId, [body]);
}

function floatElement(elementId: number, value: number): Buffer {
  const body = Buffer.alloc(8);
  body.writeDoubleBE(value);
  return element(elementId, [body]);
}

function stringElement(elementId: number, value: string): Buffer {
  return element(elementId, [Buffer.from(value, 'utf8')]);
}
