// At 1:30 on Saturday morning "tomorrow 8pm" is Sunday to the calendar and quite possibly tonight to an operator
// still in their Friday: the calendar's reading stands, and the preview says which day that is.
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../src/core/i18n.js';
import { buildPreview } from '../../../src/core/preview.js';
import { command } from './schedule-case.js';

const read = (when: string, nowIso: string, locale: Locale = 'en') => command(when, nowIso, 'Asia/Shanghai', locale);

const SATURDAY_0130 = '2026-11-27T17:30:00Z'; // Sat 28 Nov, 01:30 in Shanghai

describe('"tomorrow" written in the small hours', () => {
  it('is read as the calendar says, and the preview names the day it is and the day it was read as', () => {
    const parsed = read('tomorrow 8pm for 1h', SATURDAY_0130);
    expect(parsed.request.StartTime).toBe('2026-11-29T12:00:00Z');
    const preview = buildPreview(parsed.request, { locale: 'en', timeZone: 'Asia/Shanghai', notes: parsed.notes });
    expect(preview.lines[0]).toBe('It is 01:30 on Sat 28 Nov: “tomorrow” was read as Sun 29 Nov. If you meant the coming evening, write “today” or “tonight”.');
    const zh = read('明晚8点 持续1小时', SATURDAY_0130, 'zh-CN');
    expect(buildPreview(zh.request, { locale: 'zh-CN', timeZone: 'Asia/Shanghai', notes: zh.notes }).lines[0]).toBe(
      '现在是11月28日周六 01:30：“明天”按11月29日周日理解。如果指的是今天白天或今晚，请写“今天”或“今晚”。',
    );
  });

  it('says nothing in the daytime, nor for "today", "tonight" or the day after tomorrow', () => {
    expect(read('tomorrow 8pm for 1h', '2026-11-28T02:00:00Z').notes).toEqual([]); // Sat 10:00
    for (const when of ['today 8pm for 1h', 'tonight 9pm for 1h', 'day after tomorrow 8pm for 1h']) {
      expect(read(when, SATURDAY_0130).notes, when).toEqual([]);
    }
  });
});
