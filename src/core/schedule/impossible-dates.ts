// A date the calendar does not have ("Feb 30", "April 31", "2月30日", "2013-02-29", "2/30") is refused by name,
// so that the user is told the date is wrong rather than that some words were not understood.
import { MONTH, comingDate, monthOf } from './calendar-words.js';
import { scheduleError } from './schedule-error.js';
import type { RelayError, Result } from '../errors.js';
import type { CivilDate } from './wall-clock.js';

const ZH_DATE = /(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/g;
const EN_MONTH_DAY = new RegExp(String.raw`\b(${MONTH})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?![:.]\d)(?:,?\s+(\d{4})\b)?`, 'g');
// Not the minutes of a clock before a date ("20:30 feb 20").
const EN_DAY_MONTH = new RegExp(String.raw`(?<![\d:.])\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTH})[a-z]*\b\.?(?:,?\s+(\d{4})\b)?`, 'g');
const ISO_DATE = /\b(\d{4})[-/](\d{1,2})[-/](\d{1,2})\b/g;
// "2/30", "14/2"; a fraction of a length ("1/2h") is a valid date and passes.
const SLASH_DATE = /(?<![\d/.])(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?(?![\d/.])/g;
// "31.04.2027": day, month, year with dots (the European way; see explicit-dates.ts).
const DOTTED_DATE = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.])/g;

interface Found {
  written: string;
  year: string | undefined;
  month: number;
  day: number;
  /** The month is a word or 月 ("march 32", "3月32日"): any day number there is meant as a date. */
  named?: boolean;
}

// Each reading is skipped when the text lacks a character its pattern needs: every date has a digit, a Chinese
// one 月, an ISO one a dash or slash, a dotted one a dot, and "2/30" a slash.
function datesIn(text: string): Found[] {
  const found: Found[] = [];
  if (!/\d/.test(text)) return found;
  if (text.includes('月')) for (const m of text.matchAll(ZH_DATE)) found.push({ written: m[0], year: m[1], month: Number(m[2]), day: Number(m[3]), named: true });
  for (const m of text.matchAll(EN_MONTH_DAY)) found.push({ written: m[0], year: m[3], month: monthOf(m[1]!), day: Number(m[2]), named: true });
  for (const m of text.matchAll(EN_DAY_MONTH)) found.push({ written: m[0], year: m[3], month: monthOf(m[2]!), day: Number(m[1]), named: true });
  const slash = text.includes('/');
  if (slash || text.includes('-')) for (const m of text.matchAll(ISO_DATE)) found.push({ written: m[0], year: m[1], month: Number(m[2]), day: Number(m[3]) });
  if (text.includes('.')) for (const m of text.matchAll(DOTTED_DATE)) found.push({ written: m[0], year: m[3], month: Number(m[2]), day: Number(m[1]) });
  if (slash) for (const m of text.matchAll(SLASH_DATE)) {
    // Day first when the first number cannot be a month ("14/2"), as the date parser reads it.
    const [first, second] = [Number(m[1]), Number(m[2])];
    const dayFirst = first > 12;
    found.push({ written: m[0], year: m[3], month: dayFirst ? second : first, day: dayFirst ? first : second });
  }
  return found;
}

/** The text unchanged, or the error for the first date in it that does not exist. */
export function refuseImpossibleDates(text: string, today: CivilDate): Result<string, RelayError[]> {
  for (const date of datesIn(text)) {
    // A day 0 or 32+ is not a date at all ("0/5", "32号" are left to the other readings), except after a month
    // named in words or with 月: "march 32 8pm" was read as 8pm today, "3月0日" as words not understood.
    if (!date.named && (date.day < 1 || date.day > 31)) continue;
    if (date.month < 1) continue;
    const exists = date.month <= 12 && comingDate(date.month, date.day, today, date.year ? Number(date.year) : undefined);
    if (!exists) return { ok: false, error: [scheduleError('noSuchDate', 'StartTime', { date: date.written.trim() })] };
  }
  return { ok: true, value: text };
}
