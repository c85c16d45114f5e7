// "same time tomorrow", "this time next week", "tomorrow at the same time", 明天同一时间, 下周这个时候: the clock
// time it is now, on the day named. They were refused ("this time tomorrow" as a day without a time, "this time
// next week" as vague). Written as the clock time itself; 明天这个时候 is done in zh-hours.ts. Without a day
// ("same time") the words are left, and refused as not understood.
// The clock is written with two digits ("09:05"): as "9:05", "same time tomorrow until 11pm" said at 9am was read
// as 9pm to 11pm, the range lending its pm to a bare hour.
import { WEEKDAY } from './calendar-words.js';
import type { WallTime } from './wall-clock.js';

const EN_SAME_TIME = /\b(?:at\s+)?(?:the\s+)?(?:same|this)\s+time(?:\s+of\s+(?:the\s+)?day)?\b/;
const EN_DAY = new RegExp(String.raw`\b(?:tomorrow|tmrw|tmr|next\s+week|${WEEKDAY}[a-z]*)\b`);
// "next week" with no weekday of its own is next week's same weekday.
const EN_NEXT_WEEK = new RegExp(String.raw`\bnext\s+week\b(?![\s,]+(?:on\s+)?${WEEKDAY})`);
const EN_WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const ZH_SAME = String.raw`(?:这\s*个?\s*(?:时[候间刻]|点(?![\d:：]))|同\s*一?\s*个?\s*时[间刻候]|相同\s*的?\s*时[间刻])`;
const ZH_NEXT_WEEK_SAME = new RegExp(String.raw`下\s*(?:个|一)?\s*(?:周|星期|礼拜)\s*的?\s*${ZH_SAME}`);
const ZH_DAY_SAME = new RegExp(
  String.raw`((?:大?后天|明天|今天|(?:下\s*)?(?:周|星期|礼拜)[一二三四五六日天1-7])\s*的?\s*)(?:同\s*一?\s*个?\s*时[间刻候]|相同\s*的?\s*时[间刻])`,
);
const ZH_WEEKDAYS = '日一二三四五六';

function weekdayOf(now: WallTime): number {
  return new Date(Date.UTC(now.year, now.month - 1, now.day)).getUTCDay();
}

/** Now's wall clock as a 24-hour "HH:MM" that no range around it can move to the other half of the day. */
export function sameTimeClock(now: WallTime): string {
  return `${String(now.hour).padStart(2, '0')}:${String(now.minute).padStart(2, '0')}`;
}

/** "same time tomorrow" -> "at 14:05 tomorrow", "下周这个时候" -> "下周四14:05" (now's wall clock). */
export function rewriteSameTime(text: string, now: WallTime): string {
  const clock = sameTimeClock(now);
  let out = text;
  if (out.includes('time') && EN_SAME_TIME.test(out) && EN_DAY.test(out)) {
    out = out.replace(EN_SAME_TIME, ` at ${clock} `).replace(EN_NEXT_WEEK, `${EN_WEEKDAY_NAMES[weekdayOf(now)]} next week`);
  }
  if (/同|相同|这/.test(out)) {
    out = out
      .replace(ZH_NEXT_WEEK_SAME, `下周${ZH_WEEKDAYS[weekdayOf(now)]}${clock}`)
      .replace(ZH_DAY_SAME, `$1${clock}`);
  }
  return out;
}
