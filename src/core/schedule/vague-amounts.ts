// "for several hours", "in some minutes", "几个小时", "过一会儿": an amount of time with no number. The date
// parser counted "several" as 7 from now and used that as the end: "10am for several hours" became 10am to
// 4pm. Like "tomorrow evening", such a time is asked about, never guessed.
import type { RelayError, Result } from '../errors.js';
import { isMonthWord, MONTH, WEEKDAY } from './calendar-words.js';
import { scheduleError } from './schedule-error.js';
import { ZH_NUMBER_PAIR } from './zh-number-pairs.js';

// "in the next hour", "within the next 30 minutes": some time inside a span, not a start.
const EN_VAGUE_START = /\b(?:in|within)\s+the\s+next\s+(?:\d+\s+|few\s+|couple\s+(?:of\s+)?)?(?:minutes?|mins?|hours?|hrs?|days?)\b/;
// "a few" / "few" is 3, as Duckling counts it ("in few hours"; numbers.ts), and "a couple" 2; these have none.
const EN_VAGUE = /\b(?:several|some|many|a\s+number\s+of|a\s+bunch\s+of|a\s+handful\s+of)\s+(?:more\s+)?(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)\b/;
// "for 1-2 hours", "2 to 3 hours", "an hour or two": a length given as an estimate (read as a clock range, or
// refused for a word not understood). Not "20-22h", which is a range of clock times, nor a 24-hour clock in four
// digits before a dash and a length ("wednesday, 2030 — 2 hours" was refused as the estimate "2030 - 2 hours").
const EN_LENGTH_RANGE =
  /(?<![\d:.])\b(?!(?:[01]\d|2[0-3])[0-5]\d\s*[-–]\s*\d{1,3}\s*(?:hrs?|hours?|mins?|minutes?)\b)(?:\d+(?:\.\d+)?|one|two|three|four|five|six)\s*(?:-|–|to|or)\s*(?:\d+(?:\.\d+)?|two|three|four|five|six|seven|eight)\s*(?:hrs?|hours?|mins?|minutes?)\b|\ban?\s+(?:hour|minute)\s+or\s+two\b/;
// "in 1h to 2h", "in 1 to 2h", "in 1-2h", "in 30 min or 45 min": a start said as an estimate. "in 1h to 2h" ran from an
// hour from now to 02:00 the next day (silently, 23 hours: "1h to 2h" read as the clock times 01:00 to 02:00), and
// "in 1 to 2h" was refused as "1" not understood. Not an end's clock time in h notation ("in 1h to 23h" ends at 23:00),
// nor a dash after an amount with its unit ("in 20 min - 2h" is a start and a length, as "8pm - 2h" is).
const EN_START_RANGE =
  /\b(?:in|within)\s+(?:(?:about|around|approx|approximately|roughly)\.?\s+)?\d+(?:\.\d+)?(?:\s*(?:h|hrs?|hours?|m|mins?|minutes?)\s*(?:to|or)|\s*(?:-|–|to|or))\s*(?!(?:1[3-9]|2[0-4])h\b)\d+(?:\.\d+)?\s*(?:h|hrs?|hours?|m|mins?|minutes?)\b/;
// 1-2小时, 播1到2小时, 一到两个小时, 30~45分钟: a Chinese length as an estimate, as "for 1-2 hours" is. 明晚8点 1-2小时 ran from
// 20:01 (the 1 read as the clock's minute) for two hours, silently; 播1到2小时 was refused as 1 not understood. Not a
// clock range (8-10点) nor a dash after a clock (8点-2小时: zh-dash-length.ts).
const ZH_LENGTH_RANGE =
  /(?<![\d:.点零〇一二两三四五六七八九十百])[\d一二两三四五六七八九十百]+(?:\.\d+)?\s*(?:个\s*)?(?:小时|钟头|分钟)?\s*(?:-|~|～|到|至|或者?)\s*[\d一二两三四五六七八九十百]+(?:\.\d+)?\s*个?\s*(?:小时|钟头|个钟|分钟)/;
// "8 or 9pm", "at 8 or 9", 8或9点, 8点或者9点, 8点还是9点: one of two clock times, an estimate as 两三点 is. They were
// refused for what they are not: 8点或者9点 and "at 8 or 9pm for 2h" as an end and a length, 8或9点 as two days.
const EN_CLOCK_EITHER =
  /\b\d{1,2}(?::[0-5]\d)?\s*(?:[ap]\.?m\.?)?\s+or\s+\d{1,2}(?::[0-5]\d)?\s*(?:[ap]\.?m\b\.?|o'?clock\b)|\bat\s+\d{1,2}(?::[0-5]\d)?\s+or\s+\d{1,2}(?::[0-5]\d)?\b(?![:.]?\d|\s*(?:h|hrs?|hours?|m|mins?|minutes?|days?)\b)/;
const ZH_NUMERAL = String.raw`[\d零〇一二两三四五六七八九十]{1,3}`;
const ZH_CLOCK_EITHER = new RegExp(
  String.raw`${ZH_NUMERAL}\s*(?:点\s*(?:半|${ZH_NUMERAL}\s*分?)?)?\s*(?:或者?|还是)\s*${ZH_NUMERAL}\s*点`,
);
// Read before the numerals become digits, so that the message quotes what was typed ("十几分钟").
const ZH_VAGUE = /(?:[\d零一二两三四五六七八九十百]*\s*[几数]|若干)\s*个?\s*(?:小时|钟头|分钟|天|星期|礼拜)|一会儿?|片刻/;
// 等一下 / 等会儿 / 稍后 / 待会 / 晚点 (in a moment, later): a start with no time in it. 等一下's 一下 is a filler elsewhere
// (zh-fillers.ts), and 等 a linking word: "等一下开始 播一小时" started at once. Not 等下午 / 等下周 (until then).
// 过两天 / 过两日 is "in a day or two" as often as two days exactly (过两天晚上8点 was the day after tomorrow); 两天后
// and 过3天 say the number. 今晚一点 / 明晚一点 are one o'clock that night (they were refused as 晚一点, a bit later).
const ZH_VAGUE_LATER =
  /过\s*两\s*[天日]|等\s*一?\s*(?:下|会儿?)(?!\s*(?:午|周|星期|礼拜|个|次|月|半))|稍后|稍等|待会儿?|晚些时候|(?<![今明昨傍])晚一点|(?<![今明昨傍])晚点(?!\s*[\d零〇一二两三四五六七八九十半])/;
// 大半个小时 / 小半天 / 多半个小时 (most of, a little of), 2个多小时 / 十多分钟 / 一天多 (more than), 一个来小时 (about),
// 个把小时 (an hour or so): estimates. 大半 had been read as an exact half (持续大半个小时 lasted 30 minutes).
const ZH_UNIT = String.raw`\s*(?:个\s*)?(?:小时|钟头|个钟|分钟|天|星期|礼拜)`;
const ZH_COUNT = String.raw`[\d零一二两三四五六七八九十百]+`;
// Not 多 as a place's first character after a length (持续2小时 多伦多, Toronto: refused as an estimate, not as the
// city it is, stray-city.ts).
const ZH_ESTIMATE = new RegExp(
  String.raw`[大小多]\s*半${ZH_UNIT}|${ZH_COUNT}\s*(?:个\s*)?[多来]${ZH_UNIT}|个把${ZH_UNIT}|${ZH_COUNT}${ZH_UNIT}\s*多(?!谢|伦多)`,
);
// 半小时内开始, 10分钟之内开始: some time within a span, not a start ("in the next hour").
const ZH_VAGUE_START = new RegExp(String.raw`(?:${ZH_COUNT}\s*个?\s*半?|半\s*个?)\s*(?:小时|钟头|分钟)\s*(?:以内|之内|内)(?=\s*(?:就|再)?\s*开始)`);
// A vague start ("in a few minutes", "几分钟后") rather than a vague length.
const EN_START_BEFORE = /\b(?:in|within|after)\s+$/;
const START_AFTER = /^\s*(?:from\s+now|later|hence|以后|之后|后)/;

// "next week at 8pm", "next month 8pm": a week or a month with no day in it (the date parser picked a week from
// today and, for "next month", the 18th). A day named with it ("monday next week", "the 3rd of next month",
// "jan 2 next year") makes it a date.
// "this weekend at 8pm" too: Saturday or Sunday (or, to Duckling, Friday evening) is not said.
// A quarter ("next qtr"), "next 3 months", "the end of the year" (or of the month or the week: "end of the month at
// 8pm for 1h" was 8pm today, "end of the week at 8pm" a week from today) and a month alone ("in March", "October
// 2014") say no day either: the date parser dropped them, and the relay was silently today's. A clock time after the
// month is no day of it ("in Sept. 8pm" was tonight's 8pm, "march 8pm" refused as a word not understood).
const EN_VAGUE_PERIOD = new RegExp(
  String.raw`\b(?:next|this|coming|following)\s+(?:week|month|year|yr|quarter(?!\s+(?:of\s+an?\s+)?hour|\s+(?:past|to|after|before)\b)|qtr)\b` +
    String.raw`|\b(?:(?:next|this|coming|the)\s+)?weekend\b` +
    String.raw`|\b(?:next|the\s+next|coming|following)\s+(?:\d+|a\s+few|several|couple\s+of|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?:weeks|months|years|quarters)\b` +
    String.raw`|\b(?:beginning|start|middle|end)\s+of\s+(?:the\s+|this\s+|next\s+)?(?:year|quarter|month|week)\b` +
    String.raw`|(?<!\d(?:st|nd|rd|th)?\s+(?:of\s+)?|\d\s*[/.-]\s*|\bthe\s+\d+(?:st|nd|rd|th)?\s+(?:of\s+)?)\b(?!may\b)(?:${MONTH})[a-z]*\b\.?(?!\s*,?\s*(?:on\s+)?(?:the\s+)?\d{1,2}(?!\d|\s*(?:[ap]\.?m\b|[:.h]\d|h\b|o'?clock\b))|\s*[/.-]\s*\d)`,
);
const MONTH_ALONE = new RegExp(String.raw`^(?:${MONTH})`);
const DAY_NAMED = new RegExp(String.raw`\b(?!month)(?:${WEEKDAY}|${MONTH})[a-z]*\b|\d(?:st|nd|rd|th)\b|\d\s*[/.-]\s*\d|\bthe\s+\d`);

// 周末 / 这周末, 下周, 下个月, 明年, 改天 (another day) with no day in them (read before the numerals become digits, as typed). 下周六 and
// 周末周六 name one (clock-forms.ts drops the weekend before its weekday), and so does 下周的今天 (zh-weeks-after.ts).
// 月底 / 这个月底 / 月初 / 月中 / 年底 (the end, start or middle of the month or year) say no day either (they were refused
// as words not understood, with no word of what to write instead), as "end of the month" does not; nor do 上旬 / 中旬 /
// 下旬 (a month's first, middle or last ten days: 下旬晚上8点, 下个月上旬), which were refused likewise.
const ZH_VAGUE_PERIOD = /改天|(?:这个?|本|下个?)?周末|下个?(?:周|星期|礼拜)(?![一二三四五六日天1-7]|\s*的?\s*(?:今天|这一?天|同一天))|(?:(?:这个?|本|下个?)\s*)?月[底末初中](?!旬)|(?:(?:这个?|本|下个?)\s*月?\s*)?[上中下]旬|(?:今|明|本|这)?年[底末初]|下个?月|明年/;
// 3月晚上8点, 明年九月, 12月初: a month with no day (3个月 is a length, 3月5日 a date).
// A number after the month that is a clock time ("12月 20:00-22:00", "十二月 8点到10点", "3月8点") is no day of it: read as
// one, "12月 20:00" was 20 December with no time of day (refused saying so), and "3月8点" a word not understood.
const ZH_MONTH_ALONE =
  /(?<![个\d零〇一二两三四五六七八九十])[\d零〇一二两三四五六七八九十]{1,3}\s*月份?(?!\s*[号日廿卅]|\s*[\d零〇一二两三四五六七八九十]{1,3}(?![\d零〇一二两三四五六七八九十]|\s*[:：点时]))/;
const ZH_DAY_NAMED = /(?:周|星期|礼拜)[一二三四五六日天1-7]|[\d零〇一二两三四五六七八九十]+\s*[号日月]|\d\s*[/.-]\s*\d/;

/** The text, or the error naming the first amount of time it gives without a number. */
export function refuseVagueAmounts(text: string): Result<string, RelayError[]> {
  const period = EN_VAGUE_PERIOD.exec(text);
  // A word that only begins like a month ("8pm Mars time", "marathon", "junior") is none: refused as a month with no
  // day, it was told that "mars" does not say which day.
  if (period && (MONTH_ALONE.test(period[0]) ? isMonthWord(period[0]) : !DAY_NAMED.test(text))) {
    return { ok: false, error: [scheduleError('vaguePeriod', 'StartTime', { words: period[0] })] };
  }
  const zhPeriod = ZH_VAGUE_PERIOD.exec(text);
  if (zhPeriod && !ZH_DAY_NAMED.test(text)) {
    return { ok: false, error: [scheduleError('vaguePeriod', 'StartTime', { words: zhPeriod[0] })] };
  }
  const zhMonth = ZH_MONTH_ALONE.exec(text);
  if (zhMonth) return { ok: false, error: [scheduleError('vaguePeriod', 'StartTime', { words: zhMonth[0].trim() })] };
  const within = EN_VAGUE_START.exec(text) ?? EN_START_RANGE.exec(text) ?? ZH_VAGUE_START.exec(text);
  if (within) return { ok: false, error: [scheduleError('vagueAmount', 'StartTime', { words: within[0].trim() })] };
  const later = ZH_VAGUE_LATER.exec(text);
  if (later) return { ok: false, error: [scheduleError('vagueAmount', 'StartTime', { words: later[0].trim() })] };
  const match = EN_VAGUE.exec(text) ?? EN_LENGTH_RANGE.exec(text) ?? ZH_LENGTH_RANGE.exec(text) ?? ZH_VAGUE.exec(text) ?? ZH_NUMBER_PAIR.exec(text) ?? ZH_ESTIMATE.exec(text)
    ?? EN_CLOCK_EITHER.exec(text) ?? ZH_CLOCK_EITHER.exec(text);
  if (!match) return { ok: true, value: text };
  const before = text.slice(0, match.index);
  const after = text.slice(match.index + match[0].length);
  // An estimated clock time (两三点) is the start's unless a range word puts it at the end.
  const startClock = /(?:点|[ap]\.?m\.?|o'?clock|\d)$/.test(match[0]) && !/(?:到|至|until|till|to)\s*$/.test(before);
  const field = startClock || EN_START_BEFORE.test(before) || START_AFTER.test(after) || /过\s*$/.test(before) ? 'StartTime' : 'EndTime';
  return { ok: false, error: [scheduleError('vagueAmount', field, { words: match[0].trim() })] };
}

// "later for 2h", "soon until 11pm", "in a bit for 1h", 回头 / 随时 / 过一阵子 持续1小时: a start said with no time in
// it. "later" was a linking word and the rest words not understood, so the relay started now (or the user was told
// "later" was not understood). Only asked when nothing else gave the start: "later today at 8pm", "2 hours later",
// "later than 9 but before 11" say when.
const EN_VAGUE_START_WORDS =
  /\b(?:later(?:\s+on)?|soon|shortly|in\s+a\s+(?:bit|while|little\s+while|moment|jiffy)|after\s+a\s+(?:while|bit)|whenever|sometime|some\s+time|at\s+some\s+point|eventually|one\s+of\s+these\s+days)\b/;
const ZH_VAGUE_START_WORDS = /回头|不久(?:[之以]?后)?|过\s*[一1]?\s*阵子?|随时|迟[点些]|晚些|稍晚|改天|(?<![\d零一二两三四五六七八九十半个小时钟分天周月年])[以之]后/;

/** The words of a start given without a time ("later", "回头"), for a schedule that would otherwise start now. */
export function vagueStartWords(text: string): string | null {
  const lower = text.toLowerCase();
  return (EN_VAGUE_START_WORDS.exec(lower) ?? ZH_VAGUE_START_WORDS.exec(lower))?.[0] ?? null;
}
