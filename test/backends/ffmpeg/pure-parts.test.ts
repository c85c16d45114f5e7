// The runner's pure pieces, as examples of use: what ffmpeg's output means, what it is told, what is reported.
import { describe, expect, it } from 'vitest';
import { Backoff } from '../../../src/backends/ffmpeg/backoff.js';
import { ByteSink } from '../../../src/backends/ffmpeg/flv/byte-sink.js';
import { callbackBody, wantsEvent } from '../../../src/backends/ffmpeg/callback-body.js';
import { destinationUrl, parseEndpoint, rtmpParts } from '../../../src/backends/ffmpeg/endpoint.js';
import { flvReaderArgs, splicedMuxerArgs, muxerArgs, readerArgs } from '../../../src/backends/ffmpeg/ffmpeg-args.js';
import { rewritePlaylist } from '../../../src/backends/ffmpeg/playlist-rewrite.js';
import { pullFailureReason, pushFailureReason } from '../../../src/backends/ffmpeg/failure-reasons.js';
import { InputAudioWatch, parseStreamAudio } from '../../../src/backends/ffmpeg/input-audio.js';
import { OnAirWatch } from '../../../src/backends/ffmpeg/on-air.js';
import { isErrorLine, parseInputDuration, ProgressParser, type ProgressReport } from '../../../src/backends/ffmpeg/progress.js';
import { makeRedactor } from '../../../src/backends/ffmpeg/secrets.js';
import { largestSendQueue, procAddress } from '../../../src/backends/ffmpeg/send-queue.js';
import type { BackendCreateRequest } from '../../../src/core/backend.js';

const open = { allowPrivateNetworks: false };

describe('reading ffmpeg', () => {
  it('turns -progress blocks into reports, whatever the chunking, with 4.1 and newer key names', () => {
    const reports: ProgressReport[] = [];
    const parser = new ProgressParser((r) => reports.push(r));
    const text = 'frame=50\nout_time_ms=2000000\ntotal_size=1024\nspeed=N/A\nprogress=continue\nframe=75\nout_time_us=3000000\ntotal_size=2048\nspeed=1.01x\nprogress=end\n';
    for (let i = 0; i < text.length; i += 7) parser.push(text.slice(i, i + 7));
    expect(reports).toHaveLength(2);
    expect(reports[0]).toMatchObject({ frame: 50, outTime: 2, totalSize: 1024, ended: false });
    expect(reports[0]!.speed).toBeNaN();
    expect(reports[1]).toMatchObject({ frame: 75, outTime: 3, totalSize: 2048, speed: 1.01, ended: true });
  });

  it('quotes the line that says what failed, not the closing "Conversion failed!"', () => {
    expect(isErrorLine('Conversion failed!')).toBe(false);
    expect(isErrorLine('Error writing trailer of rtmp://127.0.0.1:1935/live/k: End of file')).toBe(true);
    expect(isErrorLine('[rtmp @ 0x1] Cannot open connection tcp://127.0.0.1:1')).toBe(true);
  });

  it('says which side failed and how, as reason codes the notifier words in the reader’s language', () => {
    expect(pushFailureReason('[rtmp @ 0x2b485e40] Cannot open connection tcp://127.0.0.1:1')).toEqual({ code: 'destinationUnreachable' });
    expect(pushFailureReason('Error writing trailer of rtmp://h/live/k: End of file')).toEqual({ code: 'destinationClosed' });
    expect(pushFailureReason('rtmp://h/live/k: Connection timed out')).toEqual({ code: 'destinationTimeout' });
    expect(pushFailureReason('Unknown encoder')).toEqual({ code: 'pushFailed', values: { message: 'Unknown encoder' } });
    expect(pushFailureReason(undefined)).toEqual({ code: 'pushFailed', values: { message: '-' } });
    expect(pullFailureReason('Server returned 404 Not Found')).toEqual({ code: 'sourceNotFound' });
    expect(pullFailureReason('HTTP error 403 Forbidden')).toEqual({ code: 'sourceForbidden', values: { status: 403 } });
    expect(pullFailureReason('Connection refused')).toEqual({ code: 'sourceUnreachable' });
    expect(pullFailureReason('Invalid data found when processing input')).toEqual({ code: 'sourceFailed', values: { message: 'Invalid data found when processing input' } });
  });

  it('counts a push as on air only once the destination has kept taking data for a moment', () => {
    let now = 0;
    const watch = new OnAirWatch(1000, () => now);
    // A refused publish: the header and a few frames, then nothing more.
    expect(watch.sawSize(5_000)).toBe(false);
    now = 1500;
    expect(watch.sawSize(5_000)).toBe(false);
    // Taking data again for a second: on air.
    expect(watch.sawSize(9_000)).toBe(true);
    watch.reset();
    now = 1800;
    expect(watch.sawSize(12_000)).toBe(false);
    now = 2900;
    expect(watch.sawSize(20_000)).toBe(true);
  });

  it('reads a file duration from the input dump, and none for a live input', () => {
    expect(parseInputDuration('  Duration: 00:01:02.50, start: 0.000000, bitrate: 2000 kb/s')).toBe(62.5);
    expect(parseInputDuration('  Duration: N/A, start: 0.000000')).toBeUndefined();
  });

  it('reads a source\'s audio format from the input dump, as the bundled ffmpeg prints it for FLV, MPEG-TS and MP4', () => {
    expect(parseStreamAudio('    Stream #0:1: Audio: aac (LC), 48000 Hz, stereo, fltp, 128 kb/s')).toEqual({ codec: 'aac', objectType: 2, sampleRate: 48000, channels: 2 });
    expect(parseStreamAudio('    Stream #0:1[0x101]: Audio: aac (LC) ([15][0][0][0] / 0x000F), 22050 Hz, 5.1, fltp, 4 kb/s')).toEqual({ codec: 'aac', objectType: 2, sampleRate: 22050, channels: 6 });
    expect(parseStreamAudio('    Stream #0:1: Audio: aac (HE-AAC), 44100 Hz, mono, fltp')).toMatchObject({ objectType: 5, channels: 1 });
    expect(parseStreamAudio('    Stream #0:0(und): Audio: mp3 (mp4a / 0x6134706D), 44100 Hz, mono, fltp, 64 kb/s (default)')).toEqual({ codec: 'mp3', sampleRate: 44100, channels: 1 });
    expect(parseStreamAudio('    Stream #0:0: Video: h264 (High), yuv420p(progressive), 320x240, 25 fps')).toBeNull();
    // Only the first input's description counts: the output's, printed after it, describes what it writes.
    const watch = new InputAudioWatch();
    for (const line of [
      "Input #0, flv, from 'rtmp://127.0.0.1:1935/live/backup':",
      '    Stream #0:0: Video: h264 (High), yuv420p(progressive), 320x240, 25 fps',
      '    Stream #0:1: Audio: aac (LC), 48000 Hz, stereo, fltp, 128 kb/s',
      "Output #0, mpegts, to 'pipe:1':",
      '    Stream #0:1: Audio: aac (LC), 44100 Hz, mono, fltp, 64 kb/s',
    ]) watch.line(line);
    expect(watch.format).toMatchObject({ sampleRate: 48000, channels: 2 });
    const silent = new InputAudioWatch();
    for (const line of ["Input #0, flv, from 'x':", '    Stream #0:0: Video: h264', "Output #0, mpegts, to 'pipe:1':"]) silent.line(line);
    expect(silent.format).toBeNull();
    expect(silent.hasAudio).toBe(false);
    expect(watch.hasAudio).toBe(true);
    // Audio in a codec the relay cannot name still counts as sound (it is not given silence beside it).
    const opus = new InputAudioWatch();
    for (const line of ["Input #0, matroska,webm, from 'x':", '    Stream #0:1: Audio: opus, 48000 Hz, stereo, fltp', 'Stream mapping:']) opus.line(line);
    expect(opus.format).toBeNull();
    expect(opus.hasAudio).toBe(true);
  });
});

describe('what ffmpeg is told', () => {
  const input = { url: 'http://127.0.0.1:5000/tok/a.flv', options: ['-protocol_whitelist', 'http,tcp,crypto'] };

  it('gives every reader a protocol and demuxer whitelist and shifts its timestamps', () => {
    const args = readerArgs({ input, realtime: true, seek: 1.5, tsOffset: 12.04, ioTimeoutMs: 10_000 });
    expect(args).toEqual(expect.arrayContaining(['-protocol_whitelist', 'http,tcp,crypto', '-format_whitelist', '-re', '-nostdin']));
    expect(args.slice(args.indexOf('-ss'), args.indexOf('-ss') + 2)).toEqual(['-ss', '1.500']);
    expect(args.slice(args.indexOf('-output_ts_offset'), args.indexOf('-output_ts_offset') + 2)).toEqual(['-output_ts_offset', '12.040']);
    expect(args.at(-1)).toBe('pipe:1');
    expect(args.join(' ')).not.toMatch(/file:|concat:/);
  });

  it('re-encodes a live reader\'s audio only when told the stream\'s format, and copies it otherwise', () => {
    const copied = readerArgs({ input, realtime: false, tsOffset: 0, ioTimeoutMs: 10_000 });
    expect(copied.slice(copied.indexOf('-c'), copied.indexOf('-c') + 2)).toEqual(['-c', 'copy']);
    expect(copied).not.toContain('-c:a');
    const reencoded = readerArgs({ input, realtime: true, tsOffset: 0, ioTimeoutMs: 10_000, audio: { encoder: 'aac', sampleRate: 44100, channels: 1, kbps: 64 } });
    expect(reencoded.slice(reencoded.indexOf('-c:a'), reencoded.indexOf('-c:a') + 8)).toEqual(['-c:a', 'aac', '-ar', '44100', '-ac', '1', '-b:a', '64k']);
    // After the copy for everything else, so that it overrides it for audio only.
    expect(reencoded.indexOf('-c:a')).toBeGreaterThan(reencoded.indexOf('-c'));
    // A file: a silent track in the stream's format as the second input, mapped after the file's own audio (which,
    // when there is one, comes first), ending with the file.
    const silence = reencoded.indexOf('anullsrc=r=44100:cl=mono');
    expect(reencoded.slice(silence - 3, silence + 1)).toEqual(['-f', 'lavfi', '-i', 'anullsrc=r=44100:cl=mono']);
    expect(silence).toBeGreaterThan(reencoded.indexOf(input.url));
    expect(reencoded.join(' ')).toContain('-map 0:v:0? -map 0:a:0? -map 1:a:0 -c copy -shortest');
    expect(copied).not.toContain('lavfi');
    // A live source, or five channels (ffmpeg's layouts are named): no silence, the source's audio alone.
    const live = readerArgs({ input, realtime: false, tsOffset: 0, ioTimeoutMs: 10_000, audio: { encoder: 'aac', sampleRate: 44100, channels: 1, kbps: 64 } });
    expect(live).not.toContain('lavfi');
    const surround = readerArgs({ input, realtime: true, tsOffset: 0, ioTimeoutMs: 10_000, audio: { encoder: 'aac', sampleRate: 48000, channels: 5, kbps: 320 } });
    expect(surround).not.toContain('lavfi');
  });

  it('buffers a file reader\'s pipe writes in blocks, but passes a live source on frame by frame', () => {
    const flushOf = (args: string[]) => args[args.indexOf('-flush_packets') + 1];
    expect(flushOf(readerArgs({ input, realtime: true, tsOffset: 0, ioTimeoutMs: 10_000 }))).toBe('0');
    expect(readerArgs({ input, realtime: false, tsOffset: 0, ioTimeoutMs: 10_000 })).not.toContain('-flush_packets');
  });

  it('lets the muxer read only its pipe and push only over the destination protocol', () => {
    const args = muxerArgs({ url: 'rtmp://1.1.1.1:1935/live/key', options: ['-protocol_whitelist', 'rtmp,tcp'], format: 'flv' }, 10_000);
    const inputAt = args.indexOf('-i');
    expect(args.slice(0, inputAt)).toEqual(expect.arrayContaining(['-protocol_whitelist', 'pipe', '-f', 'mpegts']));
    expect(args[inputAt + 1]).toBe('pipe:0');
    expect(args).toEqual(expect.arrayContaining(['-c', 'copy', '-bsf:a', 'aac_adtstoasc']));
    expect(args.slice(-3)).toEqual(['-protocol_whitelist', 'rtmp,tcp', 'rtmp://1.1.1.1:1935/live/key']);
  });

  it('feeds a file relay\'s muxer Matroska from its pipe, and has readers of other files output FLV at the pace node reads it', () => {
    const args = splicedMuxerArgs({ url: 'rtmp://1.1.1.1:1935/live/key', options: ['-protocol_whitelist', 'rtmp,tcp'], format: 'flv' }, 10_000);
    const inputAt = args.indexOf('-i');
    expect(args.slice(0, inputAt)).toEqual(expect.arrayContaining(['-protocol_whitelist', 'pipe', '-f', 'matroska']));
    expect(args[inputAt + 1]).toBe('pipe:0');
    // The stream's header says all it needs: no probing of its frames (which opened an H.264 decoder).
    expect(args.slice(args.indexOf('-probesize'), args.indexOf('-probesize') + 2)).toEqual(['-probesize', '32']);
    expect(args).not.toContain('-bsf:a');
    expect(args.slice(-3)).toEqual(['-protocol_whitelist', 'rtmp,tcp', 'rtmp://1.1.1.1:1935/live/key']);
    const reader = flvReaderArgs({ input, seek: 2, ioTimeoutMs: 10_000 });
    expect(reader).toEqual(expect.arrayContaining(['-format_whitelist', '-protocol_whitelist', 'http,tcp,crypto']));
    // node paces the spliced stream; a reader pacing itself too would only add wake-ups.
    expect(reader).not.toContain('-re');
    expect(reader.slice(-3)).toEqual(['-f', 'flv', 'pipe:1']);
    expect(reader.slice(reader.indexOf('-ss'), reader.indexOf('-ss') + 2)).toEqual(['-ss', '2.000']);
  });

  it('builds the destination from the API fields, adding PushArgs, and splits RTMP app and play path', () => {
    const url = destinationUrl({ DomainName: 'push.example.com', AppName: 'live', StreamName: 'evening', PushArgs: 'txSecret=abc&txTime=5F' });
    expect(url).toBe('rtmp://push.example.com/live/evening?txSecret=abc&txTime=5F');
    const endpoint = parseEndpoint(url, 'destination', open, false);
    expect(endpoint).toMatchObject({ protocol: 'rtmp', host: 'push.example.com', port: 1935 });
    expect(rtmpParts(endpoint)).toEqual({ app: 'live', playpath: 'evening?txSecret=abc&txTime=5F', tcUrl: 'rtmp://push.example.com:1935/live' });
  });
});

describe('HLS playlists through the gateway', () => {
  it('rewrites relative and absolute segment, key and variant URLs to loopback URLs', () => {
    const playlist = '#EXTM3U\n#EXT-X-KEY:METHOD=AES-128,URI="key.bin"\n#EXTINF:4,\nseg1.ts\n#EXTINF:4,\nhttps://cdn2.example.com/seg2.ts\n';
    const seen: string[] = [];
    const out = rewritePlaylist(playlist, new URL('https://cdn.example.com/live/index.m3u8'), (absolute) => {
      seen.push(absolute);
      return `http://127.0.0.1:1/${seen.length}`;
    });
    expect(seen).toEqual(['https://cdn.example.com/live/key.bin', 'https://cdn.example.com/live/seg1.ts', 'https://cdn2.example.com/seg2.ts']);
    expect(out).toBe('#EXTM3U\n#EXT-X-KEY:METHOD=AES-128,URI="http://127.0.0.1:1/1"\n#EXTINF:4,\nhttp://127.0.0.1:1/2\n#EXTINF:4,\nhttp://127.0.0.1:1/3\n');
  });
});

describe('recovering and reporting', () => {
  it('doubles the restart delay up to the cap, and starts over after a healthy run', () => {
    const backoff = new Backoff({ baseMs: 1000, maxMs: 5000, stableMs: 30_000 });
    expect([1, 2, 3, 4].map(() => backoff.nextDelay())).toEqual([1000, 2000, 4000, 5000]);
    backoff.noteHealthy(10_000);
    expect(backoff.nextDelay()).toBe(5000);
    backoff.noteHealthy(30_000);
    expect(backoff.nextDelay()).toBe(1000);
  });

  it('reports events as the provider does, with the push key masked', () => {
    const request = {
      SourceType: 'PullVodPushLive',
      SourceUrls: ['https://cdn.example.com/a.mp4'],
      DomainName: '',
      AppName: '',
      StreamName: '',
      ToUrl: 'rtmp://push.example.com/live/secretstream?txSecret=0123456789',
      StartTime: '2026-11-27T12:00:00Z',
      EndTime: '2026-11-27T14:00:00Z',
      Operator: 'ops',
      SpecifyTaskId: 'abc123',
      CallbackUrl: 'https://bot.example.com/cb',
      CallbackEvents: ['TaskStart', 'TaskExit'],
    } satisfies BackendCreateRequest;
    const body = callbackBody(request, 'VodSourceFileStart', { url: 'https://cdn.example.com/a.mp4', index: 0, duration: 14.9 }, new Date(1_712_893_433_000));
    expect(body).toMatchObject({ event_type: 314, interface: 'general_callback', product_name: 'pullpush', task_id: 'abc123', event_time: '1712893433' });
    expect(JSON.parse(body.source_urls)).toEqual(['https://cdn.example.com/a.mp4']);
    expect(JSON.parse(body.msg)).toEqual({ url: 'https://cdn.example.com/a.mp4', index: 0, duration: 14.9 });
    expect(JSON.stringify(body)).not.toMatch(/secretstream|0123456789/);
    expect(wantsEvent(request, 'TaskStart')).toBe(true);
    expect(wantsEvent(request, 'VodSourceFileStart')).toBe(false);
  });

  it('masks stream keys wherever ffmpeg prints them, also outside URLs', () => {
    const redact = makeRedactor(['rtmp://push.example.com/live/secretstream?txSecret=0123456789']);
    const line = redact('rtmp://1.2.3.4:1935/live/secretstream?txSecret=0123456789: Connection refused (playpath secretstream)');
    expect(line).not.toMatch(/secretstream|0123456789/);
    expect(line).toContain('Connection refused');
  });
});

describe('a burst\'s output buffer', () => {
  it('keeps every byte in order when a burst outgrows the size it was given', () => {
    const sink = new ByteSink(64);
    const frame = Buffer.from(Array.from({ length: 50 }, (_, i) => i));
    sink.byte(0xa3);
    sink.uint32(0x10000000 | 54);
    sink.int16(-2);
    sink.put(frame, 10, 50);
    sink.put(frame);
    expect(sink.bytes()).toEqual(Buffer.concat([Buffer.from([0xa3, 0x10, 0, 0, 54, 0xff, 0xfe]), frame.subarray(10), frame]));
  });
});

describe('congestion towards a destination', () => {
  it('reads the bytes queued towards an address from the kernel table', () => {
    expect(procAddress('127.0.0.1', 1935)).toBe('0100007F:078F');
    const table = [
      '  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode',
      '   0: 0100007F:A1B2 0100007F:078F 01 0002A000:00000000 01:00000014 00000000     0        0 1',
      '   1: 0100007F:A1B3 0100007F:078F 01 00000010:00000000 00:00000000 00000000     0        0 2',
      '   2: 0100007F:A1B4 0200007F:078F 01 00FFFFFF:00000000 00:00000000 00000000     0        0 3',
    ].join('\n');
    expect(largestSendQueue(table, '0100007F:078F')).toBe(0x2a000);
    expect(largestSendQueue(table, '0100007F:0050')).toBe(0);
  });
});
