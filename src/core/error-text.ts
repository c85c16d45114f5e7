// A RelayError written for the person who caused it: the times it names on their own wall clock (their zone named,
// and UTC beside it) rather than as the API's "2026-11-27T01:00:00Z", which nobody reads at a glance when told
// their start has passed.
import type { RelayError } from './errors.js';
import { describeError, type Locale } from './i18n.js';
import { readerDate, readerTime } from './wall-clock.js';

const API_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;
const CIVIL_DATE = /^(\d{4})-(\d\d)-(\d\d)$/;
// A day the schedule names on the user's calendar ("You gave a day (2026-11-21)", "two different days (2026-11-29
// and 2026-11-28)"): written as the reader's own date with its weekday, which shows at a glance which of the two was
// meant. Only these: elsewhere a date may be an example to type ("write 2026-11-29 00:00") or the user's own words.
const CIVIL_DATE_PARAMS: Record<string, readonly string[]> = {
  'schedule.dayWithoutTime': ['day'],
  'schedule.conflictingDays': ['first', 'second'],
  'schedule.nonexistentTime': ['date'],
  'schedule.weekdayMismatch': ['date'],
  'schedule.dottedDateOrder': ['monthFirst', 'dayFirst'],
  // 美东夏令时 on a day New York keeps standard time, and a time the clocks pass twice, name their day too.
  'schedule.seasonNotInEffect': ['date'],
  'schedule.repeatedTime': ['date'],
};

/** "2026-11-21" as the reader's date, or null when it is no day the calendar has (echoed as written). */
function civilDate(value: string, locale: Locale): string | null {
  const match = CIVIL_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return readerDate(date, locale);
}

export function describeErrorFor(reader: { locale: Locale; timeZone?: string }, error: RelayError): string {
  const { timeZone } = reader;
  if (!timeZone || !error.params) return describeError(reader.locale, error);
  const params: Record<string, string | number> = {};
  const dateParams = CIVIL_DATE_PARAMS[error.key] ?? [];
  for (const [name, value] of Object.entries(error.params)) {
    const instant = typeof value === 'string' && API_TIME.test(value) ? new Date(value) : null;
    const date = typeof value === 'string' && dateParams.includes(name) ? civilDate(value, reader.locale) : null;
    params[name] = instant && !Number.isNaN(instant.getTime()) ? readerTime(instant, reader.locale, timeZone) : (date ?? value);
  }
  return describeError(reader.locale, { ...error, params });
}
