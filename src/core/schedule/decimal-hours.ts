// "for 1.30h", "持续1.45小时": two digits after the point that read as minutes too. As a decimal 1.30 h is
// 1 h 18 min, but people write 1.30 for an hour and a half-hour's thirty minutes as often as not; the relay's
// end moves by 12 minutes between the two, and the one picked was never said. Such a length is asked about.
// Quarters (1.25, 1.50, 1.75) are decimals people use (as "8pm for 1.50h" has been read since the corpus
// began), and so are one digit (1.3h) and anything past 59 (1.80h): those keep their one reading.
import type { RelayError, Result } from '../errors.js';
import { scheduleError } from './schedule-error.js';

// The h of "20.30h" is also a clock time ("20.00h for 1h"): only after a length word is it a length. The
// words "hours" and 小时 are lengths wherever they stand.
const EN_LENGTH_WORD = String.raw`\b(?:for|in|after|lasting|lasts?|duration|runtime|running\s+time)\s*:?\s*(?:about\s+|around\s+|roughly\s+)?`;
const DECIMAL = String.raw`(\d{1,2})[.,](\d\d)`;
const UNCLEAR_DECIMAL = new RegExp(
  String.raw`(?<![\d.,:/])${DECIMAL}\s*(?:hours?|hrs?)\b|${EN_LENGTH_WORD}${DECIMAL}\s*h\b|(?<![\d.,:/])${DECIMAL}\s*个?\s*(?:小时|钟头)`,
  'g',
);

function readsBothWays(minutes: number): boolean {
  return minutes > 0 && minutes < 60 && minutes % 25 !== 0;
}

/** The text, or the error naming the first length whose two digits after the point may be minutes. */
export function refuseUnclearDecimalHours(text: string): Result<string, RelayError[]> {
  for (const match of text.matchAll(UNCLEAR_DECIMAL)) {
    const hours = match[1] ?? match[3] ?? match[5]!;
    const digits = match[2] ?? match[4] ?? match[6]!;
    if (!readsBothWays(Number(digits))) continue;
    const decimalMinutes = Math.round(Number(`0.${digits}`) * 60);
    const words = match[0].slice(match[0].indexOf(hours)).trim();
    const field = /^\s*(?:in|after)\b/.test(match[0]) ? 'StartTime' : 'EndTime';
    return {
      ok: false,
      error: [scheduleError('unclearDecimal', field, { words, hours: Number(hours), minutes: Number(digits), decimalMinutes })],
    };
  }
  return { ok: true, value: text };
}
