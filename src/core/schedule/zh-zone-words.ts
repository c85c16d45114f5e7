// Chinese zone names said without their 时间, with an offset that repeats them, or by other names, written the way
// zones.ts and place-zones.ts read them: "美东明天早上8点" -> "美东时间明天早上8点", "东部时间" -> "美东时间" (in Chinese
// the US Eastern zone), "北京时间（UTC+8）" -> "北京时间", "北美东部时间" / "美国东岸时间" -> "美东时间". Each was
// refused ("美东" not understood, "UTC+8" an unknown second zone). Run on the text as typed (Simplified,
// half-width), before the zones are read.

import { hasHan } from './han.js';
import { chineseNumeral } from './numbers.js';
import { rewriteSeasonalZones } from './zh-seasonal-zones.js';
import { nameBareCityZones } from './zh-bare-cities.js';

// 美东 / 美西 / 美中 (and 美国东部...) name a zone on their own; 东部 / 西部 / 中部 / 山地 only before 时间 (or 时区).
const US_REGION_ALONE = /(美东|美西|美中|美国东部|美国西部|美国中部)(?!\s*(?:时间|时区))/g;
const US_REGION_TIME: Record<string, string> = { 东部: '美东', 西部: '美西', 中部: '美中' };
// Not another continent's (欧洲中部, 澳洲东部, 澳大利亚东部: these are place names of their own, place-zones.ts).
const REGION_TIME = /(?<![美国洲亚])(东部|西部|中部)(?=\s*时[间区])/g;
// 北美东部, 美国东岸, 美国西海岸: the US regions by other names.
const NORTH_AMERICA_REGION = /(?:美国|北美)\s*([东西中])\s*(?:部|海?岸)/g;
// 澳大利亚东部 is 澳洲东部.
const AUSTRALIA_REGION = /澳大利亚(?=\s*[东西中]部)/g;
// 中国北京时间: the country said before 北京时间 (read by zones.ts on its own, which left 中国 not understood).
const COUNTRY_BEFORE_BEIJING = /中国\s*(?=北京时间)/g;
// A zone said twice, by a name and an offset or by two names, in brackets, after a slash or a comma, or with only a
// space between: 北京时间（UTC+8）, 北京时间 UTC+8, UTC+8 北京时间, 日本时间(GMT+9), 北京时间（东八区）, 东八区/北京时间.
// When both say the same offset it is one zone (each such pair had been refused as a second, unknown zone); when
// they disagree (北京时间 UTC+9) both stay, and the second is refused by name. Only names of zones without summer
// time, whose offset is the same on every day.
const FIXED_NAMES: Record<string, number> = {
  北京时间: 8, 上海时间: 8, 香港时间: 8, 台北时间: 8, 新加坡时间: 8, 日本时间: 9, 东京时间: 9, 韩国时间: 9, 首尔时间: 9,
};
const ZONE_TOKEN = String.raw`(?:北京|上海|香港|台北|新加坡|日本|东京|韩国|首尔)时间|[东西](?:[一二三四五六七八九十]{1,2}|\d{1,2})区(?:时间)?|(?:UTC|GMT)\s*[+-]\s*\d{1,2}(?::?\d\d)?(?![\d:])`;
const ZONE_SAID_TWICE = new RegExp(
  String.raw`(${ZONE_TOKEN})\s*(?:[(（]\s*(${ZONE_TOKEN})\s*[)）]|[/,，]?\s*(${ZONE_TOKEN}))|[(（]\s*(${ZONE_TOKEN})\s*[)）]\s*(${ZONE_TOKEN})`,
  'gi',
);

/** The offset in minutes a zone token always has, or null. */
function fixedOffset(token: string): number | null {
  const named = FIXED_NAMES[token];
  if (named !== undefined) return named * 60;
  const belt = /^([东西])([一二三四五六七八九十]{1,2}|\d{1,2})区/.exec(token);
  if (belt) return (belt[1] === '东' ? 1 : -1) * 60 * (/\d/.test(belt[2]!) ? Number(belt[2]) : chineseNumeral(belt[2]!));
  const offset = /^(?:UTC|GMT)\s*([+-])\s*(\d{1,2})(?::?(\d\d))?$/i.exec(token);
  if (!offset) return null;
  return (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3] ?? 0));
}

function oneZoneForTwo(whole: string, ...tokens: Array<string | undefined>): string {
  const [first, second] = tokens.filter((token): token is string => typeof token === 'string' && token !== '');
  const a = fixedOffset(first!);
  if (a === null || a !== fixedOffset(second!)) return whole;
  // The name, where there is one (东八区 and UTC+8 are read alike; 北京时间 also says which country's rules).
  const keep = /^(?:UTC|GMT)/i.test(first!) ? second! : first!;
  return ` ${keep} `;
}

// 零时区 / 中时区 (the zone of UTC itself; 零 was read as a number, and the rest as a length's end).
const ZERO_ZONE = /(?:零|0|中)时区(?:时间)?/g;

/** 北美东部 / 美国东岸 -> 美东, 澳大利亚东部 -> 澳洲东部: the regions by the names the zone readers know. */
export function namedRegions(text: string): string {
  return text.replace(NORTH_AMERICA_REGION, '美$1').replace(AUSTRALIA_REGION, '澳洲');
}

/** "美东明天早上8点" -> "美东时间明天早上8点", "北京时间（UTC+8）" -> "北京时间". */
export function rewriteChineseZoneWords(text: string): string {
  // Each pattern needs a Chinese zone word (北京时间, 东部, 美东...).
  if (!hasHan(text)) return text;
  const regions = namedRegions(
    nameBareCityZones(text)
      .replace(ZONE_SAID_TWICE, (whole: string, ...groups: Array<string | undefined>) => oneZoneForTwo(whole, ...groups.slice(0, 5)))
      .replace(ZERO_ZONE, ' UTC ')
      .replace(COUNTRY_BEFORE_BEIJING, ''),
  );
  // Before 东部 and 美东 are made 美东时间, which would leave 夏令时 behind.
  return rewriteSeasonalZones(regions)
    .replace(REGION_TIME, (word: string) => US_REGION_TIME[word] ?? word)
    .replace(US_REGION_ALONE, '$1时间');
}
