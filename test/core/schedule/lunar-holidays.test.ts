// Days of the Chinese calendar are their dates on ours (src/core/schedule/lunar-holidays.ts): in English as in
// Chinese (the Chinese phrasings are in test/fixtures/zh-unseen-probes.txt), at their next occurrence, on the
// official calendar where Node's ICU is a day off (除夕 2027, 春节 2030).
import { describe, it } from 'vitest';
import { expectRejected, expectSchedule, type Reference } from './schedule-case.js';

// Thursday 2026-11-26 in Shanghai (11:45) and Berlin (04:45); Friday 2027-02-05 in Los Angeles (10:00), 除夕 in China.
const shanghai: Reference = { timeZone: 'Asia/Shanghai', now: '2026-11-26T03:45:00Z' };
const berlin: Reference = { timeZone: 'Europe/Berlin', now: '2026-11-26T03:45:00Z' };
const losAngelesOnTheEve: Reference = { timeZone: 'America/Los_Angeles', now: '2027-02-05T18:00:00Z' };
const zhShanghai: Reference = { ...shanghai, locale: 'zh-CN' };

describe('a lunar holiday named in English is its date', () => {
  it.each([
    // 除夕 2027 is 5 February (腊月 has 29 days); ICU alone made it the 6th and 春节 the 7th.
    ["chinese new year's eve 8pm for 2h", shanghai, '2027-02-05T12:00:00Z', '2027-02-05T14:00:00Z'],
    ["Lunar New Year's Eve at 8 for 2h", shanghai, '2027-02-05T12:00:00Z', '2027-02-05T14:00:00Z'],
    ["lunar new year's eve 11 to 1", shanghai, '2027-02-05T15:00:00Z', '2027-02-05T17:00:00Z'],
    ['Chinese New Year 8pm for 2h', shanghai, '2027-02-06T12:00:00Z', '2027-02-06T14:00:00Z'],
    ['lunar new year 10am for 2h', berlin, '2027-02-06T09:00:00Z', '2027-02-06T11:00:00Z'],
    ['spring festival 8pm to 10pm', shanghai, '2027-02-06T12:00:00Z', '2027-02-06T14:00:00Z'],
    ['lantern festival 7:30pm for 2h', shanghai, '2027-02-20T11:30:00Z', '2027-02-20T13:30:00Z'],
    ['Dragon Boat festival 10am for 2h', shanghai, '2027-06-09T02:00:00Z', '2027-06-09T04:00:00Z'],
    ['qixi 8pm for 2h', shanghai, '2027-08-08T12:00:00Z', '2027-08-08T14:00:00Z'],
    ['Mid-Autumn Festival 8pm for 2h', shanghai, '2027-09-15T12:00:00Z', '2027-09-15T14:00:00Z'],
    ['mid autumn festival 8pm for 2h', berlin, '2027-09-15T18:00:00Z', '2027-09-15T20:00:00Z'],
    ['moon festival at 9pm for 1h', shanghai, '2027-09-15T13:00:00Z', '2027-09-15T14:00:00Z'],
    // The user's calendar: on Los Angeles' 5 February, Chinese New Year is tomorrow there too.
    ['chinese new year 8pm for 2h', losAngelesOnTheEve, '2027-02-07T04:00:00Z', '2027-02-07T06:00:00Z'],
    ["lunar new year's eve 8pm for 2h", losAngelesOnTheEve, '2027-02-06T04:00:00Z', '2027-02-06T06:00:00Z'],
  ])('%s', (text, ref, start, end) => expectSchedule(text, ref, start, end));

  it.each([
    // An hour from 1 to 4 after the eve: its afternoon or the small hours after it, asked as "nye 1" is.
    ["lunar new year's eve 1 for 1h", shanghai, 'unclearHolidayHour'],
    ["chinese new year's eve at half past 2 for 1h", shanghai, 'unclearHolidayHour'],
  ])('%s is asked', (text, ref, key) => expectRejected(text, ref, key, 'StartTime'));
});

describe('the Chinese calendar where ICU is a day off, and the days it cannot settle', () => {
  it.each([
    ['2030年春节晚上8点 持续1小时', zhShanghai, '2030-02-03T12:00:00Z', '2030-02-03T13:00:00Z'],
    ['2030年除夕晚上8点 持续1小时', zhShanghai, '2030-02-02T12:00:00Z', '2030-02-02T13:00:00Z'],
    ['大年初三晚上7点半到9点', zhShanghai, '2027-02-08T11:30:00Z', '2027-02-08T13:00:00Z'],
  ])('%s', (text, ref, start, end) => expectSchedule(text, ref, start, end));

  it.each([
    ['小年晚上8点 持续2小时', 'regionalLunarDay'],
    ['小年夜8点到10点', 'regionalLunarDay'],
    ['腊月三十晚上8点 持续1小时', 'noSuchDate'],
  ])('%s is refused', (text, key) => expectRejected(text, zhShanghai, key, 'StartTime'));
});
