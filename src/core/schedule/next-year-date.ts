// A date written without its year is the coming one: "Jan 5" said on Dec 30 is next January, as anyone means it.
// But a date whose day has just gone by ("June 15" said on June 16, "6月15日" on the 16th) is far more often a slip
// than a relay wanted a year from now, and the reading stood without a word. So when the start falls next year on
// a day whose date this year went by in the last two months or so (more than 300 days away), and the text neither
// wrote that year nor said an amount of time that lands there ("in 11 months"), the preview says which date it is
// and how to write another. A date that went by long ago ("Feb 14" said in November) is plainly the coming one.
import type { Locale } from '../i18n.js';
import type { RelayError } from '../errors.js';
import { wallTimeAt, type WallTime, type Zone } from './wall-clock.js';

/** Nearer than this, a date read as next year's is what was meant ("Jan 5" in late December, "Feb 14" in November). */
const UNREMARKABLE_MS = 300 * 24 * 3_600_000;

/** Words that put the start next year on purpose: a year said outright, or an amount of time from now. */
export const YEAR_OR_AMOUNT = /\byears?\b|\bmonths?\b|\bweeks?\b|\bdays?\b|\bfortnights?\b|明年|年后|个月|周后|天后|星期后|礼拜后/i;

/** "15 June 2027" / "2027年6月15日". */
export function fullDate(locale: Locale, wall: WallTime): string {
  const format = new Intl.DateTimeFormat(locale === 'zh-CN' ? 'zh-CN' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return format.format(Date.UTC(wall.year, wall.month - 1, wall.day));
}

/** The note for a start read as next year's on a day whose date this year has passed (see above). */
export function nextYearNotes(text: string, start: Date, nowMs: number, zone: Zone, locale: Locale): RelayError[] {
  if (start.getTime() - nowMs <= UNREMARKABLE_MS) return [];
  const now = wallTimeAt(nowMs, zone);
  const day = wallTimeAt(start.getTime(), zone);
  const passed = day.month < now.month || (day.month === now.month && day.day < now.day);
  if (day.year !== now.year + 1 || !passed) return [];
  const shortYear = String(day.year).slice(2);
  const yearWritten = new RegExp(`${day.year}|'${shortYear}\\b|(?<!\\d)${shortYear}年`).test(text);
  if (yearWritten || YEAR_OR_AMOUNT.test(text)) return [];
  return [{ code: 'Notice.DateNextYear', field: 'StartTime', key: 'parse.dateNextYear', params: { readAs: fullDate(locale, day) } }];
}
