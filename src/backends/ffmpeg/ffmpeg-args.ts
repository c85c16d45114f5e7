// ffmpeg command lines, as argument arrays. Pure. Two kinds of process make a relay:
//  - one muxer per destination connection: reads one continuous stream from stdin and pushes it without
//    re-encoding. For files it reads FLV that node splices (flv/); for a live source with a backup, MPEG-TS;
//  - a reader per live source, per file that is not FLV (MP4, HLS: it outputs FLV for node's splicer, which
//    paces it), never for an FLV file (node reads and paces those itself). Live readers write MPEG-TS, the one
//    container that can be concatenated, their timestamps shifted to continue where the previous reader stopped.
// Each input and output carries its own protocol whitelist, and inputs a demuxer whitelist, so that nothing a
// source says (an HLS entry, a redirect) can make ffmpeg open file:, concat:, data: or a local playlist.

/** What ffmpeg is told to open, after the runner has checked it and put it behind a loopback gateway. */
export interface PreparedUrl {
  url: string;
  /** Protocol whitelist and protocol options placed right before `-i` / the output URL. */
  options: string[];
  /** Container for an output: FLV for RTMP, MPEG-TS for SRT. */
  format?: 'flv' | 'mpegts';
}

export const INPUT_FORMATS = 'flv,live_flv,mov,mp4,m4a,3gp,3g2,mj2,hls,applehttp,mpegts,aac,h264,hevc,rtsp';
const COMMON = ['-hide_banner', '-nostdin', '-nostats', '-loglevel', 'info', '-progress', 'pipe:3'];

export interface ReaderPlan {
  input: PreparedUrl;
  /** Audio re-encoded to the stream's format (a source after the stream's first: input-audio.ts); copied otherwise. */
  audio?: AudioEncoding;
  /** Files are read at their own pace (-re); live sources arrive at real time anyway. */
  realtime: boolean;
  /** Where in the file to begin, seconds. */
  seek?: number;
  /** Added to every output timestamp, seconds. */
  tsOffset: number;
  /** Read timeout for network inputs, ms. */
  ioTimeoutMs: number;
}

/** A reader's input: behind the I/O timeout and the format whitelist, optionally at real time and from an offset. */
function readerInput(plan: Omit<ReaderPlan, 'tsOffset'>): string[] {
  return [
    ...COMMON,
    '-rw_timeout',
    String(plan.ioTimeoutMs * 1000),
    '-format_whitelist',
    INPUT_FORMATS,
    ...plan.input.options,
    ...(plan.realtime ? ['-re'] : []),
    ...(plan.seek && plan.seek > 0 ? ['-ss', plan.seek.toFixed(3)] : []),
    '-i',
    plan.input.url,
  ];
}

export function readerArgs(plan: ReaderPlan): string[] {
  const silence = plan.audio && plan.realtime ? silenceInput(plan.audio) : null;
  return [
    ...readerInput(plan),
    ...(silence ? [...silence, ...SILENCE_WHEN_NO_AUDIO] : FIRST_AUDIO_VIDEO_COPIED),
    ...(plan.audio ? audioEncodingArgs(plan.audio) : []),
    '-output_ts_offset',
    plan.tsOffset.toFixed(3),
    // Files: write the pipe in full 32 KiB blocks, not one write per frame — a fifth of the syscalls here and of
    // the muxer's wake-ups there, for ~0.1 s more buffering at 2 Mbps. Live sources keep per-frame writes: at a
    // low bitrate a 32 KiB block would hold seconds of a live stream back.
    ...(plan.realtime ? ['-flush_packets', '0'] : []),
    '-f',
    'mpegts',
    'pipe:1',
  ];
}

export function muxerArgs(output: PreparedUrl, ioTimeoutMs: number): string[] {
  return [
    ...COMMON,
    '-protocol_whitelist',
    'pipe',
    '-f',
    'mpegts',
    // Small probe: the stream layout is known (one video, one audio) and the first push should start fast.
    '-analyzeduration',
    '1000000',
    ...NO_FRAME_RATE_PROBE,
    '-i',
    'pipe:0',
    '-map',
    '0',
    '-c',
    'copy',
    // MPEG-TS carries AAC as ADTS; FLV wants raw AAC.
    ...(output.format === 'mpegts' ? [] : ['-bsf:a', 'aac_adtstoasc']),
    ...pushedTo(output, ioTimeoutMs),
  ];
}

/** A muxer's destination: behind the I/O timeout, in its format, with its per-URL options. */
function pushedTo(output: PreparedUrl, ioTimeoutMs: number): string[] {
  return ['-rw_timeout', String(ioTimeoutMs * 1000), '-f', output.format ?? 'flv', ...output.options, output.url];
}

/**
 * A file that is not FLV (or whose audio must be re-encoded), turned into FLV for node's splicer. No -re: node paces the spliced
 * stream (flv/flv-feed.ts) and reads this output only in its bursts, so the reader runs as far ahead as its pipe
 * holds and then sleeps, blocked on the pipe, until the next burst — rather than waking to pace itself.
 */
export function flvReaderArgs(plan: Omit<ReaderPlan, 'tsOffset' | 'realtime'> & ReaderAudio): string[] {
  return [
    ...readerInput({ ...plan, realtime: false }),
    ...FIRST_AUDIO_VIDEO_COPIED,
    ...readerAudioArgs(plan),
    // Fewer, larger pipe writes (see readerArgs); node re-frames the tags anyway.
    '-flush_packets',
    '0',
    '-f',
    'flv',
    'pipe:1',
  ];
}

/** How an FLV reader hands on a file's audio: copied (AAC made raw, or as it is), or re-encoded. */
export interface ReaderAudio {
  /** Re-encoded to this: the file's audio differs from the stream's (flv/audio-format.ts). */
  audio?: AudioEncoding;
  /** Copied without the ADTS filter, which refuses anything but AAC (an MP3 track). */
  audioAsIs?: boolean;
}

function readerAudioArgs(plan: ReaderAudio): string[] {
  if (plan.audio) return audioEncodingArgs(plan.audio);
  // HLS/MPEG-TS carry AAC as ADTS; FLV wants raw AAC (raw AAC, from MP4, passes unchanged).
  return plan.audioAsIs ? [] : ['-bsf:a', 'aac_adtstoasc'];
}

/** An audio encoding for a reader: what a spliced stream's audio track is made of. */
export interface AudioEncoding {
  encoder: 'aac' | 'libmp3lame';
  sampleRate: number;
  channels: number;
  kbps: number;
}

function audioEncodingArgs(audio: AudioEncoding): string[] {
  return ['-c:a', audio.encoder, '-ar', String(audio.sampleRate), '-ac', String(audio.channels), '-b:a', `${audio.kbps}k`];
}

/** The muxer of a file relay: the stream node splices from the files, pushed unchanged. */
export function splicedMuxerArgs(output: PreparedUrl, ioTimeoutMs: number): string[] {
  return [
    ...COMMON,
    '-protocol_whitelist',
    'pipe',
    // node's spliced stream, as Matroska (flv/matroska-stream.ts): ~2 MiB less per muxer than reading FLV.
    '-f',
    'matroska',
    // No probe beyond the header (32 bytes is ffmpeg's least): node's stream starts with both tracks' complete
    // configurations, so nothing needs to be learnt from its frames. A larger probe made the muxer open an H.264
    // decoder to learn the picture's pixel format, which nothing here uses: ~5.6 MiB more at its peak for 720p
    // (17.3 against 11.7 MiB peak RSS, measured with a Matroska stream on its stdin).
    '-probesize',
    '32',
    ...NO_FRAME_RATE_PROBE,
    '-i',
    'pipe:0',
    '-map',
    '0',
    '-c',
    'copy',
    ...pushedTo(output, ioTimeoutMs),
  ];
}

/**
 * A muxer copies the stream and never needs its frame rate, but ffmpeg decodes frames at start to guess one:
 * measured on a 720p relay, that is ~2 MB more peak memory per muxer (RSS 19.3 → 17.1 MiB, PSS 15.1 → 14.7 MiB).
 */
const NO_FRAME_RATE_PROBE = ['-fpsprobesize', '0'];

/** First video and first audio, unchanged: the muxer expects the same layout from every reader. */
const FIRST_AUDIO_VIDEO_COPIED = ['-map', '0:v:0?', '-map', '0:a:0?', '-c', 'copy'];

/**
 * A file reader whose audio is re-encoded to the stream's (a file backup after the live primary) also gets a silent
 * track in that format as its second input, mapped after the file's own audio. A file without sound (a slate as the
 * backup) then gives the stream silence where its audio goes, so the destination's sound track does not stop while
 * it is on air; a file with sound gives a second audio stream that the muxer, which mapped the streams its first
 * reader had, leaves out ("New audio stream" in its log). Silence costs ~0.3 % of a core to encode, only while such
 * a reader runs; `-shortest` ends the reader with its file, not with the endless silence (with the file's shorter
 * track: a backup file whose sound stops well before its picture is cut there). Not for live sources: with
 * a live input beside the generated one, the bundled ffmpeg (4.1) passed nothing on until it was stopped (a live
 * backup read that way made no progress and was given up as silent after 3 s).
 */
const SILENCE_WHEN_NO_AUDIO = ['-map', '0:v:0?', '-map', '0:a:0?', '-map', '1:a:0', '-c', 'copy', '-shortest'];

/** ffmpeg's own silence generator in `audio`'s rate and channels (mono or stereo), or null for other layouts. */
function silenceInput(audio: AudioEncoding): string[] | null {
  const layout = audio.channels === 1 ? 'mono' : audio.channels === 2 ? 'stereo' : null;
  return layout ? ['-f', 'lavfi', '-i', `anullsrc=r=${audio.sampleRate}:cl=${layout}`] : null;
}

/** One input behind the I/O timeout and the format whitelist, with its per-URL options (protocol whitelist). */
function guardedInput(input: PreparedUrl, ioTimeoutMs: number): string[] {
  return [...COMMON, '-rw_timeout', String(ioTimeoutMs * 1000), '-format_whitelist', INPUT_FORMATS, ...input.options, '-i', input.url];
}

/** A quick "is the primary back?" check: open the input and read one second of it. */
export function probeArgs(input: PreparedUrl, ioTimeoutMs: number): string[] {
  return [
    ...guardedInput(input, ioTimeoutMs),
    '-t',
    '1',
    '-f',
    'null',
    '-',
  ];
}

/**
 * A live relay with no backup needs no muxer: one ffmpeg reads the source and pushes it unchanged, which costs
 * what the same command run by hand costs. (With a backup, sources are switched under a muxer instead.)
 */
export function directRelayArgs(input: PreparedUrl, output: PreparedUrl, ioTimeoutMs: number): string[] {
  return [
    ...guardedInput(input, ioTimeoutMs),
    ...FIRST_AUDIO_VIDEO_COPIED,
    '-rw_timeout',
    String(ioTimeoutMs * 1000),
    '-f',
    output.format ?? 'flv',
    ...output.options,
    output.url,
  ];
}
