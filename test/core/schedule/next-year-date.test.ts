// A date written without its year whose day has gone by this year is next year's (Duckling's reading, kept). Said a
// day late ("June 15" on June 16), that is almost always a slip, and a relay a year away would be confirmed by a
// glance at the time: the preview now says so. A date that went by long ago ("Jan 5" said on Dec 30, "Feb 14" in
// November) is just the coming one and says nothing.
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../src/core/i18n.js';
import { buildPreview } from '../../../src/core/preview.js';
import { command } from './schedule-case.js';

const read = (when: string, nowIso: string, locale: Locale = 'en', timeZone = 'America/New_York') => command(when, nowIso, timeZone, locale);

const JUNE_16 = '2026-06-16T14:00:00Z'; // Tue 16 June 2026, 10:00 in New York

describe('a date without its year that has passed this year', () => {
  it('is next year\'s, and the preview says so with the year', () => {
    const parsed = read('june 15 8pm for 1h', JUNE_16);
    expect(parsed.request.StartTime).toBe('2027-06-16T00:00:00Z');
    const preview = buildPreview(parsed.request, { locale: 'en', timeZone: 'America/New_York', notes: parsed.notes });
    expect(preview.lines[0]).toBe('15 June 2027 is the next time that date comes round: this year’s has passed. If you meant another day, write it with its year.');
  });

  it('says so in Chinese, and for a slash date', () => {
    const zh = read('6月15日晚上8点 持续1小时', '2026-06-16T02:00:00Z', 'zh-CN', 'Asia/Shanghai');
    expect(zh.request.StartTime).toBe('2027-06-15T12:00:00Z');
    expect(buildPreview(zh.request, { locale: 'zh-CN', timeZone: 'Asia/Shanghai', notes: zh.notes }).lines[0]).toBe(
      '这个日期今年已经过去，按下一次理解为2027年6月15日。如果指的是别的日子，请连同年份写出。',
    );
    expect(read('6/15 8pm for 1h', JUNE_16).notes.map((note) => note.code)).toContain('Notice.DateNextYear');
  });

  it('says nothing for a date still ahead this year, one that went by long ago, a written year, or a weekday', () => {
    expect(read('june 20 8pm for 1h', JUNE_16).notes).toEqual([]);
    expect(read('jan 5 8pm for 1h', '2026-12-30T15:00:00Z').notes).toEqual([]);
    expect(read('feb 14 8pm for 1h', '2026-11-27T15:00:00Z').notes).toEqual([]);
    expect(read('april 1 8pm for 1h', JUNE_16).notes).toEqual([]);
    expect(read('may 1 8pm for 1h', JUNE_16).notes.map((note) => note.code)).toEqual(['Notice.DateNextYear']);
    expect(read('june 15 2027 8pm for 1h', JUNE_16).notes).toEqual([]);
    expect(read('monday 8pm for 1h', JUNE_16).notes).toEqual([]);
  });

  it('says nothing when the words themselves put it next year', () => {
    for (const when of ['june 15 next year 8pm for 1h', "jun 15 '27 8pm for 1h", 'in 11 months at 8pm for 1h']) {
      expect(read(when, JUNE_16).notes, when).toEqual([]);
    }
    expect(read('明年6月15日晚上8点 持续1小时', '2026-06-16T02:00:00Z', 'zh-CN', 'Asia/Shanghai').notes).toEqual([]);
  });
});
