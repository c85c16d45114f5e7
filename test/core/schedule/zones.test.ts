// Zones: the user's own, ones named in the text, the CST rule, and daylight-saving edges with real rules.
process.env.TZ = 'Asia/Kolkata';
import { describe, expect, it } from 'vitest';
import { expectRejected, expectSchedule, parsed } from './schedule-case.js';

const ny = { timeZone: 'America/New_York', now: '2026-03-10T13:00:00Z' };

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
  ])('%s', (text, start) => {
    const schedule = parsed(text, ny);
    expect(schedule.start.toISOString().replace('.000Z', 'Z')).toBe(start);
    expect(schedule.unrecognized).toEqual([]);
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
