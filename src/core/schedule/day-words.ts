// Days named relative to today ("tomorrow", "day after tomorrow", "明天", "后天") and parts of the day
// ("tonight", "in the afternoon", "tomorrow morning"). We compute these ourselves from the user's zone: the
// date parser's Chinese rules read them from the server's clock, and it does not know every word order
// ("9 tomorrow", "8 this evening").
import type { Scratch } from './scratch.js';

export type Meridiem = 'am' | 'pm';

export interface DayWords {
  /** Days after today in the reading zone, when the text names one ("tomorrow" = 1). */
  dayOffset: number | null;
  /** A second day, for the end of a range ("tonight 10pm to tomorrow 2am" -> 1). */
  endDayOffset: number | null;
  /** A part of the day that settles am/pm for clock times that do not say ("tonight at 8"). */
  meridiem: Meridiem | null;
}

const PART_MERIDIEM: Record<string, Meridiem> = {
  morning: 'am', am: 'am', 'a.m.': 'am', afternoon: 'pm', evening: 'pm', night: 'pm', pm: 'pm', 'p.m.': 'pm',
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
  String.raw`\b(?:${EN_DAY_NAMES})(?:\s+(?:in\s+the\s+)?(?<part>morning|afternoon|evening|night))?\b`,
  'g',
);
const EN_PART = new RegExp(
  String.raw`\b(?:this\s+|in\s+the\s+|at\s+)(?<part>morning|afternoon|evening|night|am|pm|a\.m\.|p\.m\.)(?=\s|$)` +
    String.raw`|\b(?:early\s+|late\s+)?(?<alone>morning|afternoon|evening)\b`,
  'g',
);

const EN_OFFSETS: Record<string, number> = { after: 2, tomorrow: 1, today: 0, yesterday: -1, lastNight: -1, tonight: 0 };

export function extractEnglishDayWords(scratch: Scratch): DayWords {
  const found: DayWords = { dayOffset: null, endDayOffset: null, meridiem: null };
  scratch.consume(EN_DAY, (m) => {
    const groups = m.groups ?? {};
    const which = Object.keys(EN_OFFSETS).find((key) => groups[key] !== undefined);
    if (which === undefined || found.endDayOffset !== null) return false;
    // The first day named is the start's; a second one is the end's. Parts of the day only count for
    // the start's, as the end's clock time usually says am/pm itself.
    if (found.dayOffset !== null) {
      found.endDayOffset = EN_OFFSETS[which]!;
      return true;
    }
    found.dayOffset = EN_OFFSETS[which]!;
    if (which === 'tonight' || which === 'lastNight') found.meridiem = 'pm';
    if (groups.part) found.meridiem = PART_MERIDIEM[groups.part] ?? found.meridiem;
    return true;
  });
  scratch.consume(EN_PART, (m) => {
    const part = m.groups?.part ?? m.groups?.alone ?? '';
    found.meridiem ??= PART_MERIDIEM[part] ?? null;
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

export function extractChineseDayWords(scratch: Scratch): DayWords {
  scratch.rewrite(ZH_PART_SYNONYM, (word: string) => ZH_PART_SYNONYMS[word] ?? word);
  const found: DayWords = { dayOffset: null, endDayOffset: null, meridiem: null };
  scratch.rewrite(ZH_DAY, (word: string) => {
    if (found.dayOffset !== null) return word;
    found.dayOffset = ZH_OFFSETS[word] ?? 0;
    const part = ZH_PART_LEFT[word];
    // Keep the text's length so that positions found later still line up.
    return part ?? ' '.repeat(word.length);
  });
  return found;
}
