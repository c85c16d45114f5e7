// Fixed-date holidays are their dates, at the next occurrence (src/core/schedule/holidays.ts); the lunar ones are
// read in lunar-holidays.test.ts. And the short range words "til" and "thru" after a bare hour (both refused before).
import { describe, it } from 'vitest';
import { expectSchedule, type Reference } from './schedule-case.js';

// Friday 2026-11-27 in Berlin (15:10) and Shanghai (22:10); Monday 2026-12-28 in Berlin.
const berlin: Reference = { timeZone: 'Europe/Berlin', now: '2026-11-27T14:10:00Z' };
const afterChristmas: Reference = { timeZone: 'Europe/Berlin', now: '2026-12-28T09:00:00Z' };
const sh: Reference = { timeZone: 'Asia/Shanghai', now: '2026-11-27T14:10:00Z', locale: 'zh-CN' };

describe('a fixed-date holiday is its next date', () => {
  it.each([
    ["new year's eve 11pm for 2h", berlin, '2026-12-31T22:00:00Z', '2027-01-01T00:00:00Z'],
    ['New Year’s Eve 11pm until 1am', berlin, '2026-12-31T22:00:00Z', '2027-01-01T00:00:00Z'],
    ['christmas eve at 6pm for 3h', berlin, '2026-12-24T17:00:00Z', '2026-12-24T20:00:00Z'],
    ['on christmas 8pm for 1h', berlin, '2026-12-25T19:00:00Z', '2026-12-25T20:00:00Z'],
    ['christmas day 8pm for 2h', afterChristmas, '2027-12-25T19:00:00Z', '2027-12-25T21:00:00Z'],
    ["new year's day 10am for 2h", berlin, '2027-01-01T09:00:00Z', '2027-01-01T11:00:00Z'],
    ["valentine's day 8pm for 2h", berlin, '2027-02-14T19:00:00Z', '2027-02-14T21:00:00Z'],
    ['halloween 9pm for 2h', berlin, '2027-10-31T20:00:00Z', '2027-10-31T22:00:00Z'],
    ['元旦晚上8点 2小时', sh, '2027-01-01T12:00:00Z', '2027-01-01T14:00:00Z'],
    ['平安夜晚上8点到10点', sh, '2026-12-24T12:00:00Z', '2026-12-24T14:00:00Z'],
    ['跨年夜晚上11点到凌晨1点', sh, '2026-12-31T15:00:00Z', '2026-12-31T17:00:00Z'],
    ['聖誕節晚上8點 2小時', sh, '2026-12-25T12:00:00Z', '2026-12-25T14:00:00Z'],
    ['国庆节晚上8点 2小时', sh, '2027-10-01T12:00:00Z', '2027-10-01T14:00:00Z'],
    // Refused as words not understood before (found among Duckling's Chinese holiday examples).
    ['建军节晚上8点 2小时', sh, '2027-08-01T12:00:00Z', '2027-08-01T14:00:00Z'],
    ['愚人节晚上8点 2小时', sh, '2027-04-01T12:00:00Z', '2027-04-01T14:00:00Z'],
    ['阳历新年晚上8点 2小时', sh, '2027-01-01T12:00:00Z', '2027-01-01T14:00:00Z'],
    ['国际儿童节下午三点 1小时', sh, '2027-06-01T07:00:00Z', '2027-06-01T08:00:00Z'],
    ['五一国际劳动节晚上8点 2小时', sh, '2027-05-01T12:00:00Z', '2027-05-01T14:00:00Z'],
    ['圣瓦伦丁节晚上8点 2小时', sh, '2027-02-14T12:00:00Z', '2027-02-14T14:00:00Z'],
  ])('%s', (text, ref, start, end) => expectSchedule(text, ref, start, end));

});

describe('"til" and "thru" join a range as "till" and "through" do', () => {
  it.each([
    ['tomorrow 8 til 10pm', berlin, '2026-11-28T19:00:00Z', '2026-11-28T21:00:00Z'],
    ['tomorrow 8 thru 10pm', berlin, '2026-11-28T19:00:00Z', '2026-11-28T21:00:00Z'],
    ['tomorrow 9 til noon', berlin, '2026-11-28T08:00:00Z', '2026-11-28T11:00:00Z'],
  ])('%s', (text, ref, start, end) => expectSchedule(text, ref, start, end));
});
