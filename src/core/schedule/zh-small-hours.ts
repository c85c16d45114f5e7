// 今晚1点, 明天晚上2点到4点, 夜里1点, 今晚凌晨2点: an evening word before 1 to 4 o'clock is the small hours after
// that evening, as "tonight 1am" is in English (明天晚上12点 already gives the midnight ending tomorrow). chrono
// read 晚上1点 as 13:00, so "今晚1点到3点" became an afternoon relay. Written here as 凌晨 (a settled am) with
// the 'night' part of the day, which puts a named day's small hours after its midnight (compose.ts, nightDate).
// 晚上5点 stays 17:00.
import type { DayWords } from './day-words.js';
import type { Scratch } from './scratch.js';

// By now 今晚/明晚 have left their 晚上, and 夜里/夜间/深夜/夜晚 are 晚上 (day-words.ts, zh-words.ts).
const EVENING_SMALL_HOUR = /晚上(?:\s*凌晨)?(?=\s*0?[1-4](?!\d)\s*(?:点|[:：]\d))/g;
const RANGE_WORD = /到|至|(?<=[点分\d])\s*[-~～—–]/;
// An end that names its day again ("明天晚上9点到明天夜里1点") keeps that day word for the date parser (the start
// took the first): the night after it is the next day's small hours, written so in as many characters.
const END_DAY_SMALL_HOUR =
  /(今晚|今夜|明晚|明夜|今天\s*晚上|明天\s*晚上|后天\s*晚上|(?:周|星期|礼拜)[一二三四五六日天]\s*晚上)(?:\s*凌晨)?(?=\s*0?[1-4](?!\d)\s*(?:点|[:：]\d))/g;
const NEXT_DAY: Record<string, string> = { 今晚: '明天', 今夜: '明天', 明晚: '后天', 明夜: '后天', 今天: '明天凌晨', 明天: '后天凌晨', 后天: '大后天' };
const NEXT_WEEKDAY: Record<string, string> = { 一: '二', 二: '三', 三: '四', 四: '五', 五: '六', 六: '日', 日: '一', 天: '一' };

function nextDayWords(words: string): string {
  const weekday = /^(周|星期|礼拜)(.)/.exec(words);
  const next = weekday ? `${weekday[1]}${NEXT_WEEKDAY[weekday[2]!]}凌晨` : NEXT_DAY[words.slice(0, 2)]!;
  return next.padEnd(words.length, ' ');
}

/**
 * Writes an evening's small hours as 凌晨 (keeping every position) and says so in `found`: the part of the day
 * becomes 'night'; an end with a day of its own ("到明天夜里1点") moves to that day's night.
 */
export function takeEveningSmallHours(scratch: Scratch, found: DayWords): void {
  const range = RANGE_WORD.exec(scratch.text);
  if (range) {
    const end = range.index + range[0].length;
    scratch.text = scratch.text.slice(0, end) + scratch.text.slice(end).replace(END_DAY_SMALL_HOUR, (words: string) => {
      found.meridiem = 'night';
      return nextDayWords(words);
    });
  }
  scratch.text = scratch.text.replace(EVENING_SMALL_HOUR, (words: string, offset: number) => {
    found.meridiem = 'night';
    if (range && offset > range.index && found.endDayOffset !== null) found.endDayOffset += 1;
    return '凌晨'.padStart(words.length, ' ');
  });
}
