// "8pm ET / 5pm PT for 2h", "tomorrow 5pm PT (8pm ET)", "20:00 CET (19:00 UTC)": the start said again in a second
// zone, as announcements write it. Both zones were taken and the schedule refused as naming two, though they name
// one moment. When the second clock time in its zone is the same moment as the first in its own (by the offsets in
// force now), the second is blanked and the first read; when they differ ("8pm ET / 6pm PT") both stay, and are
// refused as two zones.
import type { Locale } from '../i18n.js';
import { Scratch } from './scratch.js';
import { offsetMsAt } from './wall-clock.js';
import { extractZone } from './zones.js';

const CLOCK = String.raw`\d{1,2}(?::[0-5]\d)?\s*[ap]\.?m\b\.?|(?:[01]?\d|2[0-3]):[0-5]\d\b`;
const ZONE_WORDS = String.raw`\(?[a-z]{1,5}\)?|[a-z]+(?:\s+[a-z]+)?\s+time\b`;
const ECHO = new RegExp(
  String.raw`(?<![\d:])((?:${CLOCK})\s*(?:${ZONE_WORDS}))(\s*(?:\/|\(|,|\bor\b|=)\s*((?:${CLOCK})\s*(?:${ZONE_WORDS}))\s*\)?)`,
  'gi',
);
const TWELVE_HOUR = /^(\d{1,2})(?::([0-5]\d))?\s*([ap])/i;
const TWENTY_FOUR_HOUR = /^(\d{1,2}):([0-5]\d)/;
const DAY_MINUTES = 24 * 60;

function minutesOfDay(clock: string): number | null {
  const twelve = TWELVE_HOUR.exec(clock);
  if (twelve) {
    const hour = Number(twelve[1]);
    if (hour < 1 || hour > 12) return null;
    return (hour % 12) * 60 + Number(twelve[2] ?? 0) + (twelve[3]!.toLowerCase() === 'p' ? 12 * 60 : 0);
  }
  const twentyFour = TWENTY_FOUR_HOUR.exec(clock);
  return twentyFour ? Number(twentyFour[1]) * 60 + Number(twentyFour[2]) : null;
}

/** The moment of "<clock> <zone>" as minutes of a UTC day, or null when the words are not exactly that. */
function utcMinutesOf(said: string, locale: Locale, timeZone: string, nowMs: number): number | null {
  const minutes = minutesOfDay(said);
  if (minutes === null) return null;
  const scratch = new Scratch(said);
  const found = extractZone(scratch, locale, timeZone);
  if (!found.ok || !found.zone) return null;
  // Only the clock may be left once the zone is taken out.
  if (!new RegExp(String.raw`^\s*(?:${CLOCK})[\s()]*$`, 'i').test(scratch.text)) return null;
  const offsetMinutes = offsetMsAt(nowMs, found.zone) / 60_000;
  return (((minutes - offsetMinutes) % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES;
}

/** Blanks a second "<clock> <zone>" that says the same moment as the one before it. */
export function blankEchoedClock(scratch: Scratch, locale: Locale, timeZone: string, nowMs: number): void {
  if (!/\d/.test(scratch.text)) return;
  for (const m of [...scratch.text.matchAll(ECHO)]) {
    const first = utcMinutesOf(m[1]!, locale, timeZone, nowMs);
    const second = utcMinutesOf(m[3]!, locale, timeZone, nowMs);
    if (first === null || second === null || first !== second) continue;
    const echoAt = m.index + m[1]!.length;
    scratch.blank(echoAt, echoAt + m[2]!.length);
  }
}
