// Lengths, as users write them: each one after "tomorrow 8pm" in UTC, so the end shows the length directly.
import { describe, it } from 'vitest';
import { expectSchedule } from './schedule-case.js';

const utc = { timeZone: 'UTC', now: '2026-03-10T12:00:00Z' };
const zh = { ...utc, locale: 'zh-CN' as const };
const START = '2026-03-11T20:00:00Z';
const after = (minutes: number) => new Date(Date.parse(START) + minutes * 60_000).toISOString().replace('.000Z', 'Z');

describe('lengths', () => {
  it.each([
    ['2h', 120], ['90 minutes', 90], ['1h30m', 90], ['2.5h', 150], ['half an hour', 30], ['an hour', 60],
    ['1 and a half hours', 90], ['two hours', 120], ['an hour and a half', 90], ['1 hour thirty', 90],
    ['one and three quarters hour', 105], ['an hour and 45 minutes', 105], ['1/2h', 30], ["30'", 30],
    ['15.5 minutes', 15.5], ['half a day', 720], ['a couple of hours', 120], ['3 days', 4320],
  ])('for %s', (length, minutes) => expectSchedule(`tomorrow 8pm for ${length}`, utc, START, after(minutes)));

  it.each([
    ['两个小时', 120], ['90分钟', 90], ['半小时', 30], ['一个半小时', 90], ['1小时30分', 90], ['五分三十秒', 5.5],
    ['半天', 720], ['2小时', 120],
  ])('持续%s', (length, minutes) => expectSchedule(`明天晚上8点 持续${length}`, zh, START, after(minutes)));

  it('takes a length written without "for"', () => {
    expectSchedule('tomorrow 8pm 2 hours', utc, START, after(120));
    expectSchedule('明天晚上8点 一个半小时', zh, START, after(90));
  });
});
