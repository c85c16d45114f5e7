// A date with its year is read as written, however far ahead ("dec 3 2062", a slip for 2026, gave a relay 36 years
// away with nothing but the year in the preview to say so). The preview now says outright when the start is more
// than a year away, unless the words put it there on purpose.
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../src/core/i18n.js';
import { buildPreview } from '../../../src/core/preview.js';
import { command } from './schedule-case.js';

const NOW = '2026-11-28T15:00:00Z'; // Sat 28 November 2026, 10:00 in New York
const read = (when: string, locale: Locale = 'en', timeZone = 'America/New_York') => command(when, NOW, timeZone, locale);
const codes = (when: string, locale: Locale = 'en', timeZone = 'America/New_York') => read(when, locale, timeZone).notes.map((note) => note.code);

describe('a start more than a year away', () => {
  it('is read as written, and the preview says how far it is first', () => {
    const parsed = read('dec 3 2062 8pm for 2h');
    expect(parsed.request.StartTime).toBe('2062-12-04T01:00:00Z');
    const preview = buildPreview(parsed.request, { locale: 'en', timeZone: 'America/New_York', notes: parsed.notes });
    expect(preview.lines[0]).toBe(
      'The relay starts on 3 December 2062, more than a year from now. If the year is a slip, write the date again with the year you mean, or without a year for its next occurrence.',
    );
  });

  it('says so in Chinese, and for other ways of writing the year', () => {
    const zh = read('2062年12月3日晚上8点 持续2小时', 'zh-CN', 'Asia/Shanghai');
    expect(zh.request.StartTime).toBe('2062-12-03T12:00:00Z');
    expect(buildPreview(zh.request, { locale: 'zh-CN', timeZone: 'Asia/Shanghai', notes: zh.notes }).lines[0]).toBe(
      '转推将于2062年12月3日开始，距今一年以上。如果年份写错了，请重新写出日期和正确的年份，或不写年份表示最近的那一天。',
    );
    for (const when of ['2028-01-15 20:00 for 1h', '12/3/2027 8pm for 1h', 'december 3rd, 2027 at 8pm for 2h']) {
      expect(codes(when), when).toContain('Notice.StartFarAhead');
    }
  });

  it('says nothing within a year, or when the words put it there', () => {
    for (const when of ['dec 3 8pm for 2h', 'nov 27 2027 8pm for 1h', 'dec 3 2026 8pm for 2h', 'tomorrow 8pm for 2h']) {
      expect(codes(when), when).not.toContain('Notice.StartFarAhead');
    }
    for (const when of ['dec 3 next year 8pm for 2h', 'in 2 years at 8pm for 1h', 'in 14 months at 8pm for 1h']) {
      expect(codes(when), when).not.toContain('Notice.StartFarAhead');
    }
    expect(codes('两年后晚上8点 持续1小时', 'zh-CN', 'Asia/Shanghai')).not.toContain('Notice.StartFarAhead');
  });
});
