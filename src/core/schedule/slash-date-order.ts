// "5/12" is 12 May to some and 5 December to others (most of the world writes the day first). The date parser
// reads it month first, as US English does. When the other reading is a date too, the preview says how it was
// read and how to write the other, so that nobody confirms a relay five months away by a glance at "5/12".
import type { Locale } from '../i18n.js';
import type { RelayError } from '../errors.js';
import { wallTimeAt, type Zone } from './wall-clock.js';

// As typed, not as rewritten ("5 Dec" becomes a slash date later; it is not ambiguous). Not a fraction of a
// length ("1/2h") nor part of a longer number, time or path.
const SLASH_DATE = /(?<![\d/.:])(\d{1,2})\/(\d{1,2})(?:\/(?:\d{4}|\d{2}))?(?![\d/.:]|[a-z])/gi;

/** A day of the year in the reader's words: `{ month: 'long' }` gives "5 December" / "12月5日". */
function dayOfYear(locale: Locale, month: number, day: number, style: 'long' | 'short'): string {
  const format = new Intl.DateTimeFormat(locale === 'zh-CN' ? 'zh-CN' : 'en-GB', { day: 'numeric', month: style, timeZone: 'UTC' });
  return format.format(Date.UTC(2000, month - 1, day));
}

/** How a written date of two numbers was read: its first number the month ("5/12") or the day ("4.12"). */
export interface DateOrderReading {
  /** Matches each such date as typed; group 1 is its first number, group 2 its second. */
  pattern: RegExp;
  firstIs: 'month' | 'day';
  /** The note's message key. */
  key: string;
}

/**
 * A note for each date `reading.pattern` finds in `text` that was read in its order where the other order was a
 * date too: the schedule's start or end falls on that month and day in one of `zones` (the user's, and a zone the
 * text named).
 */
export function dateOrderNotes(
  text: string,
  reading: DateOrderReading,
  instants: readonly Date[],
  zones: readonly Zone[],
  locale: Locale,
): RelayError[] {
  const notes: RelayError[] = [];
  for (const match of text.matchAll(reading.pattern)) {
    const [first, second] = [Number(match[1]), Number(match[2])];
    // "12/12" reads the same both ways; "14/2" and "2/14" have only one reading.
    if (first === second || first < 1 || first > 12 || second < 1 || second > 12) continue;
    const [month, day] = reading.firstIs === 'month' ? [first, second] : [second, first];
    const readSo = instants.some((instant) =>
      zones.some((zone) => {
        const wall = wallTimeAt(instant.getTime(), zone);
        return wall.month === month && wall.day === day;
      }),
    );
    if (!readSo) continue;
    notes.push({
      code: 'Notice.DateOrder',
      field: 'StartTime',
      key: reading.key,
      params: {
        written: match[0],
        readAs: dayOfYear(locale, month, day, 'long'),
        meant: dayOfYear(locale, day, month, 'long'),
        write: dayOfYear(locale, day, month, 'short'),
      },
    });
  }
  return notes;
}

const SLASH_MONTH_FIRST: DateOrderReading = { pattern: SLASH_DATE, firstIs: 'month', key: 'parse.slashDateMonthFirst' };

/** The notes of `dateOrderNotes` for slash dates, read month first. */
export function monthFirstNotes(text: string, instants: readonly Date[], zones: readonly Zone[], locale: Locale): RelayError[] {
  return text.includes('/') ? dateOrderNotes(text, SLASH_MONTH_FIRST, instants, zones, locale) : [];
}
