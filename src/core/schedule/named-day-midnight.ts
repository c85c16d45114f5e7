// "friday at midnight", "dec 31 at midnight", "June 12 midnight", "midnight on the 3rd", "friday midnight to 3am":
// the word midnight after a weekday or a date names one of two instants a day apart, the midnight that begins that
// day (its 00:00, as the date parser reads it) and the one that ends it (what people mean by "the deadline is
// Friday at midnight", and how "tomorrow at midnight", "tonight at midnight", "friday night at midnight" and
// 周六午夜 are read). Read as the first, half of those who type it get their relay a day early without a word;
// which was meant is asked, with both instants on the user's clock and a way to write each. So is the word after a
// weekday or a date as a range's end ("thursday 8pm until friday midnight": 4 hours or 28).
// Not after a day word ("tomorrow at midnight", "tonight at midnight", "today at midnight": the end of that day, as the
// corpora read it), nor after "night" / "evening" ("friday night at midnight", clock-forms.ts), nor as a range's end
// after an evening start ("friday 9pm to midnight" ends Friday), nor "12am" / "00:00", which are the clock's own
// names for the midnight that begins the day.
import type { RelayError, Result } from '../errors.js';
import type { ClockReading } from './chrono-reader.js';
import { scheduleError } from './schedule-error.js';
import { addDays, formatCivilDate, instantOf, wallTimeAt, weekdayOf, type Zone } from './wall-clock.js';

const MIDNIGHT_WORD = /\bmidnight\b/i;
const HOUR_MS = 3_600_000;

const ok: Result<void, RelayError[]> = { ok: true, value: undefined };
const api = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

function asked(field: 'StartTime' | 'EndTime', beginsMs: number, zone: Zone): Result<void, RelayError[]> {
  const begins = wallTimeAt(beginsMs, zone);
  const nextDay = addDays(begins, 1);
  const endsMs = instantOf({ ...nextDay, hour: 0, minute: 0, second: 0 }, zone) ?? beginsMs + 24 * HOUR_MS;
  const params = { begins: api(beginsMs), ends: api(endsMs), first: formatCivilDate(begins), second: formatCivilDate(nextDay) };
  return { ok: false, error: [scheduleError('unclearMidnight', field, params)] };
}

const onNamedDay = (reading: ClockReading | null): reading is ClockReading =>
  reading !== null && reading.midnight && (reading.date !== null || reading.weekday !== null);

/**
 * Refuses a start at the word midnight on a named weekday or date (see above), and an end there ("now until friday
 * midnight", "thursday 8pm until friday midnight", which ended at the next midnight or the one that begins Friday)
 * when both midnights of that day come after the start; ok otherwise.
 */
export function refuseUnclearMidnight(
  text: string,
  clock: { start: ClockReading | null; end: ClockReading | null } | null,
  dayOffsets: { start: number | null; end: number | null },
  startMs: number,
  zone: Zone,
): Result<void, RelayError[]> {
  if (!clock || !MIDNIGHT_WORD.test(text)) return ok;
  const { start, end } = clock;
  if (onNamedDay(start) && dayOffsets.start === null) return asked('StartTime', startMs, zone);
  if (onNamedDay(end) && dayOffsets.end === null) {
    // A weekday is the first one on or after the start's day (the date parser may give next week's).
    const startDay = wallTimeAt(startMs, zone);
    const day = end.weekday !== null ? addDays(startDay, (end.weekday - weekdayOf(startDay) + 7) % 7) : end.date!;
    const beginsMs = instantOf({ ...day, hour: 0, minute: 0, second: 0 }, zone);
    // "friday 8pm until friday midnight": the midnight that begins Friday is before the start; only the other is meant.
    if (beginsMs !== null && beginsMs > startMs) return asked('EndTime', beginsMs, zone);
  }
  return ok;
}
