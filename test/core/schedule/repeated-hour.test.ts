// A wall time the clocks pass twice (the night they go back) is read as its first occurrence, as before; the preview
// now says so and how to ask for the second (its UTC offset after the time, which the parser reads back). Said
// nothing, a relay an hour early or late was confirmed at a glance.
import { describe, expect, it } from 'vitest';
import { buildPreview } from '../../../src/core/preview.js';
import { command } from './schedule-case.js';

const NY_FRIDAY = '2026-10-30T16:00:00Z'; // Fri 30 Oct 2026, 12:00 in New York; clocks go back on Sunday 1 Nov
const BERLIN_FRIDAY = '2026-10-23T12:00:00Z'; // Fri 23 Oct 2026, 14:00 in Berlin; clocks go back on Sunday 25 Oct
const codes = (when: string, now: string, zone: string) => command(when, now, zone).notes.map((note) => `${note.code} ${note.field}`);

describe('a time the clocks go through twice', () => {
  it('is the first, and the preview says so with the offset that asks for the second', () => {
    const parsed = command('sunday 1:30am for 1h', NY_FRIDAY, 'America/New_York');
    expect(parsed.request.StartTime).toBe('2026-11-01T05:30:00Z');
    const preview = buildPreview(parsed.request, { locale: 'en', timeZone: 'America/New_York', notes: parsed.notes });
    expect(preview.lines).toContain(
      '01:30 comes twice on 2026-11-01 in America/New_York: the clocks go back that night. This relay takes the first (01:30 -0400); for the second, write its UTC offset after the time, e.g. "01:30 -0500".',
    );
    expect(command('sunday 01:30 -0500 for 1h', NY_FRIDAY, 'America/New_York').request.StartTime).toBe('2026-11-01T06:30:00Z');
  });

  it('says so in Chinese, and for a written end', () => {
    const zh = command('周日凌晨2点半 持续1小时', BERLIN_FRIDAY, 'Europe/Berlin', 'zh-CN');
    expect(buildPreview(zh.request, { locale: 'zh-CN', timeZone: 'Europe/Berlin', notes: zh.notes }).lines).toContain(
      '2026-10-25 的 02:30 在 Europe/Berlin 会出现两次：当晚时钟回拨。此任务按第一次安排（02:30 +0200）；如果指的是第二次，请在时间后写上它的 UTC 偏移，例如“02:30 +0100”。',
    );
    expect(codes('saturday 11pm to sunday 2:30am', BERLIN_FRIDAY, 'Europe/Berlin')).toEqual(['Notice.RepeatedTime EndTime']);
  });

  it('says nothing for another night, a skipped hour, or a time the words did not write', () => {
    expect(codes('saturday 1:30am for 1h', NY_FRIDAY, 'America/New_York')).toEqual([]);
    expect(codes('sunday 3am for 1h', NY_FRIDAY, 'America/New_York')).toEqual([]);
    // A length that ends there and a start counted from now are elapsed time, not a wall time.
    expect(codes('saturday 11:30pm for 2h', NY_FRIDAY, 'America/New_York')).toEqual([]);
    expect(codes('in 2 hours for 1h', '2026-11-01T03:30:00Z', 'America/New_York')).toEqual([]);
    // A fixed offset has no clock change.
    expect(codes('sunday 1:30am EST for 1h', NY_FRIDAY, 'America/New_York')).toEqual([]);
  });
});
