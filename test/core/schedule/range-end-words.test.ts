// Ends said with a word rather than a clock, found in a round of unseen phrasings (2026-11-27): "9 to noon" (refused
// as a word not understood), and a day word's midnight as the end ("now until tomorrow midnight", "现在到今晚12点"),
// which was read as the midnight that begins the day: the end fell before the start, or a day early.
import { describe, it } from 'vitest';
import { expectSchedule } from './schedule-case.js';

// Friday 2026-11-27: 09:10 in New York, 22:10 in Shanghai; 06:10 in Los Angeles.
const ny = { timeZone: 'America/New_York', now: '2026-11-27T14:10:00Z' };
const sh = { timeZone: 'Asia/Shanghai', now: '2026-11-27T14:10:00Z', locale: 'zh-CN' as const };
const la = { timeZone: 'America/Los_Angeles', now: '2026-11-27T14:10:00Z' };

describe('"noon" or "midday" as the end of a range of hours', () => {
  it.each([
    ['tomorrow morning 9 to noon', ny, '2026-11-28T14:00:00Z', '2026-11-28T17:00:00Z'],
    ['9 to noon tomorrow', ny, '2026-11-28T14:00:00Z', '2026-11-28T17:00:00Z'],
    ['tomorrow 9 until noon', ny, '2026-11-28T14:00:00Z', '2026-11-28T17:00:00Z'],
    ['tomorrow 9-noon', ny, '2026-11-28T14:00:00Z', '2026-11-28T17:00:00Z'],
    ['tomorrow 10 till midday', la, '2026-11-28T18:00:00Z', '2026-11-28T20:00:00Z'],
    ['sunday 11:30 to noon', ny, '2026-11-29T16:30:00Z', '2026-11-29T17:00:00Z'],
    // Minutes before noon stay minutes: 11:45 and 11:40, not a range ending at noon.
    ['tomorrow 15 to noon for 1h', ny, '2026-11-28T16:45:00Z', '2026-11-28T17:45:00Z'],
    ['tomorrow quarter to noon for 1h', ny, '2026-11-28T16:45:00Z', '2026-11-28T17:45:00Z'],
    ['tomorrow 20 minutes to noon for 1h', ny, '2026-11-28T16:40:00Z', '2026-11-28T17:40:00Z'],
  ])('%s', (text, ref, start, end) => expectSchedule(text, ref, start, end));
});

describe("a day word's midnight as the end is the one that ends that day", () => {
  it.each([
    ['now until midnight tonight', ny, '2026-11-27T14:10:10Z', '2026-11-28T05:00:00Z'],
    ['now until tonight at midnight', ny, '2026-11-27T14:10:10Z', '2026-11-28T05:00:00Z'],
    ['now until 12 tonight', ny, '2026-11-27T14:10:10Z', '2026-11-28T05:00:00Z'],
    ['in 5 minutes till 12 tonight', ny, '2026-11-27T14:15:00Z', '2026-11-28T05:00:00Z'],
    ['now until tomorrow midnight', ny, '2026-11-27T14:10:10Z', '2026-11-29T05:00:00Z'],
    // As a start, "tomorrow midnight" was already the one that ends tomorrow.
    ['tomorrow midnight for 1h', ny, '2026-11-29T05:00:00Z', '2026-11-29T06:00:00Z'],
    ['now until 11 tonight', ny, '2026-11-27T14:10:10Z', '2026-11-28T04:00:00Z'],
    ['现在到今晚12点', sh, '2026-11-27T14:10:10Z', '2026-11-27T16:00:00Z'],
    ['现在开始 直到今晚12点', sh, '2026-11-27T14:10:10Z', '2026-11-27T16:00:00Z'],
    ['现在到今天午夜', sh, '2026-11-27T14:10:10Z', '2026-11-27T16:00:00Z'],
    ['现在到明晚12点', sh, '2026-11-27T14:10:10Z', '2026-11-28T16:00:00Z'],
    ['现在到明天午夜', sh, '2026-11-27T14:10:10Z', '2026-11-28T16:00:00Z'],
    ['晚上8点到明天晚上12点', sh, '2026-11-28T12:00:00Z', '2026-11-28T16:00:00Z'],
    ['现在开始 到今晚11点半', sh, '2026-11-27T14:10:10Z', '2026-11-27T15:30:00Z'],
  ])('%s', (text, ref, start, end) => expectSchedule(text, ref, start, end));
});

describe('a whole named day runs from its first minute to the midnight that ends it', () => {
  it.each([
    ['all day tomorrow', ny, '2026-11-28T05:00:00Z', '2026-11-29T05:00:00Z'],
    ['tomorrow all day', ny, '2026-11-28T05:00:00Z', '2026-11-29T05:00:00Z'],
    ['the whole day on saturday', ny, '2026-11-28T05:00:00Z', '2026-11-29T05:00:00Z'],
    ['christmas day all day', ny, '2026-12-25T05:00:00Z', '2026-12-26T05:00:00Z'],
    // The day daylight saving starts in New York is 23 hours long.
    ['all day on march 14 2027', ny, '2027-03-14T05:00:00Z', '2027-03-15T04:00:00Z'],
    ['明天全天', sh, '2026-11-27T16:00:00Z', '2026-11-28T16:00:00Z'],
    ['周六一整天', sh, '2026-11-27T16:00:00Z', '2026-11-28T16:00:00Z'],
    // A length of a day stays a length from the start given.
    ['明晚8点 持续一整天', sh, '2026-11-28T12:00:00Z', '2026-11-29T12:00:00Z'],
  ])('%s', (text, ref, start, end) => expectSchedule(text, ref, start, end));
});

describe('midnight as the end on the start\'s own date is the one that ends it', () => {
  it.each([
    ['dec 25 00:00 to midnight', ny, '2026-12-25T05:00:00Z', '2026-12-26T05:00:00Z'],
    ['dec 25 from 0:00 until 24:00', ny, '2026-12-25T05:00:00Z', '2026-12-26T05:00:00Z'],
    ['12月25日0点到24点', sh, '2026-12-24T16:00:00Z', '2026-12-25T16:00:00Z'],
  ])('%s', (text, ref, start, end) => expectSchedule(text, ref, start, end));
});

describe('the midnight of a named evening, said as 24点 or 午夜', () => {
  it.each([
    ['明天24点 1小时', sh, '2026-11-28T16:00:00Z', '2026-11-28T17:00:00Z'],
    ['明天晚上24点 1小时', sh, '2026-11-28T16:00:00Z', '2026-11-28T17:00:00Z'],
    ['明晚24点 1小时', sh, '2026-11-28T16:00:00Z', '2026-11-28T17:00:00Z'],
    ['明晚午夜 1小时', sh, '2026-11-28T16:00:00Z', '2026-11-28T17:00:00Z'],
    ['今晚24点 1小时', sh, '2026-11-27T16:00:00Z', '2026-11-27T17:00:00Z'],
    ['明天中午 1小时', sh, '2026-11-28T04:00:00Z', '2026-11-28T05:00:00Z'],
    ['明晚8点到24点', sh, '2026-11-28T12:00:00Z', '2026-11-28T16:00:00Z'],
  ])('%s', (text, ref, start, end) => expectSchedule(text, ref, start, end));
});
