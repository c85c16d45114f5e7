// A city said without its 时间 right beside a clock time: 东京8点到10点, 东京明晚8点, 明天8点到10点 东京, 纽约晚上8点.
// In Chinese the place comes before the time as in 东京时间8点, and a city right after a clock time is its zone as
// "8pm-10pm Tokyo" is in English (place-zones.ts); both were refused as 东京 not understood. Written as the city's
// 时间 for place-zones.ts to read. Only cities of one zone, and only beside a clock: 在东京 / 地域 东京 / 东京节点 are
// the region (the command takes them first), and a city after a length stays a word not understood.
const CITIES = [
  '东京', '大阪', '首尔', '香港', '澳门', '台北', '北京', '上海', '新加坡', '曼谷', '吉隆坡', '雅加达', '马尼拉', '迪拜',
  '孟买', '新德里', '悉尼', '墨尔本', '奥克兰', '伦敦', '巴黎', '柏林', '莫斯科', '纽约', '芝加哥', '洛杉矶', '旧金山',
  '西雅图', '多伦多', '温哥华',
].join('|');
const NUMERAL = String.raw`[\d零〇一二两三四五六七八九十]`;
const CLOCK = String.raw`(?:${NUMERAL}{1,3}\s*点|\d{1,2}\s*[:：]\s*[0-5]\d)`;
// The day and the part of the day that may come between the city and its clock (东京明晚8点, 东京周五晚上8点), the day
// also as a date (东京12月3日晚上8点, 东京2026-12-03 20:00, 东京3号晚上8点, 东京12/3 20:00) or a weekday of another week
// (东京下周五晚上8点), the part also as 晚 / 早 (东京晚8点, 东京明天晚8点): each was refused as a place without a time.
const DATE = String.raw`(?:(?:\d{4}|${NUMERAL}{2,4})\s*年\s*)?${NUMERAL}{1,3}\s*月\s*${NUMERAL}{1,3}\s*[日号]?|${NUMERAL}{1,3}\s*[日号]|\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|\d{1,2}\s*[/.]\s*\d{1,2}`;
const DAY = String.raw`(?:大?(?:今|明|后)(?:天|晚|早)?|(?:下个?|这个?|本)?(?:周|星期|礼拜)[一二三四五六日天]|${DATE})`;
const PART = String.raw`(?:早上|上午|中午|下午|傍晚|晚上|凌晨|夜里|半夜|深夜|晚间|早|晚)`;
const DAY_AND_PART = String.raw`(?:${DAY})?\s*${PART}?\s*`;
const NOT_ZONE_AFTER = String.raw`(?!\s*(?:时间|时区|地域|区域|地区|节点|机房|的))`;
const CITY_BEFORE_CLOCK = new RegExp(String.raw`(?<![在用走选]\s*)(${CITIES})${NOT_ZONE_AFTER}(?=\s*${DAY_AND_PART}${CLOCK})`, 'g');
// In brackets too (20:00（纽约）, 明晚8点到10点（东京）, as "20:00 (Tokyo)" in English): refused as （东京） not understood.
const OPEN_BRACKET = String.raw`(?:[(\[【]\s*)?`;
const CITY_AFTER_CLOCK = new RegExp(
  String.raw`(?<=${CLOCK}(?:\s*(?:半|钟|[一三]\s*刻|${NUMERAL}{1,2}\s*分?))?\s*${OPEN_BRACKET})(${CITIES})${NOT_ZONE_AFTER}`,
  'g',
);

/** 东京8点 -> 东京时间8点, 10点 东京 -> 10点 东京时间: a city beside a clock time names its zone. */
export function nameBareCityZones(text: string): string {
  return text.replace(CITY_BEFORE_CLOCK, '$1时间').replace(CITY_AFTER_CLOCK, '$1时间');
}
