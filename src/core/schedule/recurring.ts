// A relay that repeats ("every friday 8pm for 2h", "daily at 8pm", "nightly 9pm", "weekdays at 8", "8pm on
// Mondays", 每天晚上8点, 每周五晚上8点, 每晚): one task runs once, so these cannot be scheduled. They were refused
// for the wrong thing ("every" not understood, or no end when the length was left out, or a day without a time
// for "each monday"), which did not tell the person that the repeat is the problem. Refused by name, saying one
// relay runs once and to create one per day (as schedule.twoLengths says for "8pm for 2h for 3 days").
// Read on the normalised, lower-case text, before any stage takes a day word out of it ("each monday" left
// "each"). A single day stays: "weekday" / "weekend" (singular), 周末, 工作日 and 下个工作日 name one day or two.
import type { RelayError, Result } from '../errors.js';
import { scheduleError } from './schedule-error.js';

const EN_DAY_NAME = String.raw`(?:sun|mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?)(?:day)?`;
const EN_UNIT = String.raw`(?:day|night|evening|morning|afternoon|week(?:day|night|end)?|month|year|hour|${EN_DAY_NAME})`;
// "every friday", "each day", "every other week", "every 2 days", "every single night".
const EN_EVERY = new RegExp(String.raw`\b(?:every|each)\s+(?:other\s+|single\s+|\d+\s+)?${EN_UNIT}s?\b`);
const EN_ADVERB = /\b(?:daily|nightly|weekly|monthly|hourly|fortnightly|bi-?weekly|weeknightly|everyday)\b/;
// "on mondays", "weekdays at 8", "weekends": a day in the plural is every such day.
const EN_PLURAL_DAYS =
  /\b(?:(?:on\s+)?(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)|weekdays|weeknights|weekends)\b/;
// 每天, 每晚, 每周五, 每个星期五, 每逢周五, 每隔两天, 天天, 逢周五; 每个工作日 and 工作日每天 by their 每.
const ZH_EVERY =
  /每\s*(?:个\s*)?(?:逢\s*)?(?:隔\s*[\d一二两三四五六七八九十]*\s*(?:个\s*)?)?(?:(?:周|星期|礼拜)[一二三四五六日天1-7]?|天|日|晚上?|夜|早上?|月|年|小时|工作日|周末)|天天|(?<!每\s*)逢\s*(?:周|星期|礼拜)[一二三四五六日天1-7]/;

/** Refuses a schedule that asks for a relay repeated on several days, naming the words that say so. */
export function refuseRecurring(text: string): Result<string, RelayError[]> {
  const found = [EN_EVERY, EN_ADVERB, EN_PLURAL_DAYS, ZH_EVERY].map((pattern) => pattern.exec(text)).find((match) => match);
  if (!found) return { ok: true, value: text };
  return { ok: false, error: [scheduleError('recurring', 'StartTime', { words: found[0].trim() })] };
}
