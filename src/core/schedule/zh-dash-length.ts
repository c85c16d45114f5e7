// 今晚8点—2小时, 明晚8点-90分钟, 明晚8点-2h: a Chinese clock time, a dash, then a length is the start and how long it
// runs, as 明晚8点 - 2h already was. 今晚8点—2小时 was refused as a negative length (the dash read as a minus sign)
// and 明晚8点-2h as having no end. A range's end after a dash is a clock time (8点-10点半), never 小时 or 分钟, so the
// unit says which was meant. A minus sign written as one, a space before it and none after (明晚8点 -2小时), stays a
// negative length, refused; so does one after a length's verb (播-1小时: index.ts).
//
// Read after the numerals are digits and dashes are '-' (normalise: —, ——, – become '-', '--'). An h length only after
// a 点 clock: after a colon clock, 20:00-2h may be the range to 02:00, as "20:00-2h" is in English.

const ZH_CLOCK_END = String.raw`\d\s*点(?:\s*半|\s*整|\s*钟|\s*\d{1,2}\s*分(?!钟))?`;
const COLON_CLOCK_END = String.raw`(?<![\d:])\d{1,2}\s*[:：]\s*[0-5]\d`;
const DASH = String.raw`(?:\s*-+\s+|-+\s*)`;
const CHINESE_UNIT_LENGTH = String.raw`\d+(?:\.\d+)?\s*(?:个\s*)?(?:半\s*)?(?:小时|钟头|个钟|分钟)`;
const H_LENGTH = String.raw`\d+(?:\.\d+)?\s*(?:h|hrs?|hours?|mins?|minutes?)(?![a-z\d])`;

const DASH_LENGTH = new RegExp(
  String.raw`(${ZH_CLOCK_END})${DASH}(?=${CHINESE_UNIT_LENGTH}|${H_LENGTH})|(${COLON_CLOCK_END})${DASH}(?=${CHINESE_UNIT_LENGTH})`,
  'gi',
);

/** "今晚8点-2小时" -> "今晚8点 持续 2小时" (Chinese text, numerals as digits). */
export function readChineseDashLength(text: string): string {
  if (!text.includes('-')) return text;
  return text.replace(DASH_LENGTH, (_whole, zhClock?: string, colonClock?: string) => `${zhClock ?? colonClock} 持续 `);
}
