// "at 8:30 on new year's eve", "8 on christmas eve", "9 to 11 on nye": a clock time (or a range of them) said before
// Christmas Eve or New Year's Eve, written after it ("new year's eve at 8:30"), where the rules for an hour said with
// an eve read it (holidays.ts: the evening's; en-holiday-small-hours.ts: 1 to 4 asked). Before it, the same words
// were 08:30 on 31 December without a word while "new year's eve at 8:30" was 20:30, or refused ("8 on christmas
// eve" as a day without a time). A clock time with am/pm says its half of the day itself, and a 24-hour one with its
// leading zero ("08:00 on christmas eve") the morning: both stay. So does a range's end alone ("10pm to 1 on nye").
const EVE = String.raw`christmas\s+eve|xmas\s+eve|new\s+year(?:'|’)?s\s+eve|nye`;
// Not 08:00 (a 24-hour clock, as written) nor part of a longer number.
const HOUR = String.raw`(?:[1-9]|1\d|2[0-3])(?!\d)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve`;
// "nine thirty", "ten fifteen", "eight oh five": minutes spoken after the hour.
const SPOKEN_MINUTES = String.raw`\s+(?:oh\s+(?:one|two|three|four|five|six|seven|eight|nine)|(?:ten|fifteen|twenty|thirty|forty|fifty)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?)`;
const CLOCK = String.raw`(?:(?:half|quarter)\s+(?:past|to)\s+)?(?:${HOUR})(?:[:.][0-5]\d|${SPOKEN_MINUTES})?`;
const CLOCK_BEFORE_EVE = new RegExp(
  String.raw`(?<![\d:.]|(?:-|–|—|\bto|\btill?|\buntil|\bthru|\bthrough)\s*)\b(?:at\s+|@\s*|from\s+)?` +
    String.raw`(${CLOCK}(?:\s*(?:-|–|—|to|till?|until|thru|through)\s*${CLOCK})?)\s+(?:on\s+)?(${EVE})\b`,
  'gi',
);

/** The text with a clock time (no am/pm) said before an eve moved after it; unchanged otherwise. */
export function putEveBeforeItsClock(text: string): string {
  if (!/eve\b|nye/i.test(text)) return text;
  return text.replace(CLOCK_BEFORE_EVE, (_whole, clock: string, eve: string) => `${eve} ${clock}`);
}
