// A length in days after the relay's own length ("8pm for 2h for 3 days", "8pm 2h 3 days", "for 2h at 8pm, 2
// weeks", "8pm for 2h for the next 10 days"): the operator means the relay repeated day after day, which one task
// cannot do. Left to the date parser, the days were read as a start that many days ahead (Tuesday 8pm for 2h,
// silently) and months were dropped without a word. Refused, saying to keep one length. A second length in hours
// ("for 2h for 3h") was refused already (as an end and a length), and a start that far ahead ("3 days later",
// "in 3 days", "a week from monday") is taken before this and stays.
import { HOUR, englishDurationAt } from './durations.js';

const WORD_START = /(?<![\d:./-])\b(?=[a-z0-9])/gi;
// Words after an amount that make it a distance from a day, not a length: left to the readings that know them.
const FROM_A_DAY = /^\s*(?:from|after|before|later|ago|hence|back|earlier|out|on|since)\b/i;

/** The words of a second length of a day or more in what is left after the length was taken, or null. */
export function lengthInDaysAfterLength(text: string): string | null {
  WORD_START.lastIndex = 0;
  for (let m = WORD_START.exec(text); m; m = WORD_START.exec(text)) {
    const duration = englishDurationAt(text, m.index);
    WORD_START.lastIndex = m.index + 1;
    if (!duration || duration.ms < 24 * HOUR) continue;
    const written = text.slice(m.index, duration.end).trim();
    if (/[a-z]/i.test(written) && !FROM_A_DAY.test(text.slice(duration.end))) return written;
  }
  return null;
}
