// What `/relay tz <words>` saves. A preference is read for months, across clock changes, so it must be a zone
// with rules, never a fixed offset. People answer "which zone are you in?" with an IANA name, a city ("Tokyo",
// 东京), or an abbreviation or offset ("EST", "UTC+8"). The runtime alone got the last two silently wrong:
// it takes "EST" as America/Panama (no summer time: New York users were an hour off from March to November)
// and refuses "Tokyo" and "UTC+8". The words are read as the schedule reads a zone in a command, and a fixed
// offset is answered with the zones that keep it, to pick from.
import type { Locale } from '../i18n.js';
import { Scratch } from '../schedule/scratch.js';
import { offsetMsAt, type Zone } from '../schedule/wall-clock.js';
import { extractZone } from '../schedule/zones.js';
import { canonicalTimeZone } from '../time-zone.js';

export type ZoneChoice =
  | { ok: true; zone: string }
  | { ok: false; reason: 'unknown' }
  /** A fixed offset, with up to three zones that keep it in winter or in summer. */
  | { ok: false; reason: 'fixedOffset'; offsetMinutes: number; suggestions: string[] }
  /** A country of several zones ("US", 美国). */
  | { ok: false; reason: 'severalZones' };

// Zones offered for a fixed offset, most asked-for first within each offset (the order decides the three shown).
const OFFERED_ZONES = [
  'Pacific/Honolulu', 'America/Anchorage', 'America/Los_Angeles', 'America/Vancouver', 'America/Phoenix', 'America/Denver',
  'America/Chicago', 'America/Mexico_City', 'America/New_York', 'America/Toronto', 'America/Bogota', 'America/Lima',
  'America/Halifax', 'America/Santiago', 'America/St_Johns', 'America/Sao_Paulo', 'America/Argentina/Buenos_Aires',
  'Europe/London', 'Europe/Dublin', 'Europe/Lisbon', 'Europe/Paris', 'Europe/Berlin', 'Europe/Madrid',
  'Europe/Rome', 'Africa/Lagos', 'Africa/Johannesburg', 'Europe/Athens', 'Africa/Cairo', 'Asia/Jerusalem', 'Europe/Istanbul',
  'Europe/Moscow', 'Asia/Riyadh', 'Africa/Nairobi', 'Asia/Tehran', 'Asia/Dubai', 'Asia/Kabul', 'Asia/Karachi',
  'Asia/Kolkata', 'Asia/Kathmandu', 'Asia/Dhaka', 'Asia/Yangon', 'Asia/Bangkok', 'Asia/Jakarta', 'Asia/Ho_Chi_Minh',
  'Asia/Shanghai', 'Asia/Hong_Kong', 'Asia/Taipei', 'Asia/Singapore', 'Australia/Perth', 'Asia/Tokyo', 'Asia/Seoul',
  'Australia/Darwin', 'Australia/Adelaide', 'Australia/Brisbane', 'Australia/Sydney', 'Pacific/Auckland',
];
const MAX_SUGGESTIONS = 3;
const NOTHING_LEFT = /^[\s\p{P}]*$/u;
const ETC_OFFSET = /^Etc\/GMT[+-]\d+$/i;
const SAID_FOR_LONDON = /^(?:GMT|greenwich(?: mean)?(?: time)?|WET|格林[尼威]治(?:标准)?(?:时间)?)$/i;

/** The zone's offset from UTC at an instant, in minutes (the schedule's own reading of it). */
export function offsetMinutesAt(instantMs: number, zone: string): number {
  return Math.round(offsetMsAt(instantMs, { kind: 'iana', name: zone }) / 60_000);
}

/** "UTC+8", "UTC−5", "UTC+5:30" (a true minus sign, as offsets are printed). */
export function offsetLabel(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '−' : '+';
  const minutes = Math.abs(offsetMinutes);
  const rest = minutes % 60;
  return `UTC${sign}${Math.floor(minutes / 60)}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
}

/**
 * The abbreviations of a summer time: "EDT", "AEDT", "BST" (British), "CEST", "EEST", "WEST". They name a zone's
 * daylight offset, which is another zone's standard one ("BST" is UTC+1 like Paris's winter, "EDT" UTC−4 like
 * Halifax's): the zones that keep it in summer are the ones meant, and are offered first.
 */
const SUMMER_ABBREVIATION = /^(?:[A-Z]{1,3}DT|BST|[CEMW]EST)$/i;

/**
 * Abbreviations that belong to one place's clock: offered that place first. By offset alone "MSK" offered Istanbul
 * before Moscow, "KST" Tokyo before Seoul, "HKT" Shanghai before Hong Kong, and "SGT" not Singapore at all.
 */
const ABBREVIATION_PLACE: Readonly<Record<string, string>> = {
  MSK: 'Europe/Moscow', HKT: 'Asia/Hong_Kong', KST: 'Asia/Seoul', SGT: 'Asia/Singapore', JST: 'Asia/Tokyo',
  WIB: 'Asia/Jakarta', ICT: 'Asia/Bangkok', PKT: 'Asia/Karachi', NPT: 'Asia/Kathmandu', IRST: 'Asia/Tehran',
  AFT: 'Asia/Kabul', MMT: 'Asia/Yangon', GST: 'Asia/Dubai', EET: 'Europe/Athens', EEST: 'Europe/Athens',
  SAST: 'Africa/Johannesburg', WAT: 'Africa/Lagos', EAT: 'Africa/Nairobi', AWST: 'Australia/Perth', PHT: 'Asia/Manila',
};

/** The place an abbreviation belongs to first, when it keeps that offset; then the others. */
function placeFirst(said: string, offsetMinutes: number, now: Date, zones: string[]): string[] {
  const place = ABBREVIATION_PLACE[said.toUpperCase()];
  const year = now.getUTCFullYear();
  if (!place || ![0, 6].some((month) => offsetMinutesAt(Date.UTC(year, month, 15), place) === offsetMinutes)) return zones;
  return [place, ...zones.filter((zone) => zone !== place)].slice(0, MAX_SUGGESTIONS);
}

/**
 * Zones that keep this offset in standard time or in summer time, those an abbreviation most likely means first:
 * standard time ("EST" is New York's winter before Chicago's summer), or summer time for a summer abbreviation.
 */
function zonesKeeping(offsetMinutes: number, now: Date, summer: boolean): string[] {
  const year = now.getUTCFullYear();
  const standard: string[] = [];
  const daylight: string[] = [];
  for (const zone of OFFERED_ZONES) {
    const january = offsetMinutesAt(Date.UTC(year, 0, 15), zone);
    const july = offsetMinutesAt(Date.UTC(year, 6, 15), zone);
    if (Math.min(january, july) === offsetMinutes) standard.push(zone);
    else if (Math.max(january, july) === offsetMinutes) daylight.push(zone);
  }
  return (summer ? [...daylight, ...standard] : [...standard, ...daylight]).slice(0, MAX_SUGGESTIONS);
}

/** The zone the words name as a whole, as a command's zone would be read; undefined when they are not one. */
function zoneOfWords(text: string, locale: Locale, userZone: string): Zone | 'severalZones' | undefined {
  const scratch = new Scratch(text);
  const found = extractZone(scratch, locale, userZone);
  if (!found.ok) return found.severalZones ? 'severalZones' : undefined;
  return found.zone && NOTHING_LEFT.test(scratch.text) ? found.zone : undefined;
}

export function chooseZone(words: string, locale: Locale, userZone: string, now: Date): ZoneChoice {
  const said = words.trim();
  if (!said || said.length > 64) return { ok: false, reason: 'unknown' };
  // Read as a command's zone first, so that "EST" is the offset it says and not the runtime's America/Panama;
  // then as the runtime's names (any case, and legacy ones such as US/Eastern or PRC); then as a place ("Tokyo",
  // "new york", 东京), which a command names with "time" / 时间 after it.
  let zone = zoneOfWords(said, locale, userZone);
  const named = zone ? null : canonicalTimeZone(said);
  if (named) zone = { kind: 'iana', name: named };
  zone ??= [`${said} time`, `${said}时间`].map((text) => zoneOfWords(text, locale, userZone)).find(Boolean);
  if (!zone) return { ok: false, reason: 'unknown' };
  if (zone === 'severalZones') return { ok: false, reason: 'severalZones' };
  // Etc/GMT+8 is UTC−8 (the zone database's signs are POSIX's, the other way round): a fixed offset, said plainly.
  if (zone.kind === 'iana' && !ETC_OFFSET.test(zone.name)) return { ok: true, zone: canonicalTimeZone(zone.name) ?? zone.name };
  const offsetMinutes = zone.kind === 'iana' ? offsetMinutesAt(now.getTime(), zone.name) : zone.offsetMinutes;
  // UTC is a zone of its own that operators choose on purpose; "GMT" is as often said for London's clock.
  if (offsetMinutes === 0 && !SAID_FOR_LONDON.test(said)) return { ok: true, zone: 'UTC' };
  const keeping = placeFirst(said, offsetMinutes, now, zonesKeeping(offsetMinutes, now, SUMMER_ABBREVIATION.test(said)));
  return { ok: false, reason: 'fixedOffset', offsetMinutes, suggestions: offsetMinutes === 0 ? ['UTC', ...keeping].slice(0, MAX_SUGGESTIONS) : keeping };
}
