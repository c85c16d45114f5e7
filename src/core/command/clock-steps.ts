// Steps along a zone's clock and calendar rather than elapsed time. "The 2am after a 10pm start" is the next day's 2am
// on the clock, and "delay by a day" is the same clock time a day later: 24 hours later only when no clock change falls
// between. Counted in milliseconds, an end rolled to the next day across a change came out an hour off ("end at 3am"
// for a relay on the night the clocks go back ended at 2am; on the night they go forward, at 4am), a time the clocks
// skip ("until 2:30am" that night) became 3:30 without a word, and "delay by a day" moved an 8pm relay to 7pm or 9pm.
import type { RelayError } from '../errors.js';
import { addDays, formatCivilDate, instantOf, wallTimeAt, type WallTime, type Zone } from '../schedule/wall-clock.js';
import { TIME_CODE } from './edit-phrases.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** The wall time `days` on the calendar and `hours` on the clock after the one `at` shows in `zone`. */
function wallAfter(at: number, zone: Zone, days: number, hours: number): WallTime {
  const wall = wallTimeAt(at, zone);
  const hour = wall.hour + hours;
  const date = addDays(wall, days + Math.floor(hour / 24));
  return { ...wall, ...date, hour: ((hour % 24) + 24) % 24 };
}

/** `at` moved `days` on the calendar and `hours` on the clock in `zone`; null when the clocks skip that time there. */
export function alongTheClock(at: number, zone: Zone, days: number, hours = 0): number | null {
  return instantOf(wallAfter(at, zone, days, hours), zone);
}

/** The error for a step that lands on a time the clocks skip (`alongTheClock` gave null). */
export function skippedTimeError(at: number, zone: Zone, days: number, hours: number, zoneName: string, field: 'StartTime' | 'EndTime'): RelayError {
  const wall = wallAfter(at, zone, days, hours);
  const time = `${String(wall.hour).padStart(2, '0')}:${String(wall.minute).padStart(2, '0')}`;
  return { code: TIME_CODE, field, key: 'schedule.nonexistentTime', params: { time, date: formatCivilDate(wall), zone: zoneName } };
}

/** A length said in days or weeks ("a day", "2 weeks", 一天, 一周, 两个星期): whole days on the calendar. */
const DAY_WORD = /(?<![A-Za-z])(?:days?|weeks?|fortnights?)(?![A-Za-z])|[天日周]|星期|礼拜/i;

/**
 * How many calendar days a shift by `amount` (as typed, `length` ms as read) is, or null when it is not whole days
 * ("an hour", "36 hours", "1 day 2 hours" are elapsed time).
 */
export function wholeDays(amount: string, length: number): number | null {
  return DAY_WORD.test(amount) && length !== 0 && length % DAY_MS === 0 ? length / DAY_MS : null;
}
