// Three seconds of ffmpeg with its progress reports recorded as they reach the runner (progress-reading tests).
import { pino } from 'pino';
import { expect } from 'vitest';
import { FfmpegProcess } from '../../../src/backends/ffmpeg/ffmpeg-process.js';
import type { ProgressReport } from '../../../src/backends/ffmpeg/progress.js';
import { FFMPEG } from '../../support/media.js';
/** Three seconds of a 25 fps picture, at real time, into nothing: six or seven reports. */
const THREE_SECONDS = ['-hide_banner', '-nostdin', '-nostats', '-progress', 'pipe:3', '-re', '-f', 'lavfi', '-i', 'testsrc=size=64x64:rate=25:duration=3', '-f', 'null', '-'];

/** Runs it; the reports, each with when it reached us, and how long ffmpeg ran (seconds). */
export async function reportsOfThreeSeconds(): Promise<{ reports: { report: ProgressReport; at: number }[]; seconds: number }> {
  const reports: { report: ProgressReport; at: number }[] = [];
  const started = performance.now();
  const ffmpeg = new FfmpegProcess({
    binary: FFMPEG,
    args: THREE_SECONDS,
    logger: pino({ level: 'silent' }),
    redact: (text) => text,
    label: 'progress test',
    onProgress: (report) => reports.push({ report, at: performance.now() }),
  });
  expect((await ffmpeg.exited).code).toBe(0);
  return { reports, seconds: (performance.now() - started) / 1000 };
}

/** How many separate moments the reports arrived at (reports read together arrive within a few ms). */
export function deliveries(reports: { at: number }[]): number {
  return reports.filter((entry, i) => i === 0 || entry.at - reports[i - 1]!.at > 100).length;
}

