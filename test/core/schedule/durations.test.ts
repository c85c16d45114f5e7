// Lengths, as users write them: each one after "tomorrow 8pm" in UTC, so the end shows the length directly.
import { describe, expect, it } from 'vitest';
import { parseSchedule } from '../../../src/core/schedule/index.js';
import { expectRejected, expectSchedule } from './schedule-case.js';

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

describe('hours with two decimals', () => {
  // Read as clock times with a dot (1.25 as 1:25), they became 1h25 lengths, ranges to 1:25am, or were refused.
  it.each([
    ['tomorrow 8pm 1.25h', utc, 75], ['tomorrow 8pm 1.50h', utc, 90], ['tomorrow 8pm, 2.25h', utc, 135],
    ['明天晚上8点 持续1.25h', zh, 75], ['明天晚上8点 持续1.25小时', zh, 75], ['明天晚上8点 0.25小时', zh, 15],
    ['明天晚上8点 1.50个小时', zh, 90],
  ] as const)('%s', (text, ref, minutes) => expectSchedule(text, ref, START, after(minutes)));

  it('still reads a 24-hour clock written with a dot and an h', () => {
    expectSchedule('tomorrow 20.00h for 1h', utc, START, after(60));
    expectSchedule('tomorrow 09.30h for 1h', utc, '2026-03-11T09:30:00Z', '2026-03-11T10:30:00Z');
    expectSchedule('tomorrow 20.30 for 1h', utc, '2026-03-11T20:30:00Z', '2026-03-11T21:30:00Z');
  });
});

describe('lengths written with hyphens, fractions and joiners', () => {
  // Each was refused as words not understood.
  it.each([
    ['tomorrow 8pm for two-and-a-half hours', utc, 150], ['tomorrow 8pm for one-and-a-half hours', utc, 90],
    ['明天晚上8点 持续四分之三小时', zh, 45], ['明天晚上8点 持续三分之一个小时', zh, 20], ['明天晚上8点 持续二分之一小时', zh, 30],
    ['明天晚上8点 持续一个小时又一刻钟', zh, 75], ['明天晚上8点 持续两小时零一刻', zh, 135],
    // "extra" before the amount, as after it ("2 extra hours"); "an extra hour" is one hour.
    ['tomorrow 8pm for an extra 30 minutes', utc, 30], ['tomorrow 8pm for 2 hours and an additional 15 min', utc, 135],
    ['tomorrow 8pm for an extra hour', utc, 60],
    // "plus" and "+" between a length's terms, as "and" ("plus" had been read as a second length from the start).
    ['tomorrow 8pm for 2h plus an extra 15 minutes', utc, 135], ['tomorrow 8pm for 2 hours plus 15 minutes', utc, 135],
    ['tomorrow 8pm for an hour plus 20 minutes', utc, 80], ['tomorrow 8pm for 2h +30m', utc, 150],
    // After a clock time it is still the length itself.
    ['tomorrow 8pm plus 90 minutes', utc, 90], ['tomorrow 20:00 +90m', utc, 90],
  ] as const)('%s', (text, ref, minutes) => expectSchedule(text, ref, START, after(minutes)));

  it('does not read "plus" before a bare number or a term no smaller, rather than guess', () => {
    const bare = parseSchedule('tomorrow 8pm for 2h plus 10', { timeZone: utc.timeZone, now: new Date(utc.now), locale: 'en' });
    expect(bare.ok && bare.value.unrecognized).toEqual(['plus', '10']);
    expectRejected('tomorrow 8pm for 1h plus 2h', utc, 'endAndDuration', 'EndTime');
  });

  it('starts "in half an hour\'s time"', () => {
    expectSchedule("in half an hour's time for 1h", utc, '2026-03-10T12:30:00Z', '2026-03-10T13:30:00Z');
  });
});
