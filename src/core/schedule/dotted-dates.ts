// "4.12 8pm", "04.12. 20:00", "Fri 4.12 at 8pm": a date written with dots and no year, as much of Europe writes it.
// Its halves were left as words not understood ("4 12"). With a year ("4.12.2026") a dotted date is day first
// (explicit-dates.ts), and so is it without one. It is a date only where a date stands: beside a clock time, after
// "on" or a weekday, or closed by its own dot as German writes it; elsewhere "8.05" or "22.10" may be a clock and is
// left as before. When the month-first reading is a date too, the preview says how it was read (dottedDateNotes).
import type { Locale } from '../i18n.js';
import type { RelayError } from '../errors.js';
import { MONTH_NAMES, WEEKDAY } from './calendar-words.js';
import { dateOrderNotes, type DateOrderReading } from './slash-date-order.js';
import type { Zone } from './wall-clock.js';

const DAY = String.raw`(0?[1-9]|[12]\d|3[01])`;
const MONTH_NUMBER = String.raw`(0?[1-9]|1[0-2])`;
// Not part of a longer number, an offset ("GMT+5.10") or a path; not a length's decimal ("1.5 hours").
const PAIR = String.raw`(?<![\d.:/+\-−])${DAY}\.${MONTH_NUMBER}(?![\d:/]|\.\d)`;
const NOT_AMOUNT = String.raw`(?!\.?\s*(?:[ap]\.?m\b|h\b|hrs?\b|hours?\b|mins?\b|minutes?\b|x\b|%))`;
const CLOCK = String.raw`(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\b|\d{1,2}[:.]\d\d\b|(?:[01]\d|2[0-3])[0-5]\d\b|noon\b|midnight\b)`;
// "4.12 8pm", "4.12., 20:00", "4.12 (fri) at 8pm", "4.12 @ 20:00".
const BEFORE_CLOCK = String.raw`(?=\.?\s*(?:\(\s*${WEEKDAY}[a-z]*\.?\s*\)\s*)?,?\s*(?:at\s+|@\s*)?${CLOCK})`;
const DATE_BEFORE_CLOCK = new RegExp(PAIR + NOT_AMOUNT + BEFORE_CLOCK, 'g');
// "on 4.12", "fri 4.12", "friday, 4.12", "8pm 4.12", "20:00 on 4.12".
const DATE_AFTER_DAY_OR_CLOCK = new RegExp(
  String.raw`(?<=(?:\bon|\b${WEEKDAY}[a-z]*\.?,?|\d\s*[ap]\.?m\.?|\d[:.]\d\d)\s+(?:on\s+)?)${PAIR}${NOT_AMOUNT}`,
  'g',
);
// "04.12.": closed by its own dot (not a sentence's full stop after a clock: "until 22.10.").
const DATE_WITH_CLOSING_DOT = new RegExp(
  String.raw`(?<!\b(?:at|until|till|til|to|from|by|through|thru|before|after)\s+|[-–—~@]\s*)${PAIR}\.(?![\d.])`,
  'g',
);

const writtenOut = (whole: string, day: string, month: string) => ` ${Number(day)} ${MONTH_NAMES[Number(month) - 1]} `;

/** The text with its dotted dates without a year written day first with their month's name ("4 december"). */
export function readDottedDates(text: string, locale: Locale): string {
  // A Chinese user's "12.3" is month first, read so by zh-hours.ts before this.
  if (locale === 'zh-CN' || !text.includes('.')) return text;
  return text
    .replace(DATE_WITH_CLOSING_DOT, writtenOut)
    .replace(DATE_BEFORE_CLOCK, writtenOut)
    .replace(DATE_AFTER_DAY_OR_CLOCK, writtenOut);
}

// As typed: day, month and an optional year (the year form is read day first by explicit-dates.ts).
const ANY_DOTTED_DATE = /(?<![\d.:/+\-−])(\d{1,2})\.(\d{1,2})(?:\.(\d{4}))?\.?(?![\d:/])/g;

const DOTTED_DAY_FIRST: DateOrderReading = { pattern: ANY_DOTTED_DATE, firstIs: 'day', key: 'parse.dottedDateDayFirst' };

/**
 * A note for each dotted date in `text` read day first where month first was a date too ("4.12" is 4 December, or
 * 12 April to a US reader): the schedule's start or end falls on that day and month in one of `zones`.
 */
export function dottedDateNotes(text: string, instants: readonly Date[], zones: readonly Zone[], locale: Locale): RelayError[] {
  if (locale === 'zh-CN' || !text.includes('.')) return [];
  return dateOrderNotes(text, DOTTED_DAY_FIRST, instants, zones, locale);
}
