// "friday at midnight", "dec 31 at midnight", "June 12 midnight", "midnight on the 3rd", "friday midnight to 3am":
// the word midnight after a weekday or a date names one of two instants a day apart, the midnight that begins that
// day (its 00:00, as the date parser reads it) and the one that ends it (what people mean by "the deadline is
// Friday at midnight", and how "tomorrow at midnight", "tonight at midnight", "friday night at midnight" and
// 周六午夜 are read). Read as the first, half of those who type it get their relay a day early without a word;
// which was meant is asked, with both instants on the user's clock and a way to write each.
// Not after a day word ("tomorrow at midnight", "tonight at midnight", "today at midnight": the end of that day, as the
// corpora read it), nor after "night" / "evening" ("friday night at midnight", clock-forms.ts), nor as a range's end
// after an evening start ("friday 9pm to midnight" ends Friday), nor "12am" / "00:00", which are the clock's own
// names for the midnight that begins the day.
import type { RelayError, Result } from '../errors.js';
import type { ClockReading } from './chrono-reader.js';
import { scheduleError } from './schedule-error.js';
import { addDays, formatCivilDate, instantOf, wallTimeAt, type Zone } from './wall-clock.js';

const MIDNIGHT_WORD = /\bmidnight\b/i;

/** Refuses a start at the word midnight on a named weekday or date (see above); ok otherwise. */
export function refuseUnclearMidnight(
  text: string,
  start: ClockReading | null,
  dayOffset: number | null,
  startMs: number,
  zone: Zone,
): Result<void, RelayError[]> {
  const namedDay = start !== null && (start.date !== null || start.weekday !== null);
  if (!start?.midnight || !namedDay || dayOffset !== null || !MIDNIGHT_WORD.test(text)) return { ok: true, value: undefined };
  const begins = wallTimeAt(startMs, zone);
  const nextDay = addDays(begins, 1);
  const endsMs = instantOf({ ...nextDay, hour: 0, minute: 0, second: 0 }, zone) ?? startMs + 24 * 3_600_000;
  const api = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return {
    ok: false,
    error: [
      scheduleError('unclearMidnight', 'StartTime', {
        begins: api(startMs),
        ends: api(endsMs),
        first: formatCivilDate(begins),
        second: formatCivilDate(nextDay),
      }),
    ],
  };
}
