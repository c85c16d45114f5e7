// Two weekdays side by side for one start ("monday tuesday 8pm", "friday, saturday at 8pm", "monday or tuesday
// 8pm", 周一周二晚上8点, 周五、周六晚上8点): the first was taken as a day without a time and the schedule refused as
// having none, which sent the user to add a clock time they had given. Which day was meant is asked, as for
// "tomorrow friday 8pm" (conflictingDays). A range between them ("monday to tuesday", 周一到周二) is left to the
// range rules, and a weekday that repeats its date was dropped before this runs ("sunday 29 nov 8pm").
import { scheduleError } from './schedule-error.js';
import { addDays, formatCivilDate, weekdayOf, type CivilDate } from './wall-clock.js';
import type { RelayError, Result } from '../errors.js';

const EN_DAY = String.raw`(sun|mon|tue|wed|thu|fri|sat)(?:day|s|nesday|rsday|urday|sday|rs|r)?\.?`;
const EN_TWO_DAYS = new RegExp(String.raw`\b${EN_DAY}(?![a-z])\s*(?:,|/|&|\bor\b|\band\b)?\s*\b${EN_DAY}(?![a-z])`);
const ZH_DAY = String.raw`(?:周|星期|礼拜)([一二三四五六日天1-7])`;
const ZH_TWO_DAYS = new RegExp(String.raw`${ZH_DAY}\s*(?:[,，、/和或]|或者|还是)?\s*${ZH_DAY}`);

const EN_WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const ZH_WEEKDAYS = '日一二三四五六';

const zhWeekday = (said: string): number => (said === '天' ? 0 : /\d/.test(said) ? Number(said) % 7 : ZH_WEEKDAYS.indexOf(said));

/** The coming day (today included) with that weekday. */
function coming(today: CivilDate, weekday: number): string {
  return formatCivilDate(addDays(today, (weekday - weekdayOf(today) + 7) % 7));
}

/** Refuses two different weekdays said together for one start; the text is returned unchanged otherwise. */
export function refuseTwoWeekdays(text: string, today: CivilDate): Result<string, RelayError[]> {
  const en = EN_TWO_DAYS.exec(text);
  const zh = ZH_TWO_DAYS.exec(text);
  const days = en
    ? [EN_WEEKDAYS.indexOf(en[1]!), EN_WEEKDAYS.indexOf(en[2]!)]
    : zh ? [zhWeekday(zh[1]!), zhWeekday(zh[2]!)] : null;
  if (!days || days[0] === days[1]) return { ok: true, value: text };
  const [first, second] = days.map((weekday) => coming(today, weekday));
  return { ok: false, error: [scheduleError('conflictingDays', 'StartTime', { first: first!, second: second! })] };
}
