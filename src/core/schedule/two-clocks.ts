// Two clock times joined by a start's word instead of a range's: "3pm from 8pm", "3pm at 8pm", "1:30 pm from 8pm",
// "3pm starting at 8pm". The date parser took the two times as a range and dropped the word between them, so the
// relay ran from 3pm to 8pm without a word, while the person may have meant 8pm (and 3pm as something else), or a
// range with "to" mistyped. Neither reading is plain: refused, quoting the words and naming the missing "to".
// The first time must be a clock and nothing else (am/pm, noon, midnight, or 13:00 and later): "1:30 from 8pm" and
// "0:45 starting 8pm" are a length and its start (de19ce3); "3pm to 8pm", "3pm-8pm" and "8pm 10:30pm" stay ranges.
import type { RelayError, Result } from '../errors.js';
import { WEEKDAY } from './calendar-words.js';
import { scheduleError } from './schedule-error.js';

// "3p" as chat types it too ("3p, 8p" ran from 15:00 to 20:00).
const SURE_CLOCK = String.raw`(?:\b\d{1,2}(?:[:.][0-5]\d)?(?:\s*[ap]\.?m\b\.?|[ap]\b(?!\.))|\b(?:1[3-9]|2[0-3])[:.][0-5]\d\b|\bnoon\b|\bmidnight\b)`;
const START_WORD = String.raw`(?:from|at|@|since|(?:starting|starts?|beginning|begins?)(?:\s+(?:from|at))?)`;
// A bare hour is a clock here only when nothing after it makes it a date or an amount ("3pm from 12/5", "8pm at 5 days").
const SECOND_CLOCK = String.raw`(?:\d{1,2}(?:[:.][0-5]\d)?\s*(?:[ap]\.?m\b\.?|o'?clock\b)|\d{1,2}:[0-5]\d\b|noon\b|midnight\b|\d{1,2}(?=\s*(?:$|[,;)]|\b(?:for|tomorrow|tonight|today|on|this|next)\b)))`;
// A mark between them does not make a start's word a range's: "3pm - starting 8pm", "3pm; from 8pm".
const TWO_CLOCKS = new RegExp(String.raw`${SURE_CLOCK}\s*[-,;/|+&]?\s*${START_WORD}\s*${SECOND_CLOCK}`);
// Two sure clock times listed rather than joined: "3pm; 8pm", "3pm, 8pm", "3pm / 8pm", "3pm & 8pm", "3pm and 8pm".
// Only a space between them ("8pm 10:30pm") is the house's range; a list mark says two times, maybe two relays,
// and was read as a range from the first to the second. "8pm, 10pm end" names its end and "between 3pm and 8pm"
// its range (not checked when "between" is written); "8pm, 2h" and "8pm; 1:30" have no second sure clock.
const SURE_SECOND = String.raw`(?:\d{1,2}(?:[:.][0-5]\d)?(?:\s*[ap]\.?m\b\.?|[ap]\b(?!\.))|(?:1[3-9]|2[0-3])[:.][0-5]\d\b|noon\b|midnight\b)`;
const END_AFTER = String.raw`(?!\s*(?:ends?\b|ending\b|finish|stops?\b|结束|止|停))`;
// A comma only as typed, right after the first: the command layer writes " , " where it took an option out
// ("tomorrow 8pm comment: until 10pm" leaves "tomorrow 8pm , 10pm"), which is no list.
// "3pm, then 8pm" and "3pm then 8pm" list them in order as plainly (found by the sweep).
// The second may have its own day ("3pm; friday 8pm", "3pm, tomorrow 8pm"): read as a range, it ran from 3pm today
// to that day's 8pm, days long, silently.
// Or its own "at" ("tomorrow at 3pm and at 8pm" ran from 15:00 to 20:00).
const DAY_OF_SECOND = String.raw`(?:(?:on\s+)?(?:(?:this|next|coming)\s+)?(?:today|tonight|tonite|tomorrow|${WEEKDAY}[a-z]*\.?)\s*,?\s*)?(?:at\s+)?`;
const LISTED_CLOCKS = new RegExp(String.raw`${SURE_CLOCK}(?:,(?:\s*(?:and\s+)?then\b)?|\s*(?:[;/|+&、]|\band\b|\bthen\b|\band\s+then\b))\s*${DAY_OF_SECOND}${SURE_SECOND}${END_AFTER}`);
// The same in Chinese: 下午3点从晚上8点, 下午3点自晚上8点, 下午3点，晚上8点开始, 15:00 从20:00开始 (read as 15:00 to 20:00, or
// as 20:00 for fifteen hours). An hour with 点 is a clock, never a length ("1h30，从明晚8点开始" stays a length).
const ZH_PART = String.raw`(?:上午|下午|中午|晚上|早上|凌晨|傍晚|今晚|明晚|晚|早)?`;
const ZH_SURE_CLOCK = String.raw`(?:${ZH_PART}\d{1,2}\s*点(?:\s*(?:半|钟|[0-5]?\d\s*分?|[13]\s*刻))?|\b(?:1[3-9]|2[0-3]):[0-5]\d)`;
const ZH_CLOCK = String.raw`(?:${ZH_PART}\d{1,2}\s*点(?:\s*(?:半|钟|[0-5]?\d\s*分?|[13]\s*刻))?|${ZH_PART}\d{1,2}:[0-5]\d)`;
const ZH_TWO_CLOCKS = new RegExp(
  String.raw`${ZH_SURE_CLOCK}\s*[,，]?\s*(?:[从自]\s*${ZH_CLOCK}|${ZH_CLOCK}\s*(?:开始|起))`,
);
// 15:00/20:00, 下午3点;晚上8点 (half-width marks: a command's ，；、 end a phrase before the schedule sees them):
// listed, as in English ("晚上8点，10点结束" names its end).
// With its own day too (下午3点；周五晚上8点), and joined by 和 / 与 / 及 / 跟 / 还有 (下午3点和晚上8点, "and": refused as
// 和 not understood), 然后 / 再 ("then", "again": 下午3点再晚上8点 ran from 15:00 to 20:00) or 或 ("or"), unless the two are a range's bounds (下午3点和5点之间, "between").
const ZH_DAY_OF_SECOND = String.raw`(?:大?后天|明天|今天|(?:下下|下|这|本)?个?(?:周|星期|礼拜)[一二三四五六日天1-7])?`;
const ZH_LISTED_CLOCKS = new RegExp(
  String.raw`${ZH_SURE_CLOCK}(?:,|\s*(?:[;/|+&、]|以及|还有|然后|或者|或是|[和与及跟再或]))\s*${ZH_DAY_OF_SECOND}\s*${ZH_SURE_CLOCK}(?![\d:分半刻])${END_AFTER}`,
);
// One of each, listed with ; (as a command's ，；、 between them are kept, extractors.ts): 下午3点，8pm, 3pm，晚上8点 ran
// from 15:00 to 20:00, silently.
const MIXED_LISTED_CLOCKS = new RegExp(
  String.raw`(?:${ZH_SURE_CLOCK}|${SURE_CLOCK})\s*;\s*${ZH_DAY_OF_SECOND}\s*(?:${ZH_SURE_CLOCK}(?![\d:分半刻])|${SURE_SECOND})${END_AFTER}`,
);
// 之间 is dropped before this stage reads the text (zh-words.ts), so it is looked for as written.
const RANGE_BY_BETWEEN = /\bbetween\b|之间|中间/;

/**
 * Refuses two clock times joined by a start's word ("3pm from 8pm") or listed ("3pm; 8pm"), quoting them. `asWritten`
 * is the text before the Chinese words were rewritten, for 之间.
 */
export function refuseTwoClocks(text: string, asWritten = text): Result<string, RelayError[]> {
  const listed = RANGE_BY_BETWEEN.test(text) || RANGE_BY_BETWEEN.test(asWritten) ? null : (LISTED_CLOCKS.exec(text) ?? ZH_LISTED_CLOCKS.exec(text) ?? MIXED_LISTED_CLOCKS.exec(text));
  const joined = TWO_CLOCKS.exec(text) ?? ZH_TWO_CLOCKS.exec(text) ?? listed;
  if (joined) return { ok: false, error: [scheduleError('twoClocks', 'StartTime', { words: joined[0].trim().replace(/\s+/g, ' ') })] };
  return { ok: true, value: text };
}
