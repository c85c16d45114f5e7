// "10am - 12h", "9am – 11h", "10:30am - 11h30": after a morning start with am, a dash and an hour in h notation later
// that same morning or at noon read both ways: the end's clock time as a European writes it (10:00 to 12:00), or the
// length as "8pm - 2h" is (ten to ten, twelve hours). It was the length, silently: a relay of 12 hours where two were
// likely meant. Neither is plain, so it is asked, naming both. An hour that is no later clock time that morning
// ("8am - 2h", "2pm - 5h") stays the length, and an afternoon hour the end ("10am - 14h", clock-forms.ts).
import type { RelayError, Result } from '../errors.js';
import { scheduleError } from './schedule-error.js';

const MORNING_DASH_H = /(?<![\d:.])(\d{1,2})(?::([0-5]\d))?\s*a\.?m\.?\s*[-–~]\s*(\d{1,2})h([0-5]\d)?\b(?!\d)/i;

// "07:00 - 2h", "9h - 2h", "07:00 in Dubai - 2h", "14:00 CET – 3h": after a 24-hour start, a dash and an h-notation
// hour are the end ("20:00 - 2h" runs to 2am, "20h - 23h" to 11pm, clock-forms.ts), but where that end comes round
// only 12 hours or more later (07:00 to 02:00 the next day, nineteen hours) the length is as likely: the relay ran
// nineteen hours where two were likely meant (silently). Asked as the morning's am start is; "20:00 - 2h" (six hours)
// and "07:00 - 11h" (that morning) keep their readings, and so does an end written with its leading zero or at 0h
// ("07:00 - 02h", "12:00 - 0h": no length is written so). A zone may stand between, up to three words.
const TWENTY_FOUR_HOUR_DASH_H =
  /(?<![\d:./-]|\b(?:for|in|within|lasting|of)\s+)\b([01]?\d|2[0-3])(?::([0-5]\d)|h([0-5]\d)?)(?!\s*[ap]\.?m\b)((?:\s+\(?[a-z]+\)?){0,3}?)\s*[-–—~]\s*([1-9]\d?)h([0-5]\d)?\b(?!\d)/i;
const HALF_A_DAY = 12 * 60;

function refuseLongWrappedEnd(text: string): Result<string, RelayError[]> {
  const found = TWENTY_FOUR_HOUR_DASH_H.exec(text);
  if (!found) return { ok: true, value: text };
  const startMinutes = Number(found[1]) * 60 + Number(found[2] ?? found[3] ?? 0);
  const hour = Number(found[5]);
  const minutes = found[6] ?? '00';
  const endMinutes = hour * 60 + Number(minutes);
  if (hour > 23 || endMinutes > startMinutes || endMinutes + 24 * 60 - startMinutes < HALF_A_DAY) return { ok: true, value: text };
  const words = found[0].trim().replace(/\s+/g, ' ');
  const length = minutes === '00' ? `${hour}h` : `${hour}h${minutes}`;
  return { ok: false, error: [scheduleError('endOrLength', 'EndTime', { words, amount: `${hour}:${minutes}`, length })] };
}

/** Refuses a morning start, a dash and an h-notation hour that may be that morning's end or the length. */
export function refuseMorningDashH(text: string): Result<string, RelayError[]> {
  const found = MORNING_DASH_H.exec(text);
  if (!found) return refuseLongWrappedEnd(text);
  const startHour = Number(found[1]) % 12;
  const startMinutes = startHour * 60 + Number(found[2] ?? 0);
  const hour = Number(found[3]);
  const minutes = found[4] ?? '00';
  const endMinutes = hour * 60 + Number(minutes);
  // From midnight ("12am - 2h") both readings are the same two hours.
  if (Number(found[1]) > 12 || hour > 12 || endMinutes <= startMinutes || startMinutes === 0) return { ok: true, value: text };
  const amount = `${hour}:${minutes}`;
  const length = minutes === '00' ? `${hour}h` : `${hour}h${minutes}`;
  const words = found[0].trim().replace(/\s+/g, ' ');
  return { ok: false, error: [scheduleError('endOrLength', 'EndTime', { words, amount, length })] };
}
