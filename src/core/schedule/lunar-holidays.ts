// Days of the Chinese calendar, the dates Chinese live events run on (春晚 on 除夕, galas at 中秋), written as their
// date on ours: 除夕晚上8点 -> 2027年2月5日晚上8点, "mid-autumn festival 8pm" -> "sep 15 2027 8pm". They had been
// refused as words not understood (大年初一 even as the vague 年初). They move on our calendar but are not guesses:
// the Chinese calendar that Node's ICU carries places them. A named lunar day is its next occurrence on the user's
// calendar, today's included (除夕 said on 除夕 is today; a past hour on it is refused as past, as 26号 is on the
// 26th), or the one in the year said with it (2027年春节, 明年中秋). 小年 is asked: the north keeps 腊月二十三 and the
// south 腊月二十四, so either date read without a word would be a day off for half the people typing it.
import type { RelayError, Result } from '../errors.js';
import type { Locale } from '../i18n.js';
import { MONTH_NAMES } from './calendar-words.js';
import { EN_EVENING_HOUR_AHEAD, ZH_EVENING_HOUR_AHEAD } from './holidays.js';
import { chineseNumeral } from './numbers.js';
import { scheduleError } from './schedule-error.js';
import { addDays, daysBetween, formatCivilDate, type CivilDate, type WallTime } from './wall-clock.js';
import { refuseUnclearEveningHour } from './zh-holiday-small-hours.js';
import { refuseUnclearEnglishEveningHour, type Eve } from './en-holiday-small-hours.js';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// The Chinese calendar's month ("12", or "6bis" for a leap sixth month) and day of a date of ours. The lunar date
// of a civil date is the same in every zone (the calendar is reckoned in Beijing time, for whole days).
const LUNAR = new Intl.DateTimeFormat('en-u-ca-chinese', { timeZone: 'UTC', month: 'numeric', day: 'numeric' });

// Where Node's ICU starts a lunar month a day off the official calendar (紫金山天文台 / the Hong Kong Observatory):
// its approximate astronomy misplaces a new moon minutes from Beijing midnight (ICU-23274). Without these 除夕 2027
// would be 2月6日, a day late for 春晚, and 春节 2030 a day early. Checked against an independent calendar for every day
// of 2024-2040, the years a relay can name; each range is the official month and day of its first date.
const OFFICIAL_WHERE_ICU_DIFFERS: Array<{ from: string; to: string; month: string; firstDay: number }> = [
  { from: '2027-02-06', to: '2027-03-07', month: '1', firstDay: 1 },
  { from: '2030-02-02', to: '2030-02-02', month: '12', firstDay: 30 },
  { from: '2030-02-03', to: '2030-03-03', month: '1', firstDay: 1 },
];

function lunarDate(date: CivilDate): { month: string; day: number } {
  const iso = formatCivilDate(date);
  const fixed = OFFICIAL_WHERE_ICU_DIFFERS.find((range) => range.from <= iso && iso <= range.to);
  if (fixed) {
    const [year, month, day] = fixed.from.split('-').map(Number) as [number, number, number];
    return { month: fixed.month, day: fixed.firstDay + daysBetween({ year, month, day }, date) };
  }
  const parts = LUNAR.formatToParts(Date.UTC(date.year, date.month - 1, date.day, 12));
  return { month: parts.find((p) => p.type === 'month')!.value, day: Number(parts.find((p) => p.type === 'day')!.value) };
}

/** A lunar day: a month (1-12) and its day, the eve of the new year, or a day of whichever month comes first. */
type LunarDay = { month: number; day: number } | { eve: true } | { anyMonthDay: number };

// A lunar year has at most 385 days: a day not found in this many after today does not come.
const SEARCH_DAYS = 390;

/**
 * The first civil date from `from` on (inside `year` when given) that is the lunar day; null when it does not come,
 * 'noSuchDay' when its month comes without it (腊月三十 in a year whose 腊月 has 29 days: not next year's, a year off).
 */
function nextOccurrence(want: LunarDay, from: CivilDate, year: number | null): CivilDate | null | 'noSuchDay' {
  const start = year === null ? from : { year, month: 1, day: 1 };
  for (let i = 0; i < SEARCH_DAYS; i += 1) {
    const date = addDays(start, i);
    if (year !== null && date.year !== year) return null;
    const lunar = lunarDate(date);
    if ('eve' in want) {
      const next = lunarDate(addDays(date, 1));
      if (next.month === '1' && next.day === 1) return date;
    } else if ('anyMonthDay' in want) {
      if (lunar.day === want.anyMonthDay) return date;
    } else if (lunar.month === String(want.month)) {
      if (lunar.day === want.day) return date;
      if (lunarDate(addDays(date, 1)).month !== lunar.month && lunar.day < want.day) return 'noSuchDay';
    }
  }
  return null;
}

// Whole: not 正月十 of 正月十五, nor an hour (腊月8点).
const ZH_DAY = String.raw`(?:(?:初\s*(?:十|[一二三四五六七八九])|廿[一二三四五六七八九]?|二十[一二三四五六七八九]?|三十|十[一二三四五六七八九]?)(?![一二三四五六七八九十点时])|(?:30|[12]?\d)(?![\d点时:：]))(?:日|号)?`;
// 正月, 冬月 and 腊月 are lunar by their names; a numbered month only with 农历 / 阴历 (八月十五 may be 15 August).
const ZH_MONTH = String.raw`(?:(?:农历|阴历)\s*(?:[一二三四五六七八九十]|十[一二]|1[0-2]|[1-9])月|(?:农历|阴历)?\s*(?:正月|冬月|腊月)|大年(?=\s*初))`;
const ZH_YEAR = String.raw`(?:(\d{4})\s*年|(今年|明年))?\s*(?:的\s*)?`;

const ZH_FESTIVALS: Array<[string, LunarDay]> = [
  ['除夕夜|除夕|大年夜|大年三十|(?<![\\d〇零一二三四五六七八九十])年三十', { eve: true }],
  ['春节|农历新年|大年初一', { month: 1, day: 1 }],
  ['元宵节|元宵', { month: 1, day: 15 }],
  ['端午节|端午', { month: 5, day: 5 }],
  ['七夕节|七夕', { month: 7, day: 7 }],
  ['中元节', { month: 7, day: 15 }],
  ['中秋节|中秋', { month: 8, day: 15 }],
  ['重阳节|重阳', { month: 9, day: 9 }],
  ['腊八节|腊八', { month: 12, day: 8 }],
];

// Lower case by now; "chinese new year's eve" before "new year's eve" reaches holidays.ts.
const EN_FESTIVALS: Array<[string, LunarDay]> = [
  [String.raw`(?:chinese|lunar)\s+new\s+year(?:'|’)?s\s+eve`, { eve: true }],
  [String.raw`(?:chinese|lunar)\s+new\s+year(?:(?:'|’)?s\s+day)?|spring\s+festival`, { month: 1, day: 1 }],
  [String.raw`lantern\s+festival`, { month: 1, day: 15 }],
  [String.raw`(?:dragon\s+boat|duanwu)(?:\s+festival)?`, { month: 5, day: 5 }],
  [String.raw`qixi(?:\s+festival)?|double\s+seventh(?:\s+festival)?`, { month: 7, day: 7 }],
  [String.raw`(?:mid-?\s*autumn|moon|mooncake)\s+festival`, { month: 8, day: 15 }],
  [String.raw`(?:double\s+ninth|chongyang)(?:\s+festival)?`, { month: 9, day: 9 }],
];

const XIAONIAN = /小年夜?/;

function zhDate(date: CivilDate): string {
  return `${date.year}年${date.month}月${date.day}日`;
}

function enDate(date: CivilDate): string {
  return `${MONTH_NAMES[date.month - 1]!.slice(0, 3)} ${date.day} ${date.year}`;
}

function lunarDayNumber(written: string): number {
  const day = written.replace(/\s+|日|号/g, '').replace(/^初/, '');
  return /^\d+$/.test(day) ? Number(day) : chineseNumeral(day);
}

function lunarMonthNumber(written: string): number {
  const named = written.replace(/\s+|农历|阴历/g, '');
  if (named === '正月' || named === '大年') return 1;
  if (named === '冬月') return 11;
  if (named === '腊月') return 12;
  const month = named.replace(/月$/, '');
  return /^\d+$/.test(month) ? Number(month) : chineseNumeral(month);
}

interface Said {
  index: number;
  length: number;
  want: LunarDay;
  year: number | null;
  /** An eve's name: a bare hour after it is that evening's. */
  evening: boolean;
}

// Tried in this order, a later one never inside an earlier one's words: a month and its day first (正月十五, 农历八月十五,
// 大年初三), then the festivals' names, then a bare 初三.
const PATTERNS: Array<{ pattern: RegExp; want: (m: RegExpExecArray) => LunarDay; evening: (m: RegExpExecArray) => boolean }> = [
  {
    pattern: new RegExp(`${ZH_YEAR}(${ZH_MONTH})\\s*(${ZH_DAY})`, 'g'),
    want: (m) => ({ month: lunarMonthNumber(m[3]!), day: lunarDayNumber(m[4]!) }),
    evening: () => false,
  },
  ...ZH_FESTIVALS.map(([names, want]) => ({
    pattern: new RegExp(`${ZH_YEAR}(?:${names})`, 'g'),
    want: () => want,
    // 大年三十 / 年三十 name the day, as 12月31日 does; 除夕 and 大年夜 the evening, as 跨年夜 does.
    evening: (m: RegExpExecArray) => 'eve' in want && !m[0].endsWith('三十'),
  })),
  // Not yet lower case here: "Chinese New Year".
  ...EN_FESTIVALS.map(([names, want]) => ({ pattern: new RegExp(`()()\\b(?:${names})\\b`, 'gi'), want: () => want, evening: () => 'eve' in want })),
  // 初一 ... 初十 alone: that day of the coming lunar month (初三 said in 腊月 is 腊月初三, in 正月 the holiday's).
  // Not the 初 of 月初 / 年初 (the start of a month or year, refused as vague elsewhere).
  { pattern: /()()(?<![月年最当起])初\s*(十|[一二三四五六七八九])(?![十\d])/g, want: (m) => ({ anyMonthDay: lunarDayNumber(m[3]!) }), evening: () => false },
];

const MAY_NAME_ONE = /初|月|除夕|大年|年三十|春节|农历|元宵|端午|七夕|中元|中秋|重阳|腊八|new\s+year|festival|duanwu|qixi|double/i;

function findLunarDays(text: string, today: CivilDate): Said[] {
  const found: Said[] = [];
  const yearOf = (digits?: string, word?: string): number | null =>
    digits ? Number(digits) : word === '明年' ? today.year + 1 : word === '今年' ? today.year : null;
  for (const { pattern, want, evening } of PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const index = m.index;
      if (found.some((f) => index < f.index + f.length && f.index < index + m[0].length)) continue;
      found.push({ index, length: m[0].length, want: want(m), year: yearOf(m[1], m[2]), evening: evening(m) });
    }
  }
  return found.sort((a, b) => b.index - a.index);
}

function isEnglish(words: string): boolean {
  return /^[\x20-\x7e’]+$/.test(words.trim());
}

/** The text with every named lunar day written as its date; refused for 小年 and for a day its month lacks. */
export function rewriteLunarHolidays(text: string, now: WallTime, locale: Locale): Result<string, RelayError[]> {
  const xiaonian = XIAONIAN.exec(text);
  if (xiaonian) {
    const north = nextOccurrence({ month: 12, day: 23 }, now, null);
    const south = nextOccurrence({ month: 12, day: 24 }, now, null);
    if (north && south && north !== 'noSuchDay' && south !== 'noSuchDay') {
      const inWords = locale === 'zh-CN' ? zhDate : enDate;
      return { ok: false, error: [scheduleError('regionalLunarDay', 'StartTime', { words: xiaonian[0], north: inWords(north), south: inWords(south) })] };
    }
  }
  if (!MAY_NAME_ONE.test(text)) return { ok: true, value: text };
  const said = findLunarDays(text, now);
  let written = text;
  const eveDates: Record<string, [string, string]> = {};
  const englishEves: Eve[] = [];
  for (const one of said) {
    const words = text.slice(one.index, one.index + one.length);
    const date = nextOccurrence(one.want, now, one.year);
    if (date === 'noSuchDay' || date === null) {
      return { ok: false, error: [scheduleError('noSuchDate', 'StartTime', { date: words.trim() })] };
    }
    const english = isEnglish(words);
    const after = written.slice(one.index + one.length);
    // An eve is an evening, as 跨年夜 is (holidays.ts): 除夕8点 is 20:00; 凌晨 after it is the small hours that end it.
    let replacement = english ? ` ${enDate(date)} ` : ` ${zhDate(date)} `;
    if (one.evening && !english && /^\s*凌晨/.test(after)) replacement = ` ${zhDate(addDays(date, 1))} `;
    else if (one.evening && new RegExp(`^${english ? EN_EVENING_HOUR_AHEAD : ZH_EVENING_HOUR_AHEAD}`).test(after)) {
      if (english) englishEves.push({ name: escapeRegExp(words.trim().toLowerCase()).replace(/\s+/g, String.raw`\s+`), day: enDate(date), nextDay: enDate(addDays(date, 1)) });
      else eveDates[words.trim()] = [zhDate(date), zhDate(addDays(date, 1))];
      replacement = english ? ` ${enDate(date)} evening` : ` ${zhDate(date)}晚上`;
    }
    written = written.slice(0, one.index) + replacement + after;
  }
  // 除夕3点: that afternoon or the small hours after the evening, asked as 平安夜3点 is.
  const evenHours = Object.keys(eveDates).length > 0 ? refuseUnclearEveningHour(text, eveDates) : { ok: true as const, value: undefined };
  if (!evenHours.ok) return evenHours;
  const englishEvenHours = englishEves.length > 0 ? refuseUnclearEnglishEveningHour(text, englishEves) : { ok: true as const, value: undefined };
  if (!englishEvenHours.ok) return englishEvenHours;
  return { ok: true, value: written };
}
