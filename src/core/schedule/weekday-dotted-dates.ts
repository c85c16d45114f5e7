// "mon 4.12 8pm", "monday, 4.12 at 8pm", "4.12 (mon) 8pm", "mon 4.12.2027 8pm": a dotted date beside its weekday.
// A dotted date is day first (dotted-dates.ts, explicit-dates.ts), but a US writer's "mon 4.12" is Monday 12 April:
// refused as a weekday that does not match (4 December is a Friday) though the writer plainly meant the Monday, and
// with a year the weekday was dropped and the relay set on Saturday 4 December 2027 (silently). As slash dates
// beside a weekday are (weekday-slash-dates.ts): when only the month-first reading falls on the weekday said, the
// date is written month first with its month's name ("12 april"); otherwise it is left as typed.
import { MONTH_NAMES, WEEKDAY_PREFIXES } from './calendar-words.js';
import type { WallTime } from './wall-clock.js';
import { datesBesideWeekday, weekdayOf } from './weekday-slash-dates.js';

// Day, month, an optional year and the date's own closing dot ("4.12."); not a length's decimal nor an offset.
// Not a decimal length ("8pm tue, 1.5h", "fri 8pm 2.5 hours": 1.5 was read as 5 January, a Tuesday, and the relay
// refused as having no end).
const DOTTED = String.raw`(?<![\d.:/+\-−])(\d{1,2})\.(\d{1,2})(?:\.(\d{4}))?\.?(?![\d:/]|\.\d|\s*(?:h\d*|hrs?|hours?|m|mins?|minutes?|d|days?)(?![a-z]))`;

/**
 * `first.second` written month first when only that reading falls on `weekday`; with a year, otherwise written day
 * first, as it is read, so that the weekday check sees it; null to leave it as typed.
 */
function writtenForWeekday(weekday: string, first: string, second: string, year: string | undefined, today: WallTime): string | null {
  const said = WEEKDAY_PREFIXES.indexOf(weekday.toLowerCase());
  const [a, b] = [Number(first), Number(second)];
  const dayFirst = weekdayOf(b, a, year, today);
  const yearText = year === undefined ? '' : ` ${year}`;
  // Both numbers a month, or "mon 10.15" may be a clock time.
  if (a <= 12 && b <= 12 && a !== b && dayFirst !== said && weekdayOf(a, b, year, today) === said) {
    return `${b} ${MONTH_NAMES[a - 1]}${yearText}`;
  }
  // A date with a year is read after the weekday check (explicit-dates.ts), which never saw it: "tue 4.12.2027" ran on
  // Saturday 4 December 2027 (silently). Written out here, a weekday it does not fall on is refused.
  if (year !== undefined && dayFirst !== null) return `${a} ${MONTH_NAMES[b - 1]}${yearText}`;
  return null;
}

/** The text with each dotted date that only fits its weekday month first written out so ("mon 4.12" -> "mon 12 april"). */
const dottedDatesBesideWeekday = datesBesideWeekday(DOTTED, writtenForWeekday);

export function readDottedDatesByWeekday(text: string, today: WallTime): string {
  return text.includes('.') ? dottedDatesBesideWeekday(text, today) : text;
}
