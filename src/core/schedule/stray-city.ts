// "tomorrow 8pm for 2h Tokyo", "明晚8点 持续2小时 东京": a city left over once the times were read. Right after a clock
// time a city is its zone ("8pm-10pm Tokyo", place-zones.ts, zh-bare-cities.ts); elsewhere, after a length, it may
// be the zone or the region the relay runs in (the command's "region" option), so it is not read as either. It is
// refused as a word not understood, which did not say what to write: this second message names both ways to say it.
import type { RelayError } from '../errors.js';
import { isKnownCity } from './place-zones.js';
import { scheduleError } from './schedule-error.js';

/** For leftover words that are only a city, what to write instead, quoting it as typed; null for any others. */
export function strayCityError(leftover: string[], text: string): RelayError | null {
  const said = leftover.join(' ').trim();
  if (said === '' || !isKnownCity(said)) return null;
  const typed = text.toLowerCase().indexOf(said.toLowerCase());
  const city = typed >= 0 ? text.slice(typed, typed + said.length) : said;
  return scheduleError('placeWithoutTime', 'StartTime', { city });
}
