// In Chinese an hour of the clock is written 2点, never 2h: "2h" is 2小时. Before 到 / 至 / a dash and a bare clock
// (2h到8点, 2h至20:00, 2h-8点) it was read as 2点, silently: a relay from 02:00 to 08:00. It is the length and the
// clock the end, refused as 2小时到8点 is. Said in Shanghai at 15:00 on Saturday 28 November 2026.
import { describe, it } from 'vitest';
import { expectRejected, expectSchedule } from './schedule-case.js';

const SHANGHAI = { timeZone: 'Asia/Shanghai', now: '2026-11-28T07:00:00Z', locale: 'zh-CN' as const };

describe('an hour in h notation before a bare clock, in Chinese', () => {
  it('is a length with an end, refused as both', () => {
    for (const text of ['2h到8点', '2h至8点', '2h直到8点', '2h到20:00', '1h30到8点', '2h-8点', '2h - 8点', '2h~8点', '2h～8点', '明天2h到8点']) {
      expectRejected(text, SHANGHAI, 'endAndDuration', 'EndTime');
    }
  });

  it('near misses keep their readings', () => {
    expectSchedule('2点到8点', SHANGHAI, '2026-11-28T18:00:00Z', '2026-11-29T00:00:00Z');
    expectSchedule('20h到22h', SHANGHAI, '2026-11-28T12:00:00Z', '2026-11-28T14:00:00Z');
    expectSchedule('晚上8点 2h', SHANGHAI, '2026-11-28T12:00:00Z', '2026-11-28T14:00:00Z');
    expectSchedule('2h - 明天晚上8点', SHANGHAI, '2026-11-29T12:00:00Z', '2026-11-29T14:00:00Z');
    expectSchedule('晚上8点到10点', SHANGHAI, '2026-11-28T12:00:00Z', '2026-11-28T14:00:00Z');
  });
});
