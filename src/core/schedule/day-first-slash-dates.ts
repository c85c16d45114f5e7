// "31/3 23:30 - 1/4 00:30": one writer writes every date of a text in one order. The date parser reads a slash date
// month first unless its first number cannot be a month, so beside "31/3" (day first, it can be nothing else) "1/4"
// became 4 January, and the relay ran nine months long (refused as too long, or a start a year away). When one slash
// date of the text can only be day first, each of them is read day first, written with its month's name ("1 april").
import { MONTH_NAMES } from './calendar-words.js';

// As slash-date-order.ts reads one: not part of a longer number, time or path; not a fraction of a length ("1/2h",
// "3/4 of an hour").
const SLASH_DATE = /(?<![\d/.:])(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?(?![\d/.:]|[a-z]|\s*(?:h|hrs?|hours?|m|mins?|minutes?|of)\b)/gi;

/** The text with its slash dates read day first when one of them can only be; unchanged otherwise. */
export function readSlashDatesDayFirst(text: string): string {
  if (!text.includes('/')) return text;
  const dates = [...text.matchAll(SLASH_DATE)].map((m) => [Number(m[1]), Number(m[2])] as const);
  const onlyDayFirst = dates.some(([first, second]) => first > 12 && first <= 31 && second >= 1 && second <= 12);
  if (!onlyDayFirst) return text;
  return text.replace(SLASH_DATE, (written, day: string, month: string, year?: string) => {
    const monthNumber = Number(month);
    if (monthNumber < 1 || monthNumber > 12 || Number(day) < 1) return written;
    const fullYear = year === undefined ? '' : ` ${year.length === 2 ? `20${year}` : year}`;
    return `${Number(day)} ${MONTH_NAMES[monthNumber - 1]}${fullYear}`;
  });
}
