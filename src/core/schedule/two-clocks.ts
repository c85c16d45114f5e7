// Two clock times joined by a start's word instead of a range's: "3pm from 8pm", "3pm at 8pm", "1:30 pm from 8pm",
// "3pm starting at 8pm". The date parser took the two times as a range and dropped the word between them, so the
// relay ran from 3pm to 8pm without a word, while the person may have meant 8pm (and 3pm as something else), or a
// range with "to" mistyped. Neither reading is plain: refused, quoting the words and naming the missing "to".
// The first time must be a clock and nothing else (am/pm, noon, midnight, or 13:00 and later): "1:30 from 8pm" and
// "0:45 starting 8pm" are a length and its start (de19ce3); "3pm to 8pm", "3pm-8pm" and "8pm 10:30pm" stay ranges.
import type { RelayError, Result } from '../errors.js';
import { scheduleError } from './schedule-error.js';

const SURE_CLOCK = String.raw`(?:\b\d{1,2}(?:[:.][0-5]\d)?\s*[ap]\.?m\b\.?|\b(?:1[3-9]|2[0-3])[:.][0-5]\d\b|\bnoon\b|\bmidnight\b)`;
const START_WORD = String.raw`(?:from|at|@|since|(?:starting|starts?|beginning|begins?)(?:\s+(?:from|at))?)`;
// A bare hour is a clock here only when nothing after it makes it a date or an amount ("3pm from 12/5", "8pm at 5 days").
const SECOND_CLOCK = String.raw`(?:\d{1,2}(?:[:.][0-5]\d)?\s*(?:[ap]\.?m\b\.?|o'?clock\b)|\d{1,2}:[0-5]\d\b|noon\b|midnight\b|\d{1,2}(?=\s*(?:$|[,;)]|\b(?:for|tomorrow|tonight|today|on|this|next)\b)))`;
const TWO_CLOCKS = new RegExp(String.raw`${SURE_CLOCK}\s*,?\s*${START_WORD}\s*${SECOND_CLOCK}`);

/** Refuses two clock times joined by a start's word ("3pm from 8pm"), quoting them. */
export function refuseTwoClocks(text: string): Result<string, RelayError[]> {
  const joined = TWO_CLOCKS.exec(text);
  if (joined) return { ok: false, error: [scheduleError('twoClocks', 'StartTime', { words: joined[0].trim().replace(/\s+/g, ' ') })] };
  return { ok: true, value: text };
}
