// ffmpeg reports its progress twice a second. Read as written, each report woke the bot, and waking it was billed
// to the relay's ffmpeg (a live relay cost more than the same command run bare: progress-channel.ts). The reports
// are now gathered in a FIFO and read once a second; none may be lost, least of all the last ones, written as
// ffmpeg exits (they say how much reached the destination).
import { describe, expect, it } from 'vitest';
import { deliveries, reportsOfThreeSeconds } from './progress-runs.js';

describe('progress reports', () => {
  it('are read about once a second, in batches, and none is lost, the last included', async () => {
    const { reports, seconds } = await reportsOfThreeSeconds();
    // Every report ffmpeg wrote: the last says all 75 frames went out, and that it ended.
    expect(reports.at(-1)!.report).toMatchObject({ frame: 75, ended: true });
    expect(reports.length).toBeGreaterThanOrEqual(6);
    // Read once a second: at most one batch per second ffmpeg ran, plus the read at its exit; read as written,
    // each report would have come on its own (the fallback test shows it).
    expect(deliveries(reports)).toBeLessThanOrEqual(Math.floor(seconds) + 1);
    expect(reports.length).toBeGreaterThanOrEqual(deliveries(reports) + 2);
  });
});
