// English schedules, read in the user's zone. The server runs in another zone on purpose: nothing may
// depend on it.
process.env.TZ = 'Pacific/Auckland';
import { describe, expect, it } from 'vitest';
import { expectSchedule, parsed } from './schedule-case.js';

// Tuesday 2026-03-10 09:00 in New York (13:00 UTC; EDT since the 8th).
const ny = { timeZone: 'America/New_York', now: '2026-03-10T13:00:00Z' };

describe('English start and end', () => {
  it.each([
    ['tomorrow 8pm for 2h', '2026-03-12T00:00:00Z', '2026-03-12T02:00:00Z'],
    ['today 3pm-5pm', '2026-03-10T19:00:00Z', '2026-03-10T21:00:00Z'],
    ['tonight 9pm until 11:30pm', '2026-03-11T01:00:00Z', '2026-03-11T03:30:00Z'],
    ['monday 10am to tuesday 10am', '2026-03-16T14:00:00Z', '2026-03-17T14:00:00Z'],
    ['in 30 minutes for 1 hour', '2026-03-10T13:30:00Z', '2026-03-10T14:30:00Z'],
    ['Dec 3 20:00 UTC for 2h', '2026-12-03T20:00:00Z', '2026-12-03T22:00:00Z'],
    ['from 8pm to 10pm', '2026-03-11T00:00:00Z', '2026-03-11T02:00:00Z'],
    ['between 9 and 11pm', '2026-03-11T01:00:00Z', '2026-03-11T03:00:00Z'],
    ['at 3am for 1h', '2026-03-11T07:00:00Z', '2026-03-11T08:00:00Z'],
    ["3 o'clock in the afternoon for 1h", '2026-03-10T19:00:00Z', '2026-03-10T20:00:00Z'],
    ['noon for 1h', '2026-03-10T16:00:00Z', '2026-03-10T17:00:00Z'],
    ['midnight for 1h', '2026-03-11T04:00:00Z', '2026-03-11T05:00:00Z'],
    ['next friday 7pm for 1h', '2026-03-20T23:00:00Z', '2026-03-21T00:00:00Z'],
    ['2026-03-15 17:00 for 1h', '2026-03-15T21:00:00Z', '2026-03-15T22:00:00Z'],
    ['15th of March at 5pm for 1h', '2026-03-15T21:00:00Z', '2026-03-15T22:00:00Z'],
    ['3/15 5pm for 1h', '2026-03-15T21:00:00Z', '2026-03-15T22:00:00Z'],
    ['in 2 hours for 90 minutes', '2026-03-10T15:00:00Z', '2026-03-10T16:30:00Z'],
    ['a quarter past 3pm for an hour', '2026-03-10T19:15:00Z', '2026-03-10T20:15:00Z'],
    ['20 minutes to 2pm tomorrow for 1h', '2026-03-11T17:40:00Z', '2026-03-11T18:40:00Z'],
    ['seven thirty p.m. for two hours', '2026-03-10T23:30:00Z', '2026-03-11T01:30:00Z'],
    ['this evening 7-9', '2026-03-10T23:00:00Z', '2026-03-11T01:00:00Z'],
    ['sat 10pm - sun 2am', '2026-03-15T02:00:00Z', '2026-03-15T06:00:00Z'],
    ['in 2 days at 9am for 1h', '2026-03-12T13:00:00Z', '2026-03-12T14:00:00Z'],
    ['on the 20th at 8pm for 1h', '2026-03-21T00:00:00Z', '2026-03-21T01:00:00Z'],
    ['5 past 9pm for 1h', '2026-03-11T01:05:00Z', '2026-03-11T02:05:00Z'],
    ['tonight at midnight for 2h', '2026-03-11T04:00:00Z', '2026-03-11T06:00:00Z'],
  ])('%s', (text, start, end) => expectSchedule(text, ny, start, end));

  it('reads a time of day without a date as its next occurrence, am or pm', () => {
    // 09:00 now: 8:30 has passed this morning, so "8:30" is this evening; 3am is tomorrow's.
    expectSchedule('8:30 for 1h', ny, '2026-03-11T00:30:00Z', '2026-03-11T01:30:00Z');
    expectSchedule('3am for 1h', ny, '2026-03-11T07:00:00Z', '2026-03-11T08:00:00Z');
  });

  it('keeps an end without am/pm after an evening start in the evening', () => {
    expectSchedule('8pm to 10', ny, '2026-03-11T00:00:00Z', '2026-03-11T02:00:00Z');
    expectSchedule('10pm to 12', ny, '2026-03-11T02:00:00Z', '2026-03-11T04:00:00Z');
    expectSchedule('8am until 6', ny, '2026-03-11T12:00:00Z', '2026-03-11T22:00:00Z');
  });

  it('reads a range without am/pm as one that fits in a day', () => {
    // 21:00 in New York: "12:00 to 14:00" is tomorrow midday, not midnight to 2pm.
    const evening = { timeZone: 'America/New_York', now: '2026-03-11T01:00:00Z' };
    expectSchedule('12:00 to 14:00', evening, '2026-03-11T16:00:00Z', '2026-03-11T18:00:00Z');
    // 09:00 now: 9am is not ahead any more, so "9-11" is this evening.
    expectSchedule('9-11', ny, '2026-03-11T01:00:00Z', '2026-03-11T03:00:00Z');
    expectSchedule('9-11', { ...ny, now: '2026-03-10T12:00:00Z' }, '2026-03-10T13:00:00Z', '2026-03-10T15:00:00Z');
  });

  it('rolls an end that is earlier than its start to the next day (crossing midnight)', () => {
    expectSchedule('tomorrow 10pm until 2am', ny, '2026-03-12T02:00:00Z', '2026-03-12T06:00:00Z');
    expectSchedule('friday 11pm to 1am', ny, '2026-03-14T03:00:00Z', '2026-03-14T05:00:00Z');
    expectSchedule('Friday 9pm to midnight', ny, '2026-03-14T01:00:00Z', '2026-03-14T04:00:00Z');
    expectSchedule('tonight 10pm to tomorrow 2am', ny, '2026-03-11T02:00:00Z', '2026-03-11T06:00:00Z');
  });

  it('starts "now" ten seconds ahead, in whole seconds', () => {
    const schedule = parsed('now for 2h', { timeZone: 'America/New_York', now: '2026-03-10T13:00:00.250Z' });
    expect(schedule.start.toISOString()).toBe('2026-03-10T13:00:10.000Z');
    expect(schedule.end.toISOString()).toBe('2026-03-10T15:00:10.000Z');
    expect(schedule.startsNow).toBe(true);
  });

  it('starts now when only a length is given', () => {
    const schedule = parsed('for 45 minutes', ny);
    expect(schedule.startsNow).toBe(true);
    expect(schedule.end.getTime() - schedule.start.getTime()).toBe(45 * 60_000);
    expect(parsed('right now for 1h', ny).startsNow).toBe(true);
    expect(parsed('tomorrow 8pm for 2h', ny).startsNow).toBe(false);
  });

  it('starts now when only an end is given ("until 11pm", "now until 11pm")', () => {
    for (const text of ['until 11pm', 'now until 11pm', 'from now until 11pm']) {
      const schedule = parsed(text, ny);
      expect(schedule.startsNow).toBe(true);
      expect(schedule.start.toISOString()).toBe('2026-03-10T13:00:10.000Z');
      expect(schedule.end.toISOString()).toBe('2026-03-11T03:00:00.000Z');
    }
  });

  it('reports the words that are not part of the schedule', () => {
    // Courtesy words are typed around times and say nothing of them; anything else is reported.
    expect(parsed('tomorrow 8pm for 2h please hurry', ny).unrecognized).toEqual(['hurry']);
    expect(parsed('from 8pm until 10pm', ny).unrecognized).toEqual([]);
  });
});
