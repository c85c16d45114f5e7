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

/**
 * A note for each slash date in `text` that was read month first where day first was a date too: the schedule's
 * start or end falls on that month and day in one of `zones` (the user's, and a zone the text named).
 */
export function monthFirstNotes(text: string, instants: readonly Date[], zones: readonly Zone[], locale: Locale): RelayError[] {
  const notes: RelayError[] = [];
  if (!text.includes('/')) return notes;
  for (const match of text.matchAll(SLASH_DATE)) {
    const [written, first, second] = [match[0], Number(match[1]), Number(match[2])];
    // "12/12" reads the same both ways; "14/2" and "2/14" have only one reading.
    if (first === second || first < 1 || first > 12 || second < 1 || second > 12) continue;
    const readMonthFirst = instants.some((instant) =>
      zones.some((zone) => {
        const wall = wallTimeAt(instant.getTime(), zone);
        return wall.month === first && wall.day === second;
      }),
    );
    if (!readMonthFirst) continue;
    notes.push({
      code: 'Notice.DateOrder',
      field: 'StartTime',
      key: 'parse.slashDateMonthFirst',
      params: {
        written,
        readAs: dayOfYear(locale, first, second, 'long'),
        meant: dayOfYear(locale, second, first, 'long'),
        write: dayOfYear(locale, second, first, 'short'),
      },
    });
  }
  return notes;
}
