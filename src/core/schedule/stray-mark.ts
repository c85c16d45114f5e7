// "8pm x 2h", "tmrw 8pm > 10pm", 晚上8点 * 2小时: a symbol between a clock time and a length or another clock time. It
// may stand for "for" ("x", "*") or "to" (">"), or for something else ("later than"), so it is not read; refused as a
// word not understood, it did not say what to write. This second message quotes the time and says the plain way: a
// start and its length, or a range. Only when the symbol is all that was not understood, and only right between
// the two ("for 2h et al", "8pm for 2h #live" are left to the first message).
import type { RelayError } from '../errors.js';
import { scheduleError } from './schedule-error.js';

const MARK = /^(?:[xX×*>»<«=#^\\_]|>>|<<)$/;
const EN_CLOCK = String.raw`(?:\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?|\d{1,2}:\d\d|noon|midnight)`;
const ZH_CLOCK = String.raw`(?:(?:上午|下午|中午|晚上|早上|凌晨|傍晚|今晚|明晚|晚|早)?\s*[\d零〇一二两三四五六七八九十]{1,3}\s*点(?:\s*半|\s*[\d零〇一二两三四五六七八九十]{1,3}\s*分?)?)`;
const CLOCK = `(?:${EN_CLOCK}|${ZH_CLOCK})`;
const LENGTH = String.raw`(?:\d+(?:\.\d+)?\s*(?:h|hrs?|hours?|m|mins?|minutes?)\b|[\d零〇一二两三四五六七八九十半.]+\s*个?\s*半?\s*(?:小时|钟头|分钟))`;
const escape = (mark: string) => mark.replace(/[\\^*>+?.()|[\]{}$]/g, '\\$&');

/** For a leftover that is one symbol between a clock time and a length or clock time, what to write instead. */
export function strayMarkError(leftover: string[], text: string): RelayError | null {
  const mark = leftover.length === 1 ? leftover[0]! : '';
  if (!MARK.test(mark)) return null;
  const between = new RegExp(`(${CLOCK})\\s*${escape(mark)}\\s*(?:(${LENGTH})|(${CLOCK}))`, 'i').exec(text);
  if (!between) return null;
  const [words, start, length, end] = between as unknown as [string, string, string | undefined, string | undefined];
  const said = { mark, words: words.trim(), start: start.trim() };
  return length
    ? scheduleError('markBeforeLength', 'EndTime', { ...said, length: length.trim() })
    : scheduleError('markBetweenClocks', 'EndTime', { ...said, end: end!.trim() });
}
