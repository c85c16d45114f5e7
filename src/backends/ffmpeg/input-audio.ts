// A live source's audio format, read from the input description ffmpeg prints before it relays anything
// ("Stream #0:1: Audio: aac (LC), 44100 Hz, stereo, fltp, 128 kb/s"). A live relay with a backup feeds one
// muxer from one source after another, and the destination's FLV describes its audio once: a source whose
// audio differs from what the stream started with must be re-encoded to it (see flv/audio-format.ts).
import { AAC_LC, type AudioFormat } from './flv/audio-format.js';

/** ffmpeg's names for channel layouts (libavutil/channel_layout.c), by channel count. */
const LAYOUT_CHANNELS: Record<string, number> = {
  mono: 1,
  stereo: 2,
  downmix: 2,
  '2.1': 3,
  '3.0': 3,
  '3.0(back)': 3,
  '4.0': 4,
  quad: 4,
  'quad(side)': 4,
  '3.1': 4,
  '5.0': 5,
  '5.0(side)': 5,
  '4.1': 5,
  '5.1': 6,
  '5.1(side)': 6,
  '6.0': 6,
  '6.0(front)': 6,
  hexagonal: 6,
  '6.1': 7,
  '6.1(back)': 7,
  '6.1(front)': 7,
  '7.0': 7,
  '7.0(front)': 7,
  '7.1': 8,
  '7.1(wide)': 8,
  '7.1(wide-side)': 8,
  octagonal: 8,
};

/** The AAC profiles ffmpeg names in parentheses after the codec, as audio object types (ISO 14496-3). */
const AAC_PROFILE_TYPES: Record<string, number> = { Main: 1, LC: AAC_LC, SSR: 3, LTP: 4, 'HE-AAC': 5, 'HE-AACv2': 29 };

const AUDIO_STREAM = /^\s*Stream #\d+:\d+.*?: Audio: (aac|mp3)\b(?: \(([^)]+)\))?.*?, (\d+) Hz, ([^,]+)/;

/** The audio format a "Stream #…: Audio: …" line describes; null for other lines and codecs. */
export function parseStreamAudio(line: string): AudioFormat | null {
  const match = AUDIO_STREAM.exec(line);
  if (!match) return null;
  const [, codec, profile, rate, layout] = match;
  const channels = LAYOUT_CHANNELS[layout!.trim()] ?? Number(/^(\d+) channels/.exec(layout!.trim())?.[1] ?? Number.NaN);
  if (!Number.isFinite(channels)) return null;
  if (codec === 'mp3') return { codec: 'mp3', sampleRate: Number(rate), channels };
  return { codec: 'aac', objectType: AAC_PROFILE_TYPES[profile ?? 'LC'] ?? 0, sampleRate: Number(rate), channels };
}

/**
 * Reads an ffmpeg's stderr lines and keeps its first input's audio format: the lines between "Input #0" and the
 * next section ("Output #0", or another input), where ffmpeg describes what it opened.
 */
export class InputAudioWatch {
  private inFirstInput = false;
  /** The first input's audio; undefined until described, null when it has no audio ffmpeg can name. */
  format: AudioFormat | null | undefined = undefined;
  /** Whether the first input, once described, has an audio stream at all (of any codec). */
  hasAudio: boolean | undefined = undefined;

  line(line: string): void {
    if (/^Input #0,/.test(line)) {
      this.inFirstInput = true;
      return;
    }
    if (!this.inFirstInput) return;
    if (/^(Input|Output) #\d+,|^Stream mapping:/.test(line)) {
      this.inFirstInput = false;
      this.format ??= null;
      this.hasAudio ??= false;
      return;
    }
    if (this.format === undefined && /^\s*Stream #0:\d+.*: Audio: /.test(line)) {
      this.format = parseStreamAudio(line);
      this.hasAudio = true;
    }
  }
}
