// Chinese phrasings that were read wrong or refused, in the zones and at the hours they go wrong in: a length
// before a date, 中午1点, 夜晚, an evening's small hours, 半夜12点, ranges whose first number has no 点,
// Traditional characters, Cantonese and colloquial day words, and estimates (两三点) that must be asked about.
// The server is in Los Angeles, so a day read from the server's clock would show.
process.env.TZ = 'America/Los_Angeles';
import { describe, it } from 'vitest';
import { expectRejected, expectSchedule } from './schedule-case.js';

// Thursday 2026-11-26 11:45 in Shanghai; 23:40 the same evening; Monday 2026-11-30 20:00.
const sh = { timeZone: 'Asia/Shanghai', now: '2026-11-26T03:45:00Z', locale: 'zh-CN' as const };
const shLate = { timeZone: 'Asia/Shanghai', now: '2026-11-26T15:40:00Z', locale: 'zh-CN' as const };
const shMonday = { timeZone: 'Asia/Shanghai', now: '2026-11-30T12:00:00Z', locale: 'zh-CN' as const };
// Taipei and Hong Kong users write Traditional characters.
const tw = { timeZone: 'Asia/Taipei', now: '2026-11-26T03:45:00Z', locale: 'zh-CN' as const };
const hk = { timeZone: 'Asia/Hong_Kong', now: '2026-11-26T03:45:00Z', locale: 'zh-CN' as const };
// Berlin, 11:45; Los Angeles the evening before the spring-forward (2027-03-14 02:00 does not exist there).
const berlin = { timeZone: 'Europe/Berlin', now: '2026-11-26T10:45:00Z', locale: 'zh-CN' as const };
const la = { timeZone: 'America/Los_Angeles', now: '2027-03-14T04:00:00Z', locale: 'zh-CN' as const };

describe('a length said before the day or date', () => {
  it.each([
    // The number of a date after the length is no part of it (2026 minutes, 12 minutes were added).
    ['持续两小时 下周三晚上八点', '2026-12-02T12:00:00Z', '2026-12-02T14:00:00Z'],
    ['持续两小时 12月3日晚上八点', '2026-12-03T12:00:00Z', '2026-12-03T14:00:00Z'],
    ['2小时 12月3日晚8点', '2026-12-03T12:00:00Z', '2026-12-03T14:00:00Z'],
    ['持续2小时 3/12 20:00', '2027-03-12T12:00:00Z', '2027-03-12T14:00:00Z'],
    // A clock time after the length: read as minutes, the relay started now and ran 1 h 8 min.
    ['持续1小时 8 点', '2026-11-26T12:00:00Z', '2026-11-26T13:00:00Z'],
    // A bare number of minutes still counts ("1小时30" is an hour and a half).
    ['持续1小时30 明晚8点', '2026-11-27T12:00:00Z', '2026-11-27T13:30:00Z'],
    // 后天 after a bare length is the day, not the 后 of a start in two hours.
    ['两小时 后天下午3点', '2026-11-28T07:00:00Z', '2026-11-28T09:00:00Z'],
  ])('%s', (text, start, end) => expectSchedule(text, sh, start, end));

  it('in Berlin and across a daylight-saving change', () => {
    expectSchedule('持续两小时 下周三晚上八点', berlin, '2026-12-02T19:00:00Z', '2026-12-02T21:00:00Z');
    expectSchedule('持续1小时 下周一晚上8点', la, '2027-03-16T03:00:00Z', '2027-03-16T04:00:00Z');
  });
});

describe('中午 with 1 to 5 o\'clock is the afternoon', () => {
  it.each([
    ['明天中午1点到2点', '2026-11-27T05:00:00Z', '2026-11-27T06:00:00Z'],
    ['今天中午1点 持续1小时', '2026-11-26T05:00:00Z', '2026-11-26T06:00:00Z'],
    ['明天中午一点半到两点半', '2026-11-27T05:30:00Z', '2026-11-27T06:30:00Z'],
    ['下周三中午1点 两小时', '2026-12-02T05:00:00Z', '2026-12-02T07:00:00Z'],
    ['明天晌午1点到2点', '2026-11-27T05:00:00Z', '2026-11-27T06:00:00Z'],
    // 11 and 12 stay as they are.
    ['明天中午11点 持续1小时', '2026-11-27T03:00:00Z', '2026-11-27T04:00:00Z'],
    ['明天中午12点到1点', '2026-11-27T04:00:00Z', '2026-11-27T05:00:00Z'],
  ])('%s', (text, start, end) => expectSchedule(text, sh, start, end));

  it('in other zones (in Los Angeles 1pm is after the skipped hour)', () => {
    expectSchedule('明天中午1点到2点', berlin, '2026-11-27T12:00:00Z', '2026-11-27T13:00:00Z');
    expectSchedule('明天中午1点到2点', la, '2027-03-14T20:00:00Z', '2027-03-14T21:00:00Z');
  });
});

describe('the evening under its other names', () => {
  it.each([
    ['明天夜晚8点 持续2小时', sh, '2026-11-27T12:00:00Z', '2026-11-27T14:00:00Z'],
    ['周五夜晚8点到10点', sh, '2026-11-27T12:00:00Z', '2026-11-27T14:00:00Z'],
    ['禮拜五夜晚8點到10點', hk, '2026-11-27T12:00:00Z', '2026-11-27T14:00:00Z'],
    ['明天晚间8点到10点', sh, '2026-11-27T12:00:00Z', '2026-11-27T14:00:00Z'],
    ['深夜11点 持续2小时', sh, '2026-11-26T15:00:00Z', '2026-11-26T17:00:00Z'],
  ])('%s', (text, ref, start, end) => expectSchedule(text, ref, start, end));
});

describe("an evening's small hours are after its midnight", () => {
  it.each([
    ['今晚1点到3点', sh, '2026-11-26T17:00:00Z', '2026-11-26T19:00:00Z'],
    ['今天夜里2点到4点', sh, '2026-11-26T18:00:00Z', '2026-11-26T20:00:00Z'],
    ['晚上1点到3点', sh, '2026-11-26T17:00:00Z', '2026-11-26T19:00:00Z'],
    ['明天晚上1点到3点', sh, '2026-11-27T17:00:00Z', '2026-11-27T19:00:00Z'],
    ['明天夜间1点到2点', sh, '2026-11-27T17:00:00Z', '2026-11-27T18:00:00Z'],
    ['今晚凌晨2点到4点', sh, '2026-11-26T18:00:00Z', '2026-11-26T20:00:00Z'],
    ['深夜1点到3点', sh, '2026-11-26T17:00:00Z', '2026-11-26T19:00:00Z'],
    ['今晚8点到夜里1点', sh, '2026-11-26T12:00:00Z', '2026-11-26T17:00:00Z'],
    // Said at 23:40, tonight's 1am is still ahead (it was refused as this morning's).
    ['今晚1点到3点', shLate, '2026-11-26T17:00:00Z', '2026-11-26T19:00:00Z'],
    ['今晚凌晨1点到3点', shLate, '2026-11-26T17:00:00Z', '2026-11-26T19:00:00Z'],
    ['夜里1点到3点', shLate, '2026-11-26T17:00:00Z', '2026-11-26T19:00:00Z'],
    // An end that names its day again: that day's night.
    ['明天晚上9点到明天夜里1点', sh, '2026-11-27T13:00:00Z', '2026-11-27T17:00:00Z'],
    ['今晚10点到今晚1点', sh, '2026-11-26T14:00:00Z', '2026-11-26T17:00:00Z'],
    ['周六晚上10点到周六晚上2点', sh, '2026-11-28T14:00:00Z', '2026-11-28T18:00:00Z'],
    // The evening word after the clock time (read as 13:00 to 03:00, a 14-hour relay), or after a 的.
    ['1点到3点 今晚', sh, '2026-11-26T17:00:00Z', '2026-11-26T19:00:00Z'],
    ['今晚的1点 1小时', sh, '2026-11-26T17:00:00Z', '2026-11-26T18:00:00Z'],
    ['周五的晚上10点到凌晨1点', sh, '2026-11-27T14:00:00Z', '2026-11-27T17:00:00Z'],
    // 5 o'clock in the evening is 17:00.
    ['明天晚上5点 持续1小时', sh, '2026-11-27T09:00:00Z', '2026-11-27T10:00:00Z'],
  ])('%s', (text, ref, start, end) => expectSchedule(text, ref, start, end));
});

describe('半夜12点 / 午夜12点 end the named day', () => {
  it.each([
    // After a weekday or a date too (read as the start of that day, they were a day early).
    ['周六晚上12点 持续1小时', '2026-11-28T16:00:00Z', '2026-11-28T17:00:00Z'],
    ['周六半夜12点到2点', '2026-11-28T16:00:00Z', '2026-11-28T18:00:00Z'],
    ['12月5日午夜 持续1小时', '2026-12-05T16:00:00Z', '2026-12-05T17:00:00Z'],
    // 零点 / 凌晨0点 as written are still the start of the day.
    ['12月5日零点 持续1小时', '2026-12-04T16:00:00Z', '2026-12-04T17:00:00Z'],
    // 半夜 with a small hour follows 半夜12点 (and 夜里): two hours after the midnight ending tomorrow.
    ['明天半夜2点 持续1小时', '2026-11-27T18:00:00Z', '2026-11-27T19:00:00Z'],
    ['明天半夜12点到1点', '2026-11-27T16:00:00Z', '2026-11-27T17:00:00Z'],
    ['今晚半夜12点到凌晨2点', '2026-11-26T16:00:00Z', '2026-11-26T18:00:00Z'],
    ['今天半夜12点到1点', '2026-11-26T16:00:00Z', '2026-11-26T17:00:00Z'],
    ['明天午夜12点到1点', '2026-11-27T16:00:00Z', '2026-11-27T17:00:00Z'],
  ])('%s', (text, start, end) => expectSchedule(text, sh, start, end));
});

describe('a range whose first number has no 点', () => {
  it.each([
    ['明晚8到10点', sh, '2026-11-27T12:00:00Z', '2026-11-27T14:00:00Z'],
    ['下周三晚上8到10点', sh, '2026-12-02T12:00:00Z', '2026-12-02T14:00:00Z'],
    ['明天上午9-11点', sh, '2026-11-27T01:00:00Z', '2026-11-27T03:00:00Z'],
    ['周五晚8-10点', sh, '2026-11-27T12:00:00Z', '2026-11-27T14:00:00Z'],
    ['明天下午二到三点', sh, '2026-11-27T06:00:00Z', '2026-11-27T07:00:00Z'],
    ['晚上11到1点', sh, '2026-11-26T15:00:00Z', '2026-11-26T17:00:00Z'],
    ['1号晚上8到10点', shMonday, '2026-12-01T12:00:00Z', '2026-12-01T14:00:00Z'],
    ['明天下午3点到5', sh, '2026-11-27T07:00:00Z', '2026-11-27T09:00:00Z'],
    ['明天下午3-5', sh, '2026-11-27T07:00:00Z', '2026-11-27T09:00:00Z'],
    ['周三 20-22', sh, '2026-12-02T12:00:00Z', '2026-12-02T14:00:00Z'],
    ['明天中午1到2点', sh, '2026-11-27T05:00:00Z', '2026-11-27T06:00:00Z'],
    ['明天半夜1-2', sh, '2026-11-27T17:00:00Z', '2026-11-27T18:00:00Z'],
    ['11月27日8到10点', sh, '2026-11-27T00:00:00Z', '2026-11-27T02:00:00Z'],
    ['白天10-12', sh, '2026-11-27T02:00:00Z', '2026-11-27T04:00:00Z'],
    ['明晚8到10點', tw, '2026-11-27T12:00:00Z', '2026-11-27T14:00:00Z'],
  ])('%s', (text, ref, start, end) => expectSchedule(text, ref, start, end));
});

describe('Traditional characters, Cantonese and colloquial words', () => {
  it.each([
    ['本週日下午兩點 三個鐘頭', tw, '2026-11-29T06:00:00Z', '2026-11-29T09:00:00Z'],
    ['這個禮拜六晚上8點到10點', tw, '2026-11-28T12:00:00Z', '2026-11-28T14:00:00Z'],
    ['明天晚上8點開始，10點結束', tw, '2026-11-27T12:00:00Z', '2026-11-27T14:00:00Z'],
    ['台北時間明晚8點到10點', tw, '2026-11-27T12:00:00Z', '2026-11-27T14:00:00Z'],
    ['北京時間明晚8點到10點', berlin, '2026-11-27T12:00:00Z', '2026-11-27T14:00:00Z'],
    ['美東時間明天早上8點到10點', tw, '2026-11-27T13:00:00Z', '2026-11-27T15:00:00Z'],
    ['明晚8點 兩個半鐘頭', hk, '2026-11-27T12:00:00Z', '2026-11-27T14:30:00Z'],
    ['聽日下晝三點踏三開始 一個鐘', hk, '2026-11-27T07:15:00Z', '2026-11-27T08:15:00Z'],
    ['聽日朝早9點到11點', hk, '2026-11-27T01:00:00Z', '2026-11-27T03:00:00Z'],
    ['後日下晝3點到5點', hk, '2026-11-28T07:00:00Z', '2026-11-28T09:00:00Z'],
    ['明儿个晚上8点到10点', sh, '2026-11-27T12:00:00Z', '2026-11-27T14:00:00Z'],
    ['呢個禮拜六晚上8點到10點', hk, '2026-11-28T12:00:00Z', '2026-11-28T14:00:00Z'],
    // Every character the parser reads has its Traditional form mapped (zone places, 倆, 明兒).
    ['洛杉磯時間明天早上8點到10點', tw, '2026-11-27T16:00:00Z', '2026-11-27T18:00:00Z'],
    ['首爾時間明晚8點到10點', tw, '2026-11-27T11:00:00Z', '2026-11-27T13:00:00Z'],
    ['明兒晚上8點 倆小時', tw, '2026-11-27T12:00:00Z', '2026-11-27T14:00:00Z'],
    // A length after a Cantonese afternoon hour is no count of five minutes (it read 3:10 with no end).
    ['聽日晏晝三點 兩個鐘', hk, '2026-11-27T07:00:00Z', '2026-11-27T09:00:00Z'],
    ['聽晚9點到11點', hk, '2026-11-27T13:00:00Z', '2026-11-27T15:00:00Z'],
    ['聽朝頭早9點到11點', hk, '2026-11-27T01:00:00Z', '2026-11-27T03:00:00Z'],
    ['今晚黑8點到10點', hk, '2026-11-26T12:00:00Z', '2026-11-26T14:00:00Z'],
  ])('%s', (text, ref, start, end) => expectSchedule(text, ref, start, end));
});

describe('the day said after the clock time', () => {
  it.each([
    // Read as tonight 20:00 to Friday 10:00, and as 8:00 to 10:12 with 月3日 left over.
    ['晚上8点到10点 周五', '2026-11-27T12:00:00Z', '2026-11-27T14:00:00Z'],
    ['8点到10点 12月3日', '2026-12-03T00:00:00Z', '2026-12-03T02:00:00Z'],
    ['晚上8点到10点，下周三', '2026-12-02T12:00:00Z', '2026-12-02T14:00:00Z'],
    ['8到10点 明晚', '2026-11-27T12:00:00Z', '2026-11-27T14:00:00Z'],
    ['20:00-22:00 明晚', '2026-11-27T12:00:00Z', '2026-11-27T14:00:00Z'],
    ['晚上8点 周五 持续2小时', '2026-11-27T12:00:00Z', '2026-11-27T14:00:00Z'],
  ])('%s', (text, start, end) => expectSchedule(text, sh, start, end));
});

describe('12pm in a Chinese sentence is noon', () => {
  it('said in the afternoon, the next noon', () => {
    const afternoon = { ...sh, now: '2026-11-26T06:00:00Z' };
    expectSchedule('12pm到2pm', afternoon, '2026-11-27T04:00:00Z', '2026-11-27T06:00:00Z');
  });
});

describe('zones said the short way', () => {
  it.each([
    ['美东明天早上8点到10点', '2026-11-27T13:00:00Z', '2026-11-27T15:00:00Z'],
    ['东部时间明天早上8点到10点', '2026-11-27T13:00:00Z', '2026-11-27T15:00:00Z'],
    ['美西 明天早上8点到10点', '2026-11-27T16:00:00Z', '2026-11-27T18:00:00Z'],
    // An offset in brackets that repeats the zone adds nothing.
    ['明晚8点到10点 北京时间（UTC+8）', '2026-11-27T12:00:00Z', '2026-11-27T14:00:00Z'],
  ])('%s', (text, start, end) => expectSchedule(text, berlin, start, end));

  it('refuses an offset that contradicts the zone', () => {
    expectRejected('明晚8点到10点 北京时间（UTC+9）', sh, 'twoZones', 'StartTime');
  });
});

describe('dates, clock forms and lengths', () => {
  it.each([
    ['2026.12.3 晚上8点到10点', '2026-12-03T12:00:00Z', '2026-12-03T14:00:00Z'],
    ['12.3 晚上8点到10点', '2026-12-03T12:00:00Z', '2026-12-03T14:00:00Z'],
    ['26年12月3日晚上8点到10点', '2026-12-03T12:00:00Z', '2026-12-03T14:00:00Z'],
    ['12月3日(四)晚上8点到10点', '2026-12-03T12:00:00Z', '2026-12-03T14:00:00Z'],
    ['周四(12月3日)晚上8点到10点', '2026-12-03T12:00:00Z', '2026-12-03T14:00:00Z'],
    ['明天上午9am到11am', '2026-11-27T01:00:00Z', '2026-11-27T03:00:00Z'],
    ['明天 8:00 PM - 10:00 PM', '2026-11-27T12:00:00Z', '2026-11-27T14:00:00Z'],
    ['明天这时候 1小时', '2026-11-27T03:45:00Z', '2026-11-27T04:45:00Z'],
    ['明天这个点 1小时', '2026-11-27T03:45:00Z', '2026-11-27T04:45:00Z'],
    // A weekday of a named week beside the date it is: one date.
    ['下周四 12月3日 晚上8点到10点', '2026-12-03T12:00:00Z', '2026-12-03T14:00:00Z'],
    // 中午 before a length, 午间, 时分.
    ['中午 1小时', '2026-11-26T04:00:00Z', '2026-11-26T05:00:00Z'],
    ['明天午间12点半到1点半', '2026-11-27T04:30:00Z', '2026-11-27T05:30:00Z'],
    ['中午时分 1小时', '2026-11-26T04:00:00Z', '2026-11-26T05:00:00Z'],
    ['明天午夜 2小时', '2026-11-27T16:00:00Z', '2026-11-27T18:00:00Z'],
    ['明天下午3点过半到4点', '2026-11-27T07:30:00Z', '2026-11-27T08:00:00Z'],
    // Wrappers: sentence-final particles, 从 between the day and its hour, brackets.
    ['明晚8点到10点吧，谢谢', '2026-11-27T12:00:00Z', '2026-11-27T14:00:00Z'],
    ['明晚8点~10点哈', '2026-11-27T12:00:00Z', '2026-11-27T14:00:00Z'],
    ['明晚从8点到10点', '2026-11-27T12:00:00Z', '2026-11-27T14:00:00Z'],
    ['「明晚8点到10点」', '2026-11-27T12:00:00Z', '2026-11-27T14:00:00Z'],
    ['过一个半小时开始 持续1小时', '2026-11-26T05:15:00Z', '2026-11-26T06:15:00Z'],
    // A clause closed by 结束 / 为止 is the end (with its word dropped, it read as a second start).
    ['一小时后开始，晚上10点结束', '2026-11-26T04:45:00Z', '2026-11-26T14:00:00Z'],
    ['现在开始，晚上十点为止', '2026-11-26T03:45:10Z', '2026-11-26T14:00:00Z'],
    // The weekday takes one numeral; the next is the hour.
    ['星期一二点 持续1小时', '2026-11-29T18:00:00Z', '2026-11-29T19:00:00Z'],
    ['礼拜三十点 持续1小时', '2026-12-02T02:00:00Z', '2026-12-02T03:00:00Z'],
  ])('%s', (text, start, end) => expectSchedule(text, sh, start, end));
});

describe('estimates are asked about, never guessed', () => {
  it.each([
    // Read as one number, these were 15:00 (两三点 -> 23 -> next day's 11pm and others), 12:00, a 23-hour relay,
    // a 12-hour relay and 40 minutes.
    ['明天下午两三点开始 持续1小时', 'StartTime'],
    ['下午两三点 1小时', 'StartTime'],
    ['明天十一二点 1小时', 'StartTime'],
    ['明晚七八点 1小时', 'StartTime'],
    ['晚上七、八点 1小时', 'StartTime'],
    ['明晚8点 两三个小时', 'EndTime'],
    ['明晚8点 一两个小时', 'EndTime'],
    ['明晚8点 持续三四十分钟', 'EndTime'],
    ['两三个小时后 持续1小时', 'StartTime'],
  ] as const)('%s', (text, field) => expectRejected(text, sh, 'vagueAmount', field));
});
