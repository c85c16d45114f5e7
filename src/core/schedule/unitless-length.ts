// "tomorrow 8pm for 2", "8pm lasting 90", 明晚8点 持续2: a length's word and a number with no unit. The number is no
// length, so the schedule has no end and is refused; said as "no end", the message did not point at the number the
// person did write. This names it and its two likely units instead. Only consulted once the schedule is refused for
// having no end, or no time at all: it changes no reading.
import type { RelayError } from '../errors.js';
import { scheduleError } from './schedule-error.js';

// Not a clock ("for 8:30", "for 8pm", "for 20h") or a number with any unit or word glued after it.
const EN_UNITLESS = /\b(?:for|lasting|lasts|duration|runtime|length)\s*:?\s*(\d{1,3}(?:\.\d+)?)(?![\d.:,]*\s*(?:[:a-z'’′"]|点|小时|分))/i;
const ZH_UNITLESS = /(?:持续|时长|历时|播放?|直播|推流?)\s*[:：]?\s*(\d{1,3}(?:\.\d+)?)(?![\d.:：]*\s*(?:[:：a-z'’′"]|个|小时|钟|分|点|时|天|次|遍|秒))/i;

/** `lengthWithoutUnit` when a length's word is followed by a bare number, else the refusal as it was. */
export function unitlessLengthOr(refusal: RelayError[], text: string): RelayError[] {
  // No time at all too: "for 90" alone, or as an edit ("run for 90", 时长90: asked as a change not understood).
  if (refusal[0]?.key !== 'schedule.noEnd' && refusal[0]?.key !== 'schedule.noTime') return refusal;
  const found = EN_UNITLESS.exec(text) ?? ZH_UNITLESS.exec(text);
  if (!found) return refusal;
  return [scheduleError('lengthWithoutUnit', 'EndTime', { words: found[0].trim(), number: found[1]! })];
}
