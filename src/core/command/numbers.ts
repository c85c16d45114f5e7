// Counts as people type them: "3", "1,000", "three", "twice", "twenty-five", "a hundred", "two thousand", "a dozen",
// "三", "十二", "两", "一百零五", "一千", "两万". "loop a hundred times" and 循环一千次 had been words not understood.
// Two digits side by side in Chinese (两三次, 七八次, 十一二次) are "two or three", not 23: no count at all.

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const ALONE: Record<string, number> = { once: 1, twice: 2, thrice: 3 };
const SCALES: Record<string, number> = { dozen: 12, hundred: 100, thousand: 1000 };

const UNIT_WORD = `(?:${Object.keys(UNITS).sort((a, b) => b.length - a.length).join('|')})`;
const TENS_WORD = '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';
/** "twenty-five", "twenty five", "seven". */
const BELOW_HUNDRED = `(?:${TENS_WORD}[-\\s](?:one|two|three|four|five|six|seven|eight|nine)|${UNIT_WORD})`;
/** "a hundred", "two hundred and five", "a thousand", "three thousand five hundred", "a dozen". */
const SCALED = `(?:(?:an?|${BELOW_HUNDRED})\\s+(?:dozen|hundred|thousand)(?:\\s+(?:and\\s+)?(?:${BELOW_HUNDRED}\\s+hundred(?:\\s+(?:and\\s+)?${BELOW_HUNDRED})?|${BELOW_HUNDRED}))?)`;
const ENGLISH_COUNT = `${SCALED}|${BELOW_HUNDRED}|once|twice|thrice`;

const CHINESE_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const CHINESE_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Regex source matching what parseCount understands (for use inside larger patterns). */
export const COUNT_PATTERN = `-?[0-9０-９]{1,3}(?:,[0-9]{3})+(?![0-9])|-?[0-9０-９]+|${ENGLISH_COUNT}|[零〇一二两三四五六七八九十百千万]+`;

/** A non-negative (or -1) integer from digits, English words or Chinese numerals; undefined otherwise. */
export function parseCount(text: string): number | undefined {
  // Full-width digits (循环３次) are the same digits; "1,000" is a thousand.
  const word = text.trim().toLowerCase().replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10));
  const digits = /^-?\d{1,3}(?:,\d{3})+$/.test(word) ? word.replace(/,/g, '') : word;
  if (/^-?\d+$/.test(digits)) {
    const value = Number.parseInt(digits, 10);
    return Number.isSafeInteger(value) ? value : undefined;
  }
  if (Object.hasOwn(ALONE, word)) return ALONE[word];
  return parseEnglish(word) ?? parseChinese(word);
}

/** "twenty-five" = 25, "a hundred" = 100, "two thousand and fifty" = 2050, "a dozen" = 12. */
function parseEnglish(text: string): number | undefined {
  if (!new RegExp(`^(?:${ENGLISH_COUNT})$`).test(text)) return undefined;
  let total = 0;
  let current = 0;
  for (const word of text.split(/[-\s]+/)) {
    if (word === 'and') continue;
    if (word === 'a' || word === 'an') current = 1;
    else if (Object.hasOwn(UNITS, word)) current += UNITS[word]!;
    else if (word === 'thousand') {
      total += (current || 1) * 1000;
      current = 0;
    } else current = (current || 1) * SCALES[word]!;
  }
  return total + current;
}

/** 一 … 九万九千九百九十九: digits with 十, 百, 千 and 万 as multipliers ("十二" = 12, "二十" = 20, "一百零五" = 105, "两万" = 20000). */
function parseChinese(text: string): number | undefined {
  if (!/^[零〇一二两三四五六七八九十百千万]+$/.test(text)) return undefined;
  let total = 0;
  let section = 0;
  let pending: number | undefined;
  let afterDigit = false;
  // The unit just said: a digit right after 百, 千 or 万 is the next unit down ("一百五" is 150, "两万五" 25000).
  let lastUnit = 0;
  for (const char of text) {
    if (char === '万') {
      total += (section + (pending ?? 0) || 1) * 10000;
      section = 0;
      pending = undefined;
      afterDigit = false;
      lastUnit = 10000;
    } else if (Object.hasOwn(CHINESE_UNITS, char)) {
      section += (pending ?? 1) * CHINESE_UNITS[char]!;
      pending = undefined;
      afterDigit = false;
      lastUnit = CHINESE_UNITS[char]!;
    } else {
      const digit = CHINESE_DIGITS[char]!;
      // 两三, 七八, 十一二: a range said loosely, not a number read digit by digit. 零 marks a gap (一百零五).
      if (afterDigit && digit !== 0 && pending !== 0) return undefined;
      if (digit === 0) lastUnit = 0;
      pending = digit;
      afterDigit = true;
    }
  }
  const last = pending !== undefined && lastUnit >= 100 ? (pending * lastUnit) / 10 : (pending ?? 0);
  return total + section + last;
}

const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
};

/** Regex source for an ordinal as people type one: "2nd", "3rd", "11th", "second" (for use inside larger patterns). */
export const ORDINAL_PATTERN = `[0-9]+(?:st|nd|rd|th)|${Object.keys(ORDINALS).join('|')}`;

/** "2nd", "second" → 2; undefined otherwise. */
export function parseOrdinal(text: string): number | undefined {
  const word = text.trim().toLowerCase();
  const digits = /^(\d+)(?:st|nd|rd|th)$/.exec(word);
  if (digits) return Number(digits[1]);
  return ORDINALS[word];
}
