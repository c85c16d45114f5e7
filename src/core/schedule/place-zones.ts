// Zones named the way people say them: "8pm London time", "9am New York time", "Beijing time", "Pacific
// time", "UK time", "local time". Only a place followed by the word "time" counts (or "in" and a well-known city
// right after a clock time: "9am in New York"), so a stream called live/london or a show about Paris is never
// read as a zone. Places are the city part of every IANA zone this runtime knows, plus the places people name
// that are not zone cities (Beijing is Asia/Shanghai).
import { longZoneNames } from './long-zone-names.js';
import type { Zone } from './wall-clock.js';

const iana = (name: string): Zone => ({ kind: 'iana', name });
const fixed = (hours: number): Zone => ({ kind: 'fixed', offsetMinutes: hours * 60 });

const ALIASES: Record<string, string> = {
  beijing: 'Asia/Shanghai', peking: 'Asia/Shanghai', china: 'Asia/Shanghai', shenzhen: 'Asia/Shanghai',
  guangzhou: 'Asia/Shanghai', hangzhou: 'Asia/Shanghai', chengdu: 'Asia/Shanghai', wuhan: 'Asia/Shanghai',
  'hong kong': 'Asia/Hong_Kong', taiwan: 'Asia/Taipei', japan: 'Asia/Tokyo', korea: 'Asia/Seoul',
  india: 'Asia/Kolkata', delhi: 'Asia/Kolkata', 'new delhi': 'Asia/Kolkata', mumbai: 'Asia/Kolkata',
  bangalore: 'Asia/Kolkata', bengaluru: 'Asia/Kolkata', uk: 'Europe/London', britain: 'Europe/London',
  england: 'Europe/London', france: 'Europe/Paris', germany: 'Europe/Berlin', spain: 'Europe/Madrid',
  italy: 'Europe/Rome', washington: 'America/New_York', dc: 'America/New_York', boston: 'America/New_York',
  miami: 'America/New_York', atlanta: 'America/New_York', nyc: 'America/New_York', ny: 'America/New_York',
  la: 'America/Los_Angeles', sf: 'America/Los_Angeles',
  'san francisco': 'America/Los_Angeles', seattle: 'America/Los_Angeles', 'silicon valley': 'America/Los_Angeles',
  'las vegas': 'America/Los_Angeles', dallas: 'America/Chicago', houston: 'America/Chicago',
  austin: 'America/Chicago', 'us eastern': 'America/New_York', eastern: 'America/New_York',
  'us central': 'America/Chicago', central: 'America/Chicago', 'us mountain': 'America/Denver',
  mountain: 'America/Denver', 'us pacific': 'America/Los_Angeles', pacific: 'America/Los_Angeles',
  'central european': 'Europe/Paris', 'eastern european': 'Europe/Athens', 'western european': 'Europe/Lisbon',
  singapore: 'Asia/Singapore', dubai: 'Asia/Dubai', moscow: 'Europe/Moscow', sydney: 'Australia/Sydney',
  // Cities this runtime lists under their older names (Asia/Katmandu, Asia/Calcutta, Asia/Saigon, Europe/Kiev,
  // Asia/Rangoon), and countries people name for their one zone.
  kathmandu: 'Asia/Kathmandu', nepal: 'Asia/Kathmandu', kolkata: 'Asia/Kolkata', 'ho chi minh': 'Asia/Ho_Chi_Minh',
  vietnam: 'Asia/Ho_Chi_Minh', kyiv: 'Europe/Kyiv', ukraine: 'Europe/Kyiv', yangon: 'Asia/Yangon', myanmar: 'Asia/Yangon',
  hk: 'Asia/Hong_Kong', thailand: 'Asia/Bangkok', philippines: 'Asia/Manila', pakistan: 'Asia/Karachi',
  bangladesh: 'Asia/Dhaka', 'sri lanka': 'Asia/Colombo', israel: 'Asia/Jerusalem', turkey: 'Europe/Istanbul',
  egypt: 'Africa/Cairo', uae: 'Asia/Dubai', 'new zealand': 'Pacific/Auckland', nz: 'Pacific/Auckland',
  hawaii: 'Pacific/Honolulu', alaska: 'America/Anchorage', arizona: 'America/Phoenix', ireland: 'Europe/Dublin',
  netherlands: 'Europe/Amsterdam', sweden: 'Europe/Stockholm', poland: 'Europe/Warsaw', portugal: 'Europe/Lisbon',
  greece: 'Europe/Athens', switzerland: 'Europe/Zurich', austria: 'Europe/Vienna', belgium: 'Europe/Brussels',
  norway: 'Europe/Oslo', denmark: 'Europe/Copenhagen', finland: 'Europe/Helsinki', malaysia: 'Asia/Kuala_Lumpur',
  'south korea': 'Asia/Seoul',
  // Canadian cities the zone database files under Toronto ("8pm Montreal time" was refused as a word not understood).
  montreal: 'America/Toronto', ottawa: 'America/Toronto', quebec: 'America/Toronto',
  // Brazil's official time is named after its capital ("8pm Brasilia time"), though the zone database files it
  // under Sao Paulo; it was refused as words not understood, as were "Brazil time" and "Rio time".
  brasilia: 'America/Sao_Paulo', brazil: 'America/Sao_Paulo', rio: 'America/Sao_Paulo', 'rio de janeiro': 'America/Sao_Paulo',
};

// A country's adjective for its one zone ("8pm Indian time", "9am British time", "Japanese time"), and Australia's
// regions said with it, were refused as words not understood. Only before "time": "8pm French lesson" names no zone.
const ADJECTIVES: Record<string, string> = {
  indian: 'Asia/Kolkata', british: 'Europe/London', irish: 'Europe/Dublin', german: 'Europe/Berlin', french: 'Europe/Paris',
  spanish: 'Europe/Madrid', italian: 'Europe/Rome', dutch: 'Europe/Amsterdam', swiss: 'Europe/Zurich', swedish: 'Europe/Stockholm',
  polish: 'Europe/Warsaw', greek: 'Europe/Athens', turkish: 'Europe/Istanbul', israeli: 'Asia/Jerusalem', japanese: 'Asia/Tokyo',
  chinese: 'Asia/Shanghai', korean: 'Asia/Seoul', singaporean: 'Asia/Singapore', thai: 'Asia/Bangkok', vietnamese: 'Asia/Ho_Chi_Minh',
  filipino: 'Asia/Manila', pakistani: 'Asia/Karachi', egyptian: 'Africa/Cairo', hawaiian: 'Pacific/Honolulu', brazilian: 'America/Sao_Paulo',
  'australian eastern': 'Australia/Sydney', 'australian central': 'Australia/Adelaide', 'australian western': 'Australia/Perth',
};

// Countries and regions with one zone that no zone city names ("8pm Newfoundland time", "Iran time", "Chile time",
// "South Africa time"), and their adjectives: refused as words not understood. Only before "time", as the
// adjectives are: "8pm chile cook-off" names no zone. Countries of several zones (Mexico, Canada, Australia,
// Russia) and Samoa (Apia and American Samoa are a day apart) stay unread.
const COUNTRIES_BEFORE_TIME: Record<string, string> = {
  newfoundland: 'America/St_Johns', iran: 'Asia/Tehran', iranian: 'Asia/Tehran', chile: 'America/Santiago',
  chilean: 'America/Santiago', argentina: 'America/Argentina/Buenos_Aires', argentinian: 'America/Argentina/Buenos_Aires',
  argentine: 'America/Argentina/Buenos_Aires', colombia: 'America/Bogota', colombian: 'America/Bogota', peru: 'America/Lima',
  peruvian: 'America/Lima', 'south africa': 'Africa/Johannesburg', 'south african': 'Africa/Johannesburg',
  nigeria: 'Africa/Lagos', nigerian: 'Africa/Lagos', kenya: 'Africa/Nairobi', kenyan: 'Africa/Nairobi',
  saudi: 'Asia/Riyadh', 'saudi arabia': 'Asia/Riyadh', emirati: 'Asia/Dubai', nepali: 'Asia/Kathmandu',
  nepalese: 'Asia/Kathmandu', 'sri lankan': 'Asia/Colombo', bangladeshi: 'Asia/Dhaka', 'south australia': 'Australia/Adelaide',
  chennai: 'Asia/Kolkata', hyderabad: 'Asia/Kolkata', wellington: 'Pacific/Auckland',
};

// "Eastern Standard Time" says the standard offset even in summer, as the abbreviation EST does.
const STANDARD_OR_DAYLIGHT: Record<string, Zone> = {
  'eastern standard': fixed(-5), 'eastern daylight': fixed(-4), 'central standard': fixed(-6),
  'central daylight': fixed(-5), 'mountain standard': fixed(-7), 'mountain daylight': fixed(-6),
  'pacific standard': fixed(-8), 'pacific daylight': fixed(-7), 'china standard': fixed(8),
  'japan standard': fixed(9), 'india standard': fixed(5.5), 'british summer': fixed(1),
  'newfoundland standard': fixed(-3.5), 'newfoundland daylight': fixed(-2.5),
  'greenwich mean': fixed(0), 'coordinated universal': fixed(0), universal: fixed(0), zulu: fixed(0),
};

// The same in Chinese: "东京时间晚上8点", "美东时间", "当地时间". (北京时间 is read with the abbreviations.)
const ZH_PLACES: Record<string, string> = {
  东京: 'Asia/Tokyo', 日本: 'Asia/Tokyo', 首尔: 'Asia/Seoul', 韩国: 'Asia/Seoul', 香港: 'Asia/Hong_Kong',
  台北: 'Asia/Taipei', 上海: 'Asia/Shanghai', 新加坡: 'Asia/Singapore', 迪拜: 'Asia/Dubai', 悉尼: 'Australia/Sydney',
  伦敦: 'Europe/London', 英国: 'Europe/London', 巴黎: 'Europe/Paris', 法国: 'Europe/Paris', 柏林: 'Europe/Berlin',
  德国: 'Europe/Berlin', 莫斯科: 'Europe/Moscow', 纽约: 'America/New_York', 美东: 'America/New_York',
  美国东部: 'America/New_York', 芝加哥: 'America/Chicago', 美中: 'America/Chicago', 美国中部: 'America/Chicago',
  洛杉矶: 'America/Los_Angeles', 旧金山: 'America/Los_Angeles', 西雅图: 'America/Los_Angeles',
  美西: 'America/Los_Angeles', 美国西部: 'America/Los_Angeles', 太平洋: 'America/Los_Angeles',
  多伦多: 'America/Toronto', 温哥华: 'America/Vancouver', 格林尼治: 'Etc/UTC', 格林威治: 'Etc/UTC',
  印度: 'Asia/Kolkata', 尼泊尔: 'Asia/Kathmandu', 加德满都: 'Asia/Kathmandu', 泰国: 'Asia/Bangkok', 曼谷: 'Asia/Bangkok',
  越南: 'Asia/Ho_Chi_Minh', 马来西亚: 'Asia/Kuala_Lumpur', 吉隆坡: 'Asia/Kuala_Lumpur', 印尼: 'Asia/Jakarta',
  雅加达: 'Asia/Jakarta', 菲律宾: 'Asia/Manila', 马尼拉: 'Asia/Manila', 澳门: 'Asia/Macau', 台湾: 'Asia/Taipei',
  新西兰: 'Pacific/Auckland', 奥克兰: 'Pacific/Auckland', 墨尔本: 'Australia/Melbourne', 澳洲东部: 'Australia/Sydney',
  夏威夷: 'Pacific/Honolulu', 阿联酋: 'Asia/Dubai', 意大利: 'Europe/Rome', 西班牙: 'Europe/Madrid',
  荷兰: 'Europe/Amsterdam', 欧洲中部: 'Europe/Paris', 中欧: 'Europe/Paris', 美国山地: 'America/Denver', 美山: 'America/Denver',
  中国: 'Asia/Shanghai', 加州: 'America/Los_Angeles', 加利福尼亚: 'America/Los_Angeles', 澳洲西部: 'Australia/Perth',
  澳洲中部: 'Australia/Adelaide', 欧洲东部: 'Europe/Athens', 东欧: 'Europe/Athens', 欧洲西部: 'Europe/Lisbon', 西欧: 'Europe/Lisbon',
  // Cities of one zone that Chinese speakers there name (阿德莱德时间 was refused as a word not understood). Brisbane
  // keeps no summer time, unlike Sydney; Canberra is Sydney's, Wellington Auckland's, Mumbai and New Delhi India's.
  阿德莱德: 'Australia/Adelaide', 布里斯班: 'Australia/Brisbane', 珀斯: 'Australia/Perth', 堪培拉: 'Australia/Sydney',
  惠灵顿: 'Pacific/Auckland', 孟买: 'Asia/Kolkata', 新德里: 'Asia/Kolkata', 大阪: 'Asia/Tokyo',
};
// A country said before its city or region ("日本东京时间", "美国太平洋时间", "美国加州时间"): the place after it decides.
// 时区 is said for 时间 as readily ("东京时区晚上8点", "太平洋时区"; they were refused as words not understood).
const ZH_COUNTRIES = [
  '中国', '日本', '韩国', '美国', '英国', '法国', '德国', '俄罗斯', '意大利', '西班牙', '荷兰', '印度', '澳大利亚', '澳洲',
  '加拿大', '新西兰', '马来西亚', '印尼', '越南', '泰国', '菲律宾',
];
const ZH_OWN_ZONE = ['当地', '本地'];
const ZH_PLACE_TIME = new RegExp(
  `(?:${ZH_COUNTRIES.join('|')})?\\s*(${[...Object.keys(ZH_PLACES), ...ZH_OWN_ZONE].sort((a, b) => b.length - a.length).join('|')})(?:(?:标准)?时间|时区)`,
  'g',
);

/** The user's own zone, said out loud: nothing to change. */
const OWN_ZONE = new Set(['local', 'my', 'our', 'your']);

// Zone cities that are a season's word before "time": "8pm christmas time" ran at 8pm on Christmas Island (UTC+7),
// "easter time" on Easter Island, "wake time" on Wake Island, hours off without a word. Their islands said whole
// ("Christmas Island time", "Easter Island time") are still read.
const SEASON_WORDS = new Set(['christmas', 'easter', 'wake']);
const ISLANDS: Record<string, string> = {
  'christmas island': 'Indian/Christmas', 'easter island': 'Pacific/Easter', 'wake island': 'Pacific/Wake',
};

let places: Map<string, Zone> | null = null;

function placeIndex(): Map<string, Zone> {
  if (places) return places;
  places = new Map();
  for (const name of Intl.supportedValuesOf('timeZone')) {
    const city = name.slice(name.lastIndexOf('/') + 1).replace(/_/g, ' ').toLowerCase();
    if (name.includes('/') && !places.has(city) && !SEASON_WORDS.has(city)) places.set(city, iana(name));
  }
  for (const [place, name] of Object.entries({ ...ALIASES, ...ADJECTIVES, ...COUNTRIES_BEFORE_TIME, ...ISLANDS })) places.set(place, iana(name));
  for (const [words, zone] of Object.entries(STANDARD_OR_DAYLIGHT)) places.set(words, zone);
  for (const [words, zone] of longZoneNames()) if (!places.has(words)) places.set(words, zone);
  return places;
}

// Up to three words before "time"; which of them name the place is decided by looking them up, longest first.
const PLACE_TIME = /\b((?:[a-z]+[\s-]+){0,2}[a-z]+)\s+time\b/gi;

// "tomorrow 9am in New York", "9-11am in London": "in" and a well-known city (or a place of ALIASES) right after a
// clock time or a day word, with no "time" after it; right after a clock time, the city alone or in brackets too
// ("8pm London", "20:00 (Tokyo)"). Only these cities: a zone city that is also a word ("christmas", "easter",
// "wake", "center") is never a zone.
const BARE_CITIES = new Set([
  'london', 'paris', 'berlin', 'madrid', 'rome', 'amsterdam', 'brussels', 'vienna', 'zurich', 'stockholm', 'oslo',
  'copenhagen', 'helsinki', 'dublin', 'lisbon', 'prague', 'warsaw', 'athens', 'istanbul', 'moscow', 'tokyo', 'seoul',
  'shanghai', 'taipei', 'bangkok', 'jakarta', 'manila', 'karachi', 'dhaka', 'cairo', 'lagos', 'nairobi',
  'johannesburg', 'new york', 'los angeles', 'chicago', 'denver', 'phoenix', 'toronto', 'vancouver', 'montreal',
  'mexico city', 'sao paulo', 'buenos aires', 'bogota', 'santiago', 'honolulu', 'anchorage', 'sydney', 'melbourne',
  'brisbane', 'perth', 'adelaide', 'auckland', 'kolkata', 'calcutta', 'kathmandu', 'singapore', 'dubai', 'riyadh',
  'tehran', 'jerusalem', 'hong kong',
]);
const NAMES_TOO = new Set(['phoenix', 'santiago', 'perth', 'adelaide', 'victoria']);

/** Whether the words are a well-known city of one zone ("tokyo", "new york", 东京) and no common name too. */
export function isKnownCity(words: string): boolean {
  const lower = words.toLowerCase();
  return (BARE_CITIES.has(lower) && !NAMES_TOO.has(lower)) || Object.hasOwn(ZH_PLACES, words);
}
// After "in" the clock time may be followed by its part of the day ("6 in the evening in New York", "1:30 in the
// afternoon in Berlin", "8 at night in London"), be "midday" ("midday in London"), be said in words ("eight pm in
// London", "seven thirty am in Dubai", "8 o'clock in Berlin") or the military way ("2030 hrs in London"): the city
// was left over and the whole schedule refused as a place without a time.
// An h-notation clock time ("21h in London", "20h30 in Paris"): an evening hour or one with its minutes, not after a
// length's word or a clock time, where it is a length ("for 2h in London", "8pm 1h30 in London" stay refused).
const H_CLOCK_END = String.raw`(?<!\b(?:for|lasting|in|within|of)\s+|\d\s*[ap]\.?m\b\.?\s*|\d:\d\d\s*)\b(?:(?:1[3-9]|2[0-3])h(?:[0-5]\d)?|(?:[01]?\d|2[0-3])h[0-5]\d)\b`;
const SPOKEN_CLOCK_END = String.raw`\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|thirty|forty[\s-]five|fifty)\s*[ap]\.?m\b\.?|\bo'?\s?clock`;
const AFTER_CLOCK_PLACE = new RegExp(
  String.raw`(?:(?:\d(?:\s*[ap]\.?m\b\.?)?|(?<!\b(?:for|lasting|of)\s+)\b\d{4}\s*(?:hrs?|hours)\b|${H_CLOCK_END}|${SPOKEN_CLOCK_END}|\b(?:noon|midday|midnight|tomorrow|today|tonight|in\s+the\s+(?:morning|afternoon|evening)|at\s+night))\s+(in\s+)|` +
  String.raw`(?:\d\s*(?:[ap]\.?m\b\.?)?|\b(?:noon|midday|midnight))\s*(\(\s*|\s)(?!in\s))([a-z]+(?:\s+[a-z]+){0,2})`,
  'gi',
);

// "8pm local", "20:00 (local)": the user's own zone, as "local time" is (the word was refused as not understood).
const LOCAL_AFTER_CLOCK = /(?<=\d\s*(?:[ap]\.?m\b\.?)?\s*)(?:\(\s*local\s*\)|\blocal\b(?!\s+time\b))/gi;

function barePlace(words: string[]): { zone: Zone; take: number } | null {
  for (let take = words.length; take >= 1; take -= 1) {
    const place = words.slice(0, take).join(' ');
    if (words[take] === 'time') return null;
    if (!BARE_CITIES.has(place) && !(place in ALIASES)) continue;
    // The US regions ("7pm eastern") are read with the abbreviations.
    if (['eastern', 'central', 'mountain', 'pacific'].includes(place)) return null;
    const zone = placeIndex().get(place);
    if (zone) return { zone, take };
  }
  return null;
}

export interface PlaceZone {
  /** Null for "local time": the user's own zone. */
  zone: Zone | null;
  start: number;
  end: number;
}

// "8pm São Paulo time", "Zürich time", "Bogotá time", "Montréal time", "Reykjavík time" were refused as words not
// understood (and the Z of Zürich taken for Zulu time): the zone names are written without accents. Each accented
// Latin letter becomes its plain letter, one character for one, so every position after it stays where it was.
const ACCENTED_LATIN = /[\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u017F]/g;

/** "São Paulo" -> "Sao Paulo": accented Latin letters as their plain letters (ß, ø, æ stay as they are). */
export function withoutAccents(text: string): string {
  return text.replace(ACCENTED_LATIN, (letter: string) => letter.normalize('NFD')[0]!);
}

/** Every "<place> time" in the text, with the span it covers (the place's words and "time"). */
export function findPlaceZones(text: string): PlaceZone[] {
  const found: PlaceZone[] = [];
  for (const m of text.matchAll(PLACE_TIME)) {
    const words = m[1]!.toLowerCase().split(/[\s-]+/);
    const end = m.index + m[0].length;
    for (let take = words.length; take >= 1; take -= 1) {
      const place = words.slice(words.length - take).join(' ');
      const zone = OWN_ZONE.has(place) ? null : placeIndex().get(place);
      if (zone === undefined) continue;
      found.push({ zone, start: placeStart(m.index, m[1]!, take), end });
      break;
    }
  }
  // Tried again one character on when a match names no place: "5 nov noon in london" first matches at "5 nov noon
  // in" (a clock-like digit and three words), which hid the "noon in london" after it (refused as words not understood).
  AFTER_CLOCK_PLACE.lastIndex = 0;
  for (let m = AFTER_CLOCK_PLACE.exec(text); m; m = AFTER_CLOCK_PLACE.exec(text)) {
    const [, inWord, bracket, words = ''] = m;
    const place = barePlace(words.toLowerCase().split(/\s+/));
    // Without "in", only a city that is no common word or name ("8pm Phoenix" may be a show).
    if (!place || (!inWord && NAMES_TOO.has(words.toLowerCase().split(/\s+/).slice(0, place.take).join(' ')))) {
      AFTER_CLOCK_PLACE.lastIndex = m.index + 1;
      continue;
    }
    const placeAt = m.index + m[0].length - words.length;
    const start = placeAt - (inWord ?? bracket ?? '').length;
    const end = endOfWords(placeAt, words, place.take);
    // "(Tokyo)": the closing bracket goes with the place.
    const closing = bracket?.startsWith('(') ? /^\s*\)/.exec(text.slice(end))?.[0].length ?? 0 : 0;
    // The first words of a longer "<place> time" ("8pm New Zealand Daylight Time", "Central European Summer Time")
    // are that zone's, not a city's of their own: read as both, the two were refused as two zones.
    if (found.some((zone) => zone.start < end && start < zone.end)) continue;
    found.push({ zone: place.zone, start, end: end + closing });
  }
  for (const m of text.matchAll(LOCAL_AFTER_CLOCK)) found.push({ zone: null, start: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(ZH_PLACE_TIME)) {
    const name = ZH_PLACES[m[1]!];
    found.push({ zone: name ? iana(name) : null, start: m.index, end: m.index + m[0].length });
  }
  return found;
}

/** Where the first `take` words of `words` (found at `at`) end in the text. */
function endOfWords(at: number, words: string, take: number): number {
  const parts = [...words.matchAll(/[a-z]+/gi)];
  const last = parts[take - 1]!;
  return at + last.index + last[0].length;
}

/** Where the last `take` words of `words` (found at `at`) begin in the text. */
function placeStart(at: number, words: string, take: number): number {
  const parts = [...words.matchAll(/[a-z]+/gi)];
  return at + parts[parts.length - take]!.index;
}
