// Silence for a file without sound (a slate, a bumper, a video-only clip). The spliced stream declares its tracks
// once, from its first file; a stream that began without sound would have no track for a later file's sound, and a
// stream with sound would go quiet mid-stream, where players and CDN packagers waiting for audio stall. So a file
// without sound gets silent AAC frames, made here without an encoder: an AAC-LC frame whose channels code no
// spectral band (max_sfb 0) decodes to 1024 samples of silence whatever the sample rate, and is a few constant
// bytes (ISO 14496-3 4.4.2: raw_data_block, individual_channel_stream, ics_info).
import { AAC_LC, AAC_SAMPLE_RATES, type AudioFormat } from './audio-format.js';
import { buildTag, type FlvTag, TAG_AUDIO } from './flv-tags.js';

/**
 * The sound track a stream gets when what it starts with has none (a playlist's first file; a live relay's backup
 * file when it goes on air first): stereo at 48 kHz, the rate of most video and of OBS's default. Later sound in
 * another format is re-encoded to it, as any source whose audio differs from the stream's.
 */
export const SILENT_STREAM_AUDIO: AudioFormat = { codec: 'aac', objectType: AAC_LC, sampleRate: 48000, channels: 2 };

const SAMPLES_PER_FRAME = 1024;

/**
 * One silent raw_data_block per channel layout. Mono: a single_channel_element (id 0, tag 0), global_gain 0,
 * ics_info all zero (a long window, max_sfb 0, no prediction), no pulse/TNS/gain control, then END (id 7).
 * Stereo: a channel_pair_element (id 1, tag 0, no common window) holding two such channel streams, then END.
 */
const SILENT_FRAMES: Record<number, Buffer> = {
  1: Buffer.from([0x00, 0x00, 0x00, 0x07]),
  2: Buffer.from([0x20, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0e]),
};

/** Whether silence can be made in `format`: AAC-LC, mono or stereo, at a rate AAC indexes. */
export function canMakeSilence(format: AudioFormat): boolean {
  return format.codec === 'aac' && format.objectType === AAC_LC && SILENT_FRAMES[format.channels] !== undefined && AAC_SAMPLE_RATES.includes(format.sampleRate);
}

/** The AAC sequence header (an AudioSpecificConfig: object type, sample rate index, channels) declaring `format`. */
export function audioConfigTag(format: AudioFormat, ms: number): FlvTag {
  const rateIndex = AAC_SAMPLE_RATES.indexOf(format.sampleRate);
  const config = Buffer.from([(AAC_LC << 3) | (rateIndex >> 1), ((rateIndex & 1) << 7) | (format.channels << 3)]);
  return buildTag(TAG_AUDIO, Math.round(ms), [0xaf, 0], config);
}

/** Silent frames in `format` from `startMs` on, one every 1024 samples, made as the picture they go with advances. */
export class SilenceMaker {
  private made = 0;
  private readonly frame: Buffer;

  constructor(
    private readonly format: AudioFormat,
    private readonly startMs: number,
  ) {
    this.frame = SILENT_FRAMES[format.channels]!;
  }

  /** Passes on the frames not made yet that end by `ms`, each a tag of its own (tags are buffers the feed queues). */
  through(ms: number, emit: (tag: FlvTag) => void): void {
    const frameMs = (SAMPLES_PER_FRAME * 1000) / this.format.sampleRate;
    for (;;) {
      const at = this.startMs + this.made * frameMs;
      if (at + frameMs > ms) return;
      emit(buildTag(TAG_AUDIO, Math.round(at), [0xaf, 1], this.frame));
      this.made += 1;
    }
  }
}
