// A length in h notation, a mark, then the clock time: "2h - tmrw 8pm", "2h - 8pm", "1h30, 8pm", "1h30 8pm",
// "1h30 / tomorrow 20:00", 2h - 明天晚上8点, 1h30，明天晚上8点. The h notation is also a 24-hour clock ("20h - 22h"), so
// the hour was read as 2:00 or 1:30 and the relay ran from there to the clock after it (eighteen hours, silently).
// A person who writes the clock after it with am/pm, noon or midnight, or with its own day, writes its start as a
// clock too ("2am"), never "2h": the hour is how long it runs, as in "2h tomorrow 8pm" and "2 hours - tomorrow 8pm".
// Said with a length word, it becomes one ("for 2h tomorrow 8pm", 持续2h 明天晚上8点).
// Only hours up to 12; "14h - 8pm" and "20h - 22h" stay clock ranges, and so does "2h - 20:00" (24-hour clocks on
// both sides, no day), "at 2h - 8pm" (a start's word) and "8pm 2h - 10pm" (after a clock). A range's word ("2h to
// 8pm") is not a mark and stays as it was.
import { WEEKDAY } from './calendar-words.js';

const H_LENGTH = String.raw`((?:[1-9]|1[0-2])h(?:[0-5]\d)?)(?![\da-z]|:\d)`;
// Not after a digit, a start's or range's word, or a clock time (the length of "8pm 2h - 10pm" is another matter).
const NOT_AFTER = String.raw`(?<![\d:./+~-]|\b(?:at|from|to|until|till|til|by|in|within|for|lasting|after|before|since)\s*|(?:\d\s*[ap]\.?m\.?|\d:\d\d|\d\s*点[半钟]?)\s*[,，]?\s*)`;
const MARK = String.raw`(?:\s*(?:[,;:/|，；：、]|-{1,2})\s*|\s+)`;
const EN_DAY = String.raw`(?:on\s+)?(?:(?:this|next|coming)\s+)?(?:today|tonight|tonite|tomorrow|${WEEKDAY}[a-z]*\.?)\s*,?\s*(?:at\s+)?`;
const EN_SURE_CLOCK = String.raw`(?:\d{1,2}(?::\d\d)?\s*[ap]\.?m?\b|noon\b|midnight\b)`;
const EN_CLOCK_AFTER = String.raw`(?:${EN_DAY}(?:${EN_SURE_CLOCK}|\d{1,2}:\d\d\b)|${EN_SURE_CLOCK})`;
const ZH_DAY = String.raw`(?:大?后天|明天|今天|明晚|今晚|明早|今早|(?:下下|下|这|本)?个?(?:周|星期|礼拜)[一二三四五六日天1-7])`;
const ZH_PART = String.raw`(?:上午|下午|中午|晚上|早上|凌晨|傍晚|夜里|晚|早)`;
const ZH_CLOCK_AFTER = String.raw`(?:${ZH_DAY}\s*${ZH_PART}?\s*\d{1,2}\s*点|${ZH_PART}\s*\d{1,2}\s*点|${ZH_DAY}\s*${ZH_PART}?\s*\d{1,2}:\d\d|${ZH_PART}\s*\d{1,2}:\d\d)`;

const EN_LENGTH_BEFORE_CLOCK = new RegExp(String.raw`${NOT_AFTER}\b${H_LENGTH}${MARK}(?=${EN_CLOCK_AFTER})`, 'g');
const ZH_LENGTH_BEFORE_CLOCK = new RegExp(String.raw`${NOT_AFTER}\b${H_LENGTH}${MARK}(?=${ZH_CLOCK_AFTER})`, 'g');
// Before a range's word and such a clock too ("2h until 8pm", "1h30 to 8pm", 2h到晚上8点): the length and an end, refused
// as both ('2 hours until 8pm' and 2小时到晚上8点 are); read as a clock it ran from 02:00 (14:00 with 晚上's half of the
// day) to 8pm, silently. "20h到22h" and "2h-20h" stay ranges.
const EN_LENGTH_BEFORE_RANGE = new RegExp(String.raw`${NOT_AFTER}\b${H_LENGTH}(?=\s*(?:up\s+)?(?:to|until|till|til|through|thru)\s+${EN_CLOCK_AFTER})`, 'g');
// In Chinese an hour is written 2点, never 2h: "2h" is 2小时, so before a bare clock too (2h到8点, 2h至20:00,
// 2h-8点) it is the length and the clock the end, refused as 2小时到8点 is. It was 2点到8点, silently.
const ZH_BARE_CLOCK = String.raw`\d{1,2}\s*点|\d{1,2}:\d\d`;
const ZH_LENGTH_BEFORE_RANGE = new RegExp(String.raw`${NOT_AFTER}\b${H_LENGTH}(?=\s*(?:到|至|直到)\s*(?:${ZH_CLOCK_AFTER}|${ZH_BARE_CLOCK}))`, 'g');
// A dash is a range's word there too (2h-8点: the dash becomes 到, so that it is refused the same way).
const ZH_LENGTH_DASH_CLOCK = new RegExp(String.raw`${NOT_AFTER}\b${H_LENGTH}\s*[-–~～]\s*(?=\d{1,2}\s*点)`, 'g');

/** "2h - tmrw 8pm" -> "for 2h tmrw 8pm", 2h - 明天晚上8点 -> 持续2h 明天晚上8点 (lower case, numerals as digits). */
export function readLengthBeforeClock(text: string): string {
  if (!/\dh/.test(text)) return text;
  return text
    .replace(EN_LENGTH_BEFORE_CLOCK, 'for $1 ')
    .replace(ZH_LENGTH_BEFORE_CLOCK, '持续$1 ')
    .replace(EN_LENGTH_BEFORE_RANGE, 'for $1')
    .replace(ZH_LENGTH_BEFORE_RANGE, '持续$1')
    .replace(ZH_LENGTH_DASH_CLOCK, '持续$1到');
}
