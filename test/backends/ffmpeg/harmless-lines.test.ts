// ffmpeg's FLV muxer cannot seek back on a pipe or an RTMP connection, so every reader and muxer ends with
// "Failed to update header with correct duration/filesize." — on every file pass, on success. Taken as an error,
// it filled the log with warnings, named itself as the error of clean exits, and would have been quoted to the
// channel as what went wrong with a source that then failed for real.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FfmpegProcess } from '../../../src/backends/ffmpeg/ffmpeg-process.js';
import { isErrorLine } from '../../../src/backends/ffmpeg/progress.js';
import { FFMPEG, makeMedia } from '../../support/media.js';

let dir: string;
let clip: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'relaybot-harmless-'));
  clip = await makeMedia(dir, { name: 'clip.mp4', seconds: 1, format: 'mp4' });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ffmpeg lines that sound like failures but are not', () => {
  it('a clean FLV pass to a pipe exits without an error line and logs no warning', async () => {
    const logged: { level: number; msg: string }[] = [];
    const logger = pino({ level: 'info' }, new Writable({ write: (chunk: Buffer, _e, done) => (logged.push(JSON.parse(chunk.toString())), done()) }));
    const stderr: string[] = [];
    const reader = new FfmpegProcess({
      binary: FFMPEG,
      args: ['-hide_banner', '-nostdin', '-loglevel', 'info', '-i', clip, '-c', 'copy', '-f', 'flv', 'pipe:1'],
      logger,
      redact: (text) => text,
      label: 'test reader',
      stdout: 'pipe',
      onStderrLine: (line) => stderr.push(line),
    });
    const exit = await reader.exited;
    expect(exit.code).toBe(0);
    // The premise: this ffmpeg does print them.
    expect(stderr.some((line) => /Failed to update header with correct (?:duration|filesize)/.test(line))).toBe(true);
    expect(exit.errorLine).toBeUndefined();
    expect(logged.filter((entry) => entry.level >= 40)).toEqual([]);
  });

  it('real failures are still error lines', () => {
    expect(isErrorLine('[flv @ 0x1] Failed to update header with correct filesize.')).toBe(false);
    expect(isErrorLine('[tcp @ 0x1] Connection to tcp://127.0.0.1:1 failed: Connection refused')).toBe(true);
    expect(isErrorLine('[http @ 0x1] HTTP error 404 Not Found')).toBe(true);
  });
});
