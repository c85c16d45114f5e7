// 两周后的周五 (the Friday of the week two weeks on), 一周后的今天 (a week from today), 下周的今天 (today's weekday next
// week): a weekday or today counted from a number of weeks ahead. The first was refused as two days for one start;
// the second silently lost its week ("一周后的今天晚上8点" was tonight), the third was refused as a week with no day.
// Written as the date itself. Read once the numerals are digits.
import { weekdayOfWeek } from './calendar-words.js';
import type { CivilDate } from './wall-clock.js';

// 前 / 以前 / 之前 count back: 一周前的今天 (today a week ago) lost its week and was tonight, accepted without a
// word; it is that day, refused as past.
const WEEKS_AFTER = String.raw`(\d{1,2})\s*个?\s*(?:周|星期|礼拜)\s*([以之]?[后前])\s*的?\s*`;
const WEEKDAY_AFTER_WEEKS = new RegExp(`${WEEKS_AFTER}(?:周|星期|礼拜)([一二三四五六日天1-7])`, 'g');
const TODAY = String.raw`(?:今天|这\s*1?\s*天|同\s*1\s*天)`;
const TODAY_AFTER_WEEKS = new RegExp(`${WEEKS_AFTER}${TODAY}`, 'g');
// 下周的今天, 下个星期的今天, 下下周今天: one 下 a week on; 上周的今天 a week back.
const TODAY_NEXT_WEEKS = new RegExp(String.raw`(下+|上+)\s*(?:个|1)?\s*(?:周|星期|礼拜)\s*的?\s*${TODAY}`, 'g');
const WEEKDAYS = '日一二三四五六';

const written = (date: Date) => `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;

/** "两周后的周五" -> "2026年12月11日", "一周后的今天" -> "2026年12月3日", "一周前的今天" -> "2026年11月19日" (digits). */
export function rewriteWeeksAfter(text: string, today: CivilDate): string {
  if (!/[后下前上]/.test(text)) return text;
  const inWeeks = (weeks: number) => written(new Date(Date.UTC(today.year, today.month - 1, today.day + 7 * weeks)));
  const signed = (weeks: string, way: string) => (way.endsWith('前') ? -Number(weeks) : Number(weeks));
  return text
    .replace(WEEKDAY_AFTER_WEEKS, (_w, weeks: string, way: string, day: string) => {
      const weekday = /\d/.test(day) ? Number(day) % 7 : day === '天' ? 0 : WEEKDAYS.indexOf(day);
      return written(weekdayOfWeek(today, signed(weeks, way), weekday));
    })
    .replace(TODAY_AFTER_WEEKS, (_w, weeks: string, way: string) => inWeeks(signed(weeks, way)))
    .replace(TODAY_NEXT_WEEKS, (_w, nexts: string) => inWeeks(nexts.startsWith('上') ? -nexts.length : nexts.length));
}
