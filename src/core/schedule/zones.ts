// Zone designators written in the text ("4pm CET", "20:00 UTC+8", "Asia/Shanghai", "北京时间"). They are taken
// out before the date parser sees the text; times are then read in that zone instead of the user's.
import type { Locale } from '../i18n.js';
import { chineseNumeral } from './numbers.js';
import { findPlaceZones, withoutAccents } from './place-zones.js';
import { countryOfSeveralZones } from './several-zone-countries.js';
import type { Scratch } from './scratch.js';
import { isKnownZoneName, wallTimeAt, type Zone } from './wall-clock.js';

const fixed = (hours: number): Zone => ({ kind: 'fixed', offsetMinutes: Math.round(hours * 60) });
const iana = (name: string): Zone => ({ kind: 'iana', name });

// Abbreviations name a fixed offset (that is what "PST" or "BST" literally say); the bare region names
// ("ET", "PT") follow the region's real rules.
const ABBREVIATIONS: Record<string, Zone> = {
  UTC: fixed(0), GMT: fixed(0), Z: fixed(0), WET: fixed(0), WEST: fixed(1), BST: fixed(1),
  CET: fixed(1), CEST: fixed(2), MET: fixed(1), MEST: fixed(2), EET: fixed(2), EEST: fixed(3), MSK: fixed(3),
  IST: fixed(5.5), PKT: fixed(5), ICT: fixed(7), WIB: fixed(7), HKT: fixed(8), SGT: fixed(8), AWST: fixed(8),
  JST: fixed(9), KST: fixed(9), ACST: fixed(9.5), AEST: fixed(10), AEDT: fixed(11), NZST: fixed(12),
  NZDT: fixed(13), HST: fixed(-10), AKST: fixed(-9), AKDT: fixed(-8), PST: fixed(-8), PDT: fixed(-7),
  MST: fixed(-7), MDT: fixed(-6), CDT: fixed(-5), EST: fixed(-5), EDT: fixed(-4), AST: fixed(-4),
  ADT: fixed(-3), BRT: fixed(-3),
  // Africa, the Gulf, South and Southeast Asia, South America, Newfoundland: each the offset it is commonly
  // read as (GST is Gulf Standard Time; chrono-node knows these too, and its reading was being dropped).
  WAT: fixed(1), CAT: fixed(2), SAST: fixed(2), EAT: fixed(3), TRT: fixed(3), IDT: fixed(3), IRST: fixed(3.5),
  GST: fixed(4), GET: fixed(4), AZT: fixed(4), AFT: fixed(4.5), UZT: fixed(5), NPT: fixed(5.75), MYT: fixed(8),
  PHT: fixed(8), PHST: fixed(8), WITA: fixed(8), WIT: fixed(9), ACDT: fixed(10.5), ART: fixed(-3), UYT: fixed(-3),
  // Chile's summer time (CLST, September to April) was refused as a zone not known, though its winter CLT was read.
  CLT: fixed(-4), CLST: fixed(-3), VET: fixed(-4), PET: fixed(-5), COT: fixed(-5), NST: fixed(-3.5), NDT: fixed(-2.5),
  PT: iana('America/Los_Angeles'), MT: iana('America/Denver'), CT: iana('America/Chicago'),
  ET: iana('America/New_York'),
  // New Zealand and Australian Eastern time said without standard or daylight: the region's rules, as ET is.
  NZT: iana('Pacific/Auckland'), AET: iana('Australia/Sydney'),
};
// Short ones that are also words or initials ("wet", "et", "z", "cat") count only when written in capitals...
const CAPITALS_ONLY = new Set([
  'Z', 'WET', 'WEST', 'MET', 'PT', 'MT', 'CT', 'ET', 'AST', 'ICT', 'WAT', 'CAT', 'EAT', 'GET', 'ART', 'PET', 'COT', 'WIT',
]);
// ...except the US regions right after a clock time ("8pm et", "20:00 pt", "noon et"), where they can be nothing
// else ("noon et" was refused as a zone not known).
// A clock typed short ("2p et", "8a pt") or the zone in brackets ("2pm (pt)") counts too, and after a length that
// closes the text ("tmrw 2pm for 2h pt"), as "for 2h Eastern" does: each was refused as "PT", a zone not known.
const US_REGION_LETTERS = new Set(['PT', 'MT', 'CT', 'ET']);
const RIGHT_AFTER_CLOCK = /(?:\d\s*(?:[ap]\.?(?:m\.?)?)?|\b(?:noon|midday|midnight))\s*(?:\(\s*)?$/i;
const AFTER_CLOSING_LENGTH = /\d\s*(?:h|hrs?|hours?|m|mins?|minutes?)\s*(?:\(\s*)?$/i;

const US_REGIONS: Record<string, Zone> = {
  eastern: iana('America/New_York'), central: iana('America/Chicago'), mountain: iana('America/Denver'),
  pacific: iana('America/Los_Angeles'),
};

const PAIRED_REGIONS: Record<string, Zone> = {
  E: iana('America/New_York'), C: iana('America/Chicago'), M: iana('America/Denver'), P: iana('America/Los_Angeles'),
};
// Other regions' winter and summer abbreviations said as a pair ("8pm AEST/AEDT", "GMT/BST", "NZST/NZDT"): the
// region's rules, as "EST/EDT" is; each alone is its fixed offset. The pair was refused as two zones.
const PAIRED_ABBREVIATIONS: Record<string, Zone> = {
  'AEST/AEDT': iana('Australia/Sydney'), 'ACST/ACDT': iana('Australia/Adelaide'), 'NZST/NZDT': iana('Pacific/Auckland'),
  'GMT/BST': iana('Europe/London'), 'CET/CEST': iana('Europe/Paris'), 'EET/EEST': iana('Europe/Athens'),
  'WET/WEST': iana('Europe/Lisbon'), 'AKST/AKDT': iana('America/Anchorage'),
};
const ABBREVIATION_PAIR = Object.keys(PAIRED_ABBREVIATIONS)
  .flatMap((pair) => [pair, pair.split('/').reverse().join('/')])
  .map((pair) => pair.replace('/', String.raw`\s*/\s*`))
  .join('|');

const CHINA_STANDARD = fixed(8);
const US_CENTRAL_STANDARD = fixed(-6);
const CHINESE_ZONES = new Set([
  'Asia/Shanghai', 'Asia/Chongqing', 'Asia/Chungking', 'Asia/Harbin', 'Asia/Urumqi', 'Asia/Kashgar', 'PRC',
]);

// With the older names the zone database keeps as links ("US/Eastern", "Canada/Pacific", "Brazil/East").
const IANA_AREAS = 'Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc|US|Canada|Brazil|Mexico|Chile';
const ABBREVIATION_WORDS = [...Object.keys(ABBREVIATIONS), 'CST'].sort((a, b) => b.length - a.length).join('|');

// "UTC时间", "PST时间", "UTC+8时间", "GMT+8时区", "GMT+8区": the Chinese word for a zone's time after its abbreviation or offset
// goes with it ("周四UTC时间晚上9点半" was refused as an end and a length both given, 时间 left behind).
const ZH_ZONE_WORD = String.raw`(?:\s*(?:时间|时?区))?`;

// After "UTC -" / "GMT +" with a space: an hour no offset has, a clock with am/pm or its own zone, or a length.
const SPACED_SIGN_NOT_OFFSET = String.raw`(?!(?:1[5-9]|2\d)\b|\d{1,2}(?:[:.h]\d\d)?\s*(?:[ap]\.?m\b|UTC\b|GMT\b|h\b|hrs?\b|hours?\b|m\b|mins?\b|minutes?\b))`;

// What ends a clock written in digits: 点 / 時 (not 时间 / 时区, the zone's own word) or a colon.
const CLOCK_UNIT = String.raw`(?:[点點:：]|[时時](?![间間区區]))`;
// An offset's hours run into a clock's, "UTC+820点" / "GMT+0820:00": three or four digits before the clock's unit,
// the offset's fewest ("8" here, "08") taken, the clock's left. "UTC+08:00" (two digits) stays the offset it is;
// zoneOfMatch refuses a run that splits two ways ("UTC+112点").
const OFFSET_THEN_CLOCK = String.raw`\d(?=\d\d${CLOCK_UNIT})|\d\d(?=\d{1,2}${CLOCK_UNIT})`;

// One pattern, alternatives in priority order: an IANA name, an offset after UTC/GMT, a bare "+08:00"
// offset, an abbreviation, a Chinese name.
const ZONE_PATTERN = new RegExp(
  [
    `(?<iana>\\b(?:${IANA_AREAS})(?:/[A-Za-z0-9_+-]+)+|\\b[ECMP]ST[5-8][ECMP]DT\\b)`,
    // "GMT+5.30", "UTC+5.45" (as India and Nepal write it) and "UTC+5.5" (hours and a fraction): the dot was left as a
    // word not understood ("30"), or "IST (GMT+5.30)" refused as two zones.
    // With a space after the sign too ("GMT - 3", "UTC + 5:30"; "8pm GMT - 3" ran 20:00 GMT to 3am without a word),
    // unless what follows is a range's end or a length ("15:00 GMT - 18:00 GMT", "8pm UTC - 10pm", "8pm UTC + 2h").
    // "UTC+820点", "GMT+0820:00" (no space before the clock): the offset's hours and then the clock's, as
    // OFFSET_THEN_CLOCK says; they had been read as UTC+8:20, the relay starting now or the clock left unread.
    `\\b(?:UTC|GMT)\\s*(?<sign>[+-])(?:(?<gap>\\s+)${SPACED_SIGN_NOT_OFFSET})?(?:(?<clockHours>${OFFSET_THEN_CLOCK})|(?<hours>\\d{1,2})(?::?(?<minutes>\\d\\d)(?!${CLOCK_UNIT})|\\.(?<fraction>75|5)(?!\\d)|\\.(?<dotMinutes>\\d\\d))?\\b${ZH_ZONE_WORD})`,
    // In brackets too ("20:00 (+0800)", "8pm (+08:00)": refused as words not understood, or the minutes taken for an end).
    `(?<=^|[\\s\\d(（])\\+(?<bareHours>\\d\\d):?(?<bareMinutes>\\d\\d)\\b`,
    // A minus is a range's dash between two clock times ("20:00-05:00", "8pm -10:00"), so a negative offset
    // counts only where no range can be: ending an ISO time ("2013-02-15T20:00:00-05:00"), or as four digits
    // after a clock time and a space ("8pm -0500", "20:00 -0500", as e-mail headers write it), or in brackets of its
    // own right after a clock time ("20:00 (-0500)", "8pm (-05:00)"; no range's end is written so).
    `(?:(?<=T\\d\\d:\\d\\d(?::\\d\\d(?:\\.\\d+)?)?)|(?<=(?:[ap]\\.?m\\.?|\\d:\\d\\d)\\s+)(?=-\\d{4}\\b)|(?<=(?:[ap]\\.?m\\.?|\\d:\\d\\d)\\s*[(（]\\s*)(?=-\\d\\d:?\\d\\d\\s*[)）]))-(?<negHours>\\d\\d):?(?<negMinutes>\\d\\d)\\b`,
    // "EST/EDT", "PST/PDT": whichever applies on the day, i.e. the region's rules.
    `\\b(?<pair>[ECMP])ST\\s*/\\s*\\k<pair>DT\\b`,
    `\\b(?<abbrPair>${ABBREVIATION_PAIR})\\b`,
    // An abbreviation stands alone, or right before Chinese ("UTC时间", "UTC2月20日").
    `(?<abbr>\\b(?:${ABBREVIATION_WORDS})(?:\\b|(?=[\\u4e00-\\u9fff]|\\d{1,2}[月号日])))${ZH_ZONE_WORD}`,
    `(?<beijing>北京时[间区])`,
    // 东八区 = UTC+8, 西五区 = UTC-5 (the numeral still in characters: zones are read before numbers).
    `(?<belt>[东西])(?<beltHours>[一二三四五六七八九十]{1,2}|\\d{1,2})区(?:时间)?`,
    // "20:00Z": the military/ISO letter for UTC, written against the time.
    `(?<=\\d)(?<zulu>Z)\\b`,
    // "7 pm Eastern", "noon Pacific": a US region right after a clock time ("Eastern time" and "9am Central European
    // Time" are read with the places); "Eastern 8pm", "Pacific 20:00", "Eastern noon": right before one written as a
    // clock (am/pm or h:mm) or as noon or midnight. Elsewhere the word was refused as not understood. After a length
    // that closes the text ("tomorrow 8pm for 2h Eastern", as "for 2h ET" was read) too. In brackets there ("8pm
    // (Eastern)", "7 to 9pm (Pacific)", "for 2h (Eastern)"), as "(ET)" is read; it was refused as words not understood.
    `(?:(?<=\\d\\s*(?:[ap]\\.?(?:m\\.?)?)?\\s*(?:\\(\\s*)?)|(?<=\\b(?:noon|midnight)\\s+)|(?<=\\d\\s*(?:h|hrs?|hours?|m|mins?|minutes?)\\s+(?:\\(\\s*)?)(?=[a-z]+\\W*$))\\b(?<region>eastern|pacific|central|mountain)\\b(?![\\s-]+(?:(?:standard\\s+|daylight\\s+)?time|european)\\b)`,
    // A day may stand between ("Eastern tmrw 2pm", "Pacific friday 8pm": refused as words not understood).
    `\\b(?<regionBefore>eastern|pacific|central|mountain)(?=\\s+(?:(?:today|tonight|tonite|tomorrow|tmrw|tmr|tmw|2moro|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?),?\\s+)?(?:at\\s+)?(?:\\d{1,2}(?:(?::\\d\\d)?\\s*[ap]\\.?m\\b|:\\d\\d\\b)|(?:noon|midday|midnight)\\b))`,
  ].join('|'),
  'gi',
);

/** Refused: a zone not known (`unknown` alone), or two that disagree (`first`, then `unknown` the second). */
/** `said`: the words that named the zone, as written (empty when none did). */
// severalZones: `unknown` is a country of several zones said as one ("US time"), asked by name.
export type ZoneFound =
  | { ok: true; zone: Zone | null; said: string }
  | { ok: false; unknown: string; first?: string; severalZones?: true };

/** The zone the user's own settings give (null when the name is not a zone this runtime knows). */
export function userZone(timeZone: string): Zone | null {
  if (/^(?:UTC|GMT|Z)$/i.test(timeZone)) return fixed(0);
  return isKnownZoneName(timeZone) ? iana(timeZone) : null;
}

// Abbreviations that name another zone where the user lives, as CST does: "8pm IST" typed in Dublin is Irish
// time (in Jerusalem, Israel's), not India's, and "AST" in the Gulf is Arabia Standard Time, not Atlantic. Read as
// India's or the Atlantic's, the relay was hours off without a word. Such a user's own zone, with its rules.
const LOCAL_READINGS: Record<string, Record<string, Zone>> = {
  IST: { 'Europe/Dublin': iana('Europe/Dublin'), Eire: iana('Europe/Dublin'), 'Asia/Jerusalem': iana('Asia/Jerusalem'),
    'Asia/Tel_Aviv': iana('Asia/Jerusalem'), Israel: iana('Asia/Jerusalem') },
  AST: Object.fromEntries(
    ['Asia/Riyadh', 'Asia/Baghdad', 'Asia/Kuwait', 'Asia/Qatar', 'Asia/Bahrain', 'Asia/Aden'].map((zone) => [zone, fixed(3)]),
  ),
  // In Cuba CST and CDT are Cuba's own standard (UTC-5) and summer (UTC-4) time: read as US Central, "8pm CST" typed
  // in Havana began an hour late without a word.
  CST: { 'America/Havana': fixed(-5), Cuba: fixed(-5) },
  CDT: { 'America/Havana': fixed(-4), Cuba: fixed(-4) },
};

/** "CST" is China Standard Time for Chinese users or users in a Chinese zone, else US Central. */
function centralStandard(locale: Locale, timeZone: string): Zone {
  return locale === 'zh-CN' || CHINESE_ZONES.has(timeZone) ? CHINA_STANDARD : US_CENTRAL_STANDARD;
}

const LENGTH_AFTER = /^\s*(?:h|hrs?|hours?|m|mins?|minutes?)\b/i;

/** "(UTC - 3)": the match alone inside a pair of brackets. */
function inBrackets(match: RegExpExecArray): boolean {
  const before = match.input.slice(0, match.index);
  const after = match.input.slice(match.index + match[0].length);
  return /[(（]\s*$/.test(before) && /^\s*[)）]/.test(after);
}

/**
 * "UTC+820点": UTC+8 and 20点. A run of three digits that splits two ways ("UTC+112点": UTC+1 and 12点, or UTC+11 and
 * 2点; "GMT+108点") is refused by name rather than guessed.
 */
function offsetBeforeClock(match: RegExpExecArray, sign: string, hours: string): Zone | string {
  const run = hours + /^\d+/.exec(match.input.slice(match.index + match[0].length))![0];
  const limit = sign === '-' ? 12 : 14;
  const splits = [1, 2].filter((cut) => {
    const offset = run.slice(0, cut);
    const clock = run.slice(cut);
    return clock.length >= 1 && clock.length <= 2 && Number(offset) <= limit && Number(clock) <= 24;
  });
  if (splits.length !== 1 || Number(hours) > limit) return `UTC${sign}${run}`;
  return fixed(sign === '-' ? -Number(hours) : Number(hours));
}

// No zone is ahead of UTC+14:00 or behind UTC-12:00: "UTC+14:30", "+14:45", "UTC-12:30" were read as written
// (silently), while "UTC+15" and "UTC-13" were refused by name.
const withinOffsets = (offsetMinutes: number): boolean => offsetMinutes <= 14 * 60 && offsetMinutes >= -12 * 60;

function zoneOfMatch(match: RegExpExecArray, locale: Locale, timeZone: string): Zone | string | null {
  const groups: Record<string, string | undefined> = match.groups ?? {};
  if (groups.iana) return isKnownZoneName(groups.iana) ? iana(groups.iana) : groups.iana;
  if (groups.clockHours) return offsetBeforeClock(match, groups.sign!, groups.clockHours);
  if (groups.hours) {
    // Offsets run from UTC-12 to UTC+14: "UTC+15" and "GMT-13" are refused by name (UTC+15 was refused as an
    // unknown "UTC", GMT-13 read as written). Not "8pm UTC +30 min", a length after the zone.
    const beyond = groups.sign === '-' ? Number(groups.hours) > 12 : Number(groups.hours) > 14;
    if (beyond && LENGTH_AFTER.test(match.input.slice(match.index + match[0].length))) return null;
    if (beyond) return match[0].replace(/\s+/g, '');
    // "8pm GMT - 3" may be the zone UTC-3 or a range to 3 o'clock: refused by name, so the zone is written together
    // ("GMT-3") or the end with am/pm. In brackets, "(UTC - 3)", it can only be the zone.
    if (groups.gap && groups.sign === '-' && !inBrackets(match)) return match[0].replace(/\s+/g, ' ');
    // "UTC+5:75" is no offset: refused by name, where it was read as UTC+6:15. After a dot only the minutes offsets
    // have (00, 15, 30, 45): "UTC+5.50" may be 5:50 or 5½ hours, and is refused by name too.
    if (Number(groups.minutes ?? 0) > 59) return `UTC${groups.sign}${groups.hours}:${groups.minutes}`;
    if (groups.dotMinutes && Number(groups.dotMinutes) % 15 !== 0) return match[0].replace(/\s+/g, '');
    const fractionMinutes = groups.fraction ? Number(`0.${groups.fraction}`) * 60 : 0;
    const minutes = Number(groups.hours) * 60 + Number(groups.minutes ?? groups.dotMinutes ?? 0) + fractionMinutes;
    const offsetMinutes = groups.sign === '-' ? -minutes : minutes;
    if (!withinOffsets(offsetMinutes)) return match[0].replace(/\s+/g, '');
    return { kind: 'fixed', offsetMinutes };
  }
  if (groups.bareHours) {
    const offsetMinutes = Number(groups.bareHours) * 60 + Number(groups.bareMinutes);
    if (!withinOffsets(offsetMinutes) || Number(groups.bareMinutes) > 59) return `+${groups.bareHours}:${groups.bareMinutes}`;
    return { kind: 'fixed', offsetMinutes };
  }
  if (groups.negHours) {
    const offsetMinutes = -(Number(groups.negHours) * 60 + Number(groups.negMinutes));
    if (!withinOffsets(offsetMinutes) || Number(groups.negMinutes) > 59) return `-${groups.negHours}:${groups.negMinutes}`;
    return { kind: 'fixed', offsetMinutes };
  }
  if (groups.beijing) return iana('Asia/Shanghai');
  if (groups.zulu) return fixed(0);
  if (groups.pair) return PAIRED_REGIONS[groups.pair.toUpperCase()] ?? null;
  if (groups.abbrPair) {
    const [first = '', second = ''] = groups.abbrPair.toUpperCase().split(/\s*\/\s*/);
    return PAIRED_ABBREVIATIONS[`${first}/${second}`] ?? PAIRED_ABBREVIATIONS[`${second}/${first}`] ?? null;
  }
  if (groups.belt) {
    const hours = /\d/.test(groups.beltHours!) ? Number(groups.beltHours) : chineseNumeral(groups.beltHours!);
    // 东十五区: a belt there is none of, refused by name (it was left as words not understood).
    return hours > 12 ? `${groups.belt}${hours}区` : fixed(groups.belt === '东' ? hours : -hours);
  }
  if (groups.region ?? groups.regionBefore) return US_REGIONS[(groups.region ?? groups.regionBefore)!.toLowerCase()] ?? null;
  const abbr = groups.abbr ?? '';
  const upper = abbr.toUpperCase();
  const before = match.input.slice(0, match.index);
  const closesText = /^\W*$/.test(match.input.slice(match.index + match[0].length));
  const afterClock = US_REGION_LETTERS.has(upper) && (RIGHT_AFTER_CLOCK.test(before) || (closesText && AFTER_CLOSING_LENGTH.test(before)));
  if (CAPITALS_ONLY.has(upper) && abbr !== upper && !afterClock) return null;
  const local = LOCAL_READINGS[upper]?.[timeZone];
  if (local) return local;
  if (upper === 'CST') return centralStandard(locale, timeZone);
  return ABBREVIATIONS[upper] ?? null;
}

/** The offset a zone keeps all year (Asia/Tokyo: +9 h), or null for one with summer time. */
function yearRoundOffset(name: string): number | null {
  const year = new Date().getUTCFullYear();
  const [winter, summer] = [0, 6].map((month) => {
    const instant = Date.UTC(year, month, 15);
    const wall = wallTimeAt(instant, iana(name));
    return Math.round((Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute) - instant) / 60_000);
  });
  return winter === summer ? winter! : null;
}

// A zone said twice, by its abbreviation or offset and by a place with no summer time ("8pm JST (Tokyo)", "9pm IST
// India time", "20:00 UTC+8 (Singapore)") is one zone, as 北京时间（UTC+8） is (it was refused as two). With summer
// time the two may disagree on the day ("8pm EST (New York)" in July), and stay refused as two zones.
const sameZone = (a: Zone, b: Zone): boolean =>
  a.kind === 'iana'
    ? (b.kind === 'iana' && a.name === b.name) || (b.kind === 'fixed' && yearRoundOffset(a.name) === b.offsetMinutes)
    : b.kind === 'fixed' ? a.offsetMinutes === b.offsetMinutes : yearRoundOffset(b.name) === a.offsetMinutes;

/**
 * Takes every zone designator out of the text. Several that agree ("15:00 GMT - 18:00 GMT") are one zone;
 * a name that looks like an IANA zone but is not one is reported, never ignored.
 */
export function extractZone(scratch: Scratch, locale: Locale, timeZone: string): ZoneFound {
  scratch.text = withoutAccents(scratch.text);
  const country = countryOfSeveralZones(scratch.text);
  if (country) return { ok: false, unknown: country, severalZones: true };
  let zone: Zone | null = null;
  let zoneSaid = '';
  let unknown: string | null = null;
  // "8pm PST EST", "北京时间 东京时间": two zones that disagree are named both, not the second as one not known.
  let conflict: [string, string] | null = null;
  const take = (found: Zone, said: string) => {
    if (zone && !sameZone(zone, found)) conflict ??= [zoneSaid, said.trim()];
    else if (!zone) [zone, zoneSaid] = [found, said.trim()];
  };
  scratch.consume(ZONE_PATTERN, (m) => {
    const found = zoneOfMatch(m, locale, timeZone);
    if (found === null) return false;
    if (typeof found === 'string') unknown ??= found;
    else take(found, m[0]);
    return true;
  });
  for (const place of findPlaceZones(scratch.text)) {
    const said = scratch.text.slice(place.start, place.end);
    scratch.blank(place.start, place.end);
    if (place.zone) take(place.zone, said);
  }
  if (unknown) return { ok: false, unknown };
  return conflict ? { ok: false, first: conflict[0], unknown: conflict[1] } : { ok: true, zone, said: zoneSaid };
}
