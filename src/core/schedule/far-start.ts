// A date written with its year is read as written, however far ahead: "dec 3 2062" (a slip for 2026) gave a relay
// 36 years away, and only the year in the preview's dates said so. Nothing refuses it (a relay a year or more ahead
// may be meant, and the API page sets no limit on the start), but a start more than a year away is so rare that the
// preview now says it outright, with the date, so that a slipped year is caught before Confirm. Words that put the
// start far ahead on purpose ("next year", "in 2 years", 两年后) say nothing more; a date without its year is at most
// a year away and has its own note (next-year-date.ts).
import type { Locale } from '../i18n.js';
import type { RelayError } from '../errors.js';
import { YEAR_OR_AMOUNT, fullDate } from './next-year-date.js';
import { wallTimeAt, type Zone } from './wall-clock.js';

/** Past this, a start is worth a word: a leap year's length plus a day, beyond any date read without its year. */
const FAR_MS = 367 * 24 * 3_600_000;

/** The note for a start more than a year from now that no word of the text put there (see above). */
export function farStartNotes(text: string, start: Date, nowMs: number, zone: Zone, locale: Locale): RelayError[] {
  if (start.getTime() - nowMs <= FAR_MS || YEAR_OR_AMOUNT.test(text)) return [];
  return [{ code: 'Notice.StartFarAhead', field: 'StartTime', key: 'schedule.startFarAhead', params: { readAs: fullDate(locale, wallTimeAt(start.getTime(), zone)) } }];
}
