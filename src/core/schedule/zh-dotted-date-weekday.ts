// 周五 4.12, 4.12（周五）: a dotted date beside a Chinese weekday. A Chinese writer's 4.12 is month first (4 月 12 日,
// 4dda47c), a Monday in 2027, so 周五 4.12 was refused as 4月12日 not being a Friday; but day first it is 4 December,
// the coming Friday, which the writer may well have meant. Neither is plain, and the refusal said only the first:
// when only the day-first reading falls on the weekday said, the refusal names both dates and asks for the month in
// words. A dotted date that fits its weekday month first, or fits neither reading, is left to the weekday check.
import type { RelayError, Result } from '../errors.js';
import { scheduleError } from './schedule-error.js';
import type { WallTime } from './wall-clock.js';
import { weekdayOf } from './weekday-slash-dates.js';

const WEEKDAY = String.raw`(?:周|星期|礼拜)([一二三四五六日天1-7])`;
const DOTTED = String.raw`(?<![\d.:/])(\d{1,2})\.(\d{1,2})(?![\d:/]|\.\d|\s*(?:h\d*|hrs?|hours?|个?小时|分钟|天))`;
const WEEKDAY_THEN_DATE = new RegExp(String.raw`${WEEKDAY}\s*[,，]?\s*${DOTTED}`);
const DATE_THEN_WEEKDAY = new RegExp(String.raw`${DOTTED}\s*[(（]?\s*${WEEKDAY}\s*[)）]?`);
const NAMES = '日一二三四五六';

const weekdayNumber = (said: string): number => (said === '天' ? 0 : /\d/.test(said) ? Number(said) % 7 : NAMES.indexOf(said));

/** The coming date (this year's, or next year's once passed) of month/day, as YYYY-MM-DD. */
function comingDate(month: number, day: number, today: WallTime): string {
  const passed = month < today.month || (month === today.month && day < today.day);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${today.year + (passed ? 1 : 0)}-${pad(month)}-${pad(day)}`;
}

/** Refuses a dotted date that fits its Chinese weekday only day first, naming both readings. */
export function refuseDottedDateOrder(text: string, today: WallTime): Result<string, RelayError[]> {
  const before = WEEKDAY_THEN_DATE.exec(text);
  const after = before ? null : DATE_THEN_WEEKDAY.exec(text);
  const found = before ? { said: before[1]!, a: Number(before[2]), b: Number(before[3]), words: before[0] }
    : after ? { said: after[3]!, a: Number(after[1]), b: Number(after[2]), words: after[0] } : null;
  if (!found) return { ok: true, value: text };
  const said = weekdayNumber(found.said);
  const { a, b } = found;
  const monthFirst = weekdayOf(a, b, undefined, today);
  const dayFirst = weekdayOf(b, a, undefined, today);
  if (a === b || monthFirst === said || dayFirst !== said) return { ok: true, value: text };
  const params = { words: found.words.trim(), monthFirst: comingDate(a, b, today), dayFirst: comingDate(b, a, today) };
  return { ok: false, error: [scheduleError('dottedDateOrder', 'StartTime', params)] };
}
