// "下周四 12月3日 晚上8点", "12月3日 这周四": a weekday of a named week said beside the date it falls on. Once the
// week's day is a date (clock-forms.ts, rewriteDayOfMonth), the date is written twice; the date parser read
// neither and the schedule was refused for want of a time. Two dates that agree are one; two that do not are
// left as they are, and refused further on.

import { hasHan } from './han.js';

const FULL = String.raw`(\d{4})年(\d{1,2})月(\d{1,2})日`;
const SHORT = String.raw`(?:(\d{4})年)?(\d{1,2})月(\d{1,2})[日号]`;
const GAP = String.raw`\s*[,，、]?\s*`;
const FULL_THEN_SHORT = new RegExp(`${FULL}${GAP}${SHORT}`, 'g');
const SHORT_THEN_FULL = new RegExp(`(?<!\\d)${SHORT}${GAP}${FULL}`, 'g');

const same = (year: string, month: string, day: string, otherYear: string | undefined, otherMonth: string, otherDay: string) =>
  (otherYear === undefined || Number(otherYear) === Number(year)) && Number(month) === Number(otherMonth) && Number(day) === Number(otherDay);

/** "2026年12月3日 12月3日" -> "2026年12月3日" (Chinese dates only). */
export function dropRepeatedDates(text: string): string {
  // Both patterns need a Chinese date (年, 月, 日).
  if (!hasHan(text)) return text;
  return text
    .replace(FULL_THEN_SHORT, (whole, y: string, m: string, d: string, y2: string | undefined, m2: string, d2: string) =>
      same(y, m, d, y2, m2, d2) ? `${y}年${m}月${d}日` : whole,
    )
    .replace(SHORT_THEN_FULL, (whole, y2: string | undefined, m2: string, d2: string, y: string, m: string, d: string) =>
      same(y, m, d, y2, m2, d2) ? `${y}年${m}月${d}日` : whole,
    );
}
