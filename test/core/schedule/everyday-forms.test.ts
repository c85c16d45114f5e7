// Everyday phrasings beyond the Duckling corpora (the kinds acceptance asks about, said other ways), each class
// checked at another reference (New York, Tuesday 2026-03-10 09:00 EDT = 13:00 UTC; Shanghai for Chinese) so
// that no rule fits only one example. test/fixtures/schedule-probes.json holds the same classes at Duckling's
// reference, run whole below.
process.env.TZ = 'Australia/Adelaide';
import { describe, expect, it } from 'vitest';
import { parseSchedule } from '../../../src/core/schedule/index.js';
import { corpusFailures, loadCorpus } from '../../support/corpus.js';
import { expectRejected, expectSchedule, parsed } from './schedule-case.js';

const ny = { timeZone: 'America/New_York', now: '2026-03-10T13:00:00Z' };
const la = { timeZone: 'America/Los_Angeles', now: '2026-03-10T13:00:00Z' };
const sh = { timeZone: 'Asia/Shanghai', now: '2026-03-10T02:00:00Z', locale: 'zh-CN' as const };

describe('spelled-out minutes before an hour are a clock time; digits or "from" make a range', () => {
  it.each([
    ['twenty to nine pm for 1h', '2026-03-11T00:40:00Z', '2026-03-11T01:40:00Z'],
    ['ten to six for 1h', '2026-03-10T21:50:00Z', '2026-03-10T22:50:00Z'],
    ['twenty-five to 9 pm for 1h', '2026-03-11T00:35:00Z', '2026-03-11T01:35:00Z'],
    ['from ten to six', '2026-03-10T14:00:00Z', '2026-03-10T22:00:00Z'],
  ])('%s', (text, start, end) => expectSchedule(text, ny, start, end));
});

describe('a range start without am/pm takes the half of the day that keeps it before its end', () => {
  it.each([
    ['10 to 6pm', '2026-03-10T14:00:00Z', '2026-03-10T22:00:00Z'],
    ['11-1pm', '2026-03-10T15:00:00Z', '2026-03-10T17:00:00Z'],
    ['12-2pm', '2026-03-10T16:00:00Z', '2026-03-10T18:00:00Z'],
    ['10-2am', '2026-03-11T02:00:00Z', '2026-03-11T06:00:00Z'],
    ['3-4pm', '2026-03-10T19:00:00Z', '2026-03-10T20:00:00Z'],
    // The part of the day places the start only; the end is the first fitting time after it.
    ['tonight from 10 until 2', '2026-03-11T02:00:00Z', '2026-03-11T06:00:00Z'],
    ['noon to 3', '2026-03-10T16:00:00Z', '2026-03-10T19:00:00Z'],
    ['at 12 noon for 1h', '2026-03-10T16:00:00Z', '2026-03-10T17:00:00Z'],
  ])('%s', (text, start, end) => expectSchedule(text, ny, start, end));
});

describe('more ways to say a length or a relative start', () => {
  it.each([
    ['tomorrow 8pm for 1h15', '2026-03-12T00:00:00Z', '2026-03-12T01:15:00Z'],
    ['tomorrow 8pm for 1 1/2 hours', '2026-03-12T00:00:00Z', '2026-03-12T01:30:00Z'],
    ['in 10 minutes time for 1h', '2026-03-10T13:10:00Z', '2026-03-10T14:10:00Z'],
    ["in an hour's time for 1h", '2026-03-10T14:00:00Z', '2026-03-10T15:00:00Z'],
    ['coming Friday at 10am for 1h', '2026-03-13T14:00:00Z', '2026-03-13T15:00:00Z'],
    ['go now for 2h', '2026-03-10T13:00:10Z', '2026-03-10T15:00:10Z'],
  ])('%s', (text, start, end) => expectSchedule(text, ny, start, end));

  it.each([
    ['明天晚上8点 持续一刻钟', '2026-03-11T12:00:00Z', '2026-03-11T12:15:00Z'],
    ['明天晚上8点 持续三刻钟', '2026-03-11T12:00:00Z', '2026-03-11T12:45:00Z'],
    ['明天晚上8点 持续半个钟头', '2026-03-11T12:00:00Z', '2026-03-11T12:30:00Z'],
    ['本周六下午2点 持续2小时', '2026-03-14T06:00:00Z', '2026-03-14T08:00:00Z'],
    // 一刻 after 点 is still a clock time.
    ['下午三点一刻 持续1小时', '2026-03-10T07:15:00Z', '2026-03-10T08:15:00Z'],
  ])('%s', (text, start, end) => expectSchedule(text, sh, start, end));
});

describe('chat shorthand in Chinese', () => {
  const zhInNewYork = { timeZone: 'America/New_York', now: '2026-03-10T13:00:00Z', locale: 'zh-CN' as const };
  it.each([
    ['晚8点 持续1小时', '2026-03-10T12:00:00Z', '2026-03-10T13:00:00Z'],
    ['明天下午3点钟 持续1小时', '2026-03-11T07:00:00Z', '2026-03-11T08:00:00Z'],
    // A day of the month alone is this month's while still to come, else next month's.
    ['15号晚上8点 持续1小时', '2026-03-15T12:00:00Z', '2026-03-15T13:00:00Z'],
    ['5号晚上8点 持续1小时', '2026-04-05T12:00:00Z', '2026-04-05T13:00:00Z'],
    // ...but a number of days after a length word is a length.
    ['明天晚上8点 持续五 日', '2026-03-11T12:00:00Z', '2026-03-16T12:00:00Z'],
    ['过10分钟 持续1小时', '2026-03-10T02:10:00Z', '2026-03-10T03:10:00Z'],
    ['立马 持续1小时', '2026-03-10T02:00:10Z', '2026-03-10T03:00:10Z'],
    ['现在就开始 持续1小时', '2026-03-10T02:00:10Z', '2026-03-10T03:00:10Z'],
    ['明天晚上8点 推2小时', '2026-03-11T12:00:00Z', '2026-03-11T14:00:00Z'],
  ])('%s', (text, start, end) => expectSchedule(text, sh, start, end));

  it.each([
    ['东八区晚上8点 持续1小时', '2026-03-11T12:00:00Z', '2026-03-11T13:00:00Z'],
    ['西五区晚上8点 持续1小时', '2026-03-11T01:00:00Z', '2026-03-11T02:00:00Z'],
  ])('%s', (text, start, end) => expectSchedule(text, zhInNewYork, start, end));

  it.each([
    ['8pm onwards for 2h', '2026-03-11T00:00:00Z', '2026-03-11T02:00:00Z'],
    ['tomorrow 8pm for 1 and 1/2 hours', '2026-03-12T00:00:00Z', '2026-03-12T01:30:00Z'],
  ])('%s', (text, start, end) => expectSchedule(text, ny, start, end));
});

describe('dates and times said apart, weekdays that repeat a date, and lengths from now', () => {
  it.each([
    ['3/15 8 to 10 pm', '2026-03-16T00:00:00Z', '2026-03-16T02:00:00Z'],
    ['2026-03-13 10 to 6pm', '2026-03-13T14:00:00Z', '2026-03-13T22:00:00Z'],
    ['at 8pm on the 13th of March for 1h', '2026-03-14T00:00:00Z', '2026-03-14T01:00:00Z'],
    ['Friday night 9 to midnight', '2026-03-14T01:00:00Z', '2026-03-14T04:00:00Z'],
    ['Mar 16 (Mon) 9am for 2h', '2026-03-16T13:00:00Z', '2026-03-16T15:00:00Z'],
    ['for the next hour', '2026-03-10T13:00:10Z', '2026-03-10T14:00:10Z'],
    ['8pm sharp for 1h', '2026-03-11T00:00:00Z', '2026-03-11T01:00:00Z'],
  ])('%s', (text, start, end) => expectSchedule(text, ny, start, end));

  it.each([
    ['3月16日(周一)早上9点 持续2小时', '2026-03-16T01:00:00Z', '2026-03-16T03:00:00Z'],
    ['接下来2小时', '2026-03-10T02:00:10Z', '2026-03-10T04:00:10Z'],
    ['UTC时间20:00 持续1小时', '2026-03-10T20:00:00Z', '2026-03-10T21:00:00Z'],
  ])('%s', (text, start, end) => expectSchedule(text, sh, start, end));

  it('refuses a negative length instead of reading "8pm for -2h" as 8pm to 2am', () => {
    expectRejected('tomorrow 8pm for -2h', ny, 'negativeLength', 'EndTime');
    expectRejected('明天晚上8点 持续-2小时', sh, 'negativeLength', 'EndTime');
  });

  it('refuses a weekday that contradicts its date, naming both', () => {
    expectRejected('Mar 17 (Mon) 9am for 2h', ny, 'weekdayMismatch', 'StartTime');
    expectRejected('3月17日(周一)早上9点 持续2小时', sh, 'weekdayMismatch', 'StartTime');
    const result = parseSchedule('Mar 17 (Mon) 9am for 2h', { timeZone: ny.timeZone, now: new Date(ny.now), locale: 'en' });
    expect(result.ok ? null : result.error[0]?.params).toEqual({ date: '2026-03-17', weekday: 'Monday' });
  });

  it('reads "EST/EDT" as the region, whichever applies that day', () => {
    expectSchedule('8pm EST/EDT for 1h', la, '2026-03-11T00:00:00Z', '2026-03-11T01:00:00Z');
  });
});

describe('months and years ahead are calendar dates; "next 3 hours" is a length from now', () => {
  it.each([
    ['in 3 months at 5pm for 1h', '2026-06-10T21:00:00Z', '2026-06-10T22:00:00Z'],
    ['at 7pm in 2 months for 1h', '2026-05-10T23:00:00Z', '2026-05-11T00:00:00Z'],
    // 10 March 2028 is before that year's spring-forward: EST.
    ['2 years from now at 8pm for 1h', '2028-03-11T01:00:00Z', '2028-03-11T02:00:00Z'],
    ['next 3 hours', '2026-03-10T13:00:10Z', '2026-03-10T16:00:10Z'],
    // Yesterday evening, so that validation refuses it as past (it was read as this morning's 8am).
    ['last night at 8 for 1h', '2026-03-10T00:00:00Z', '2026-03-10T01:00:00Z'],
  ])('%s', (text, start, end) => expectSchedule(text, ny, start, end));

  it('keeps a month-end day inside the shorter month', () => {
    expectSchedule('in a month at 5pm for 1h', { timeZone: 'America/New_York', now: '2026-01-31T15:00:00Z' }, '2026-02-28T22:00:00Z', '2026-02-28T23:00:00Z');
  });

  it.each([
    ['3个月后晚上8点 持续1小时', '2026-06-10T12:00:00Z', '2026-06-10T13:00:00Z'],
    ['下3小时', '2026-03-10T02:00:10Z', '2026-03-10T05:00:10Z'],
  ])('%s', (text, start, end) => expectSchedule(text, sh, start, end));
});

describe('lengths with the one left out, old numerals, and months or years (too long, never dropped)', () => {
  it.each([
    ['明天晚上8点 持续个半小时', '2026-03-11T12:00:00Z', '2026-03-11T13:30:00Z'],
    ['明天晚上8点 持续分半', '2026-03-11T12:00:00Z', '2026-03-11T12:01:30Z'],
    ['明天晚上8点 持续卅分钟', '2026-03-11T12:00:00Z', '2026-03-11T12:30:00Z'],
    ['明天晚上8点 持续廿分钟', '2026-03-11T12:00:00Z', '2026-03-11T12:20:00Z'],
    ['明天晚上8点 持续半小时', '2026-03-11T12:00:00Z', '2026-03-11T12:30:00Z'],
  ])('%s', (text, start, end) => expectSchedule(text, sh, start, end));

  it.each([
    ['tomorrow 8pm for 2 months', 60 * 24],
    ['tomorrow 8pm for 1 year 2 days 3 hours and 4 seconds', 367 * 24 + 3],
  ])('%s is read whole (and so refused by validation as too long)', (text, hours) => {
    const schedule = parsed(text, ny);
    expect(Math.floor((schedule.end.getTime() - schedule.start.getTime()) / 3_600_000)).toBe(hours);
  });
  it('持续两个月 is read whole too', () => {
    const schedule = parsed('明天晚上8点 持续两个月', sh);
    expect((schedule.end.getTime() - schedule.start.getTime()) / 86_400_000).toBe(60);
  });
});

describe('Cantonese forms of the same kinds (as Duckling\'s Chinese corpus has them)', () => {
  it.each([
    ['宜家 持续1小时', '2026-03-10T02:00:10Z', '2026-03-10T03:00:10Z'],
    ['晏晝三點踏三 持续1小时', '2026-03-10T07:15:00Z', '2026-03-10T08:15:00Z'],
    ['晏晝三點搭半 持续1小时', '2026-03-10T07:30:00Z', '2026-03-10T08:30:00Z'],
    ['晏晝三點一個字 持续1小时', '2026-03-10T07:05:00Z', '2026-03-10T08:05:00Z'],
    ['晏晝三點三 持续1小时', '2026-03-10T07:15:00Z', '2026-03-10T08:15:00Z'],
    ['明天晚上8点 持续個半鐘', '2026-03-11T12:00:00Z', '2026-03-11T13:30:00Z'],
    ['明天晚上8点 持续三個字', '2026-03-11T12:00:00Z', '2026-03-11T12:15:00Z'],
    // Without a Cantonese word, a number after 点 is minutes, as in Mandarin.
    ['下午三点三 持续1小时', '2026-03-10T07:03:00Z', '2026-03-10T08:03:00Z'],
  ])('%s', (text, start, end) => expectSchedule(text, sh, start, end));
});

describe('a day with a range of times, hours after a date, compact ranges, length labels, Chinese midnights', () => {
  it.each([
    ['Saturday the 14th from 7 to 9pm', '2026-03-14T23:00:00Z', '2026-03-15T01:00:00Z'],
    // Not 16 March 2010: the number after the day is the hour.
    ['Mar 16, 10 to 6pm', '2026-03-16T14:00:00Z', '2026-03-16T22:00:00Z'],
    ['1900-2100', '2026-03-10T23:00:00Z', '2026-03-11T01:00:00Z'],
    ['3pm; duration: 2h', '2026-03-10T19:00:00Z', '2026-03-10T21:00:00Z'],
    ['starting 3pm for a duration of 2 hours', '2026-03-10T19:00:00Z', '2026-03-10T21:00:00Z'],
  ])('%s', (text, start, end) => expectSchedule(text, ny, start, end));

  it.each([
    // 今晚零点 ends tonight; 明天凌晨零点 starts tomorrow (the same instant); 明天午夜 ends tomorrow.
    ['今晚零点 持续2小时', '2026-03-10T16:00:00Z', '2026-03-10T18:00:00Z'],
    ['明天凌晨零点 持续2小时', '2026-03-10T16:00:00Z', '2026-03-10T18:00:00Z'],
    ['明天午夜 持续2小时', '2026-03-11T16:00:00Z', '2026-03-11T18:00:00Z'],
  ])('%s', (text, start, end) => expectSchedule(text, sh, start, end));
});

describe('weeks and months named relative to this one', () => {
  it.each([
    ['a week from tomorrow at 9am for 1h', '2026-03-18T13:00:00Z', '2026-03-18T14:00:00Z'],
    ['next week monday 9am for 1h', '2026-03-16T13:00:00Z', '2026-03-16T14:00:00Z'],
    ['this week friday 9am for 1h', '2026-03-13T13:00:00Z', '2026-03-13T14:00:00Z'],
    ['this weekend saturday 8pm for 2h', '2026-03-15T00:00:00Z', '2026-03-15T02:00:00Z'],
    ['Fri 13th 8pm for 1h', '2026-03-14T00:00:00Z', '2026-03-14T01:00:00Z'],
  ])('%s', (text, start, end) => expectSchedule(text, ny, start, end));

  it.each([
    // Chinese weeks run Monday to Sunday: next week's Sunday is the 22nd, not the coming 15th.
    ['下周日上午9点 持续1小时', '2026-03-22T01:00:00Z', '2026-03-22T02:00:00Z'],
    ['下下周一上午9点 持续1小时', '2026-03-23T01:00:00Z', '2026-03-23T02:00:00Z'],
    ['下个月3号晚上8点 持续1小时', '2026-04-03T12:00:00Z', '2026-04-03T13:00:00Z'],
    ['本月20号晚上8点 持续1小时', '2026-03-20T12:00:00Z', '2026-03-20T13:00:00Z'],
  ])('%s', (text, start, end) => expectSchedule(text, sh, start, end));

  it('on a Sunday, 下周一 is tomorrow', () => {
    const sunday = { timeZone: 'Asia/Shanghai', now: '2026-03-15T02:00:00Z', locale: 'zh-CN' as const };
    expectSchedule('下周一上午9点 持续1小时', sunday, '2026-03-16T01:00:00Z', '2026-03-16T02:00:00Z');
  });
});

describe('a date anywhere in the sentence is the same date', () => {
  it.each([
    ['8pm next Tuesday until 11pm', '2026-03-18T00:00:00Z', '2026-03-18T03:00:00Z'],
    ['8pm Mar 20 until 11pm', '2026-03-21T00:00:00Z', '2026-03-21T03:00:00Z'],
    ['8pm 2026-03-20 until 11pm', '2026-03-21T00:00:00Z', '2026-03-21T03:00:00Z'],
    ['20:00 Mar 20 for 2h', '2026-03-21T00:00:00Z', '2026-03-21T02:00:00Z'],
    ['for 2h 20 Mar at 8pm', '2026-03-21T00:00:00Z', '2026-03-21T02:00:00Z'],
    ['Friday 8 in the evening for 2h', '2026-03-14T00:00:00Z', '2026-03-14T02:00:00Z'],
    // A month's day that has passed this year is next year's.
    ['jan 5 8pm for 1h', '2027-01-06T01:00:00Z', '2027-01-06T02:00:00Z'],
  ])('%s', (text, start, end) => expectSchedule(text, ny, start, end));
});

describe('zones named by a place, a region or the letter Z', () => {
  it.each([
    // London is still on GMT on 10 March; 9am in Tokyo and 5pm in Beijing have passed there, so they are tomorrow's.
    ['8pm London time for 1h', '2026-03-10T20:00:00Z', '2026-03-10T21:00:00Z'],
    ['9am Tokyo time for 1h', '2026-03-11T00:00:00Z', '2026-03-11T01:00:00Z'],
    ['5pm Beijing time for 1h', '2026-03-11T09:00:00Z', '2026-03-11T10:00:00Z'],
    ['7 pm Eastern for 2 hours', '2026-03-10T23:00:00Z', '2026-03-11T01:00:00Z'],
    ['10am US Eastern time for 1h', '2026-03-10T14:00:00Z', '2026-03-10T15:00:00Z'],
    ['3pm Pacific Standard Time for 1h', '2026-03-10T23:00:00Z', '2026-03-11T00:00:00Z'],
    ['20:00Z for 1h', '2026-03-10T20:00:00Z', '2026-03-10T21:00:00Z'],
    ['8pm local time for 1h', '2026-03-11T03:00:00Z', '2026-03-11T04:00:00Z'],
  ])('%s', (text, start, end) => expectSchedule(text, la, start, end));

  it.each([
    ['东京时间晚上8点 持续1小时', '2026-03-10T11:00:00Z', '2026-03-10T12:00:00Z'],
    ['美东时间晚上8点 持续1小时', '2026-03-11T00:00:00Z', '2026-03-11T01:00:00Z'],
    ['当地时间晚上8点 持续1小时', '2026-03-10T12:00:00Z', '2026-03-10T13:00:00Z'],
  ])('%s', (text, start, end) => expectSchedule(text, sh, start, end));

  it('reads named days in the user\'s calendar and only the clock in the named zone (as Duckling does)', () => {
    // Noon on the 10th in New York is already 01:00 on the 11th in Tokyo: "tomorrow" is New York's, the 11th.
    const nyNoon = { timeZone: 'America/New_York', now: '2026-03-10T16:00:00Z' };
    expectSchedule('tomorrow 8am Tokyo time for 1h', nyNoon, '2026-03-10T23:00:00Z', '2026-03-11T00:00:00Z');
    // A time with no day is its next occurrence in the named zone.
    expectSchedule('8am Tokyo time for 1h', ny, '2026-03-10T23:00:00Z', '2026-03-11T00:00:00Z');
    expectSchedule('7am Tokyo time for 1h', ny, '2026-03-10T22:00:00Z', '2026-03-10T23:00:00Z');
  });

  it('reads a place as a zone before the word "time", or a well-known city right after a clock time', () => {
    // Refused as a word not understood until the seventeenth session; right after a clock time a city can only be
    // where the time is read (the preview names the zone). A city that is also a name needs "in" or "time".
    expect(parsed('8pm London for 1h', ny).start.toISOString()).toBe('2026-03-10T20:00:00.000Z');
    expect(parsed('8pm Phoenix for 1h', ny).unrecognized).toEqual(['phoenix']);
    expect(parsed('8pm in Phoenix for 1h', ny).unrecognized).toEqual([]);
  });

  it('refuses two different places in one schedule rather than guessing', () => {
    expectRejected('8pm London time to 10pm Paris time', ny, 'twoZones', 'StartTime');
  });
});

describe('hand-written phrasings at Duckling\'s reference (test/fixtures/schedule-probes.json)', () => {
  it('passes every case', () => {
    const corpus = loadCorpus(new URL('../../fixtures/schedule-probes.json', import.meta.url).pathname);
    expect(corpus.cases.length).toBeGreaterThan(300);
    expect(corpusFailures(corpus)).toEqual([]);
  });
});
