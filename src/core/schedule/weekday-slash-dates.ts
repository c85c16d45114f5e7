// "Thu 3/12 8pm", "Friday, 4/12", "3/12 (Thu)": a slash date beside its weekday. Read month first, as every slash
// date is, "Thu 3/12" said in November was 12 March, not a Thursday, and refused as a weekday that does not match
// its date, though the writer plainly meant Thursday 3 December. When only the day-first reading falls on the
// weekday said, the date is written day first with its month's name ("3 december"); otherwise it is left as typed
// (month first, or refused as before when neither reading is that weekday).
import { MONTH_NAMES, WEEKDAY_PREFIXES } from './calendar-words.js';
import type { WallTime } from './wall-clock.js';

const WEEKDAY = `(${WEEKDAY_PREFIXES.join('|')})`;
const SLASH = String.raw`(?<![\d/.:])(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?(?![\d/.:])`;

/** Writes a date of two numbers (and a year) beside `weekday` as it should be read; null leaves it as typed. */
export type DateForWeekday = (weekday: string, first: string, second: string, year: string | undefined, today: WallTime) => string | null;

/**
 * A rewrite of each date `datePattern` finds (groups: its first number, its second, an optional year) beside a
 * weekday, before it ("thu 3/12", "friday, 4/12") or after it ("3/12 (thu)", "3/12, thu"); the date alone is
 * replaced, by `write`.
 */
export function datesBesideWeekday(datePattern: string, write: DateForWeekday): (text: string, today: WallTime) => string {
  const weekdayThenDate = new RegExp(String.raw`(?<=\b${WEEKDAY}[a-z]*\.?,?\s+)${datePattern}`, 'gi');
  const dateThenWeekday = new RegExp(String.raw`${datePattern}(?=\s*(?:\(\s*|,\s*)${WEEKDAY})`, 'gi');
  return (text, today) =>
    text
      .replace(weekdayThenDate, (whole, weekday: string, first: string, second: string, year?: string) => write(weekday, first, second, year, today) ?? whole)
      .replace(dateThenWeekday, (whole, first: string, second: string, year: string | undefined, weekday: string) =>
        write(weekday, first, second, year, today) ?? whole);
}

/** The weekday (Sunday 0) of a month and day, in the year given or the next year in which it is not past. */
export function weekdayOf(month: number, day: number, year: string | undefined, today: WallTime): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  let fullYear = year === undefined ? today.year : Number(year.length === 2 ? `20${year}` : year);
  if (year === undefined && (month < today.month || (month === today.month && day < today.day))) fullYear += 1;
  const date = new Date(Date.UTC(fullYear, month - 1, day));
  return date.getUTCMonth() === month - 1 ? date.getUTCDay() : null;
}

/** `first/second` written day first when only that reading falls on `weekday`; null to leave it as typed. */
function dayFirstForWeekday(weekday: string, first: string, second: string, year: string | undefined, today: WallTime): string | null {
  const said = WEEKDAY_PREFIXES.indexOf(weekday.toLowerCase());
  const [a, b] = [Number(first), Number(second)];
  if (a > 12 || b > 12 || a === b) return null;
  if (weekdayOf(a, b, year, today) === said || weekdayOf(b, a, year, today) !== said) return null;
  const fullYear = year === undefined ? '' : ` ${year.length === 2 ? `20${year}` : year}`;
  return `${a} ${MONTH_NAMES[b - 1]}${fullYear}`;
}

const slashDatesBesideWeekday = datesBesideWeekday(SLASH, dayFirstForWeekday);

export function readSlashDatesByWeekday(text: string, today: WallTime): string {
  return text.includes('/') ? slashDatesBesideWeekday(text, today) : text;
}
