// A named day with a bare hour, and weekends, found in a round of unseen phrasings (2026-11-27). "today at 5" said at
// 9 am was refused as past and "friday at 5" said on Friday morning ran a week later at 5 am: the first reading
// still ahead is meant, as Duckling gives it. "saturday this weekend" was refused for want of a time, and a weekend
// or a week with no day in it was refused as "not a number" (Chinese: as a word not understood).
import { describe, expect, it } from 'vitest';
import { parseRelayCommand } from '../../../src/core/command/index.js';
import { describeError } from '../../../src/core/i18n.js';
import { parseSchedule } from '../../../src/core/schedule/index.js';
import { expectSchedule, type Reference } from './schedule-case.js';

// Friday 2026-11-27: 09:10 in New York, 22:10 in Shanghai; Friday 10:00 in Shanghai.
const ny: Reference = { timeZone: 'America/New_York', now: '2026-11-27T14:10:00Z' };
const sh: Reference = { timeZone: 'Asia/Shanghai', now: '2026-11-27T14:10:00Z', locale: 'zh-CN' };
const morningSh = { timeZone: 'Asia/Shanghai', now: '2026-11-27T02:00:00Z', locale: 'zh-CN' as const };

/** The whole command is refused because its start has passed (the request validation, not the schedule, says so). */
function expectRefusedAsPast(text: string, ref: Reference): void {
  const locale = ref.locale ?? 'en';
  const joiner = locale === 'zh-CN' ? '转推到' : 'to';
  const result = parseRelayCommand(`https://media.example.com/vod/show.mp4 ${joiner} live/evening ${text}`, {
    timeZone: ref.timeZone, now: new Date(ref.now), locale, operator: 'a', maxSpanDays: 7,
    allowPrivateNetworks: false, defaultDomain: 'push.example.com',
  });
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.map((error) => [error.field, error.key])).toContainEqual(['StartTime', 'validation.time.past']);
}

describe('a bare hour on a named day is the first reading still ahead', () => {
  it.each([
    ['today at 5 for 1h', ny, '2026-11-27T22:00:00Z', '2026-11-27T23:00:00Z'],
    ['today at 9 for 1h', ny, '2026-11-28T02:00:00Z', '2026-11-28T03:00:00Z'],
    ['friday at 5 for 1h', ny, '2026-11-27T22:00:00Z', '2026-11-27T23:00:00Z'],
    ['今天8点 1小时', morningSh, '2026-11-27T12:00:00Z', '2026-11-27T13:00:00Z'],
    // Still ahead as written: unchanged.
    ['today at 9:30 for 1h', ny, '2026-11-27T14:30:00Z', '2026-11-27T15:30:00Z'],
    ['today at 12 for 1h', ny, '2026-11-27T17:00:00Z', '2026-11-27T18:00:00Z'],
    ['tomorrow at 5 for 1h', ny, '2026-11-28T10:00:00Z', '2026-11-28T11:00:00Z'],
    ['friday at 5 for 1h', { ...ny, now: '2026-11-26T14:10:00Z' }, '2026-11-27T10:00:00Z', '2026-11-27T11:00:00Z'],
  ])('%s', (text, ref, start, end) => expectSchedule(text, ref, start, end));

  it.each([
    ['今天5点 1小时', sh],
    ['today 8am for 2h', ny],
  ])('refuses "%s": both readings have passed', (text, ref) => expectRefusedAsPast(text, ref));
});

describe('a date written without its year is this year\'s from today on', () => {
  // Said on 2026-11-27 at 22:10 in Shanghai. The date parser moved a date and time that had passed together to
  // next year, even when the hour's other reading was still ahead today.
  it.each([
    ['11月27日11点 持续1小时', sh, '2026-11-27T15:00:00Z', '2026-11-27T16:00:00Z'],
    ['11/27 at 11 for 1h', { ...sh, locale: 'en' as const }, '2026-11-27T15:00:00Z', '2026-11-27T16:00:00Z'],
  ])('%s', (text, ref, start, end) => expectSchedule(text, ref, start, end));

  it.each([['11月27日上午9点 持续1小时', sh], ['nov 27 9am for 1h', { ...sh, locale: 'en' as const }]] as const)(
    'refuses "%s" as past rather than moving it a year',
    (text, ref) => expectRefusedAsPast(text, ref),
  );
});

describe('a month named with its day is a date', () => {
  it.each([
    ['in march on the 5th at 8pm for 1h', ny, '2027-03-06T01:00:00Z', '2027-03-06T02:00:00Z'],
    ['the 5th of march at 8pm for 1h', ny, '2027-03-06T01:00:00Z', '2027-03-06T02:00:00Z'],
    ['march, 5 at 8pm for 1h', ny, '2027-03-06T01:00:00Z', '2027-03-06T02:00:00Z'],
    ['8pm dec 1 for 1h', ny, '2026-12-02T01:00:00Z', '2026-12-02T02:00:00Z'],
    ['12月3号晚上8点 持续1小时', sh, '2026-12-03T12:00:00Z', '2026-12-03T13:00:00Z'],
    ['下个月3号晚上8点 持续1小时', sh, '2026-12-03T12:00:00Z', '2026-12-03T13:00:00Z'],
  ])('%s', (text, ref, start, end) => expectSchedule(text, ref, start, end));
});

describe('a weekend named with its day', () => {
  it.each([
    ['saturday this weekend at 8pm for 2h', ny, '2026-11-29T01:00:00Z', '2026-11-29T03:00:00Z'],
    ['sunday of next weekend at 8pm for 2h', ny, '2026-12-07T01:00:00Z', '2026-12-07T03:00:00Z'],
    ['本周末周六晚上8点 2小时', sh, '2026-11-28T12:00:00Z', '2026-11-28T14:00:00Z'],
    ['周末周日晚上8点 2小时', sh, '2026-11-29T12:00:00Z', '2026-11-29T14:00:00Z'],
    ['下周末周日晚上8点 2小时', sh, '2026-12-06T12:00:00Z', '2026-12-06T14:00:00Z'],
    ['下周 周六晚上8点 2小时', sh, '2026-12-05T12:00:00Z', '2026-12-05T14:00:00Z'],
  ])('%s', (text, ref, start, end) => expectSchedule(text, ref, start, end));
});

describe('a weekend, week, month or year with no day in it asks for the day', () => {
  it.each([
    ['weekend 8pm for 2h', ny, 'weekend', 'Name the day'],
    ['next weekend at 8pm for 2h', ny, 'next weekend', 'Name the day'],
    ['周末晚上8点 2小时', sh, '周末', '请写明日期'],
    ['这个周末晚上8点 2小时', sh, '这个周末', '请写明日期'],
    ['下周晚上8点 2小时', sh, '下周', '请写明日期'],
    ['下个月晚上8点 2小时', sh, '下个月', '请写明日期'],
    ['明年晚上8点 2小时', sh, '明年', '请写明日期'],
    // Each of these was silently today at 8pm: the month, quarter or span was dropped.
    ['march at 8pm for 1h', ny, 'march', 'Name the day'],
    ['in October 2027 at 8pm for 1h', ny, 'october', 'Name the day'],
    ['early March at 8pm for 1h', ny, 'march', 'Name the day'],
    ['next quarter at 8pm for 1h', ny, 'next quarter', 'Name the day'],
    ['this yr at 8pm for 1h', ny, 'this yr', 'Name the day'],
    ['next three months at 8pm for 1h', ny, 'next three months', 'Name the day'],
    ['end of the year at 8pm for 1h', ny, 'end of the year', 'Name the day'],
    ['3月晚上8点 持续1小时', sh, '3月', '请写明日期'],
    ['三月晚上8点 持续1小时', sh, '三月', '请写明日期'],
    ['明年九月晚上8点 持续1小时', sh, '九月', '请写明日期'],
  ])('%s', (text, ref, words, advice) => {
    const result = parseSchedule(text, { timeZone: ref.timeZone, now: new Date(ref.now), locale: ref.locale ?? 'en' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.map((error) => error.key)).toEqual(['schedule.vaguePeriod']);
    const message = describeError(ref.locale ?? 'en', result.error[0]!);
    expect(message).toContain(words);
    expect(message).toContain(advice);
  });
});

describe('a start said as a time ago is in the past', () => {
  // "in -5 minutes" was read as a clock time 12 hours on (4:25pm said at 4:30am).
  const said = ['2 hours ago for 1h', 'an hour ago for 3h', '10 minutes ago until 11am', 'in -5 minutes for 1h', 'in -2 hours for 1h', 'in - 1 hour for 30 min'];
  it.each(said)('refuses "%s"', (text) =>
    expectRefusedAsPast(text, ny));
});
