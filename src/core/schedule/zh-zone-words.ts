// Chinese zone names said without their 时间, with an offset that repeats them, or by other names, written the way
// zones.ts and place-zones.ts read them: "美东明天早上8点" -> "美东时间明天早上8点", "东部时间" -> "美东时间" (in Chinese
// the US Eastern zone), "北京时间（UTC+8）" -> "北京时间", "北美东部时间" / "美国东岸时间" -> "美东时间". Each was
// refused ("美东" not understood, "UTC+8" an unknown second zone). Run on the text as typed (Simplified,
// half-width), before the zones are read.

import { hasHan } from './han.js';

// 美东 / 美西 / 美中 (and 美国东部...) name a zone on their own; 东部 / 西部 / 中部 / 山地 only before 时间.
const US_REGION_ALONE = /(美东|美西|美中|美国东部|美国西部|美国中部)(?!\s*时间)/g;
const US_REGION_TIME: Record<string, string> = { 东部: '美东', 西部: '美西', 中部: '美中' };
// Not another continent's (欧洲中部, 澳洲东部, 澳大利亚东部: these are place names of their own, place-zones.ts).
const REGION_TIME = /(?<![美国洲亚])(东部|西部|中部)(?=\s*时间)/g;
// 北美东部, 美国东岸, 美国西海岸: the US regions by other names.
const NORTH_AMERICA_REGION = /(?:美国|北美)\s*([东西中])\s*(?:部|海?岸)/g;
// 澳大利亚东部 is 澳洲东部.
const AUSTRALIA_REGION = /澳大利亚(?=\s*[东西中]部)/g;
// 中国北京时间: the country said before 北京时间 (read by zones.ts on its own, which left 中国 not understood).
const COUNTRY_BEFORE_BEIJING = /中国\s*(?=北京时间)/g;
// An offset in brackets after 北京时间 (or 东八区) that says the same: UTC+8, GMT+8, UTC+08:00.
const BEIJING_OFFSET = /(北京时间|东八区)\s*[(（]\s*(?:UTC|GMT)\s*\+\s*0?8(?::?00)?\s*[)）]/gi;

/** "美东明天早上8点" -> "美东时间明天早上8点", "北京时间（UTC+8）" -> "北京时间". */
export function rewriteChineseZoneWords(text: string): string {
  // Each pattern needs a Chinese zone word (北京时间, 东部, 美东...).
  if (!hasHan(text)) return text;
  return text
    .replace(BEIJING_OFFSET, '$1')
    .replace(COUNTRY_BEFORE_BEIJING, '')
    .replace(NORTH_AMERICA_REGION, '美$1')
    .replace(AUSTRALIA_REGION, '澳洲')
    .replace(REGION_TIME, (word: string) => US_REGION_TIME[word] ?? word)
    .replace(US_REGION_ALONE, '$1时间');
}
