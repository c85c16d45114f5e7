// "Thu 3/12 8pm", "Friday, 4/12", "3/12 (Thu)": a slash date beside its weekday. Read month first, as every slash
// date is, "Thu 3/12" said in November was 12 March, not a Thursday, and refused as a weekday that does not match
// its date, though the writer plainly meant Thursday 3 December. When only the day-first reading falls on the
// weekday said, the date is written day first with its month's name ("3 december"); otherwise it is left as typed
// (month first, or refused as before when neither reading is that weekday).
import { MONTH_NAMES, WEEKDAY_PREFIXES } from './calendar-words.js';
import type { WallTime } from './wall-clock.js';

const WEEKDAY = `(${WEEKDAY_PREFIXES.join('|')})`;
const SLASH = String.raw`(?<![\d/.:])(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?(?![\d/.:])`;
// The date alone is matched; its weekday before it ("thu 3/12", "friday, 4/12") or after it ("3/12 (thu)", "3/12, thu").
const WEEKDAY_THEN_DATE = new RegExp(String.raw`(?<=\b${WEEKDAY}[a-z]*\.?,?\s+)${SLASH}`, 'gi');
const DATE_THEN_WEEKDAY = new RegExp(String.raw`${SLASH}(?=\s*(?:\(\s*|,\s*)${WEEKDAY})`, 'gi');

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

export function readSlashDatesByWeekday(text: string, today: WallTime): string {
  if (!text.includes('/')) return text;
  return text
    .replace(WEEKDAY_THEN_DATE, (whole, weekday: string, first: string, second: string, year?: string) =>
      dayFirstForWeekday(weekday, first, second, year, today) ?? whole)
    .replace(DATE_THEN_WEEKDAY, (whole, first: string, second: string, year: string | undefined, weekday: string) =>
      dayFirstForWeekday(weekday, first, second, year, today) ?? whole);
}
