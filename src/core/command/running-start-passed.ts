// An edit that moves a running relay's start into the past ("bring forward 15m", "start at 11am", 提前15分钟 for a relay
// that began at 11:30): validation answered "The start has already passed: <time> (zone) · <time> UTC. Choose a later
// time", which tells a person whose relay is on air neither why (a running relay's start cannot go back) nor what to
// write. Said here instead, with the new start on their own clock only, and the edits that do what they likely want: a
// new end, or a new start still ahead.
import type { RelayError } from '../errors.js';
import type { RelayRequest } from '../relay-request.js';
import { wallTimeAt } from '../schedule/wall-clock.js';
import { userZone } from '../schedule/zones.js';

/** The validation problems, with a passed new start of a relay already running said as parse.changes.runningStartPassed. */
export function withRunningStartPassed(problems: RelayError[], current: RelayRequest, newStart: string | undefined, now: Date, timeZone: string): RelayError[] {
  const zone = userZone(timeZone);
  if (newStart === undefined || zone === null || Date.parse(current.StartTime) > now.getTime()) return problems;
  const wall = wallTimeAt(Date.parse(newStart), zone);
  const today = wallTimeAt(now.getTime(), zone);
  const two = (n: number) => String(n).padStart(2, '0');
  const clock = `${two(wall.hour)}:${two(wall.minute)}`;
  // The day only when it is not today's (a start moved to another day, "move to monday 9am").
  const sameDay = wall.year === today.year && wall.month === today.month && wall.day === today.day;
  const time = sameDay ? clock : `${wall.year}-${two(wall.month)}-${two(wall.day)} ${clock}`;
  return problems.map((problem) =>
    problem.key === 'validation.time.past' && problem.field === 'StartTime' ? { ...problem, key: 'parse.changes.runningStartPassed', params: { time } } : problem,
  );
}
