// Test media made at test time by the bundled ffmpeg (H.264 + AAC, FLV and MP4, a few seconds each), a live
// publisher, and readers that prove what reached a destination (codecs, duration, continuity) with ffprobe.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const require = createRequire(import.meta.url);
export const FFMPEG = (require('@ffmpeg-installer/ffmpeg') as { path: string }).path;
export const FFPROBE = (require('@ffprobe-installer/ffprobe') as { path: string }).path;

export interface MediaSpec {
  name: string;
  seconds: number;
  format: 'flv' | 'mp4';
  /** Test pattern frequency, so files are told apart by their audio. */
  tone?: number;
  videoKbps?: number;
  /** Frame size, e.g. 1280x720; small by default to keep tests light. */
  size?: string;
  /** Constant bitrate (filler data pads the easy test pattern up to videoKbps). */
  cbr?: boolean;
  /** x264 preset: ultrafast (no B-frames) by default; veryfast and slower reorder frames with B-frames. */
  preset?: string;
  /** Picture only, no sound track (a slate). */
  silent?: boolean;
  /** Audio sample rate (44100 by default) and channels (1 by default: the sine source is mono). */
  sampleRate?: number;
  channels?: number;
}

/** Encodes a short test clip (testsrc + sine) into `dir`; returns its path. */
export async function makeMedia(dir: string, spec: MediaSpec): Promise<string> {
  const file = join(dir, spec.name);
  const kbps = spec.videoKbps ?? 300;
  await run(FFMPEG, [
    '-hide_banner', '-loglevel', 'error', '-y',
    '-f', 'lavfi', '-i', `testsrc=size=${spec.size ?? '320x240'}:rate=25:duration=${spec.seconds}`,
    ...(spec.silent ? [] : ['-f', 'lavfi', '-i', `sine=frequency=${spec.tone ?? 440}:sample_rate=${spec.sampleRate ?? 44100}:duration=${spec.seconds}`]),
    '-c:v', 'libx264', '-preset', spec.preset ?? 'ultrafast', '-g', '25', '-pix_fmt', 'yuv420p',
    '-b:v', `${kbps}k`, '-maxrate', `${kbps}k`, '-bufsize', `${kbps * 2}k`,
    ...(spec.cbr ? ['-minrate', `${kbps}k`, '-x264-params', 'nal-hrd=cbr'] : []),
    ...(spec.silent ? [] : ['-c:a', 'aac', '-b:a', '64k', ...(spec.channels ? ['-ac', String(spec.channels)] : []), '-shortest']),
    ...(spec.format === 'mp4' ? ['-movflags', '+faststart'] : []),
    '-f', spec.format, file,
  ]);
  return file;
}

/** Publishes a clip in a loop, at real time, to an RTMP URL (a live source). Kill it to make the source die. */
export function publishLive(file: string, url: string): ChildProcess {
  return spawn(
    FFMPEG,
    ['-hide_banner', '-nostdin', '-loglevel', 'error', '-re', '-stream_loop', '-1', '-i', file, '-c', 'copy', '-f', 'flv', url],
    { stdio: 'ignore' },
  );
}

/** Records what a destination plays for `seconds` into `out` (FLV, no re-encoding). */
export async function capture(url: string, seconds: number, out: string, idleSeconds = 8): Promise<void> {
  // The RTMP server keeps a player connected after the publisher leaves: `idleSeconds` without data ends it.
  await run(
    FFMPEG,
    ['-hide_banner', '-nostdin', '-loglevel', 'error', '-y', '-rw_timeout', String(idleSeconds * 1e6), '-i', url, '-t', String(seconds), '-c', 'copy', '-f', 'flv', out],
    { timeout: (seconds + idleSeconds + 10) * 1000 },
  ).catch((error: { code?: number }) => {
    // Ended by the idle timeout after the stream stopped: what was recorded is the result.
    if (error.code === undefined) throw error;
  });
}

export interface ProbeResult {
  videoCodec?: string;
  audioCodec?: string;
  duration: number;
  videoPts: number[];
  audioPts: number[];
}

export async function probe(file: string): Promise<ProbeResult> {
  const { stdout } = await run(FFPROBE, ['-v', 'error', '-show_streams', '-show_packets', '-show_format', '-of', 'json', file], {
    maxBuffer: 64 * 1024 * 1024,
  });
  const data = JSON.parse(stdout) as {
    streams: { codec_type: string; codec_name: string }[];
    packets: { codec_type: string; pts_time?: string }[];
    format: { duration?: string };
  };
  const pts = (type: string) =>
    data.packets.filter((p) => p.codec_type === type && p.pts_time !== undefined).map((p) => Number(p.pts_time));
  // A live stream's container states no duration (Matroska as node writes it): the span of its timestamps.
  const all = [...pts('video'), ...pts('audio')];
  const span = all.length ? Math.max(...all) - Math.min(...all) : 0;
  return {
    videoCodec: data.streams.find((s) => s.codec_type === 'video')?.codec_name,
    audioCodec: data.streams.find((s) => s.codec_type === 'audio')?.codec_name,
    duration: Number(data.format.duration ?? 0) || span,
    videoPts: pts('video'),
    audioPts: pts('audio'),
  };
}

export interface DecodedAudio {
  sampleRate: number;
  channels: number;
  packets: number;
  /** Frames the decoder produced, with the channels of each. */
  frameChannels: number[];
  /** Seconds of sound decoded (samples / the stream's rate). */
  decodedSeconds: number;
  /** What the decoder complained about. */
  errors: string;
}

/** Decodes every audio frame of a recording, as a player at the destination would. */
export async function decodeAudio(file: string): Promise<DecodedAudio> {
  const { stdout, stderr } = await run(
    FFPROBE,
    ['-v', 'error', '-select_streams', 'a', '-show_streams', '-show_frames', '-count_packets', '-of', 'json', file],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  const data = JSON.parse(stdout) as {
    streams: { sample_rate: string; channels: number; nb_read_packets: string }[];
    frames: { nb_samples: number; channels: number }[];
  };
  const stream = data.streams[0]!;
  const sampleRate = Number(stream.sample_rate);
  const samples = data.frames.reduce((sum, frame) => sum + frame.nb_samples, 0);
  return {
    sampleRate,
    channels: stream.channels,
    packets: Number(stream.nb_read_packets),
    frameChannels: data.frames.map((frame) => frame.channels),
    decodedSeconds: samples / sampleRate,
    errors: stderr,
  };
}

/**
 * How loud a recording's sound is, window by window from its first sample: the RMS of each `windowSeconds`, as a
 * fraction of full scale (a default `sine` source is ~0.09; silence 0), decoded to mono as a listener would hear it.
 */
export async function soundLevels(file: string, windowSeconds: number): Promise<number[]> {
  const rate = 8000;
  const { stdout } = await run(FFMPEG, ['-v', 'error', '-i', file, '-vn', '-ac', '1', '-ar', String(rate), '-f', 's16le', 'pipe:1'], {
    encoding: 'buffer',
    maxBuffer: 64 * 1024 * 1024,
  });
  const perWindow = Math.round(windowSeconds * rate);
  const levels: number[] = [];
  for (let start = 0; start + perWindow * 2 <= stdout.length; start += perWindow * 2) {
    let sum = 0;
    for (let i = 0; i < perWindow; i += 1) sum += (stdout.readInt16LE(start + i * 2) / 32768) ** 2;
    levels.push(Math.sqrt(sum / perWindow));
  }
  return levels;
}

/** The largest step between consecutive timestamps, and whether they ever went backwards. */
export function continuity(pts: number[]): { maxGap: number; backwards: boolean } {
  let maxGap = 0;
  let backwards = false;
  const sorted = [...pts].sort((a, b) => a - b);
  for (let i = 1; i < sorted.length; i += 1) maxGap = Math.max(maxGap, sorted[i]! - sorted[i - 1]!);
  // Decode order may differ from presentation order by a frame or two (B-frames); a real jump back is larger.
  for (let i = 1; i < pts.length; i += 1) if (pts[i]! < pts[i - 1]! - 0.5) backwards = true;
  return { maxGap, backwards };
}
