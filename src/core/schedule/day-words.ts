// Days named relative to today ("tomorrow", "day after tomorrow", "明天", "后天") and parts of the day
// ("tonight", "in the afternoon", "tomorrow morning"). We compute these ourselves from the user's zone: the
// date parser's Chinese rules read them from the server's clock, and it does not know every word order
// ("9 tomorrow", "8 this evening").
import { MONTH_NAMES, WEEKDAY } from './calendar-words.js';
import { hasHan } from './han.js';
import type { Scratch } from './scratch.js';
import { takeEveningSmallHours } from './zh-small-hours.js';

/** 'night' ("tonight", "friday night"): pm for a bare hour; a written 1am-5am is the next day's small hours. */
export type Meridiem = 'am' | 'pm' | 'night';

export interface DayWords {
  /** Days after today in the reading zone, when the text names one ("tomorrow" = 1). */
  dayOffset: number | null;
  /** A second day, for the end of a range ("tonight 10pm to tomorrow 2am" -> 1). */
  endDayOffset: number | null;
  /** A part of the day that settles am/pm for clock times that do not say ("tonight at 8"). */
  meridiem: Meridiem | null;
  /**
   * The hours of the part of the day said with "this" ("this afternoon at 1"): a time within them is today's,
   * even when past (refused), not tomorrow's. One outside them ("this morning at 3", before the morning's 4am)
   * is its next occurrence, as Duckling reads it.
   */
  thisPart?: [number, number] | null;
}

const PART_MERIDIEM: Record<string, Meridiem> = {
  morning: 'am', am: 'am', 'a.m.': 'am', afternoon: 'pm', evening: 'pm', night: 'night', pm: 'pm', 'p.m.': 'pm',
};

const EN_DAY_NAMES = [
  String.raw`(?<after>(?:the\s+)?day\s+after\s+tomorrow)`,
  String.raw`(?<tomorrow>tomorrow|tmrw|tmr)`,
  String.raw`(?<today>today)`,
  String.raw`(?<yesterday>yesterday)`,
  // "last night" is yesterday's evening: read so, it is refused as past rather than taken for this morning.
  String.raw`(?<lastNight>last\s+night)`,
  String.raw`(?<tonight>tonight)`,
].join('|');
const EN_DAY = new RegExp(
  // "late tonight", "early tomorrow": the word only hints at the clock time that follows.
  String.raw`\b(?:(?:late|early)\s+)?(?:${EN_DAY_NAMES})(?:\s+(?:in\s+the\s+)?(?<part>morning|afternoon|evening|night))?\b`,
  'g',
);
const EN_PART = new RegExp(
  String.raw`\b(?:this\s+|in\s+the\s+|at\s+)(?<part>morning|afternoon|evening|night|am|pm|a\.m\.|p\.m\.)(?=\s|$)` +
    // "friday night 11 to 2": after a weekday "night" is a part of the day too (without it the range was 11am to 2pm).
    String.raw`|(?<=\b${WEEKDAY}[a-z]*\.?\s+)(?<weekdayPart>night)\b` +
    // After a date too ("next friday night 8 to 1", "dec 3 night at 22:00 to 1", written "on june 19 2026 night" by
    // explicit-dates.ts, or "12/3 night"): without it 8 was 8am and the bare end 1 the next day's 1pm. Not before
    // a bare hour from 1 to 5 ("dec 3 night 3"), which may be the small hours that end the night.
    String.raw`|(?<=(?:\b(?:${MONTH_NAMES.join('|')})\s+\d{1,2},?\s+\d{4}|(?<![\d/])\b\d{1,2}/\d{1,2}(?:/\d{2,4})?)\s+)(?<datePart>night)\b` +
    String.raw`(?!\s+(?:at\s+|from\s+)?[1-5](?:[:.][0-5]\d)?(?![\d:.])(?!\s*[ap]\.?m\b))` +
    String.raw`|\b(?:early\s+|late\s+)?(?<alone>morning|afternoon|evening)\b`,
  'g',
);

// A clock time (or its part of the day), then a range word, then the day word.
const END_DAY_BEFORE = /(?:\d|[ap]m|noon|midnight|morning|afternoon|evening|night)\s*(?:to|until|till|til|through|thru|-|–)\s*$/;

const EN_OFFSETS: Record<string, number> = { after: 2, tomorrow: 1, today: 0, yesterday: -1, lastNight: -1, tonight: 0 };

// The hours of a part of the day, as Duckling has them (morning 4-12, afternoon 12-19, evening and night 18-24).
const THIS_PART_HOURS: Record<string, [number, number]> = {
  morning: [4, 12], am: [0, 12], 'a.m.': [0, 12], afternoon: [12, 19], evening: [18, 24], night: [18, 24], pm: [12, 24], 'p.m.': [12, 24],
};

export function extractEnglishDayWords(scratch: Scratch): DayWords {
  const found: DayWords = { dayOffset: null, endDayOffset: null, meridiem: null };
  scratch.consume(EN_DAY, (m) => {
    const groups = m.groups ?? {};
    const which = Object.keys(EN_OFFSETS).find((key) => groups[key] !== undefined);
    if (which === undefined || found.endDayOffset !== null) return false;
    // The first day named is the start's; a second one is the end's. Parts of the day only count for
    // the start's, as the end's clock time usually says am/pm itself. A day right after the range word of a start
    // with its clock time is the end's even when it is the only one ("9 in the evening till tomorrow 9am": taken
    // for the start, the whole range moved a day on).
    if (found.dayOffset !== null || END_DAY_BEFORE.test(m.input.slice(0, m.index))) {
      found.endDayOffset = EN_OFFSETS[which]!;
      return true;
    }
    found.dayOffset = EN_OFFSETS[which]!;
    if (which === 'tonight' || which === 'lastNight') found.meridiem = 'night';
    if (groups.part) found.meridiem = PART_MERIDIEM[groups.part] ?? found.meridiem;
    return true;
  });
  scratch.consume(EN_PART, (m) => {
    const part = m.groups?.part ?? m.groups?.weekdayPart ?? m.groups?.datePart ?? m.groups?.alone ?? '';
    found.meridiem ??= PART_MERIDIEM[part] ?? null;
    if (m[0].startsWith('this')) found.thisPart = THIS_PART_HOURS[part] ?? null;
    return true;
  });
  return found;
}

// 今晚/明晚 are a day and a part of the day: the day is taken here, "晚上" is left for the date parser, which
// reads 上午/下午/晚上/凌晨 per side of a range ("晚上10点到凌晨2点").
const ZH_DAY = /(大后天|后天|明天|明日|今天|今日|昨天|今晚|明晚|今早|明早|今夜|明夜)/g;
const ZH_OFFSETS: Record<string, number> = {
  大后天: 3, 后天: 2, 明天: 1, 明日: 1, 今天: 0, 今日: 0, 昨天: -1, 今晚: 0, 明晚: 1, 今早: 0, 明早: 1, 今夜: 0, 明夜: 1,
};
const ZH_PART_LEFT: Record<string, string> = { 今晚: '晚上', 明晚: '晚上', 今夜: '晚上', 明夜: '晚上', 今早: '早上', 明早: '早上' };

// Parts of the day the date parser does not know, as ones it does (same length, so positions hold).
const ZH_PART_SYNONYMS: Record<string, string> = {
  傍晚: '晚上', 夜里: '晚上', 夜间: '晚上', 半夜: '凌晨', 清晨: '早上', 早晨: '早上', 午后: '下午', 晌午: '中午',
};
const ZH_PART_SYNONYM = new RegExp(Object.keys(ZH_PART_SYNONYMS).join('|'), 'g');

// A clock time, then a range word, then (where the day word stands) nothing but spaces or 从/的.
const ZH_END_DAY_BEFORE = /(?:\d{1,2}\s*[:：]\s*\d{2}|\d\s*[点时]|[点时]\s*(?:\d+\s*分?|半|整))\s*(?:开始)?\s*(?:到|至|[-~～—])\s*$/;

export function extractChineseDayWords(scratch: Scratch): DayWords {
  // The day words, the parts of the day and the evening's small hours (zh-small-hours.ts) are all Chinese words.
  if (!hasHan(scratch.text)) return { dayOffset: null, endDayOffset: null, meridiem: null };
  scratch.rewrite(ZH_PART_SYNONYM, (word: string) => ZH_PART_SYNONYMS[word] ?? word);
  const found: DayWords = { dayOffset: null, endDayOffset: null, meridiem: null };
  scratch.text = scratch.text.replace(ZH_DAY, (word: string, _group: string, offset: number, text: string) => {
    // Right after the range word of a range whose start has its clock time ("晚上10点到明天凌晨2点"), the day is
    // the end's: taken for the start, the whole range moved to tomorrow. So it is after a start with a day of its
    // own ("今晚11点到明早1点"): left to the date parser, 明早 said after midnight was this morning, before the start.
    const endsRange = found.endDayOffset === null && ZH_END_DAY_BEFORE.test(text.slice(0, offset));
    if (endsRange) {
      found.endDayOffset ??= ZH_OFFSETS[word] ?? 0;
      return ZH_PART_LEFT[word] ?? ' '.repeat(word.length);
    }
    if (found.dayOffset !== null) return word;
    found.dayOffset = ZH_OFFSETS[word] ?? 0;
    const part = ZH_PART_LEFT[word];
    // Keep the text's length so that positions found later still line up.
    return part ?? ' '.repeat(word.length);
  });
  takeEveningSmallHours(scratch, found);
  return found;
}
