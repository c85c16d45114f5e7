// Operators work late. At 1:30 on Saturday morning, "tomorrow 8pm" is Sunday 8pm to the calendar, and to someone
// whose Friday has not ended it is very likely tonight. The calendar's reading stands (it is what the words say),
// but the preview says which day it is, so that nobody confirms a relay a day late by a glance at "tomorrow".
import type { Locale } from '../i18n.js';
import type { RelayError } from '../errors.js';
import type { WallTime } from './wall-clock.js';

/** Before this hour, the night before has not ended for most people. */
const NIGHT_ENDS_AT_HOUR = 5;

/** A civil date in the reader's words, with its weekday: "Sat 28 Nov" / "11月28日周六". */
function dayName(locale: Locale, date: Pick<WallTime, 'year' | 'month' | 'day'>): string {
  const format = new Intl.DateTimeFormat(locale === 'zh-CN' ? 'zh-CN' : 'en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
  return format.format(Date.UTC(date.year, date.month - 1, date.day));
}

/**
 * A note when "tomorrow" (明天, …) was written in the small hours: which day it was read as, and that "today" is
 * the word for the coming evening. `dayOffset` is the day the text named (tomorrow = 1), `now` the user's clock.
 */
export function smallHoursTomorrowNotes(dayOffset: number | null, now: WallTime, locale: Locale): RelayError[] {
  if (dayOffset !== 1 || now.hour >= NIGHT_ENDS_AT_HOUR) return [];
  const tomorrow = new Date(Date.UTC(now.year, now.month - 1, now.day + 1));
  return [
    {
      code: 'Notice.SmallHoursTomorrow',
      field: 'StartTime',
      key: 'parse.smallHoursTomorrow',
      params: {
        clock: `${String(now.hour).padStart(2, '0')}:${String(now.minute).padStart(2, '0')}`,
        today: dayName(locale, now),
        tomorrow: dayName(locale, { year: tomorrow.getUTCFullYear(), month: tomorrow.getUTCMonth() + 1, day: tomorrow.getUTCDate() }),
      },
    },
  ];
}
