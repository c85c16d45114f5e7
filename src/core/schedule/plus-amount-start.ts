// "+30m for 1h", "+1h for 2h", "(+45 min) for 1h": an amount with a plus sign and nothing before it is a start that
// long from now, as "in 30m" is. The date parser took the plus sign's amount for the length and the length for the
// wait: "+30m for 1h" started an hour from now and ran thirty minutes (silently). After a clock time or "now" the
// plus stays what it was ("8pm + 2h", "dec 8 8pm (+2h)" are lengths; "now +30m for 1h" is refused as an end and a
// length). Only at the start of the time, so that the g flag finds it once.
const PLUS_AMOUNT = /(?<=^\s*\(?\s*)\+\s*(?=\d+(?:\.\d+)?\s*(?:h|hrs?|hours?|m|mins?|minutes?)\b)/;

/** "+30m for 1h" -> "in 30m for 1h". */
export function readPlusAmountAsStart(text: string): string {
  return text.includes('+') ? text.replace(PLUS_AMOUNT, 'in ') : text;
}
