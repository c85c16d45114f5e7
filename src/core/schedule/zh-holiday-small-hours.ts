// 平安夜3:30, 跨年夜1点, 万圣夜两点半: an hour from 1 to 4 right after an evening holiday, with no part of the day, reads
// two ways that both make a relay: that day's afternoon (12月24日15:30) or the
// small hours after that evening (12月25日03:30, as 今晚1点 is; holidays.ts had made it the evening's, and it was read
// so without a word). An evening hour (平安夜8点) is the evening's, and one with its part of the day (平安夜凌晨3点,
// 平安夜下午3点) says which; this one is asked, with both readings written out,
// as "christmas eve 3:30" is in English (en-holiday-small-hours.ts).
import type { RelayError, Result } from '../errors.js';
import { NOT_BEFORE_AFTERNOON_END } from './holidays.js';
import { scheduleError } from './schedule-error.js';

// The holiday's own date and the next day's, as a Chinese date.
const EVENINGS: Record<string, [string, string]> = {
  平安夜: ['12月24日', '12月25日'],
  跨年夜: ['12月31日', '1月1日'],
  万圣夜: ['10月31日', '11月1日'],
};
const NUMERAL = String.raw`[零〇一二两三四五六七八九十\d]`;
// Not 十一点 / 12点 (the 1 of 11, the 2 of 12), nor before an end in the afternoon or evening (holidays.ts).
function smallHourAfter(evenings: string[]): RegExp {
  return new RegExp(
    String.raw`(${evenings.join('|')})${NOT_BEFORE_AFTERNOON_END}\s*(` +
      // 差一刻3点, 差5分3点 (a quarter to three, five to three).
      String.raw`(?:差\s*(?:[一三]刻|${NUMERAL}{1,3}\s*分钟?)\s*)?` +
      String.raw`(?:[1-4一二两三四](?![\d十])|0[1-4])\s*` +
      // Its minutes, not a length after it (平安夜两点 1小时, 平安夜两点1小时).
      String.raw`(?:点(?:半|[一三]刻|${NUMERAL}{1,3}分?(?!${NUMERAL}|\s*(?:个|小时|钟头|分钟)))?|[:：][0-5]\d))`,
  );
}
const SMALL_HOUR = smallHourAfter(Object.keys(EVENINGS));

/**
 * Refuses an hour from 1 to 4 said right after an evening's name with no part of the day; ok otherwise.
 * `evenings` gives each name its own date and the next day's, as Chinese dates.
 */
export function refuseUnclearEveningHour(text: string, evenings: Record<string, [string, string]>, pattern = smallHourAfter(Object.keys(evenings))): Result<void, RelayError[]> {
  const said = pattern.exec(text);
  if (!said) return { ok: true, value: undefined };
  const [words, holiday, clock] = said as unknown as [string, string, string];
  const [day, nextDay] = evenings[holiday]!;
  const written = clock.replace(/\s+/g, '');
  return {
    ok: false,
    error: [scheduleError('unclearHolidayHour', 'StartTime', { words: words.replace(/\s+/g, ''), afternoon: `${day}下午${written}`, night: `${nextDay}凌晨${written}` })],
  };
}

/** Refuses an hour from 1 to 4 said right after 平安夜, 跨年夜 or 万圣夜 with no part of the day; ok otherwise. */
export function refuseUnclearHolidayHour(text: string): Result<void, RelayError[]> {
  return refuseUnclearEveningHour(text, EVENINGS, SMALL_HOUR);
}
