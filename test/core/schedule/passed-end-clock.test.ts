// "现在开始到晚上10点" / "now until 10pm" said at 22:50: the end with no day is its next occurrence, tomorrow's, and the
// relay runs 23 hours. The reading stands (house rule), but the preview says which day the end is and how long the
// relay runs, where it had said nothing.
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../src/core/i18n.js';
import { buildPreview } from '../../../src/core/preview.js';
import { command } from './schedule-case.js';

const SAT_2250_SHANGHAI = '2026-11-28T14:50:00Z';
const SAT_0950_NEW_YORK = '2026-11-28T14:50:00Z';

function read(when: string, nowIso: string, zone: string, locale: Locale) {
  const parsed = command(when, nowIso, zone, locale);
  const keys = parsed.notes.map((note) => note.key);
  return { window: `${parsed.request.StartTime}|${parsed.request.EndTime}`, keys, lines: buildPreview(parsed.request, { locale, timeZone: zone, notes: parsed.notes }).lines };
}

describe('an end clock time read as another day, after a start of now', () => {
  it.each([
    ['现在开始到晚上10点', 'zh-CN', '2026-11-28T14:50:10Z|2026-11-29T14:00:00Z', '结束时间按开始之后的第一个 22:00 理解，即11月29日周日 22:00：转推将持续约 23 小时。'],
    ['半小时后开始到晚上11点', 'zh-CN', '2026-11-28T15:20:00Z|2026-11-29T15:00:00Z', '即11月29日周日 23:00：转推将持续约 24 小时。'],
    ['过20分钟 到晚上9点', 'zh-CN', '2026-11-28T15:10:00Z|2026-11-29T13:00:00Z', '转推将持续约 22 小时'],
    ['马上开始，播到晚上10点', 'zh-CN', '2026-11-28T14:50:10Z|2026-11-29T14:00:00Z', '转推将持续约 23 小时'],
    ['now until 10pm', 'en', '2026-11-28T14:50:10Z|2026-11-29T14:00:00Z', 'The end was read as the first 22:00 after the start, Sun 29 Nov: the relay runs about 23 hours.'],
    ['in 2 hours until 11pm', 'en', '2026-11-28T16:50:00Z|2026-11-29T15:00:00Z', 'the relay runs about 22 hours'],
  ] as const)('%s keeps its reading and the preview says so', (when, locale, window, said) => {
    const got = read(when, SAT_2250_SHANGHAI, 'Asia/Shanghai', locale);
    expect(got.window).toBe(window);
    expect(got.keys).toEqual(['schedule.passedEndClock']);
    expect(got.lines[0]).toContain(said);
  });

  it('says nothing of an end today, a short night, a day named, a clock start or a length', () => {
    const quiet = [
      ['现在到12点', 'zh-CN'],
      ['现在开始到10点', 'zh-CN'],
      ['现在到早上6点', 'zh-CN'],
      ['现在开始到明晚10点', 'zh-CN'],
      ['现在到周日晚上10点', 'zh-CN'],
      ['马上开始 到第二天晚上9点', 'zh-CN'],
      ['晚上11点到晚上10点', 'zh-CN'],
      ['现在开始 持续2小时', 'zh-CN'],
      ['now until 1am', 'en'],
    ] as const;
    for (const [when, locale] of quiet) expect(read(when, SAT_2250_SHANGHAI, 'Asia/Shanghai', locale).keys, when).toEqual([]);
    expect(read('现在开始到晚上10点', SAT_0950_NEW_YORK, 'America/New_York', 'zh-CN').keys).toEqual([]);
    expect(read('now until 11pm', SAT_0950_NEW_YORK, 'America/New_York', 'en').keys).toEqual([]);
  });
});
