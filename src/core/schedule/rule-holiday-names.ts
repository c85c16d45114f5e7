// Holidays that follow a rule (Easter, US Thanksgiving, Mother's Day, 清明…) written as their date before the date
// parser reads the text, as lunar-holidays.ts does for the Chinese calendar's: "thanksgiving 8pm" said on 28 November
// 2026 -> "nov 25 2027 8pm", 复活节晚上8点 -> 2027年3月28日晚上8点. They were refused as words not understood. The date
// is the next one from the user's today (today's included), or the one in the year said with it ("easter 2027",
// 2027年复活节, 明年母亲节). A name whose date depends on the country is read as the user's country keeps it when their
// zone is in the United States or Canada (Thanksgiving: November there, October here; Labor Day the first Monday of
// September in both, while most of the world keeps it on 1 May; Memorial Day is the US's), and otherwise asked
// ("labor day 8pm" said in Shanghai had been September's, silently); the Chinese names are read as China uses them
// (感恩节 is the American holiday, 母亲节 the second Sunday of May).
import type { RelayError, Result } from '../errors.js';
import { MONTH_NAMES } from './calendar-words.js';
import {
  canadianThanksgiving,
  easterMonday,
  easterSunday,
  goodFriday,
  laborDay,
  memorialDay,
  motheringSunday,
  nextOccurrence,
  qingmingDay,
  southernFathersDay,
  usFathersDay,
  usMothersDay,
  usThanksgiving,
  type CalendarDate,
  type HolidayRule,
} from './rule-holidays.js';
import { scheduleError } from './schedule-error.js';
import type { CivilDate, Zone } from './wall-clock.js';

type Country = 'us' | 'ca' | 'gb' | 'ie' | 'au' | 'nz';

interface NamedRule {
  names: string;
  /** The same date everywhere it is kept, or the date in each country it is read for (elsewhere it is asked). */
  rule: HolidayRule | Partial<Record<Country, HolidayRule>>;
}

// Not lower case yet (this runs beside the lunar stage): the patterns ignore case.
const EN_RULES: NamedRule[] = [
  { names: String.raw`easter\s+monday`, rule: easterMonday },
  { names: String.raw`good\s+friday`, rule: goodFriday },
  { names: String.raw`easter(?:\s+sunday|\s+day)?`, rule: easterSunday },
  { names: String.raw`thanksgiving(?:\s+day)?`, rule: { us: usThanksgiving, ca: canadianThanksgiving } },
  { names: String.raw`memorial\s+day`, rule: { us: memorialDay } },
  { names: String.raw`labou?r\s+day`, rule: { us: laborDay, ca: laborDay } },
  { names: String.raw`mothering\s+sunday`, rule: motheringSunday },
  {
    names: String.raw`mother(?:'|’)?s(?:'|’)?\s+day`,
    rule: { us: usMothersDay, ca: usMothersDay, au: usMothersDay, nz: usMothersDay, gb: motheringSunday, ie: motheringSunday },
  },
  {
    names: String.raw`father(?:'|’)?s(?:'|’)?\s+day`,
    rule: { us: usFathersDay, ca: usFathersDay, gb: usFathersDay, ie: usFathersDay, au: southernFathersDay, nz: southernFathersDay },
  },
];

const ZH_RULES: { names: string; rule: HolidayRule }[] = [
  { names: '复活节(?:星期日|周日)?', rule: easterSunday },
  { names: '耶稣受难日', rule: goodFriday },
  { names: '感恩节', rule: usThanksgiving },
  { names: '母亲节', rule: usMothersDay },
  { names: '父亲节', rule: usFathersDay },
  { names: '清明节|清明', rule: qingmingDay },
];

// The zones of the United States and of Canada (and their older names): the countries whose own dates are read.
const US_ZONE =
  /^(?:America\/(?:New_York|Detroit|Kentucky\/\w+|Indiana\/\w+|Indianapolis|Fort_Wayne|Louisville|Chicago|Menominee|North_Dakota\/\w+|Denver|Boise|Phoenix|Los_Angeles|Anchorage|Juneau|Sitka|Metlakatla|Yakutat|Nome|Adak)|Pacific\/Honolulu|US\/\w+|EST5EDT|CST6CDT|MST7MDT|PST8PDT)$/;

// "Easter Island time" is a place (place-zones.ts), not a day, and "easter time" the weeks around it, not a date.
const CANADIAN_ZONE =
  /^(?:America\/(?:St_Johns|Halifax|Glace_Bay|Moncton|Goose_Bay|Blanc-Sablon|Toronto|Montreal|Nipigon|Thunder_Bay|Iqaluit|Pangnirtung|Atikokan|Winnipeg|Rainy_River|Resolute|Rankin_Inlet|Regina|Swift_Current|Edmonton|Cambridge_Bay|Yellowknife|Inuvik|Creston|Dawson_Creek|Fort_Nelson|Whitehorse|Dawson|Vancouver)|Canada\/[\w-]+)$/;

const OTHER_COUNTRY_ZONES: [Country, RegExp][] = [
  ['gb', /^(?:Europe\/(?:London|Belfast|Guernsey|Jersey|Isle_of_Man)|GB)$/],
  ['ie', /^(?:Europe\/Dublin|Eire)$/],
  ['au', /^Australia\/[\w-]+$/],
  ['nz', /^(?:Pacific\/(?:Auckland|Chatham)|NZ(?:-CHAT)?)$/],
];

function countryOf(zone: Zone): Country | null {
  if (zone.kind !== 'iana') return null;
  if (US_ZONE.test(zone.name)) return 'us';
  if (CANADIAN_ZONE.test(zone.name)) return 'ca';
  return OTHER_COUNTRY_ZONES.find(([, zones]) => zones.test(zone.name))?.[0] ?? null;
}

const EN_PATTERN = new RegExp(
  String.raw`\b(${EN_RULES.map((r) => `(${r.names})`).join('|')})\b(?!\s+(?:island|time)\b)(?:\s*,?\s+((?:19|20)\d{2})\b)?`,
  'gi',
);
const ZH_PATTERN = new RegExp(String.raw`(?:(\d{4})\s*年|(今年|明年))?\s*(?:的\s*)?(${ZH_RULES.map((r) => `(?:${r.names})`).join('|')})`, 'g');
const MAY_NAME_ONE = /easter|good\s+friday|thanksgiving|memorial|labou?r|mother|father|复活节|耶稣受难日|感恩节|母亲节|父亲节|清明/i;

function dateOf(rule: HolidayRule, today: CivilDate, year: number | null): CalendarDate | null {
  try {
    return year !== null ? rule(year) : nextOccurrence(rule, today);
  } catch {
    return null; // 清明 outside the years its formula holds for: left as words, refused as not understood
  }
}

const enDate = (date: CivilDate) => `${MONTH_NAMES[date.month - 1]!.slice(0, 3)} ${date.day} ${date.year}`;
const zhDate = (date: CivilDate) => `${date.year}年${date.month}月${date.day}日`;

/** The text with every rule holiday written as its date; refused for a name whose date depends on the country. */
export function rewriteRuleHolidays(text: string, today: CivilDate, ownZone: Zone): Result<string, RelayError[]> {
  if (!MAY_NAME_ONE.test(text)) return { ok: true, value: text };
  const country = countryOf(ownZone);
  let refused: RelayError | null = null;
  let written = text.replace(EN_PATTERN, (whole, _name: string, ...rest: unknown[]) => {
    const index = rest.slice(0, EN_RULES.length).findIndex((group) => group !== undefined);
    const named = EN_RULES[index]!;
    const yearSaid = rest[EN_RULES.length] as string | undefined;
    const rule = typeof named.rule === 'function' ? named.rule : country ? named.rule[country] : undefined;
    if (!rule) {
      refused ??= scheduleError('countryHoliday', 'StartTime', { words: whole.trim() });
      return whole;
    }
    const date = dateOf(rule, today, yearSaid ? Number(yearSaid) : null);
    return date ? ` ${enDate(date)} ` : whole;
  });
  if (refused) return { ok: false, error: [refused] };
  written = written.replace(ZH_PATTERN, (whole, digits: string | undefined, word: string | undefined, name: string) => {
    const named = ZH_RULES.find((r) => new RegExp(`^(?:${r.names})$`).test(name))!;
    const year = digits ? Number(digits) : word === '明年' ? today.year + 1 : word === '今年' ? today.year : null;
    const date = dateOf(named.rule, today, year);
    return date ? ` ${zhDate(date)} ` : whole;
  });
  return { ok: true, value: written };
}
