// The night the clocks go back a wall time happens twice, and its first occurrence is the reading (README). Said
// inside the repeated hour, after the first has passed and before the second ("1:45am for 1h" at 01:30 the second
// time round), the first was in the past: "1:45am" ran 24 hours later, the next day's (silently), and "today 1:45am"
// was refused as past, though the clocks would show 1:45 again in fifteen minutes. The second occurrence is then the
// time's next occurrence.
import { wallTimeAt, type Zone } from './wall-clock.js';

// The shifts a fall-back makes: an hour nearly everywhere, half an hour on Lord Howe Island.
const SHIFTS_MS = [3_600_000, 1_800_000];

/** The second occurrence of the wall time at `instantMs`, when it is after `after` and the first is not; else null. */
export function secondOccurrenceAfter(instantMs: number, after: number, zone: Zone): number | null {
  if (zone.kind !== 'iana' || instantMs > after) return null;
  const wall = wallTimeAt(instantMs, zone);
  for (const shift of SHIFTS_MS) {
    const again = wallTimeAt(instantMs + shift, zone);
    const same = again.day === wall.day && again.hour === wall.hour && again.minute === wall.minute;
    if (same && instantMs + shift > after) return instantMs + shift;
  }
  return null;
}
