// Chinese typed a character at a time, a space after each ("明 晚 8 点 到 10 点", "周 五 晚 上 8 点"): the words are
// joined again, so that the day and part-of-day stages see 明晚 and 晚上 (明 alone was refused as a word not
// understood; 周 五 晚 上 was a Friday without a time). Chinese puts no spaces between the characters of a word, so a
// character standing alone between spaces is a piece of one.
//
// Not joined: a space after a clock's unit or before a numeral, which separates a clock from a length ("8点 半小时"
// is 20:00 for half an hour, where "8点半小时" would be 20:30; "8点 一刻钟" likewise), and a space between two words
// of two characters or more, which is the writer's own ("明天 晚上" reads as it is).
import { HAN_CHARACTER, hasHan } from './han.js';

const CLOCK_UNIT = '点时分钟秒刻';
const NUMERAL = '零〇一二两三四五六七八九十百半';
const JOINABLE_LEFT = `(?![${CLOCK_UNIT}])${HAN_CHARACTER}`;
const JOINABLE_RIGHT = `(?![${NUMERAL}])${HAN_CHARACTER}`;
// A lone character: one with nothing but a space, a digit or the text's edge on that side.
const LONE_ON_LEFT = new RegExp(`(?<=(?:^|[\\s\\d])${JOINABLE_LEFT})\\s+(?=${JOINABLE_RIGHT})`, 'g');
const LONE_ON_RIGHT = new RegExp(`(?<=${JOINABLE_LEFT})\\s+(?=${JOINABLE_RIGHT}(?:$|[\\s\\d]))`, 'g');

// A date written with spaces around its numbers ("3 月 8 日", "3月 8日 晚上8点", "2027年 3月 8日"): the units join their
// numbers, and a month its day. Left apart, "3月 8日 晚上8点" was read as 20 March with no time of day. A month is joined
// only to a day said with 日 or 号: "3月 8点" is a clock after a month, no date.
const DIGIT_OR_NUMERAL = '[\\d零〇一二两三四五六七八九十廿卅]';
const SPACE_BEFORE_DATE_UNIT = new RegExp(`(?<=${DIGIT_OR_NUMERAL})\\s+(?=[年月日号])`, 'g');
const SPACE_BEFORE_DAY = new RegExp(`(?<=[年月])\\s+(?=${DIGIT_OR_NUMERAL}{1,3}[日号])`, 'g');

// Typed a character at a time, numbers come apart too: "明 天 二 十 点" ran at 02:10 and "晚 上 1 1 点" at 01:01 the next
// night (silently), "2 0 : 0 0" was a day without a time, "9 0 分 钟" and "八 点 十 五 分" were words not understood. Only
// in text typed so (two characters or more standing alone: "1 2 月 5 日" was 5 February and a stray 1), where a space
// inside a number is no writer's own: digits, numerals and a clock's colon or dot join, 分 钟 / 钟 头 / 周 五 are their
// words (下 周 五 was 下周 without a day), and a clock's minutes (八 点 十 五 分, not 分 钟, a length) join their 点.
// "8 点 半 小 时" stays as the space after 点 says (20:00 for half an hour).
const LONE_HAN = new RegExp(`(?:^|\\s)${HAN_CHARACTER}(?=\\s|$)`, 'g');
const SPACE_IN_NUMBER = new RegExp(`(?<=[\\d${NUMERAL}])\\s+(?=[\\d${NUMERAL}])|(?<=\\d)\\s+(?=[:：.]\\s*\\d)|(?<=\\d\\s*[:：.])\\s+(?=\\d)`, 'g');
const SPACED_WORD = /(?<=[分个])\s+(?=钟)|(?<=钟)\s+(?=头)|(?<=周|星期|礼拜)\s+(?=[一二三四五六日天])/g;
const SPACE_BEFORE_MINUTES = new RegExp(`(?<=点)\\s+(?=[\\d${NUMERAL}]{1,3}\\s*分(?!\\s*钟))`, 'g');

function joinSpacedNumbers(text: string): string {
  if ((text.match(LONE_HAN) ?? []).length < 2) return text;
  return text.replace(SPACED_WORD, '').replace(SPACE_IN_NUMBER, '').replace(SPACE_BEFORE_MINUTES, '');
}

export function joinLetterSpacedChinese(text: string): string {
  if (!hasHan(text)) return text;
  const words = joinSpacedNumbers(text);
  return words.replace(LONE_ON_LEFT, '').replace(LONE_ON_RIGHT, '').replace(SPACE_BEFORE_DATE_UNIT, '').replace(SPACE_BEFORE_DAY, '');
}
