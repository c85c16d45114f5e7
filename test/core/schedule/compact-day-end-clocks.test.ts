// Four-digit clocks at and past the end of the day. "at 2400 for 1h" is midnight, yet "2400 for 1h" was refused as
// "2400" not understood; "2430 for 1h" and "2500 for 1h" likewise, and "8pm until 2500" / "2000-2500" as having no end
// or no time at all: the messages were silent on what was wrong. 2400 alone is now the midnight that ends the day, and
// the others are refused by name, as "24:30" is. Said in New York at 02:00 on Saturday 28 November 2026.
import { describe, it } from 'vitest';
import { expectRejected, expectSchedule } from './schedule-case.js';

const NY = { timeZone: 'America/New_York', now: '2026-11-28T07:00:00Z' };

describe('four-digit clocks at and past the end of the day', () => {
  it('2400 alone is the midnight that ends today, as "at 2400" is', () => {
    expectSchedule('2400 for 1h', NY, '2026-11-29T05:00:00Z', '2026-11-29T06:00:00Z');
    expectSchedule('at 2400 for 1h', NY, '2026-11-29T05:00:00Z', '2026-11-29T06:00:00Z');
  });

  it('a time no day has is refused by name, wherever it stands', () => {
    for (const text of ['2430 for 1h', '2500 for 1h', 'at 2500 for 1h', '8pm until 2500', '2000-2530', '2959 for 2h']) {
      expectRejected(text, NY, 'noSuchTime', 'StartTime');
    }
  });

  it('near misses keep their readings', () => {
    expectSchedule('1930 for 1h', NY, '2026-11-29T00:30:00Z', '2026-11-29T01:30:00Z');
    expectSchedule('0000 for 1h', NY, '2026-11-29T05:00:00Z', '2026-11-29T06:00:00Z');
    expectSchedule('2200-2400', NY, '2026-11-29T03:00:00Z', '2026-11-29T05:00:00Z');
    expectSchedule('dec 5 2026 8pm for 1h', NY, '2026-12-06T01:00:00Z', '2026-12-06T02:00:00Z');
    expectSchedule('in 2500 seconds for 1h', NY, '2026-11-28T07:41:40Z', '2026-11-28T08:41:40Z');
  });
});
