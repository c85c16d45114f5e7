// Zones: the user's own, ones named in the text, the CST rule, and daylight-saving edges with real rules.
process.env.TZ = 'Asia/Kolkata';
import { describe, expect, it } from 'vitest';
import { parseSchedule } from '../../../src/core/schedule/index.js';
import { expectRejected, expectSchedule, parsed } from './schedule-case.js';

const ny = { timeZone: 'America/New_York', now: '2026-03-10T13:00:00Z' };

/** Said in New York, the phrase starts at `start` (UTC) and leaves no word unexplained. */
function startsAt(text: string, start: string): void {
  const schedule = parsed(text, ny);
  expect(schedule.start.toISOString().replace('.000Z', 'Z')).toBe(start);
  expect(schedule.unrecognized).toEqual([]);
}

describe('zones named in the text', () => {
  it.each([
    ['8pm PST for 1h', '2026-03-11T04:00:00Z'],
    ['8pm PDT for 1h', '2026-03-11T03:00:00Z'],
    ['8pm EST for 1h', '2026-03-11T01:00:00Z'],
    ['8pm UTC for 1h', '2026-03-10T20:00:00Z'],
    ['8pm GMT for 1h', '2026-03-10T20:00:00Z'],
    ['8pm CET for 1h', '2026-03-10T19:00:00Z'],
    ['8pm JST for 1h', '2026-03-11T11:00:00Z'],
    ['8pm IST for 1h', '2026-03-10T14:30:00Z'],
    ['8pm UTC+8 for 1h', '2026-03-11T12:00:00Z'],
    ['8pm GMT-2 for 1h', '2026-03-10T22:00:00Z'],
    ['20:00 +05:30 for 1h', '2026-03-10T14:30:00Z'],
    ['8pm Asia/Shanghai for 1h', '2026-03-11T12:00:00Z'],
    ['8pm Europe/Berlin for 1h', '2026-03-10T19:00:00Z'],
  ])('%s', (text, start) => startsAt(text, start));

  // Each of these was read in the user's own zone, the zone word silently dropped (the date parser knew it and
  // we threw its offset away): 8pm in New York instead of the zone named.
  it.each([
    ['8pm et for 1h', '2026-03-11T00:00:00Z'],
    ['8pm pt for 1h', '2026-03-11T03:00:00Z'],
    ['20:00 ct for 1h', '2026-03-11T01:00:00Z'],
    ['8pm SAST for 1h', '2026-03-10T18:00:00Z'],
    ['8pm EAT for 1h', '2026-03-10T17:00:00Z'],
    ['8pm GST for 1h', '2026-03-10T16:00:00Z'],
    ['8pm PHT for 1h', '2026-03-11T12:00:00Z'],
    ['8pm ART for 1h', '2026-03-10T23:00:00Z'],
    ['8pm NST for 1h', '2026-03-10T23:30:00Z'],
    ['8pm -0500 for 1h', '2026-03-11T01:00:00Z'],
    ['20:00 -0800 for 1h', '2026-03-11T04:00:00Z'],
    ['2026-03-12T20:00:00-05:00 for 1h', '2026-03-13T01:00:00Z'],
  ])('%s (a zone that was dropped)', (text, start) => startsAt(text, start));

  // Refused before as words not understood.
  it.each([
    ['8pm london for 1h', '2026-03-10T20:00:00Z'],
    ['8pm (London) for 1h', '2026-03-10T20:00:00Z'],
    ['20:00 (Tokyo) for 1h', '2026-03-11T11:00:00Z'],
    ['8pm NY time for 1h', '2026-03-11T00:00:00Z'],
    ['8pm LA time for 1h', '2026-03-11T03:00:00Z'],
    ['8pm US/Eastern for 1h', '2026-03-11T00:00:00Z'],
    ['8pm PST8PDT for 1h', '2026-03-11T03:00:00Z'],
  ])('%s (a place or zone name that was refused)', (text, start) => startsAt(text, start));

  it('keeps a lowercase region letter pair a word away from a clock time, and a dash between clock times a range', () => {
    expectSchedule('8-10pm et', ny, '2026-03-11T00:00:00Z', '2026-03-11T02:00:00Z');
    expectSchedule('20:30 pm-22:00 pm', ny, '2026-03-11T00:30:00Z', '2026-03-11T02:00:00Z');
    // "cat" and "art" are words unless written in capitals.
    expectRejected('8pm cat for 1h', ny, 'unknownZone', 'StartTime');
  });

  it('refuses a zone the date parser knows and we do not, by name, rather than reading the time in the user\'s', () => {
    expectRejected('8pm YAKT for 1h', ny, 'unknownZone', 'StartTime');
    const result = parseSchedule('8pm MAGT for 1h', { timeZone: ny.timeZone, now: new Date(ny.now), locale: 'en' });
    expect(result.ok ? null : result.error[0]?.params).toEqual({ zone: 'MAGT' });
  });

  it('reads "today" and "next occurrence" in the named zone', () => {
    // 13:00 UTC = 22:00 in Tokyo: 9pm JST has passed there, so it is tomorrow's 9pm.
    expectSchedule('9pm JST for 1h', ny, '2026-03-11T12:00:00Z', '2026-03-11T13:00:00Z');
  });

  it('takes CST as China Standard Time for Chinese users or zones, else US Central', () => {
    expectSchedule('8pm CST for 1h', ny, '2026-03-11T02:00:00Z', '2026-03-11T03:00:00Z');
    // 13:00 UTC is 21:00 in China: 8pm China time has passed, so it is tomorrow's.
    expectSchedule('8pm CST for 1h', { ...ny, locale: 'zh-CN' }, '2026-03-11T12:00:00Z', '2026-03-11T13:00:00Z');
    expectSchedule('8pm CST for 1h', { ...ny, timeZone: 'Asia/Urumqi' }, '2026-03-11T12:00:00Z', '2026-03-11T13:00:00Z');
  });

  it('rejects a zone it does not know, in the text or in the settings', () => {
    expectRejected('8pm Asia/Atlantis for 1h', ny, 'unknownZone', 'StartTime');
    expectRejected('8pm for 1h', { ...ny, timeZone: 'Mars/Olympus' }, 'unknownZone', 'StartTime');
  });
});

describe('daylight saving time', () => {
  const newYork = { timeZone: 'America/New_York', now: '2026-03-07T12:00:00Z' };
  const berlin = { timeZone: 'Europe/Berlin', now: '2026-10-24T12:00:00Z' };

  it('refuses a time that does not exist on a spring-forward night instead of guessing', () => {
    expectRejected('tomorrow 2:30am for 1h', newYork, 'nonexistentTime', 'StartTime');
    expectRejected('tomorrow 1am until 2:30am', newYork, 'nonexistentTime', 'EndTime');
  });

  it('counts whole days from now on the calendar, keeping the hour across the change', () => {
    // 9:15 EST on Wednesday; "in 7 days" is 9:00 EDT a week on (counted as 168 hours it was 10:00).
    const wednesday = { timeZone: 'America/New_York', now: '2027-03-10T14:15:00Z' };
    expectSchedule('in 7 days for an hour', wednesday, '2027-03-17T13:00:00Z', '2027-03-17T14:00:00Z');
    expectSchedule('七天后 持续1小时', { ...wednesday, locale: 'zh-CN' }, '2027-03-17T13:00:00Z', '2027-03-17T14:00:00Z');
    // Saturday 22:00 EST: "in a day" is Sunday 22:00 EDT.
    expectSchedule('in a day for 1h', { timeZone: 'America/New_York', now: '2027-03-14T03:00:00Z' }, '2027-03-15T02:00:00Z', '2027-03-15T03:00:00Z');
  });

  it('counts lengths as real elapsed time across the change', () => {
    // 1am EST + 3h = 5am EDT (the 2am hour never happens).
    expectSchedule('tomorrow 1am for 3h', newYork, '2026-03-08T06:00:00Z', '2026-03-08T09:00:00Z');
    // 1am CEST to 4am CET is four hours on the fall-back night.
    expectSchedule('tomorrow 1am to 4am', berlin, '2026-10-24T23:00:00Z', '2026-10-25T03:00:00Z');
  });

  it('takes the first of a repeated hour when clocks go back', () => {
    expectSchedule('tomorrow 2:30am for 1h', berlin, '2026-10-25T00:30:00Z', '2026-10-25T01:30:00Z');
  });
});
