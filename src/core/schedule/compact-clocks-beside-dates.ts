// Four digits beside a date that are its 24-hour clock time, not a year. They were refused as a day without a time
// (the date parser took them for the year: "12/7 1930" showed as "Sun, 7 Dec 1930").
// - Before "on" and a date: "1930 on Dec 7", "2000 on 12/7", "0800 on 7 December", "2000 on 2026-12-07", as before
//   a weekday ("2000 on friday", clock-forms.ts COMPACT_BEFORE_DAY). Without "on" they stay a year first
//   ("2030 dec 2", as a log line writes it), and an amount stays one ("for 1200 on friday").
// - After a date that has its year already: "2026-12-07 1930", "12/7/26 1930", "Dec 7 2026 2000", "7 Dec 2026, 0800";
//   the year is said, so the four digits cannot be another. A date without its year keeps them as a year
//   ("Dec 7 2025" is refused as past, never read as 20:25 this December), except where year-words.ts says otherwise.
import { MONTH } from './calendar-words.js';
import { twentyFourHourClock } from './clock-forms.js';

const FOUR_DIGIT_CLOCK = String.raw`\b([01]\d|2[0-3])([0-5]\d)\b`;
// Not an amount, not the start of a range or a longer number, not a clock said with its own unit or half of the day.
const NOT_AMOUNT_OR_RANGE = String.raw`(?!\s*(?:[ap]\.?m\b|[:./-]\s*\d|h\b|hrs?\b|hours?\b|mins?\b|minutes?\b|'))`;
const DATE_AFTER_ON = String.raw`on\s+(?:${MONTH}[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}|\d{1,2}/\d{1,2}\b|\d{4}-\d\d-\d\d\b)`;
const BEFORE_ON_DATE = new RegExp(
  String.raw`(?<![\d:./-]\s*|\b(?:for|in|within|of|next|lasting|last)\s+)${FOUR_DIGIT_CLOCK}${NOT_AMOUNT_OR_RANGE}(?=\s*,?\s+${DATE_AFTER_ON})`,
  'gi',
);
const DATE_WITH_YEAR = String.raw`(?:\b\d{4}-\d\d-\d\d|\b\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})|\b${MONTH}[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}[a-z]*\.?,?\s+\d{4})`;
const AFTER_DATE_WITH_YEAR = new RegExp(String.raw`(?<=${DATE_WITH_YEAR},?\s+(?:at\s+|@\s*)?)${FOUR_DIGIT_CLOCK}${NOT_AMOUNT_OR_RANGE}`, 'gi');

/** "1930 on Dec 7" -> "19:30 on Dec 7"; "12/7/26 1930" -> "12/7/26 19:30". */
export function readCompactClocksBesideDates(text: string): string {
  if (!/\d{4}/.test(text)) return text;
  const clock = (_whole: string, hour: string, minutes: string) => twentyFourHourClock(Number(hour), minutes);
  return text.replace(BEFORE_ON_DATE, clock).replace(AFTER_DATE_WITH_YEAR, clock);
}
