// A day of the month spelled out: "the twenty-first", "march first", "the tenth of march", "tuesday the
// twentieth". The rules after this stage read a day only in digits ("the 21st", "march 1"), so these were refused
// as words not understood ("20-first" once the numbers had been read). Written as the digits with their suffix,
// only where a day of the month is meant: after "the", a month or a weekday, or before "of <month>". Not "first
// thing", nor "the second file": an ordinal that counts something else.
import { MONTH, WEEKDAY } from './calendar-words.js';

const UNITS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const TEENS = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth',
  'eighteenth', 'nineteenth'];
const SUFFIX = (day: number) => (day % 10 === 1 && day !== 11 ? 'st' : day % 10 === 2 && day !== 12 ? 'nd' : day % 10 === 3 && day !== 13 ? 'rd' : 'th');

function dayOf(tens: string | undefined, word: string): number | null {
  if (!tens) {
    const unit = UNITS.indexOf(word);
    if (unit >= 0) return unit + 1;
    const teen = TEENS.indexOf(word);
    if (teen >= 0) return teen + 10;
    return word === 'twentieth' ? 20 : word === 'thirtieth' ? 30 : null;
  }
  const unit = UNITS.indexOf(word) + 1;
  const day = (tens === 'twenty' ? 20 : 30) + unit;
  return unit > 0 && day <= 31 ? day : null;
}

const ORDINAL = String.raw`(?:(twenty|thirty)[- ]?)?(${[...UNITS, ...TEENS, 'twentieth', 'thirtieth'].join('|')})`;
const DAY_CONTEXT_BEFORE = String.raw`(?<=\b(?:the|${MONTH}[a-z]*\.?|${WEEKDAY}[a-z]*\.?,?)\s+)`;
// What follows an ordinal that counts something other than days.
const NOT_A_DAY = String.raw`(?!\s+(?:thing|things|file|files|item|one|ones|time|times|half|quarter|hour|minute|week|weekend|day|video|stream|show|part|episode|round|session|source|url|link|attempt|try|loop)s?\b)`;
const SPELLED_DAY = new RegExp(String.raw`${DAY_CONTEXT_BEFORE}\b${ORDINAL}\b${NOT_A_DAY}|\b${ORDINAL}\b(?=\s+of\s+(?:${MONTH}|next\s+month|this\s+month))`, 'g');

/** "the twenty-first" -> "the 21st", "march first" -> "march 1st" (text lower-cased). */
export function writeSpelledDays(text: string): string {
  return text.replace(SPELLED_DAY, (whole, tens?: string, word?: string, tensOf?: string, wordOf?: string) => {
    const day = dayOf(tens ?? tensOf, (word ?? wordOf)!);
    return day === null ? whole : `${day}${SUFFIX(day)}`;
  });
}
