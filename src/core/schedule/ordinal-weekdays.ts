// A weekday counted within a month: "the first monday of december", "last friday of the month", "2nd tuesday in
// march 2027", 下个月第一个周一, 本月最后一个周五, 12月的第二个星期六. The date parser knows none of these: "last
// friday of the month" was read as last week's Friday (refused as past on a day it was still ahead) and the
// others as unknown words. Rewritten as the date itself (2026-12-07, 2026年12月7日), which every later stage
// reads; a fifth weekday the month lacks is refused by name.
import { MONTH, WEEKDAY, WEEKDAY_PREFIXES, monthOf } from './calendar-words.js';
import { scheduleError } from './schedule-error.js';
import type { RelayError, Result } from '../errors.js';
import type { CivilDate } from './wall-clock.js';

const EN_ORDINALS: Record<string, number> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, fifth: 5, '5th': 5, last: -1,
};
const EN_ORDINAL_WEEKDAY = new RegExp(
  String.raw`\b(?:on\s+)?(?:the\s+)?(first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|last)\s+(${WEEKDAY})[a-z]*\.?\s+` +
    String.raw`(?:of|in)\s+(?:(?:(this|next|the)\s+month)|(${MONTH})[a-z]*\.?(?:,?\s+(\d{4}))?)\b`,
  'g',
);

// "the last day of february", "first day of next month", "last day of the month": the month's first or last day
// (refused as a vague period, "of the month" taken for "end of the month"; "last day of feb 2028" is the 29th).
const EN_FIRST_OR_LAST_DAY = new RegExp(
  String.raw`\b(?:on\s+)?(?:the\s+)?(first|1st|last)\s+day\s+(?:of|in)\s+` +
    String.raw`(?:(?:(this|next|the)\s+month)|(${MONTH})[a-z]*\.?(?:,?\s+(\d{4}))?)\b`,
  'g',
);

const ZH_ORDINALS: Record<string, number> = { 一: 1, '1': 1, 二: 2, 两: 2, '2': 2, 三: 3, '3': 3, 四: 4, '4': 4, 五: 5, '5': 5 };
const ZH_WEEKDAYS: Record<string, number> = {
  日: 0, 天: 0, '7': 0, 七: 0, 一: 1, '1': 1, 二: 2, '2': 2, 三: 3, '3': 3, 四: 4, '4': 4, 五: 5, '5': 5, 六: 6, '6': 6,
};
const ZH_ORDINAL_WEEKDAY =
  /(?:(本|这个?|下个?)月|(?:(\d{4})\s*年\s*)?(\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月)\s*的?\s*(?:第\s*([一二两三四五12345])|(最后)\s*一?)\s*个?\s*(?:周|星期|礼拜)([一二三四五六日天1234567])/g;
const ZH_MONTHS: Record<string, number> = {
  一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12,
};

/** The `nth` (-1 = last) `weekday` (0 = Sunday) of a month, or null when the month has no such day. */
function nthWeekday(year: number, month: number, weekday: number, nth: number): Date | null {
  if (nth < 0) {
    const last = new Date(Date.UTC(year, month, 0));
    return new Date(last.getTime() - ((last.getUTCDay() - weekday + 7) % 7) * 86_400_000);
  }
  const first = new Date(Date.UTC(year, month - 1, 1));
  const day = 1 + ((weekday - first.getUTCDay() + 7) % 7) + 7 * (nth - 1);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 ? date : null;
}

/** The month meant: this or next one relative to today, or a named month (this year's unless it is over). */
function monthMeant(today: CivilDate, relative: string | undefined, named: number | null, year: number | null): [number, number] {
  if (named !== null) {
    if (year !== null) return [year, named];
    return [named < today.month ? today.year + 1 : today.year, named];
  }
  const ahead = relative === 'next' || relative?.startsWith('下') ? 1 : 0;
  const index = today.month - 1 + ahead;
  return [today.year + Math.floor(index / 12), (index % 12) + 1];
}

const iso = (date: Date) =>
  `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`;
const chineseDate = (date: Date) => `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;

export function rewriteOrdinalWeekdays(text: string, today: CivilDate): Result<string, RelayError[]> {
  // Costs nothing on text without an ordinal word.
  if (!/first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th|第|最后/.test(text)) return { ok: true, value: text };
  let missing: string | null = null;
  const rewritten = text
    .replace(EN_FIRST_OR_LAST_DAY, (_whole, which: string, relative?: string, month?: string, year?: string) => {
      const [y, m] = monthMeant(today, relative, month ? monthOf(month) : null, year ? Number(year) : null);
      return ` on ${iso(new Date(Date.UTC(y, which === 'last' ? m : m - 1, which === 'last' ? 0 : 1)))} `;
    })
    .replace(EN_ORDINAL_WEEKDAY, (whole, nth: string, weekday: string, relative?: string, month?: string, year?: string) => {
      const [y, m] = monthMeant(today, relative, month ? monthOf(month) : null, year ? Number(year) : null);
      const date = nthWeekday(y, m, WEEKDAY_PREFIXES.indexOf(weekday), EN_ORDINALS[nth]!);
      if (!date) missing ??= whole.trim();
      return date ? ` on ${iso(date)} ` : whole;
    })
    .replace(ZH_ORDINAL_WEEKDAY, (whole, relative?: string, year?: string, month?: string, nth?: string, last?: string, weekday?: string) => {
      const named = month ? (ZH_MONTHS[month] ?? Number(month)) : null;
      const [y, m] = monthMeant(today, relative, named, year ? Number(year) : null);
      const date = nthWeekday(y, m, ZH_WEEKDAYS[weekday!]!, last ? -1 : ZH_ORDINALS[nth!]!);
      if (!date) missing ??= whole.trim();
      return date ? chineseDate(date) : whole;
    });
  if (missing !== null) return { ok: false, error: [scheduleError('noSuchDate', 'StartTime', { date: missing })] };
  return { ok: true, value: rewritten };
}
