// Phrasings from Duckling's corpus that are not in the public one, each as a rule of its own class, checked at
// another reference (New York, Tuesday 2026-03-10 09:00 EDT = 13:00 UTC) so that no rule fits only one example.
process.env.TZ = 'Pacific/Auckland';
import { describe, expect, it } from 'vitest';
import { expectSchedule, parsed } from './schedule-case.js';

const ny = { timeZone: 'America/New_York', now: '2026-03-10T13:00:00Z' };
const sh = { timeZone: 'Asia/Shanghai', now: '2026-03-10T02:00:00Z', locale: 'zh-CN' as const };
const duckling = { timeZone: 'Etc/GMT+2', now: '2013-02-12T06:30:00Z' };

describe('clock times said as two numbers, or with spaced / short am-pm', () => {
  it.each([
    ['at 3 15 for 1h', '2026-03-10T19:15:00Z', '2026-03-10T20:15:00Z'],
    ['ten thirty for 1h', '2026-03-10T14:30:00Z', '2026-03-10T15:30:00Z'],
    ['ten-thirty for 1h', '2026-03-10T14:30:00Z', '2026-03-10T15:30:00Z'],
    ['twelve oh three for 1h', '2026-03-10T16:03:00Z', '2026-03-10T17:03:00Z'],
    ['nine fifty nine a m for 1h', '2026-03-10T13:59:00Z', '2026-03-10T14:59:00Z'],
    ['3:30 p m for 1h', '2026-03-10T19:30:00Z', '2026-03-10T20:30:00Z'],
    ['at 3p. for 1h', '2026-03-10T19:00:00Z', '2026-03-10T20:00:00Z'],
    ['3 oclock pm for 1h', '2026-03-10T19:00:00Z', '2026-03-10T20:00:00Z'],
    ['half three for 1h', '2026-03-10T19:30:00Z', '2026-03-10T20:30:00Z'],
    ['@ 3pm for 1h', '2026-03-10T19:00:00Z', '2026-03-10T20:00:00Z'],
    ['early morning @ 6 tomorrow for 1h', '2026-03-11T10:00:00Z', '2026-03-11T11:00:00Z'],
    ['mid day for 1h', '2026-03-10T16:00:00Z', '2026-03-10T17:00:00Z'],
    // Not clocks: a month's day before a time, a range of hours, a length.
    ['sep 20 10am for 1h', '2026-09-20T14:00:00Z', '2026-09-20T15:00:00Z'],
    ['this evening 7-9', '2026-03-10T23:00:00Z', '2026-03-11T01:00:00Z'],
  ])('%s', (text, start, end) => expectSchedule(text, ny, start, end));
});

describe('the h notation is a 24-hour clock', () => {
  it.each([
    ['3h18 for 1h', '2026-03-11T07:18:00Z', '2026-03-11T08:18:00Z'],
    ['at 8h for 1h', '2026-03-11T12:00:00Z', '2026-03-11T13:00:00Z'],
    ['15h for 30 mins', '2026-03-10T19:00:00Z', '2026-03-10T19:30:00Z'],
    ['9h30 - 11h', '2026-03-10T13:30:00Z', '2026-03-10T15:00:00Z'],
  ])('%s', (text, start, end) => expectSchedule(text, ny, start, end));
});

describe('minutes counted from or to an hour, and compact clocks after hedges and day words', () => {
  it.each([
    ['15 minutes from 1pm for 1h', '2026-03-10T17:15:00Z', '2026-03-10T18:15:00Z'],
    ['15 to noon for 1h', '2026-03-10T15:45:00Z', '2026-03-10T16:45:00Z'],
    ['for 30 minutes from 4pm', '2026-03-10T20:00:00Z', '2026-03-10T20:30:00Z'],
    ['around 1030 for 1h', '2026-03-10T14:30:00Z', '2026-03-10T15:30:00Z'],
    ['tonight 815 for 1h', '2026-03-11T00:15:00Z', '2026-03-11T01:15:00Z'],
    ['this evening at 12 for 1h', '2026-03-11T04:00:00Z', '2026-03-11T05:00:00Z'],
  ])('%s', (text, start, end) => expectSchedule(text, ny, start, end));
});

describe('range words', () => {
  it.each([
    ['later than 3:30pm but before 6pm', '2026-03-10T19:30:00Z', '2026-03-10T22:00:00Z'],
    ['from 9:30 untill 11:00 on thursday', '2026-03-12T13:30:00Z', '2026-03-12T15:00:00Z'],
  ])('%s', (text, start, end) => expectSchedule(text, ny, start, end));
});

describe('now words', () => {
  it.each(['just now for 1h', 'at the moment for 1h', 'ATM for 1h'])('%s', (text) => {
    expect(parsed(text, ny).startsNow).toBe(true);
  });
  it('此时', () => expect(parsed('此时 持续1小时', sh).startsNow).toBe(true));
});

describe('lengths and relative starts', () => {
  it.each([
    ['tomorrow 8pm for 2 hour and 10', '2026-03-12T00:00:00Z', '2026-03-12T02:10:00Z'],
    ['tomorrow 8pm for one and quarter hour', '2026-03-12T00:00:00Z', '2026-03-12T01:15:00Z'],
    ['tomorrow 8pm for two additional minutes', '2026-03-12T00:00:00Z', '2026-03-12T00:02:00Z'],
    ['in a pair of minutes for 1h', '2026-03-10T13:02:00Z', '2026-03-10T14:02:00Z'],
    ['in 1/4h for 1h', '2026-03-10T13:15:00Z', '2026-03-10T14:15:00Z'],
    ['in 15 for 1h', '2026-03-10T13:15:00Z', '2026-03-10T14:15:00Z'],
    ['a fortnight hence for 1h', '2026-03-24T13:00:00Z', '2026-03-24T14:00:00Z'],
  ])('%s', (text, start, end) => expectSchedule(text, ny, start, end));

  it('counts "a day from now" from the current hour, but "a day from right now" to the second', () => {
    expectSchedule('a day from now for 1h', duckling, '2013-02-13T06:00:00Z', '2013-02-13T07:00:00Z');
    expectSchedule('a day from right now for 1h', duckling, '2013-02-13T06:30:00Z', '2013-02-13T07:30:00Z');
  });

  it.each([
    ['明天晚上8点 持续五点五分钟', '2026-03-11T12:00:00Z', '2026-03-11T12:05:30Z'],
    ['明天晚上8点 持续一分半钟', '2026-03-11T12:00:00Z', '2026-03-11T12:01:30Z'],
    // 点 is a decimal point only before a length unit: this is a clock time.
    ['明天5点5分 持续1小时', '2026-03-10T21:05:00Z', '2026-03-10T22:05:00Z'],
  ])('%s', (text, start, end) => expectSchedule(text, sh, start, end));
});

describe('Traditional characters read as Simplified', () => {
  it.each([
    ['下午三點十五分 持续1小时', '2026-03-10T07:15:00Z', '2026-03-10T08:15:00Z'],
    ['明天晚上8點 持續一個半小時', '2026-03-11T12:00:00Z', '2026-03-11T13:30:00Z'],
    ['明天晚上8点 持续兩小時十分', '2026-03-11T12:00:00Z', '2026-03-11T14:10:00Z'],
  ])('%s', (text, start, end) => expectSchedule(text, sh, start, end));
  it('現在', () => expect(parsed('現在 持续1小时', sh).startsNow).toBe(true));
});
