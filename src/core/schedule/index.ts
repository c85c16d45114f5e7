// The schedule layer: turns the "when" part of a relay command ("tomorrow 8pm for 2h", "明天晚上8点 持续2小时")
// into start and end instants. A pipeline, in this order (each stage blanks what it understood):
//   1. normalise: full-width forms, Traditional characters, "@", case, spelled-out numbers (English words,
//      Chinese numerals)
//   2. zone designators ("PST", "UTC+8", "Asia/Shanghai") -> the zone the times are read in
//   3. clock phrasings the date parser lacks ("quarter past 3", "16h00", "at 1030") rewritten
//   4. "now" words, lengths ("for 2h", "持续2小时") and relative starts ("in 30 minutes", "30分钟后")
//   5. days relative to today and parts of the day ("tomorrow", "tonight", "明天")
//   6. chrono-node for dates and clock times, read as wall-clock parts
//   7. compose: wall-clock parts + zone rules -> instants (compose.ts)
import type { Locale } from '../i18n.js';
import type { RelayError, Result } from '../errors.js';
import { readWithChrono, type ChronoReading } from './chrono-reader.js';
import { unitlessLengthOr } from './unitless-length.js';
import { rewriteClockForms, rewriteDayOfMonth, rewriteLastFebruaryNight, rewriteMonthsAhead, twentyFourHourClock } from './clock-forms.js';
import { composeSchedule } from './compose.js';
import { readCompactClocksBesideDates } from './compact-clocks-beside-dates.js';
import { extractChineseDayWords, extractEnglishDayWords, type DayWords } from './day-words.js';
import { extractLengths } from './lengths.js';
import { lengthInDaysAfterLength } from './second-length.js';
import { refuseRecurring } from './recurring.js';
import { replaceChineseNumerals, replaceEnglishNumberWords } from './numbers.js';
import { normaliseSpellings, spellMondayAfterNumber } from './spelling.js';
import { dropChineseFillers } from './zh-fillers.js';
import { joinLetterSpacedChinese } from './zh-letter-spacing.js';
import { markChineseEnds, rewriteChineseWords } from './zh-words.js';
import { rewriteChineseHours, saysSameTimeZh } from './zh-hours.js';
import { dropRepeatedDates } from './zh-repeated-date.js';
import { refuseTwoWeekdays } from './two-weekdays.js';
import { mealTimeWords } from './meal-times.js';
import { readChineseDashLength } from './zh-dash-length.js';
import { readWaitDash } from './zh-wait-dash.js';
import { dropPauseAfterPart } from './zh-part-pause.js';
import { namedRegions, rewriteChineseZoneWords } from './zh-zone-words.js';
import { refuseSeasonNotInEffect } from './zh-seasonal-zones.js';
import { scheduleError } from './schedule-error.js';
import { Scratch } from './scratch.js';
import { toSimplified } from './traditional.js';
import { leftoverWords } from './leftovers.js';
import { takeNextDay } from './next-day.js';
import { MONTH, WEEKDAY } from './calendar-words.js';
import { dropRepeatedWeekdays } from './repeated-weekday.js';
import { rewriteExplicitDates } from './explicit-dates.js';
import { rewriteOrdinalWeekdays } from './ordinal-weekdays.js';
import { rewriteSameTime } from './same-time.js';
import { rewriteWeeksAfter } from './zh-weeks-after.js';
import { rewriteYearWords } from './year-words.js';
import { refuseImpossibleDates } from './impossible-dates.js';
import { refuseVagueAmounts, vagueStartWords } from './vague-amounts.js';
import { refuseTimeBounds } from './time-bounds.js';
import { refuseUnclearDecimalHours } from './decimal-hours.js';
import { refuseTwoClocks } from './two-clocks.js';
import { readLengthBeforeClock } from './length-before-clock.js';
import { refuseStartThenEndOrLength } from './start-word-end-or-length.js';
import { refuseMorningDashH } from './morning-dash-h.js';
import { refuseMorningBeforeEvening } from './zh-morning-before-evening.js';
import { settleDayAfterRange } from './zh-day-after-range.js';
import { refuseDottedDateOrder } from './zh-dotted-date-weekday.js';
import { wallTimeAt, type Zone } from './wall-clock.js';
import { nextYearNotes } from './next-year-date.js';
import { farStartNotes } from './far-start.js';
import { repeatedHourNotes } from './repeated-hour.js';
import { smallHoursTomorrowNotes } from './small-hours-tomorrow.js';
import { passedEndClockNotes } from './passed-end-clock.js';
import { separateStrayNumbers } from './zh-stray-numbers.js';
import { monthFirstNotes } from './slash-date-order.js';
import { readSlashDatesByWeekday } from './weekday-slash-dates.js';
import { readSlashDatesDayFirst } from './day-first-slash-dates.js';
import { dottedDateNotes, readDottedDates } from './dotted-dates.js';
import { readDottedDatesByWeekday } from './weekday-dotted-dates.js';
import { extractZone, userZone } from './zones.js';
import { blankEchoedClock } from './echoed-zone-clock.js';
import { rewriteHolidays } from './holidays.js';
import { rewriteLunarHolidays } from './lunar-holidays.js';
import { rewriteRuleHolidays } from './rule-holiday-names.js';
import { refuseUnclearHolidayHour } from './zh-holiday-small-hours.js';
import { refuseUnclearEnglishHolidayHour } from './en-holiday-small-hours.js';
import { putEveBeforeItsClock } from './eve-first.js';
import { rewriteWholeDay } from './whole-day.js';
import { refuseImpossibleClocks } from './impossible-clocks.js';
import { refuseUnclearHalf } from './zh-unclear-half.js';
import { refuseUnclearMidnight } from './named-day-midnight.js';

// The sign written as a word too: "for minus 2 hours", 持续负2小时.
const NEGATIVE_LENGTH = /(?:\b(?:for|lasting|duration)|持续|时长)\s*[:：]?\s*(?:-|负|\bminus\b|\bnegative\b)\s*\d/;
// After the other words a length follows ("lasts -1 hour", "length -30 min", 播-1小时, 直播-30分钟), with its unit, so
// that a range's dash stays a range ("runs 8pm - 10pm"). "lasts -1 hour" was read as an end an hour before now and
// refused as past; 播-1小时 as having no end. A Chinese length with a dash and no verb (直播-30分钟, once the filler
// 直播 is dropped) is one too: a range's end after a dash is a clock time, never 分钟 or 小时.
const NEGATIVE_LENGTH_AFTER_VERB =
  /(?:\b(?:lasts?|length|runtime|run(?:s|ning)?(?:\s+time)?)|(?:连|重)?播(?:放|出)?)\s*[:：]?\s*(?:-|负|\bminus\b|\bnegative\b)\s*\d+(?:[.,]\d+)?\s*(?:h\b|hrs?\b|hours?\b|m\b|mins?\b|minutes?\b|d\b|days?\b|个?(?:半)?(?:小时|钟头)|分钟?|天)/;
const ZH_NEGATIVE_LENGTH = /(?:^|\s|点)\s*-\s*\d+(?:\.\d+)?\s*(?:个?半?(?:小时|钟头)|分钟|天)/;

export interface ScheduleOptions {
  /** The user's IANA zone; wall-clock times in the text are read in it unless the text names another. */
  timeZone: string;
  /** The reference instant ("now"); every relative phrase is computed from it. */
  now: Date;
  locale: Locale;
}

export interface ParsedSchedule {
  start: Date;
  end: Date;
  /** "now", "right now", "立即", or only a duration given ("for 45 minutes"). */
  startsNow: boolean;
  /** The end is the start plus a length ("for 2h"), not a time of its own ("until 11"). */
  endIsLength: boolean;
  /** Leftover words that are not part of any time expression (the caller turns them into an error). */
  unrecognized: string[];
  /** How something ambiguous was read ("5/12", "tomorrow" at 1am), for the preview; not errors. */
  notes: RelayError[];
}

export const MAX_SCHEDULE_LENGTH = 200;
const NOW_WORDS = /\b(?:right\s+now|just\s+now|at\s+the\s+moment|atm|now|immediately|right\s+away|asap|straight\s+away)\b|立即|立刻|立马|马上|宜家|而家|依家|现在|此刻|此时|当前|即刻|目前|即时|现时|眼下|这会儿|当下(?![午周个星礼月次])/g;
// What is left once a bare clock number's day words were taken ("9 tomorrow" -> "9"): make it a clock time.
// "around 8", "at about 9": an hour said roughly is still that hour (as "around 8pm" is 8pm).
const ROUGHLY = String.raw`(?:around|about|approximately|approx\.?|roughly|circa)\s+`;
const LONE_HOUR = new RegExp(String.raw`^\s*(?:at\s+)?(?:${ROUGHLY})?(\d{1,2})(?:\s+o'clock)?\s*$`);
// "0800 for 1h", "2100 tomorrow", "2000Z": four digits that are all that is left of the time are a 24-hour clock.
const LONE_COMPACT_CLOCK = /^\s*(?:at\s+)?([01]\d|2[0-3]|24(?=00))([0-5]\d)\s*$/;
// "Friday 8 in the evening", "8 in the evening on Friday": once the part of the day is taken, a bare number
// beside a day is its hour.
const DAY_WORD = String.raw`(?:\b${WEEKDAY}[a-z]*\.?|\b${MONTH}[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?)`;
const HOUR_AFTER_DAY = new RegExp(String.raw`(${DAY_WORD})\s+(?:${ROUGHLY})?([1-9]|1[0-2])\b(?![:.\d]|\s*(?:[ap]\.?m\b|o'clock))`, 'g');
// Not the end of a range ("7 to 9 sunday evening", "7-9 friday night": made "7 to at 9 sunday", read as nothing).
const HOUR_BEFORE_DAY = new RegExp(
  String.raw`(?<!(?:[\d:.\-–~]|\b(?:to|until|till|til|through|thru|and))\s*)\b([1-9]|1[0-2])\s+((?:on\s+)?(?:this\s+)?${DAY_WORD})`,
  'g',
);
// "2 hours, beginning 8 fri", "starting 8 on monday": after the start's own verb, a bare number before a day is
// its hour too, as "beginning fri 8" and "at 8 fri" are (it was refused as a day without a time).
const START_VERB = String.raw`\b(?:beginning|begins?|starting|starts?|kick(?:s|ing)?\s+off|go(?:es|ing)?\s+live)\s*:?\s+`;
const HOUR_AFTER_START_VERB = new RegExp(String.raw`(?<=${START_VERB})([1-9]|1[0-2])\s+((?:on\s+)?(?:this\s+)?${DAY_WORD})`, 'g');

// "8pm thursday to 11", "9am monday till 5", "8pm feb 20 till 11": a clock time, its day, then a range's bare end.
// The date parser reads a range only with the day first (it took "8pm thursday" alone: no end).
const RANGE_RE = String.raw`(?=\s*(?:to|till|until|through|thru|-|–)\s*\d)`;
const CLOCK_BEFORE_DAY = new RegExp(String.raw`(?<![\d.:])\b(\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?|\d{1,2}:\d\d)\s+((?:on\s+)?${DAY_WORD})${RANGE_RE}`, 'g');

const AT_SIGN = /@/g;
const VULGAR_FRACTIONS: Record<string, string> = { '½': '1/2', '¼': '1/4', '¾': '3/4', '⅓': '1/3', '⅔': '2/3' };
const VULGAR_FRACTION = /[½¼¾⅓⅔]/g;
// "a half-hour", "half-an-hour", "an hour-and-a-half", "1-1/2 hours": the words of a length, hyphenated.
// "two-and-a-half hours" too.
const HYPHENATED_WORDS = /\b(half|an|a|hour|and|quarter|one|two|three|four|five|six|seven|eight|nine|ten)-(?=(?:an|a|hour|hours|and|half|quarter)\b)/gi;
const HYPHENATED_FRACTION = /\b(\d+)-(\d\/\d)\b/g;
// "in ~2h", "~8pm", "for ~90 min": a tilde before a number is "about", as in chat. Read as that word, so that each
// stage takes it as it takes "about" ("in ~1h for 1h" was a relay at 1 am: "~1h" passed for a clock time). Only at
// the start or after a word that leads a time or a length: between two times it is a range ("8pm ~ 10pm", "8点~10点").
const TILDE_ABOUT = /(?<=(?:^|[(,]|\b(?:in|within|for|at|from|after|to|until|till|by|lasting|starting|start|starts|today|tonight|tonite|tomorrow))\s*)~\s*(?=\d)/gi;
const ARROW = /\s*(?:→|⟶|➝|➔|=>|->|-->)\s*/g;
// "10pm overnight until 6": the word only says the range crosses midnight, which its end shows; left in, it kept
// the date parser from reading the range.
const OVERNIGHT = /\s+overnight(?=\s+(?:until|till|til|to|through|thru)\b)/gi;
// "for 1,5h", "2,5 hours", "1,5小时": a decimal comma (most of Europe) in a length. Only one or two decimals, so
// that "1,000 minutes" is not read as one minute, and not after a clock ("20:00,2h" is a time and a length).
const DECIMAL_COMMA = /(?<![\d:.])(\d{1,3}),(\d{1,2})(?=\s*(?:h|hrs?|hours?|m|mins?|minutes?|d|days?|个?小时|个?钟头|分钟|天)(?![a-z]))/gi;

// "8pm plus 2 hours", "20:00 +2h": a length added to the start (not an offset after UTC/GMT, "UTC+2"). After a
// length ("for 2 hours plus 15 minutes") it is more of that length, which durations.ts joins. With nothing before
// it ("+30m for 1h", "(+45 min)") it is a start that long from now (plus-amount-start.ts): read as a length, the
// relay started an hour from now and ran thirty minutes (silently).
const PLUS_LENGTH = /(?<!^\s*\(?\s*)(?<!\b(?:utc|gmt)\s*)(?<!(?<![a-z])(?:h|hrs?|hours?|m|mins?|minutes?)\s*)(?:\s+plus\s+|\s*\+\s*)(?=\d+(?:\.\d+)?\s*(?:h|hrs?|hours?|m|mins?|minutes?)(?![a-z]))/gi;

// "PT2H", "PT1H30M", "2026-12-05T20:00/PT90M", "P1D": an ISO 8601 duration is a length.
const ISO_DURATION = /(?:\/|\b)P(?:(\d+)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+)M)?(?:(\d+)S)?)?\b/gi;

function isoDuration(whole: string, days?: string, hours?: string, minutes?: string, seconds?: string): string {
  if (!days && !hours && !minutes && !seconds) return whole;
  const parts = [[days, 'd'], [hours, 'h'], [minutes, 'm'], [seconds, 's']].filter(([n]) => n).map(([n, u]) => `${n}${u}`);
  return ` for ${parts.join(' ')} `;
}

// "for a total of 2 hours", "for up to 2h", "for at most 90 minutes", "for 2 hours straight", "2h tops": words
// around a length that do not change it (each was refused as a word not understood).
const LENGTH_LEAD = /\b(?:a\s+total\s+of|in\s+total|up\s+to|at\s+most|no\s+more\s+than|not\s+more\s+than|a\s+maximum\s+of|maximum\s+of|a\s+solid|solid)\s+(?=(?:\d+(?:\.\d+)?|\.\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|half)\s*(?:an?\s+)?(?:hours?|hrs?|h|minutes?|mins?|m|days?)\b)/gi;
const LENGTH_TAIL = /(?:(?<=\d)|\b)(hours?|hrs?|h|minutes?|mins?|m|days?)\.?\s+(?:straight|in\s+total|total|tops|max(?:imum)?|at\s+most|or\s+less|in\s+a\s+row)\b/gi;

// "6pm up to 8pm", "now up until 10": "up" before a range word (once "up to 2 hours" is a length).
const UP_TO_CLOCK = /\bup\s+(?=(?:to|until|till|til)\s+(?:\d|noon|midnight))/gi;

function normalise(text: string): string {
  // "@ 3pm" is "at 3pm" (e-mail addresses never reach the schedule: the command scanner takes them first).
  // An arrow between two times is a range ("8pm → 10pm").
  // Vulgar fractions before NFKC, which makes "1½" the unreadable "11⁄2": "1 1/2" is read as 1.5.
  const fractions = text.replace(VULGAR_FRACTION, (fraction: string) => ` ${VULGAR_FRACTIONS[fraction]}`);
  const decimals = fractions.includes(',') ? fractions.replace(DECIMAL_COMMA, '$1.$2') : fractions;
  const iso = /P(?:\d|T\d)/i.test(decimals) ? decimals.replace(ISO_DURATION, isoDuration) : decimals;
  const plus = /\+|plus/i.test(iso) ? iso.replace(PLUS_LENGTH, ' for ') : iso;
  const hedged = /total|most|up\s|more than|max|solid|straight|tops|or less|in a row/i.test(plus)
    ? plus.replace(LENGTH_LEAD, '').replace(LENGTH_TAIL, '$1').replace(UP_TO_CLOCK, '')
    : plus;
  // Each rewrite below is skipped when the text lacks what its pattern needs: NFKC leaves ASCII as it is, and an
  // arrow needs an arrow character or ">".
  const composed = NOT_ASCII.test(hedged) ? separateStrayNumbers(joinLetterSpacedChinese(toSimplified(hedged.normalize('NFKC')))) : hedged;
  // 〜 (the wave dash, which NFKC leaves as it is) is typed for ～ by many keyboards: the same mark. Left alone,
  // 晚上8点〜22:00 ran from 22:00 to 20:00 the next day (silently).
  const waved = composed.includes('〜') ? composed.replace(/〜/g, '~') : composed;
  const tildes = waved.includes('~') ? waved.replace(TILDE_ABOUT, 'about ') : waved;
  const arrows = /[→⟶➝➔>]/.test(tildes) ? tildes.replace(ARROW, ' to ') : tildes;
  const dashed = (/overnight/i.test(arrows) ? arrows.replace(OVERNIGHT, '') : arrows).replace(/[‐-―−]/g, '-');
  const atSigns = dashed.includes('@') ? dashed.replace(AT_SIGN, ' at ') : dashed;
  return atSigns.includes('-') ? atSigns.replace(HYPHENATED_WORDS, '$1 ').replace(HYPHENATED_FRACTION, '$1 $2') : atSigns;
}

const NOT_ASCII = /\P{ASCII}/u;

/** Whether the text says "now" itself ("now for 2h", "立即"), rather than giving only a length. */
export function saysNow(text: string): boolean {
  return new RegExp(NOW_WORDS.source).test(text.toLowerCase());
}

function takeNowWords(scratch: Scratch): boolean {
  return scratch.consume(NOW_WORDS, () => true) > 0;
}

function takeDayWords(scratch: Scratch): DayWords {
  const chinese = extractChineseDayWords(scratch);
  const english = extractEnglishDayWords(scratch);
  return {
    dayOffset: chinese.dayOffset ?? english.dayOffset,
    endDayOffset: english.endDayOffset ?? chinese.endDayOffset,
    meridiem: english.meridiem ?? chinese.meridiem,
    thisPart: english.thisPart ?? null,
  };
}

// "ending at 11pm", "stop at 11pm" with no start say the same.
const UNTIL_BEFORE = /(?:\b(?:until|till|til|through|to|(?:end|ends|ending|stop|stops|stopping|finish|finishes|finishing)(?:\s+at)?)|直到|到|至)\s*$/;

interface ClockRead {
  start: ChronoReading['start'] | null;
  end: ChronoReading['end'];
  foreignZone?: string;
}

function readClock(scratch: Scratch, reference: ReturnType<typeof wallTimeAt>, partOfDay: boolean): ClockRead | null {
  const lone = LONE_HOUR.exec(scratch.text);
  const compact = LONE_COMPACT_CLOCK.exec(scratch.text);
  if (lone) scratch.text = `at ${lone[1]}`.padEnd(scratch.text.length, ' ');
  // Written with its half of the day unless a part of the day was said ("tonight 1030"): as "08:00" the date parser
  // took it for a 12-hour clock, and "0800 for 2 hours" said at 3pm started at 8pm, "1200 for 1h" at midnight.
  else if (compact) scratch.text = (partOfDay ? `${compact[1]}:${compact[2]}` : twentyFourHourClock(Number(compact[1]), compact[2]!)).padEnd(scratch.text.length, ' ');
  else if (partOfDay) scratch.text = scratch.text.replace(HOUR_AFTER_DAY, '$1 at $2').replace(HOUR_BEFORE_DAY, 'at $1 $2');
  else scratch.text = scratch.text.replace(HOUR_AFTER_DAY, '$1 at $2').replace(HOUR_AFTER_START_VERB, 'at $1 $2');
  scratch.text = scratch.text.replace(CLOCK_BEFORE_DAY, '$2 $1');
  const reading = readWithChrono(scratch.text, reference);
  const firstFrom = reading?.spans[0]?.[0] ?? 0;
  for (const [from, to] of reading?.spans ?? []) scratch.blank(from, to);
  // "until 11pm" with no start: the time is the end, and the relay starts now.
  if (reading && !reading.end && UNTIL_BEFORE.test(scratch.text.slice(0, firstFrom))) {
    return { ...reading, start: null, end: reading.start };
  }
  return reading;
}

function zoneLabel(zone: Zone): string {
  if (zone.kind === 'iana') return zone.name;
  const sign = zone.offsetMinutes < 0 ? '-' : '+';
  const minutes = Math.abs(zone.offsetMinutes);
  return `UTC${sign}${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

export function parseSchedule(text: string, options: ScheduleOptions): Result<ParsedSchedule, RelayError[]> {
  // No schedule is this long; refusing early keeps hostile input from costing the parsers' worst cases.
  if (text.length > MAX_SCHEDULE_LENGTH) {
    return { ok: false, error: [scheduleError('tooLong', 'StartTime', { max: MAX_SCHEDULE_LENGTH })] };
  }
  const normalised = normalise(text);
  // Before the zone and day stages take words out of it ("each monday" would leave "each").
  const once = refuseRecurring(normalised.toLowerCase());
  if (!once.ok) return once;
  const scratch = new Scratch(rewriteChineseZoneWords(dropPauseAfterPart(normalised)));
  const ownZone = userZone(options.timeZone);
  if (!ownZone) return { ok: false, error: [scheduleError('unknownZone', 'StartTime', { zone: options.timeZone })] };
  blankEchoedClock(scratch, options.locale, options.timeZone, options.now.getTime());
  const named = extractZone(scratch, options.locale, options.timeZone);
  if (!named.ok && named.first) {
    return { ok: false, error: [scheduleError('twoZones', 'StartTime', { first: named.first, second: named.unknown })] };
  }
  if (!named.ok && named.severalZones) return { ok: false, error: [scheduleError('severalZones', 'StartTime', { words: named.unknown })] };
  if (!named.ok) return { ok: false, error: [scheduleError('unknownZone', 'StartTime', { zone: named.unknown })] };
  let zone = named.zone ?? ownZone;

  const nowMs = options.now.getTime();
  // Days are the user's ("tomorrow 8pm PST" is 8pm PST on the user's tomorrow, as Duckling reads it); only the
  // clock time is read in the named zone.
  const wallNow = wallTimeAt(nowMs, ownZone);
  const lunar = rewriteLunarHolidays(scratch.text, wallNow, options.locale);
  if (!lunar.ok) return lunar;
  scratch.text = lunar.value;
  const ruled = rewriteRuleHolidays(scratch.text, wallNow, ownZone);
  if (!ruled.ok) return ruled;
  scratch.text = ruled.value;
  const holidayHour = refuseUnclearHolidayHour(scratch.text);
  if (!holidayHour.ok) return holidayHour;
  const eveFirst = putEveBeforeItsClock(scratch.text);
  const englishHolidayHour = refuseUnclearEnglishHolidayHour(eveFirst);
  if (!englishHolidayHour.ok) return englishHolidayHour;
  const ordinals = rewriteOrdinalWeekdays(normaliseSpellings(rewriteWholeDay(rewriteHolidays(eveFirst.toLowerCase()))), wallNow);
  if (!ordinals.ok) return ordinals;
  const written = rewriteSameTime(ordinals.value, wallNow);
  const definite = refuseVagueAmounts(written);
  if (!definite.ok) return definite;
  const bounded = refuseTimeBounds(written);
  if (!bounded.ok) return bounded;
  const decimals = refuseUnclearDecimalHours(written);
  if (!decimals.ok) return decimals;
  const eveningFirst = refuseMorningBeforeEvening(written);
  if (!eveningFirst.ok) return eveningFirst;
  const numerals = replaceChineseNumerals(rewriteChineseWords(dropChineseFillers(markChineseEnds(replaceEnglishNumberWords(written)))));
  // Read as typed (numerals as digits): the rewrites after it write clock times of their own ("7点45" -> "7点45点").
  const clocks = refuseImpossibleClocks(numerals);
  if (!clocks.ok) return clocks;
  const twoClocks = refuseTwoClocks(numerals, written);
  if (!twoClocks.ok) return twoClocks;
  const endOrLength = refuseStartThenEndOrLength(numerals);
  if (!endOrLength.ok) return endOrLength;
  const morningDash = refuseMorningDashH(numerals);
  if (!morningDash.ok) return morningDash;
  const halves = refuseUnclearHalf(numerals);
  if (!halves.ok) return halves;
  // Before a weekday after the clock is moved before it (明晚8点到10点 周一).
  const dayAfterRange = settleDayAfterRange(numerals, wallNow);
  if (!dayAfterRange.ok) return dayAfterRange;
  const dottedOrder = refuseDottedDateOrder(numerals, wallNow);
  if (!dottedOrder.ok) return dottedOrder;
  const weeksAfter = rewriteWeeksAfter(dayAfterRange.value, wallNow);
  const asksSameTime = written !== ordinals.value || saysSameTimeZh(weeksAfter);
  const spelled = rewriteChineseHours(readLengthBeforeClock(weeksAfter), wallNow, options.locale);
  const possible = refuseImpossibleDates(rewriteYearWords(spellMondayAfterNumber(rewriteClockForms(readCompactClocksBesideDates(rewriteLastFebruaryNight(readDottedDates(readDottedDatesByWeekday(readSlashDatesDayFirst(readSlashDatesByWeekday(spelled, wallNow)), wallNow), options.locale), wallNow)))), wallNow), wallNow);
  if (!possible.ok) return possible;
  const dated = dropRepeatedWeekdays(possible.value, wallNow);
  if (!dated.ok) return dated;
  // Checked again once days of a named month are dates ("the 31st of next month", 下个月31号).
  const monthDays = refuseImpossibleDates(rewriteMonthsAhead(dropRepeatedDates(rewriteDayOfMonth(dated.value, wallNow)), wallNow), wallNow);
  if (!monthDays.ok) return monthDays;
  // And the weekdays beside them: "monday 19th" when the 19th is a Tuesday, "the 19th (tue)".
  const weekdaysAgain = dropRepeatedWeekdays(monthDays.value, wallNow);
  if (!weekdaysAgain.ok) return weekdaysAgain;
  const oneWeekday = refuseTwoWeekdays(weekdaysAgain.value, wallNow);
  if (!oneWeekday.ok) return oneWeekday;
  // Before the negative lengths: 今晚8点—2小时 is a start and its length, not a length below zero.
  scratch.text = readChineseDashLength(readWaitDash(rewriteExplicitDates(weekdaysAgain.value, wallNow)));
  // "for -2h" would otherwise read as a range "8pm - 2": refused, a length is never negative.
  if ([NEGATIVE_LENGTH, NEGATIVE_LENGTH_AFTER_VERB, ZH_NEGATIVE_LENGTH].some((sign) => sign.test(scratch.text))) {
    return { ok: false, error: [scheduleError('negativeLength', 'EndTime', {})] };
  }
  // Before the lengths: 第二天 would read as "2 days".
  const endNextDay = takeNextDay(scratch);
  const lengths = extractLengths(scratch);
  const secondLength = lengths.length ? lengthInDaysAfterLength(scratch.text) : null;
  if (secondLength) return { ok: false, error: [scheduleError('twoLengths', 'EndTime', { words: secondLength })] };
  const startsNow = takeNowWords(scratch);
  const days = takeDayWords(scratch);
  const clock = readClock(scratch, wallNow, days.meridiem !== null);
  if (clock?.foreignZone) return { ok: false, error: [scheduleError('unknownZone', 'StartTime', { zone: clock.foreignZone })] };
  // "after lunch for 1h", 午饭后: a start by a meal, with no clock time (meal-times.ts).
  const meal = clock?.start || startsNow || lengths.relativeStart ? null : mealTimeWords(text);
  if (meal) return { ok: false, error: [scheduleError('vagueStart', 'StartTime', { words: meal })] };
  // "same time tomorrow EST", 美东时间明天这个时候: the time it is now is the same moment in every zone, so the day and the
  // clock are the user's and the zone changes nothing (read in the zone, the user's clock was put on the zone's: 16
  // hours off from Sydney). Another clock time beside it ("... until 11pm EST") would be read in a zone the start is
  // not: refused.
  if (asksSameTime && named.zone) {
    if (clock?.end) return { ok: false, error: [scheduleError('sameTimeWithZone', 'StartTime', { zone: named.said })] };
    zone = ownZone;
  }

  const composed = composeSchedule({
    nowMs,
    zone,
    calendarZone: ownZone,
    zoneLabel: zoneLabel(zone),
    startsNow,
    relativeStart: lengths.relativeStart,
    length: lengths.length,
    dayOffset: days.dayOffset,
    endDayOffset: days.endDayOffset,
    endNextDay,
    meridiem: days.meridiem,
    thisPart: days.thisPart ?? null,
    start: clock?.start ?? null,
    end: clock?.end ?? null,
  });
  if (!composed.ok) return { ok: false, error: unitlessLengthOr(composed.error, normalised) };
  const midnight = refuseUnclearMidnight(text, clock, { start: days.dayOffset, end: days.endDayOffset }, composed.value.start, zone);
  if (!midnight.ok) return midnight;
  const season = refuseSeasonNotInEffect(namedRegions(normalised), composed.value.start);
  if (!season.ok) return season;
  // "later for 2h", "soon until 11pm": a start with no time in it, left to start now without a word.
  const vagueStart = composed.value.startsNow && !startsNow ? vagueStartWords(text) : null;
  if (vagueStart) return { ok: false, error: [scheduleError('vagueStart', 'StartTime', { words: vagueStart })] };
  return {
    ok: true,
    value: {
      start: new Date(composed.value.start),
      end: new Date(composed.value.end),
      startsNow: composed.value.startsNow,
      endIsLength: composed.value.endIsLength,
      unrecognized: leftoverWords(scratch.text),
      notes: [
        ...monthFirstNotes(text, [new Date(composed.value.start), new Date(composed.value.end)], zone === ownZone ? [ownZone] : [ownZone, zone], options.locale),
        ...dottedDateNotes(text, [new Date(composed.value.start), new Date(composed.value.end)], zone === ownZone ? [ownZone] : [ownZone, zone], options.locale),
        ...smallHoursTomorrowNotes(days.dayOffset, wallNow, options.locale),
        ...passedEndClockNotes(
          {
            nowMs,
            startMs: composed.value.start,
            endMs: composed.value.end,
            startFromNow: composed.value.startsNow || lengths.relativeStart !== null,
            endClockWithoutDay:
              !composed.value.endIsLength && !clock?.start && !!clock?.end && !clock.end.date && clock.end.weekday === null && days.dayOffset === null && days.endDayOffset === null && !endNextDay,
          },
          zone,
          options.locale,
        ),
        ...nextYearNotes(text, new Date(composed.value.start), nowMs, ownZone, options.locale),
        ...farStartNotes(text, new Date(composed.value.start), nowMs, ownZone, options.locale),
        ...repeatedHourNotes(
          {
            start: new Date(composed.value.start),
            end: new Date(composed.value.end),
            startWritten: !composed.value.startsNow && !lengths.relativeStart,
            endWritten: !composed.value.endIsLength,
          },
          zone,
        ),
      ],
    },
  };
}
