// Spelled-out numbers become digits before anything else reads the text, so that every later stage deals with
// one form: "two hours" -> "2 hours", "seven thirty" -> "7 30", "两个小时" -> "2个小时", "十二点" -> "12点".

import { hasHan } from './han.js';

const EN_UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19,
};
// Seventy and eighty were missing: "for seventy-five minutes" was refused as a word not understood.
const EN_TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

const ONES = Object.keys(EN_UNITS).filter((word) => EN_UNITS[word]! > 0 && EN_UNITS[word]! < 10);
// "twenty-five" / "twenty five" (tens, then ones), or any single number word.
const EN_NUMBER = new RegExp(
  String.raw`\b(?:(${Object.keys(EN_TENS).join('|')})(?:[- ](${ONES.join('|')}))?|(${Object.keys(EN_UNITS).join('|')}))\b`,
  'g',
);
// "a hundred minutes", "one hundred and twenty minutes", "two hundred fifty": hundreds, then what follows them (the
// lengths people give in minutes run past 99; "for one hundred minutes" was a start with no end).
// Not after "twenty": "twenty-two hundred" is a 24-hour clock said aloud (22 hundred, spoken-military-clocks.ts); made
// "20-200", it could not be told from "20 200" typed as digits, which ran at 22:00 without a word.
const HUNDREDS = new RegExp(
  String.raw`(?<!\btwenty[\s-]+)\b(a|${ONES.join('|')})[\s-]+hundred\b(?:(?:\s+and)?[\s-]+(?:(${Object.keys(EN_TENS).join('|')})(?:[- ](${ONES.join('|')}))?|(${Object.keys(EN_UNITS).filter((word) => EN_UNITS[word]! > 0).join('|')}))\b)?`,
  'g',
);

function hundreds(_whole: string, count: string, tens?: string, unit?: string, single?: string): string {
  const rest = tens ? EN_TENS[tens]! + (unit ? EN_UNITS[unit]! : 0) : single ? EN_UNITS[single]! : 0;
  return String((count === 'a' ? 1 : EN_UNITS[count]!) * 100 + rest);
}

// "couple hours" too, said without its "a" (left to the date parser, it became an end two hours from now).
const COUPLE = /\b(?:a )?(?:couple|pair)(?: of)?\b/g;
// "a few" (or "few") is three, as Duckling counts it: "in a few hours" starts in 3 h, "for a few minutes" lasts 3. Left to
// the date parser, "10am for a few hours" ended at now + 3 h (noon), not at 1pm.
const A_FEW = /\b(?:a )?few\b/g;
// A whole number and a fraction ("1 1/2 hours") is one number. Not a clock's minutes before a slash date ("10:00 4/7",
// 早上九点到11:00 4/7 were refused as '0.5714285714285714' not understood).
const MIXED_FRACTION = /(?<![\d:：.])\b(\d+)\s+(?:and\s+)?(\d)\/([2-9])(?![\d/])/g;
// "ten to six", "twenty-five past 4": spelled-out minutes before an hour are a clock time, as Duckling reads
// them; only digits ("10 to 6") or a range word before ("from ten to six") make a range. Marked "minutes" so
// the clock stage reads them once they are digits.
// Digits may carry their am/pm ("ten to 9pm"): without it, "tomorrow ten to 9pm" ran from 10:00 to 21:00 and "five to
// 11pm" from 17:00 (silently), while "ten to nine pm" was 20:50.
const HOUR_WORD = String.raw`(?:(?:${Object.keys(EN_UNITS).filter((word) => EN_UNITS[word]! >= 1 && EN_UNITS[word]! <= 12).join('|')}|\d{1,2}|noon|midnight)\b|\d{1,2}(?=\s*[ap]\.?m\b))`;
// Not the minutes of a spoken clock: "seven forty five to ten", "eight twenty till ten" are 7:45 and 8:20 to 10 (they
// were 07:00 and an end at 9:15 / 9:40, accepted without a word).
const SPOKEN_HOUR_OR_TENS = String.raw`(?:${Object.keys(EN_UNITS).filter((word) => EN_UNITS[word]! >= 1 && EN_UNITS[word]! <= 12).join('|')}|twenty|thirty|forty|fifty)`;
const SPOKEN_MINUTES_TO = new RegExp(
  String.raw`(?<!\b${SPOKEN_HOUR_OR_TENS}[\s-]+)(\b(?:from|between)[\s-]+)?\b(five|ten|twenty(?:[- ]five)?)(\s+(?:to|before|of|till)\s+${HOUR_WORD})`,
  'g',
);
// After a range word the minutes are still minutes when they cannot be an hour ("from twenty to ten", "45 minutes
// from twenty-five to nine") or when the range's end comes after them ("from ten to nine to eleven"): read as a
// range, "45 minutes from twenty to ten tmr" ran 20:45 to 22:00 and "from twenty to ten to eleven" 20:00 to 22:50.
const RANGE_END_AFTER = new RegExp(String.raw`^\s*(?:to|until|till|til|thru|through|and|[-–~])\s*${HOUR_WORD}`);

function spokenMinutesTo(whole: string, rangeWord: string | undefined, minutes: string, toHour: string, at: number, all: string): string {
  const clock = `${minutes} minutes${toHour}`;
  if (!rangeWord || minutes.startsWith('twenty')) return `${rangeWord ?? ''}${clock}`;
  return RANGE_END_AFTER.test(all.slice(at + whole.length)) ? `${rangeWord}${clock}` : whole;
}

/** "twenty five" -> "25", "a couple of" / "a pair of" -> "2", "a few" -> "3" (text already lower-cased). */
export function replaceEnglishNumberWords(text: string): string {
  return text
    .replace(HUNDREDS, hundreds)
    .replace(COUPLE, '2')
    .replace(A_FEW, '3')
    .replace(SPOKEN_MINUTES_TO, spokenMinutesTo)
    .replace(MIXED_FRACTION, (whole, units: string, top: string, bottom: string) =>
      Number(top) < Number(bottom) ? String(Number(units) + Number(top) / Number(bottom)) : whole,
    )
    .replace(EN_NUMBER, (_whole, tens?: string, unit?: string, single?: string) =>
      String(tens ? EN_TENS[tens]! + (unit ? EN_UNITS[unit]! : 0) : EN_UNITS[single!]!),
    );
}

const ZH_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const ZH_MULTIPLIERS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** A Chinese numeral ("十二", "二十五", "三百", "二〇一三") as a number. */
export function chineseNumeral(written: string): number {
  // 廿 and 卅 are twenty and thirty in one character.
  const numeral = written.replace(/廿/g, '二十').replace(/卅/g, '三十');
  if (![...numeral].some((c) => c in ZH_MULTIPLIERS)) {
    // Digit by digit, as years and phone-style numbers are written.
    return Number([...numeral].map((c) => ZH_DIGITS[c] ?? 0).join(''));
  }
  let total = 0;
  let digit = 0;
  for (const c of numeral) {
    const multiplier = ZH_MULTIPLIERS[c];
    if (multiplier !== undefined) {
      total += (digit || 1) * multiplier;
      digit = 0;
    } else {
      digit = ZH_DIGITS[c] ?? 0;
    }
  }
  return total + digit;
}

// Weekday names keep their numeral (星期一 is Monday, not "星期1"); so do set phrases like 一下, 一起 (a lone 一 before
// 下, 起, 些, 直: the 一 ending 十一 is a number's, "12月二十一下午" is the 21st).
const ZH_NUMERAL = /(星期|周|礼拜)?([零〇一二两三四五六七八九十百千廿卅]+)/g;
const ONE_IN_A_PHRASE = /^[下起些直]/;
// A quarter of an hour after 点, in characters or digits: 一刻 / 1刻 = 15, 两刻 = 30, 三刻 / 3刻 = 45 minutes. Past a
// space, 三刻钟 is a length ("明晚8点 三刻钟").
const ZH_QUARTER = /点(?:\s+(?![一二两三123]刻钟))?([一二两三123])刻/g;
// A length in quarters of an hour: 一刻钟 = 15, 两刻钟 / 2刻钟 = 30, 三刻钟 = 45 minutes (持续2刻钟 had no end).
// In characters right after digits too (明天20:00三刻钟: it was left, and refused as having no end).
const ZH_QUARTER_LENGTH = /(?<![点零〇一二两三四五六七八九十])([一二两三四五六七八九十]+|(?<!\d)\d{1,2})\s*刻钟/g;
const QUARTERS: Record<string, number> = { 一: 1, 1: 1, 二: 2, 两: 2, 2: 2, 三: 3, 3: 3 };

// 三点五小时, 一点五个钟头: a length with a decimal point in characters (点 is also the clock's hour word: "三点五小时"
// had become 3:05 and a length of hours). A decimal after a length's word (持续, 时长, 播...), or standing apart once the
// text has its clock time ("明晚8点 一点五个钟头"); glued to a day or part of the day ("晚上八点一小时") it stays a
// clock time and a length, and a text with no clock time before it keeps that reading too, unless the length counts
// to the start ("三点五小时后开始").
const ZH_DECIMAL_LENGTH = /([一二两三四五六七八九十]+)点([零一二三四五六七八九]{1,2})(?=\s*个?\s*(?:小时|钟头|个钟)(\s*(?:以后|之后|后))?)/g;
const LENGTH_WORD_BEFORE = /(?:持续|时长|历时|为期|总共|共计|共|长达|播放?|直播|预计|大约|约)\s*[:：]?\s*$/;
const APART_AFTER_CLOCK = /(?:点|\d[:：]\d\d|[ap]m)[^点]*(?:^|[\s,，、;；])$/;

// 四分之三小时, 二分之一个小时: a fraction of an hour (refused, "之3小" not understood).
const ZH_FRACTION_OF_HOUR = /([一二两三四五六七八九十\d]+)\s*分之\s*([一二两三四五六七八九十\d]+)\s*个?\s*(?:小时|钟头|个钟)/g;
// 一个小时又一刻钟, 两小时零一刻: an hour and a quarter; 又 / 零 only join the two amounts.
const ZH_HOURS_AND_QUARTERS = /(小时|钟头)\s*[又零]\s*([一二两三123])\s*刻(?:钟)?/g;
const ZH_HOURS_AND = /(小时|钟头)\s*又\s*(?=[\d零一二两三四五六七八九十半])/g;

const numberIn = (written: string) => (/^\d+$/.test(written) ? Number(written) : chineseNumeral(written));

function fractionsOfHours(text: string): string {
  if (!text.includes('分之') && !/[又零]/.test(text)) return text;
  return text
    .replace(ZH_FRACTION_OF_HOUR, (whole, of: string, parts: string) => {
      // In whole seconds: 三分之一小时 is 20 minutes exactly, not 0.333 of an hour.
      const seconds = Math.round((numberIn(parts) / numberIn(of)) * 3600);
      return Number.isFinite(seconds) && seconds > 0 ? `${seconds}秒钟` : whole;
    })
    .replace(ZH_HOURS_AND_QUARTERS, (_w, unit: string, quarters: string) => `${unit}${(QUARTERS[quarters] ?? 1) * 15}分钟`)
    .replace(ZH_HOURS_AND, '$1');
}

function decimalLengths(text: string): string {
  return text.replace(ZH_DECIMAL_LENGTH, (whole, units: string, tenths: string, later: string | undefined, at: number) => {
    const before = text.slice(0, at);
    if (!later && !LENGTH_WORD_BEFORE.test(before) && !APART_AFTER_CLOCK.test(before)) return whole;
    return `${chineseNumeral(units)}.${[...tenths].map((c) => ZH_DIGITS[c]).join('')}`;
  });
}

// 晚八点二十两小时, 八点零五一个钟头, 七点四十一小时二十分: a clock's minutes glued to the count of a length after them. Read as
// one number (二十两 as 22, 零五一 as 051) they made a length of 22 or 51 hours from the hour, silently. Minutes that are a
// whole number of their own (二十, 四十, 零五, 十五) with one more numeral before a length's unit are the two numbers; 十一个
// 小时 (十 alone) stays eleven hours. And minutes before digits stand apart from them (十点五十90分钟 had become 5090).
const MINUTES_BEFORE = /点\s*过?\s*$/;
const MINUTES_NUMERAL = /^(?:[二三四五]十[一二三四五六七八九]?|零[一二三四五六七八九]|十[一二三四五六七八九])$/;
// Minutes as written (十, 二十, 四十五, 零五), not the 零 of 零5分.
const WHOLE_MINUTES = /^(?:[二三四五]?十[一二三四五六七八九]?|零[一二三四五六七八九])$/;
const LENGTH_IN_DIGITS_AHEAD = /^\d+(?:\.\d+)?\s*(?:个|小时|钟头|分钟|h(?![a-z])|min)/i;
// Not 半小时 (四十五半小时 is 45 minutes and half an hour: a count before 半 takes 个, 五个半小时).
const LENGTH_UNIT_AHEAD = /^\s*(?:个\s*半?\s*(?:小时|钟头|钟)|小时|钟头|个钟)/;

function minutesThenCount(numeral: string, after: string): string | null {
  const minutes = numeral.slice(0, -1);
  const count = numeral.slice(-1);
  if (!LENGTH_UNIT_AHEAD.test(after) || !/[一两二三四五六七八九]/.test(count) || !MINUTES_NUMERAL.test(minutes)) return null;
  return `${digitsOf(minutes)} ${digitsOf(count)}`;
}

function digitsOf(numeral: string): string {
  // A leading 零 is a written zero ("三点零五" reads 3:05): keep it as a digit.
  const zero = numeral.startsWith('零') && numeral.length > 1 ? '0' : '';
  return zero + String(chineseNumeral(zero ? numeral.slice(1) : numeral));
}

/** "三点零五" -> "3点05", "一个半小时" -> "1个半小时", "三点一刻" -> "3点15分". */
export function replaceChineseNumerals(text: string): string {
  // Each pattern needs a Chinese character, or the numeral 〇 (outside that block).
  if (!hasHan(text) && !text.includes('〇')) return text;
  return decimalLengths(fractionsOfHours(text))
    .replace(ZH_QUARTER, (_w, q: string) => `点${QUARTERS[q]! * 15}分`)
    .replace(ZH_QUARTER_LENGTH, (_w, q: string, at: number, written: string) =>
      `${/\d$/.test(written.slice(0, at)) ? ' ' : ''}${(/\d/.test(q) ? Number(q) : chineseNumeral(q)) * 15}分钟`)
    .replace(ZH_NUMERAL, (whole, weekdayWord: string | undefined, numeral: string, at: number, written: string) => {
      if (numeral === '一' && ONE_IN_A_PHRASE.test(written.slice(at + whole.length))) return whole;
      // The weekday takes one numeral; what follows is a number of its own (星期一两点 is Monday at 2).
      if (weekdayWord) return numeral.length > 1 ? weekdayWord + numeral[0] + digitsOf(numeral.slice(1)) : whole;
      // Right after digits (明天20:00两小时, 20:30一小时), a number of its own: written as digits with no space, the two
      // ran together (20:002小时) and were refused as no end or a day without a time.
      const before = written.slice(0, at);
      const after = written.slice(at + whole.length);
      if (MINUTES_BEFORE.test(before)) {
        const split = minutesThenCount(numeral, after);
        if (split) return split;
      }
      const minutesApart = MINUTES_BEFORE.test(before) && WHOLE_MINUTES.test(numeral) && LENGTH_IN_DIGITS_AHEAD.test(after);
      return (/\d$/.test(before) ? ' ' : '') + digitsOf(numeral) + (minutesApart ? ' ' : '');
    });
}
