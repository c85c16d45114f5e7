// Where no FIFO can be made (no mkfifo: here, a PATH without it), ffmpeg's reports come through a pipe the event
// loop watches, as they did before FIFOs: each as it is written, none lost.
import { describe, expect, it } from 'vitest';
import { deliveries, reportsOfThreeSeconds } from './progress-runs.js';

describe('progress reports without mkfifo', () => {
  it('arrive one by one as ffmpeg writes them', async () => {
    const path = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      const { reports } = await reportsOfThreeSeconds();
      expect(reports.at(-1)!.report).toMatchObject({ frame: 75, ended: true });
      // Each report on its own, half a second apart (the last two may come together as ffmpeg ends).
      expect(deliveries(reports)).toBeGreaterThanOrEqual(reports.length - 1);
    } finally {
      process.env.PATH = path;
    }
  });
});
