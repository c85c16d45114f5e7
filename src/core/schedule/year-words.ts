// A year said relative to this one: "明年1月2日", "今年3月5日", "后年", "jan 2 next year", "next year on march 5".
// Written as the year itself, so that the date parser reads a date in it (明年 was left half-read: "明" not
// understood, and "next year" was refused).
import { MONTH } from './calendar-words.js';
import type { CivilDate } from './wall-clock.js';

// 去年 / 前年 too: last year's date is refused as past (去年12月31日 was refused as "去" not understood).
const ZH_YEAR = /(今年|明年|后年|去年|前年)\s*(?=\d{1,2}\s*月)/g;
const ZH_YEAR_OFFSET: Record<string, number> = { 今年: 0, 明年: 1, 后年: 2, 去年: -1, 前年: -2 };
const EN_DATE = String.raw`(?:${MONTH}[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}[a-z]*\.?)`;
const EN_DATE_THEN_YEAR = new RegExp(String.raw`\b(${EN_DATE}),?\s+(?:of\s+)?(this|next|last)\s+year\b`, 'g');
const EN_YEAR_THEN_DATE = new RegExp(String.raw`\b(this|next|last)\s+year,?\s+(?:on\s+)?(${EN_DATE})`, 'g');

// "dec 3 2100", "3 dec 2130 for 1h", "dec 3 0930": four digits after a date that would be a year no relay falls in
// (more than a few years ahead, or written with a leading zero) are a 24-hour clock time, 21:00 (read as the year
// 2100, the date was refused as having no time). A year someone may write for a relay stays a year: "dec 3 2028"
// said in 2026 had been 20:28 this December (silently), and "feb 29 2028 8pm" refused as a day 2027 lacks; a year
// too far ahead to mean is at worst refused (a day without a time), never moved to this year.
const YEARS_AHEAD_WRITTEN = 9;
const EN_DATE_THEN_CLOCK = new RegExp(String.raw`\b(${EN_DATE}),?\s+([01]\d|2[0-3])([0-5]\d)\b(?!\s*(?:[ap]\.?m\b|[:./-]\d|h\b))`, 'g');

export function rewriteYearWords(text: string, today: CivilDate): string {
  const year = (which: string) => today.year + (which === 'next' ? 1 : which === 'last' ? -1 : 0);
  return text
    .replace(EN_DATE_THEN_CLOCK, (whole, date: string, hour: string, minute: string) =>
      hour.startsWith('0') || Number(hour + minute) > today.year + YEARS_AHEAD_WRITTEN ? `${date} at ${hour}:${minute}` : whole)
    .replace(ZH_YEAR, (_w, word: string) => `${today.year + ZH_YEAR_OFFSET[word]!}年`)
    .replace(EN_DATE_THEN_YEAR, (_w, date: string, which: string) => `${date} ${year(which)}`)
    .replace(EN_YEAR_THEN_DATE, (_w, which: string, date: string) => `${date} ${year(which)}`);
}
