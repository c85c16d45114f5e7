// What a file's audio is (codec, AAC object type, sample rate, channels), read from its FLV tags. The spliced
// stream's audio track is described once, by its first file (Matroska cannot change it mid-stream, nor can the
// destination's FLV): a later file whose audio differs must be re-encoded to the stream's format, or its frames
// would be decoded under the wrong configuration (a 22.05 kHz stereo file heard as 44.1 kHz mono does not decode;
// a 48 kHz one plays fast and drifts from its picture).
import type { AudioEncoding } from '../ffmpeg-args.js';
import { type FlvTag, TAG_AUDIO, isSequenceHeader, tagData } from './flv-tags.js';

export const FLV_CODEC_AAC = 10;
export const FLV_CODEC_MP3 = 2;
/** AAC's sampling frequency table, by index (ISO 14496-3 1.6.3.4). */
export const AAC_SAMPLE_RATES = [96000, 88200, 64000, 48000, 44100, 32000, 24000, 22050, 16000, 12000, 11025, 8000, 7350];
const MP3_SAMPLE_RATES = [5512, 11025, 22050, 44100];
/** AAC's object type for the Low Complexity profile: what ffmpeg's own AAC encoder writes. */
export const AAC_LC = 2;

export interface AudioFormat {
  codec: 'aac' | 'mp3';
  /** AAC's audio object type (2: LC, 5: HE-AAC...); absent for MP3. */
  objectType?: number;
  sampleRate: number;
  channels: number;
}

/** Sample rate, channels and object type from an AudioSpecificConfig (ISO 14496-3 1.6.2.1). */
export function aacFormat(asc: Buffer): AudioFormat {
  let bit = 0;
  const read = (n: number) => {
    let value = 0;
    for (let i = 0; i < n; i += 1, bit += 1) value = (value << 1) | ((asc[bit >> 3]! >> (7 - (bit & 7))) & 1);
    return value;
  };
  let objectType = read(5);
  if (objectType === 31) objectType = 32 + read(6);
  const index = read(4);
  const sampleRate = index === 15 ? read(24) : (AAC_SAMPLE_RATES[index] ?? 44100);
  const channels = read(4) || 2;
  return { codec: 'aac', objectType, sampleRate, channels };
}

/** MP3 has no configuration tag: each frame's FLV flags say its rate and channels. */
export function mp3Format(flags: number): AudioFormat {
  return { codec: 'mp3', sampleRate: MP3_SAMPLE_RATES[(flags >> 2) & 0x03]!, channels: (flags & 1) + 1 };
}

/**
 * The format an audio tag announces: an AAC sequence header's, or any MP3 frame's. Null for everything else (AAC
 * frames, whose format their file's sequence header gave).
 */
export function audioFormatOf(tag: FlvTag): AudioFormat | null {
  if (tag.type !== TAG_AUDIO) return null;
  const data = tagData(tag);
  const codec = (data[0] ?? 0) >> 4;
  if (codec === FLV_CODEC_MP3) return mp3Format(data[0]!);
  if (codec !== FLV_CODEC_AAC || !isSequenceHeader(tag) || data.length < 4) return null;
  return aacFormat(data.subarray(2));
}

export function sameAudioFormat(a: AudioFormat, b: AudioFormat): boolean {
  return a.codec === b.codec && a.objectType === b.objectType && a.sampleRate === b.sampleRate && a.channels === b.channels;
}

/**
 * How ffmpeg re-encodes a file's audio to `format`, or null when it cannot: its AAC encoder writes only the LC
 * profile, so a stream whose first file is HE-AAC cannot be matched.
 */
export function encodingFor(format: AudioFormat): AudioEncoding | null {
  const kbps = Math.min(6, format.channels) * 64;
  if (format.codec === 'mp3') return { encoder: 'libmp3lame', sampleRate: format.sampleRate, channels: format.channels, kbps: Math.min(320, kbps) };
  if (format.objectType !== AAC_LC) return null;
  return { encoder: 'aac', sampleRate: format.sampleRate, channels: format.channels, kbps };
}

/** AAC's audio object types by the names people know them by (ISO 14496-3 1.5.1.1). */
const AAC_PROFILES: Record<number, string> = { 1: 'AAC Main', 2: 'AAC-LC', 3: 'AAC SSR', 4: 'AAC LTP', 5: 'HE-AAC', 29: 'HE-AAC v2' };

/** The codec's name, as people know it: "AAC-LC", "HE-AAC", "MP3". */
export function audioCodecName(format: AudioFormat): string {
  if (format.codec === 'mp3') return 'MP3';
  return AAC_PROFILES[format.objectType ?? AAC_LC] ?? `AAC (object type ${format.objectType})`;
}

/** For logs: "AAC-LC 44100 Hz, 2 channels". */
export function describeAudioFormat(format: AudioFormat): string {
  return `${audioCodecName(format)} ${format.sampleRate} Hz, ${format.channels} channel${format.channels === 1 ? '' : 's'}`;
}

/** A later file's audio differs from the stream's: it has to be re-encoded to `stream` before it is spliced. */
export class AudioFormatChanged extends Error {
  constructor(
    readonly stream: AudioFormat,
    readonly file: AudioFormat,
  ) {
    super(`the file's audio (${describeAudioFormat(file)}) differs from the stream's (${describeAudioFormat(stream)})`);
  }
}
