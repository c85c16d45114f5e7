// 美东夏令时, 太平洋夏令时间, 中欧夏令时, 美东标准时间 / 美东冬令时: a region's summer or standard time (each was refused, 夏令
// or 标 not understood). On a date when the region keeps it, it is the offset it names, as "EDT" and "Eastern Daylight
// Time" are (zones.ts, place-zones.ts); written as that offset, not an abbreviation, since to a Chinese reader CST is
// China's. On a date when the region keeps the other one (美东夏令时 in December, when New York is at UTC-5) it is
// asked: read as written the relay would start an hour off from the region's clock, and read by the region's clock it
// would not be what was written. 东部 / 西部 / 中部 alone are the US regions, as before 时间 (zh-zone-words.ts).
import type { RelayError, Result } from '../errors.js';
import { scheduleError } from './schedule-error.js';
import { formatCivilDate, wallTimeAt } from './wall-clock.js';

interface Region {
  zone: string;
  daylight: number;
  standard: number;
}

const us = (zone: string, standard: number): Region => ({ zone, daylight: standard + 1, standard });
const REGIONS: Record<string, Region> = {
  美东: us('America/New_York', -5), 东部: us('America/New_York', -5), 美中: us('America/Chicago', -6), 中部: us('America/Chicago', -6),
  美山: us('America/Denver', -7), 美国山地: us('America/Denver', -7), 美西: us('America/Los_Angeles', -8),
  西部: us('America/Los_Angeles', -8), 太平洋: us('America/Los_Angeles', -8),
  欧洲中部: us('Europe/Paris', 1), 中欧: us('Europe/Paris', 1), 欧洲东部: us('Europe/Athens', 2), 东欧: us('Europe/Athens', 2),
  欧洲西部: us('Europe/Lisbon', 0), 西欧: us('Europe/Lisbon', 0), 英国: us('Europe/London', 0), 伦敦: us('Europe/London', 0),
  澳洲东部: us('Australia/Sydney', 10), 新西兰: us('Pacific/Auckland', 12),
};
const REGION_NAMES = Object.keys(REGIONS).sort((a, b) => b.length - a.length).join('|');
// Not another continent's 东部 (澳洲东部 is a name of its own above, 亚洲东部 no zone).
const SEASONAL_TIME = new RegExp(
  String.raw`(?<![洲亚])(${REGION_NAMES})\s*(?:时间)?\s*(?:(夏令时间?|夏时制(?:时间)?|夏季时间|日光节约时间?)|冬令时间?|标准时间|冬季时间)`,
  'g',
);

const offsetText = (hours: number) => `UTC${hours < 0 ? '-' : '+'}${Math.abs(hours)}`;

function saidOffset(region: string, daylight: string | undefined): number {
  const { daylight: summer, standard } = REGIONS[region]!;
  return daylight ? summer : standard;
}

/** The text with each region's summer or standard time written as the offset it names (美东夏令时 -> UTC-4). */
export function rewriteSeasonalZones(text: string): string {
  return text.replace(SEASONAL_TIME, (_whole, region: string, daylight?: string) => ` ${offsetText(saidOffset(region, daylight))} `);
}

/** Refuses a relay whose start falls when the region keeps the other time than the one said; ok otherwise. */
export function refuseSeasonNotInEffect(text: string, startMs: number): Result<void, RelayError[]> {
  const said = new RegExp(SEASONAL_TIME.source).exec(text);
  if (!said) return { ok: true, value: undefined };
  const [words, region, daylight] = said as unknown as [string, string, string | undefined];
  const wall = wallTimeAt(startMs, { kind: 'iana', name: REGIONS[region]!.zone });
  const actualHours = (Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second) - startMs) / 3_600_000;
  if (actualHours === saidOffset(region, daylight)) return { ok: true, value: undefined };
  return {
    ok: false,
    error: [
      scheduleError('seasonNotInEffect', 'StartTime', {
        words: words.trim(),
        date: formatCivilDate(wall),
        actual: offsetText(actualHours),
        regionTime: `${region}时间`,
      }),
    ],
  };
}
