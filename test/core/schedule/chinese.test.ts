// Chinese schedules. chrono-node's Chinese rules read the day from the server's clock: the server here is in
// Los Angeles, 16 hours behind the user's Shanghai, so a wrong "明天" would show at once.
process.env.TZ = 'America/Los_Angeles';
import { describe, expect, it } from 'vitest';
import { expectRejected, expectSchedule, parsed } from './schedule-case.js';

// Tuesday 2026-03-10 10:00 in Shanghai (02:00 UTC); in Los Angeles it is still Monday evening.
const sh = { timeZone: 'Asia/Shanghai', now: '2026-03-10T02:00:00Z', locale: 'zh-CN' as const };

describe('Chinese start and end', () => {
  it('runs with the server on a different day from the user', () => {
    expect(new Date(sh.now).getDate()).toBe(9);
  });

  it.each([
    ['明天晚上8点 持续2小时', '2026-03-11T12:00:00Z', '2026-03-11T14:00:00Z'],
    ['今晚9点到11点半', '2026-03-10T13:00:00Z', '2026-03-10T15:30:00Z'],
    ['30分钟后 持续1小时', '2026-03-10T02:30:00Z', '2026-03-10T03:30:00Z'],
    ['下午3点 持续两个小时', '2026-03-10T07:00:00Z', '2026-03-10T09:00:00Z'],
    ['周五晚上7点 持续90分钟', '2026-03-13T11:00:00Z', '2026-03-13T12:30:00Z'],
    ['后天上午十点 持续半小时', '2026-03-12T02:00:00Z', '2026-03-12T02:30:00Z'],
    ['十二点 持续1小时30分', '2026-03-10T04:00:00Z', '2026-03-10T05:30:00Z'],
    ['下午三点一刻到五点三刻', '2026-03-10T07:15:00Z', '2026-03-10T09:45:00Z'],
    ['下午三点零五 持续一个半小时', '2026-03-10T07:05:00Z', '2026-03-10T08:35:00Z'],
    ['3月15日下午3点到5点', '2026-03-15T07:00:00Z', '2026-03-15T09:00:00Z'],
    ['星期一上午10点到星期二上午10点', '2026-03-16T02:00:00Z', '2026-03-17T02:00:00Z'],
    ['晚上8点到10点', '2026-03-10T12:00:00Z', '2026-03-10T14:00:00Z'],
    ['傍晚6点 共3小时', '2026-03-10T10:00:00Z', '2026-03-10T13:00:00Z'],
    ['两天后晚上8点 持续1小时', '2026-03-12T12:00:00Z', '2026-03-12T13:00:00Z'],
    ['到晚上11点', '2026-03-10T02:00:10Z', '2026-03-10T15:00:00Z'],
    ['明天中午 持续1小时', '2026-03-11T04:00:00Z', '2026-03-11T05:00:00Z'],
    ['今晚午夜到凌晨2点', '2026-03-10T16:00:00Z', '2026-03-10T18:00:00Z'],
    ['晚上10点到12点', '2026-03-10T14:00:00Z', '2026-03-10T16:00:00Z'],
  ])('%s', (text, start, end) => expectSchedule(text, sh, start, end));

  it('crosses midnight: 明天晚上10点到凌晨2点 ends the day after', () => {
    expectSchedule('明天晚上10点到凌晨2点', sh, '2026-03-11T14:00:00Z', '2026-03-11T18:00:00Z');
  });

  it('reads an hour without 上午/下午 as its next occurrence', () => {
    // 10:00 now: 三点 is 15:00 today, 九点 is 21:00 today.
    expectSchedule('三点 持续1小时', sh, '2026-03-10T07:00:00Z', '2026-03-10T08:00:00Z');
    expectSchedule('九点 持续1小时', sh, '2026-03-10T13:00:00Z', '2026-03-10T14:00:00Z');
  });

  it('starts now for 立即 / 现在, and for a bare length', () => {
    const now = parsed('立即 持续1小时', sh);
    expect(now.startsNow).toBe(true);
    expect(now.start.toISOString()).toBe('2026-03-10T02:00:10.000Z');
    const bare = parsed('一个半小时', sh);
    expect(bare.startsNow).toBe(true);
    expect(bare.end.getTime() - bare.start.getTime()).toBe(90 * 60_000);
  });

  it('asks for a clock time when only a day is given', () => {
    expectRejected('后天', sh, 'dayWithoutTime', 'StartTime');
    expectRejected('明天 持续2小时', sh, 'dayWithoutTime', 'StartTime');
  });

  it('reports words that are not part of the schedule', () => {
    // Courtesy words (谢谢, 请) say nothing of the time and are dropped; anything else is reported.
    expect(parsed('明天晚上8点 持续2小时 谢谢', sh).unrecognized).toEqual([]);
    expect(parsed('明天晚上8点 持续2小时 赶紧', sh).unrecognized).toEqual(['赶紧']);
    expect(parsed('从明天晚上8点开始 持续2小时', sh).unrecognized).toEqual([]);
  });
});
