// A refusal that names a day names it as the reader's own date with its weekday ("two different days (Sun, 29 Nov
// 2026 and Sat, 28 Nov 2026)", "2026年11月29日周日"), not as "2026-11-29": the weekday shows at a glance which of the
// two was meant. A date the user wrote that no calendar has, and a date given as an example to type, stay as written.
import { describe, expect, it } from 'vitest';
import { parseSchedule } from '../../../src/core/schedule/index.js';
import { describeErrorFor } from '../../../src/core/error-text.js';
import type { Locale } from '../../../src/core/i18n.js';

function refusal(text: string, now: string, timeZone: string, locale: Locale = 'en'): string {
  const result = parseSchedule(text, { timeZone, now: new Date(now), locale });
  if (result.ok) throw new Error(`"${text}" was accepted`);
  return result.error.map((error) => describeErrorFor({ locale, timeZone }, error)).join(' / ');
}

const SHANGHAI_SATURDAY = '2026-11-28T08:00:00Z'; // Sat 28 Nov 2026, 16:00 in Shanghai

describe('days named in refusals', () => {
  it('are the reader\'s dates with their weekdays, in English and Chinese', () => {
    expect(refusal('tomorrow friday 8pm for 1h', SHANGHAI_SATURDAY, 'Asia/Shanghai')).toContain('(Sun, 29 Nov 2026 and Fri, 4 Dec 2026)');
    expect(refusal('明天两小时后 持续1小时', SHANGHAI_SATURDAY, 'Asia/Shanghai', 'zh-CN')).toContain('（2026年11月29日周日 和 2026年11月28日周六）');
    expect(refusal('yesterday', SHANGHAI_SATURDAY, 'Asia/Shanghai')).toContain('You gave a day (Fri, 27 Nov 2026)');
    expect(refusal('周一 12月1日 晚上8点 持续1小时', SHANGHAI_SATURDAY, 'Asia/Shanghai', 'zh-CN')).toContain('2026年12月1日周二 不是周一');
    expect(refusal('9月27日凌晨2点30分 持续1小时', '2026-09-24T23:00:00Z', 'Pacific/Auckland', 'zh-CN')).toContain('2026年9月27日周日 在 Pacific/Auckland 不存在 02:30');
  });

  it('leave a date no calendar has, and an example to type, as written', () => {
    expect(refusal('2027-02-29 20:00 for 1h', SHANGHAI_SATURDAY, 'Asia/Shanghai')).toContain('There is no date "2027-02-29"');
    expect(refusal('friday midnight for 1h', '2026-09-24T23:00:00Z', 'Pacific/Auckland')).toContain('"2026-10-02 00:00" or "2026-10-03 00:00"');
  });
});
