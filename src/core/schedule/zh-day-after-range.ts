// 明晚8点到10点 后天, 明晚8点到10点 周一: a day said again after a whole range whose start has its day. In Chinese a
// day stands before its time ("到后天10点"), never after it, so the trailing day is no end's day: it is the start's
// day said twice, or another day. Left to the date parser, 后天 became the end's day (Sunday 20:00 to Monday 10:00,
// silently), 明天 an end before the start, and 周一 a word not understood. A day that agrees is dropped
// (明晚8点到10点 明天, 明晚8点到10点 周日 on a Saturday); one that does not is asked about, as "tomorrow 8pm to 10pm
// friday" is (conflictingDays). Without a day before ("晚上8点到10点 后天") the trailing day is the only one and is
// read as before.
import type { RelayError, Result } from '../errors.js';
import { scheduleError } from './schedule-error.js';
import { addDays, formatCivilDate, weekdayOf, type CivilDate } from './wall-clock.js';

const OFFSETS: Record<string, number> = {
  大后天: 3, 后天: 2, 明天: 1, 明日: 1, 今天: 0, 今日: 0, 今晚: 0, 明晚: 1, 今早: 0, 明早: 1, 今夜: 0, 明夜: 1,
};
const RELATIVE = Object.keys(OFFSETS).join('|');
const WEEKDAY = String.raw`(?:周|星期|礼拜)[一二三四五六日天1-7]`;
const DAY = `(?:${RELATIVE}|${WEEKDAY})`;
// The first day, a clock time, a range word and the end's clock time, then (after a space) the second day alone.
const DAY_AFTER_RANGE = new RegExp(
  String.raw`^\s*(${DAY})[^\d到至]{0,4}\d[^到至~～—-]*?(?:到|至|[~～—-])[^\d]{0,4}\d{1,2}\s*(?:[:：]\s*\d\d|点(?:\s*(?:半|钟|整|\d{1,2}\s*分?|[13]\s*刻))?)` +
    String.raw`\s*(?:结束|为止|止)?(\s+(${DAY})\s*)$`,
);

const WEEKDAYS = '日一二三四五六';

function dayOf(word: string, today: CivilDate): CivilDate {
  const offset = OFFSETS[word];
  if (offset !== undefined) return addDays(today, offset);
  const said = word.slice(-1);
  const weekday = said === '天' ? 0 : /\d/.test(said) ? Number(said) % 7 : WEEKDAYS.indexOf(said);
  return addDays(today, (weekday - weekdayOf(today) + 7) % 7);
}

/** Drops a trailing day that repeats the start's, refuses one that names another; other text is unchanged. */
export function settleDayAfterRange(text: string, today: CivilDate): Result<string, RelayError[]> {
  const found = DAY_AFTER_RANGE.exec(text);
  if (!found) return { ok: true, value: text };
  const [first, second] = [dayOf(found[1]!, today), dayOf(found[3]!, today)].map(formatCivilDate);
  if (first === second) return { ok: true, value: text.slice(0, found.index + found[0].length - found[2]!.length) };
  return { ok: false, error: [scheduleError('conflictingDays', 'StartTime', { first: first!, second: second! })] };
}
