// Small counts as people type them: "3", "three", "twice", "三", "十二", "两".

const ENGLISH: Record<string, number> = {
  zero: 0, one: 1, once: 1, two: 2, twice: 2, three: 3, thrice: 3, four: 4, five: 5, six: 6, seven: 7,
  eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
};

const CHINESE_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** Regex source matching what parseCount understands (for use inside larger patterns). */
export const COUNT_PATTERN = `-?[0-9０-９]+|${Object.keys(ENGLISH).join('|')}|[零〇一二两三四五六七八九十百]+`;

/** A non-negative (or -1) integer from digits, an English word or Chinese numerals; undefined otherwise. */
export function parseCount(text: string): number | undefined {
  // Full-width digits (循环３次) are the same digits.
  const word = text.trim().toLowerCase().replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10));
  if (/^-?\d+$/.test(word)) {
    const value = Number.parseInt(word, 10);
    return Number.isSafeInteger(value) ? value : undefined;
  }
  if (Object.hasOwn(ENGLISH, word)) return ENGLISH[word];
  return parseChinese(word);
}

/** 一 … 九百九十九: digits with 十 and 百 as multipliers ("十二" = 12, "二十" = 20, "一百零五" = 105). */
function parseChinese(text: string): number | undefined {
  if (!/^[零〇一二两三四五六七八九十百]+$/.test(text)) return undefined;
  let total = 0;
  let pending = 0;
  let sawMultiplier = false;
  for (const char of text) {
    if (char === '百' || char === '十') {
      const unit = char === '百' ? 100 : 10;
      total += (pending || 1) * unit;
      pending = 0;
      sawMultiplier = true;
    } else {
      const digit = CHINESE_DIGITS[char]!;
      if (!sawMultiplier && pending > 0) pending = pending * 10 + digit; // "一二" read digit by digit
      else pending = digit;
    }
  }
  return total + pending;
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
