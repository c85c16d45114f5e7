// An hour in h notation after a start said as an amount from now, and after a morning start with a dash. Each was
// read silently one way a person may not mean: "in 1h until 2h" ran 23 hours (to 02:00 the next day) while "now until
// 2h" runs two; "in 2 hours to 22h" ran 22 hours; "in 1h to 2h" (an estimate, as "in 1 to 2 hours" is) ran 23 hours;
// "10am - 12h" ran 12 hours where "10 to 12" was as likely. Said in New York at 02:00 on Saturday 28 November 2026.
import { describe, expect, it } from 'vitest';
import { describeErrorFor } from '../../../src/core/error-text.js';
import { parseSchedule } from '../../../src/core/schedule/index.js';
import { expectRejected, expectSchedule } from './schedule-case.js';

const NY = { timeZone: 'America/New_York', now: '2026-11-28T07:00:00Z' };

describe('after a start said as an amount from now', () => {
  it('a morning hour after until is the length, as after now', () => {
    expectSchedule('in 1h until 2h', NY, '2026-11-28T08:00:00Z', '2026-11-28T10:00:00Z');
    expectSchedule('in 30 min until 3h', NY, '2026-11-28T07:30:00Z', '2026-11-28T10:30:00Z');
    expectSchedule('now until 2h', NY, '2026-11-28T07:00:10Z', '2026-11-28T09:00:10Z');
  });

  it('an afternoon or evening hour after to or until is the end’s clock time', () => {
    expectSchedule('in 2 hours to 22h', NY, '2026-11-28T09:00:00Z', '2026-11-29T03:00:00Z');
    expectSchedule('in 30 minutes to 21h30', NY, '2026-11-28T07:30:00Z', '2026-11-29T02:30:00Z');
    expectSchedule('in 1h to 23h', NY, '2026-11-28T08:00:00Z', '2026-11-29T04:00:00Z');
    expectSchedule('in 2 hours till 22h', NY, '2026-11-28T09:00:00Z', '2026-11-29T03:00:00Z');
  });

  it('two amounts joined by to or or are an estimate, asked', () => {
    for (const text of ['in 1h to 2h', 'in 1 to 2h', 'in 1-2h', 'in 1h or 2h', 'in 30 min or 45 min', 'within 1-2 hours']) {
      expectRejected(`${text} for 1h`, NY, 'vagueAmount', 'StartTime');
    }
    const refused = parseSchedule('in 1h to 2h', { timeZone: NY.timeZone, now: new Date(NY.now), locale: 'en' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(describeErrorFor({ locale: 'en', timeZone: NY.timeZone }, refused.error[0]!)).toContain('"in 1h to 2h" is not a number I can schedule');
  });

  it('near misses keep their readings', () => {
    expectSchedule('in 1h for 2h', NY, '2026-11-28T08:00:00Z', '2026-11-28T10:00:00Z');
    expectSchedule('in 20 min - 2h', NY, '2026-11-28T07:20:00Z', '2026-11-28T09:20:00Z');
    expectSchedule('20h to 22h', NY, '2026-11-29T01:00:00Z', '2026-11-29T03:00:00Z');
    expectSchedule('1h to 2h', NY, '2026-11-29T06:00:00Z', '2026-11-29T07:00:00Z');
  });
});

describe('a morning start, a dash and an h-notation hour later that morning', () => {
  it('is asked: that morning’s end, or the length', () => {
    for (const text of ['10am - 12h', '9am – 11h', '10:30am - 11h30', '11am - 12h', 'tomorrow 9am - 11h', '12:30am - 2h']) {
      expectRejected(text, NY, 'endOrLength', 'EndTime');
    }
    const refused = parseSchedule('10am - 12h', { timeZone: NY.timeZone, now: new Date(NY.now), locale: 'en' });
    if (!refused.ok) {
      expect(describeErrorFor({ locale: 'en', timeZone: NY.timeZone }, refused.error[0]!)).toContain('"until 12:00" or "for 12h"');
    }
  });

  it('keeps the one plain reading elsewhere', () => {
    expectSchedule('8am - 2h', NY, '2026-11-28T13:00:00Z', '2026-11-28T15:00:00Z'); // 02:00 is no later that morning
    expectSchedule('10am - 2h', NY, '2026-11-28T15:00:00Z', '2026-11-28T17:00:00Z');
    expectSchedule('10:30am - 10h', NY, '2026-11-28T15:30:00Z', '2026-11-29T01:30:00Z');
    expectSchedule('2pm - 5h', NY, '2026-11-28T19:00:00Z', '2026-11-29T00:00:00Z');
    expectSchedule('10am - 14h', NY, '2026-11-28T15:00:00Z', '2026-11-28T19:00:00Z');
    expectSchedule('12am - 2h', NY, '2026-11-29T05:00:00Z', '2026-11-29T07:00:00Z'); // from midnight both read the same
    expectSchedule('9am to 11h', NY, '2026-11-28T14:00:00Z', '2026-11-28T16:00:00Z');
    expectSchedule('9:00 - 11h', NY, '2026-11-28T14:00:00Z', '2026-11-28T16:00:00Z');
  });
});

describe('an hour past the end of the day in h notation, in a clock’s place', () => {
  it('is refused naming it, as "24:30" is', () => {
    for (const text of ['9pm until 24h30', '21h-24h30', '21h - 25h00']) expectRejected(text, NY, 'noSuchTime', 'StartTime');
    const refused = parseSchedule('9pm until 24h30', { timeZone: NY.timeZone, now: new Date(NY.now), locale: 'en' });
    if (!refused.ok) expect(describeErrorFor({ locale: 'en', timeZone: NY.timeZone }, refused.error[0]!)).toMatch(/^"24h30" is not a time of day/);
  });

  it('leaves the end of the day and lengths alone', () => {
    expectSchedule('9pm until 24h', NY, '2026-11-29T02:00:00Z', '2026-11-29T05:00:00Z');
    expectSchedule('8pm for 24h30', NY, '2026-11-29T01:00:00Z', '2026-11-30T01:30:00Z');
  });
});
