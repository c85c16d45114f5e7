// A zone name the runtime reads as a place with no summer time, though people say it for one that has it: "EST" is
// America/Panama to the runtime (UTC−5 all year: New York users an hour off from March to November), "MST"
// America/Phoenix, "HST" Pacific/Honolulu. The chat's `/relay tz EST` is refused with the zones that keep that
// offset (chat/zone-choice.ts); `--tz EST` on the CLI and RELAYBOT_DEFAULT_TZ=EST took the runtime's reading, silently.
// They ask this, and refuse the same way. IANA names (with a "/", Etc/GMT+2 included) are what they say and stay
// accepted, as do names the runtime reads with summer time ("CET", "PST": Europe/Brussels, America/Los_Angeles) and
// UTC / GMT.
import { chooseZone, offsetLabel, offsetMinutesAt } from './chat/zone-choice.js';
import { canonicalTimeZone } from './time-zone.js';

export interface FixedOffsetName {
  /** "UTC−5". */
  offset: string;
  /** Up to three zones that keep that offset in winter or in summer, "America/New_York, America/Toronto, …". */
  zones: string;
}

/** The offset and the zones to name instead when `value` is such a name; null for any other (and for non-zones). */
export function fixedOffsetName(value: string, now: Date = new Date()): FixedOffsetName | null {
  const runtime = value.includes('/') ? null : canonicalTimeZone(value);
  if (!runtime) return null;
  const year = now.getUTCFullYear();
  if (offsetMinutesAt(Date.UTC(year, 0, 15), runtime) !== offsetMinutesAt(Date.UTC(year, 6, 15), runtime)) return null;
  const choice = chooseZone(value, 'en', 'UTC', now);
  if (choice.ok || choice.reason !== 'fixedOffset' || choice.offsetMinutes === 0) return null;
  return { offset: offsetLabel(choice.offsetMinutes), zones: choice.suggestions.join(', ') };
}
