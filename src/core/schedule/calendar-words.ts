// The names of months and weekdays as the English rules match them (text is lower-cased by then), and the one
// week rule the Chinese and English "next <weekday>" share.
import { editDistance } from '../edit-distance.js';
import type { CivilDate } from './wall-clock.js';

export const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december'];
/** A month by its first three letters ("feb", "february", "feb."): match `${MONTH}[a-z]*`. */
export const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)`;
/**
 * Whether a word matched by `${MONTH}[a-z]*` is a month as people write one: its abbreviation, a beginning of its name
 * ("sept", "febr"), or its name with a slip or two ("febuary", "setpember"); not a word that only starts like one
 * ("mars", "marathon", "junior", "decade").
 */
export function isMonthWord(word: string): boolean {
  const typed = word.toLowerCase().replace(/\.$/, '');
  const name = MONTH_NAMES.find((month) => month.startsWith(typed.slice(0, 3)));
  if (!name) return false;
  // Slips only in a long name: "maybe" is two from "may", "junior" three from "june".
  return name.startsWith(typed) || (typed.length >= 5 && name.length >= 5 && editDistance(typed, name) <= 2);
}
/** Sunday first, as Date.getUTCDay counts. */
export const WEEKDAY_PREFIXES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
export const WEEKDAY = String.raw`(?:${WEEKDAY_PREFIXES.join('|')})`;

/** The month (1-12) a prefix such as "feb" names. */
export function monthOf(prefix: string): number {
  return MONTH_NAMES.findIndex((name) => name.startsWith(prefix)) + 1;
}

/**
 * A month's day as a date: in `year` when the text gives one, else its coming occurrence (this year's unless it
 * has passed, then next year's). Null for a day the month does not have (31 April).
 */
export function comingDate(month: number, day: number, today: CivilDate, year?: number): Date | null {
  const passed = month < today.month || (month === today.month && day < today.day);
  const y = year ?? (passed ? today.year + 1 : today.year);
  const date = new Date(Date.UTC(y, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

/**
 * The `weekday` (0 = Sunday) of the week `weeksAhead` after this one, weeks running Monday to Sunday: "next
 * tuesday" / 下周二 (as Duckling reads "next <day>", and as Chinese weeks are counted).
 */
export function weekdayOfWeek(today: CivilDate, weeksAhead: number, weekday: number): Date {
  const todayDate = Date.UTC(today.year, today.month - 1, today.day);
  const sinceMonday = (new Date(todayDate).getUTCDay() + 6) % 7;
  const fromMonday = (weekday + 6) % 7;
  return new Date(todayDate + (7 * weeksAhead - sinceMonday + fromMonday) * 86_400_000);
}
