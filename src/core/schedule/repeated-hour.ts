// A wall time the clocks pass twice ("1:30am" on the night New York goes back, 02:30 on Berlin's) is read as its
// first occurrence (README), which is right as often as not, and the preview said nothing of the other: a relay an
// hour early or late, confirmed at a glance. The preview now says which one it is and how to ask for the other (its UTC offset after the time).
// Only for a time the user wrote: a start "in 2 hours" or an end "for 2h" that lands there is elapsed time.
import type { RelayError } from '../errors.js';
import { formatCivilDate, wallTimeAt, type WallTime, type Zone } from './wall-clock.js';

// The shifts a fall-back makes: an hour nearly everywhere, half an hour on Lord Howe Island.
const SHIFTS_MS = [3_600_000, 1_800_000];

const clock = (wall: WallTime) => `${String(wall.hour).padStart(2, '0')}:${String(wall.minute).padStart(2, '0')}`;
const sameClock = (a: WallTime, b: WallTime) => a.day === b.day && a.hour === b.hour && a.minute === b.minute;

/** "01:30 -0500": the wall time at an instant with its UTC offset, as the parser reads it back (zones.ts). */
function withOffset(instantMs: number, zone: Zone): string {
  const wall = wallTimeAt(instantMs, zone);
  const minutes = Math.round((Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute) - Math.floor(instantMs / 60_000) * 60_000) / 60_000);
  const abs = Math.abs(minutes);
  return `${clock(wall)} ${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

function repeatedNote(instantMs: number, zone: Zone, field: 'StartTime' | 'EndTime'): RelayError | null {
  if (zone.kind !== 'iana') return null;
  const wall = wallTimeAt(instantMs, zone);
  const shift = SHIFTS_MS.find((ms) => sameClock(wallTimeAt(instantMs + ms, zone), wall));
  if (shift === undefined) return null;
  const params = { time: clock(wall), date: formatCivilDate(wall), zone: zone.name, first: withOffset(instantMs, zone), second: withOffset(instantMs + shift, zone) };
  return { code: 'Notice.RepeatedTime', field, key: 'schedule.repeatedTime', params };
}

/** Notes for a written start or end that falls in an hour the clocks go through twice (see above). */
export function repeatedHourNotes(
  times: { start: Date; end: Date; startWritten: boolean; endWritten: boolean },
  zone: Zone,
): RelayError[] {
  const notes = [
    times.startWritten ? repeatedNote(times.start.getTime(), zone, 'StartTime') : null,
    times.endWritten ? repeatedNote(times.end.getTime(), zone, 'EndTime') : null,
  ];
  return notes.filter((note): note is RelayError => note !== null);
}
