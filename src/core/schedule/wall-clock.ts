// Wall-clock time in a zone <-> instants, with the zone's real rules (Intl), independent of the server's zone.
// A zone is either an IANA name (DST applies) or a fixed offset ("PST", "UTC+8", "+05:30").

export type Zone = { kind: 'iana'; name: string } | { kind: 'fixed'; offsetMinutes: number };

/** A civil date and time of day as read on a clock in some zone (month 1-12). */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export type CivilDate = Pick<WallTime, 'year' | 'month' | 'day'>;

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

// Building a DateTimeFormat costs far more than using one: keep one per zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zoneName: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zoneName);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zoneName,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zoneName, formatter);
  }
  return formatter;
}

/** Whether `name` is an IANA zone this runtime knows (e.g. "Asia/Shanghai", "Etc/GMT+2"). */
export function isKnownZoneName(name: string): boolean {
  try {
    formatterFor(name);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock reading of `instant` in `zone`. */
export function wallTimeAt(instantMs: number, zone: Zone): WallTime {
  return utcFields(instantMs + offsetMsAt(instantMs, zone));
}

function readFormatter(instantMs: number, zoneName: string): WallTime {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(zoneName).formatToParts(instantMs)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return {
    year: fields.year ?? 0,
    month: fields.month ?? 1,
    day: fields.day ?? 1,
    hour: fields.hour ?? 0,
    minute: fields.minute ?? 0,
    second: fields.second ?? 0,
  };
}

// Asking Intl is the slow part of a parse; offsets only change at transitions, which fall on quarter hours,
// so one answer per zone and quarter hour is exact. The cache is bounded; clearing it only costs speed.
const QUARTER_HOUR_MS = 15 * MINUTE_MS;
const OFFSET_CACHE_LIMIT = 20_000;
// One map per zone, so that a lookup builds no joined key string (this runs several times per parse).
const offsetCache = new Map<string, Map<number, number>>();
let cachedOffsets = 0;

function utcFields(ms: number): WallTime {
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

/** The wall time read as if it were UTC, in ms: the arithmetic base for civil times. */
function asUtcMs(wall: WallTime): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
}

/** Offset of `zone` from UTC at `instantMs`, in ms (east positive). */
export function offsetMsAt(instantMs: number, zone: Zone): number {
  if (zone.kind === 'fixed') return zone.offsetMinutes * MINUTE_MS;
  const bucket = Math.floor(instantMs / QUARTER_HOUR_MS) * QUARTER_HOUR_MS;
  let ofZone = offsetCache.get(zone.name);
  let offset = ofZone?.get(bucket);
  if (offset === undefined) {
    offset = asUtcMs(readFormatter(bucket, zone.name)) - bucket;
    if (cachedOffsets >= OFFSET_CACHE_LIMIT) {
      offsetCache.clear();
      cachedOffsets = 0;
      ofZone = undefined;
    }
    if (!ofZone) {
      ofZone = new Map();
      offsetCache.set(zone.name, ofZone);
    }
    ofZone.set(bucket, offset);
    cachedOffsets += 1;
  }
  return offset;
}

/**
 * The instant at which clocks in `zone` show `wall`. When clocks are set back the wall time happens twice:
 * the earlier one is taken. When clocks jump forward it never happens: null, so that the caller can ask
 * instead of silently picking an hour the user did not write.
 */
export function instantOf(wall: WallTime, zone: Zone): number | null {
  const local = asUtcMs(wall);
  if (zone.kind === 'fixed') return local - zone.offsetMinutes * MINUTE_MS;
  // The offsets in force a day either side cover every transition rule in the tz database.
  const candidates = [offsetMsAt(local - DAY_MS, zone), offsetMsAt(local + DAY_MS, zone)]
    .map((offset) => local - offset)
    .filter((instant) => asUtcMs(wallTimeAt(instant, zone)) === local)
    .sort((a, b) => a - b);
  if (candidates.length === 0) {
    // A transition less than a day away on both sides is rare; try the offset at the guessed instant itself.
    const direct = local - offsetMsAt(local, zone);
    return asUtcMs(wallTimeAt(direct, zone)) === local ? direct : null;
  }
  return candidates[0] ?? null;
}

export function addDays(date: CivilDate, days: number): CivilDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day) + days * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Whole days from `a` to `b` (civil dates, no zone involved). */
export function daysBetween(a: CivilDate, b: CivilDate): number {
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / DAY_MS);
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(date: CivilDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

export function formatCivilDate(date: CivilDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}
