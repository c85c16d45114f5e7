// English clock phrasings the date parser does not know, rewritten to ones it does (numbers are digits by
// now): "a quarter past 3pm" -> "3:15pm", "20 minutes to 2pm" -> "1:40pm", "7 30 p.m." -> "7:30 p.m.",
// "16h00" / "9h30" -> "16:00" / "9:30", "at 1030" -> "at 10:30", "150ish" -> "1:50", "between 9 and 11" ->
// "9 to 11", "3 o'clock in the afternoon" keeps its words (day-words takes "in the afternoon").

import { MONTH, MONTH_NAMES, WEEKDAY, isMonthWord, monthOf, weekdayOfWeek } from './calendar-words.js';
import { END_VERB, ON_AIR, THAT_PART, endOfThatPart } from './end-verbs.js';
import { ZH_COUNT_HALF } from './durations.js';
import { readSpokenMilitaryClocks } from './spoken-military-clocks.js';
import { rewriteDuskHours } from './zh-dusk-hours.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** A 24-hour clock ("0800", "1200", "0000") written so that the date parser cannot take it for a 12-hour one. */
export function twentyFourHourClock(hour: number, minutes: string): string {
  // "1800-2400": the end of the day. Written as "24:00" here, after the stage that reads it, it was no time at all;
  // as the word "midnight", after the stages that read it, the date parser gave it the start's minutes ("8:30pm to
  // 2400" ended at 00:30, silently), so it is the clock's own midnight.
  if (hour === 24 && minutes === '00') return MIDNIGHT_CLOCK;
  if (hour === 0) return `12:${minutes}am`;
  if (hour < 12) return `${hour}:${minutes}am`;
  return hour === 12 ? `12:${minutes}pm` : `${hour}:${minutes}`;
}

const HOUR_REF = String.raw`(\d{1,2}|noon|midnight)`;
// "N past H" is never a range, so the word "minutes" is optional; "N to H" is one ("3 to 4") unless it says so.
// The minutes of a length in hours and minutes before "after" or "from" are the length's ("for 1 hour 30 minutes after
// 8pm", "an hour and 15 minutes from 8pm"): taken for minutes past the hour, the relay ran from 8:30pm for the hours.
const LENGTH_HOURS_BEFORE = String.raw`(?:\b(?:\d+|an?|one)\s*(?:hours?|hrs?|h)|\dh)\s*,?\s+(?:and\s+|&\s*)?`;
const PAST = new RegExp(
  String.raw`(?:(?<!${LENGTH_HOURS_BEFORE})|(?!\d{1,2}\s+minutes?\s+after\b))\b(?:(?:a\s+)?quarter|half|(\d{1,2})(?:\s+minutes?)?)\s+(?:past|after)\s+${HOUR_REF}(?!\d)`,
  'g',
);
// The hour's am/pm, taken with it: minutes to 12 cross into the other half of the day ("quarter to 12am" is 11:45 pm,
// "ten to 12pm" 11:50 am; left behind, they were the opposite halves, silently).
const MERIDIEM_AFTER = String.raw`(\s*[ap]\.?m\b\.?)?`;
// Not after "in": "in 5 minutes till 11pm" is a start in five minutes and an end at 11pm, not 10:55pm. Nor after
// "after" or a length's hours ("after 20 minutes to 6am", "in 2 hours 15 minutes to 6am", "in 1 hour and 20 minutes
// till noon"): those minutes are the start's wait, not minutes to the hour (refused as two starts, or no end).
const NOT_A_WAITS_MINUTES = String.raw`(?<!\b(?:in|within|after)\s+|\b(?:\d+|an?|one)\s*(?:h|hrs?|hours?)\s+(?:and\s+)?)`;
// The hour may have its ":00" ("ten to one" is "10 minutes to 1:00" once a bare hour after "to" is written out);
// left behind, "12:50:00 at night" lost its part of the day and was 12:50 pm.
const TO = new RegExp(String.raw`${NOT_A_WAITS_MINUTES}\b(?:(?:a\s+)?quarter|(\d{1,2})\s+minutes?)\s+(?:to|before|of|till)\s+${HOUR_REF}(?::00)?(?![\d:])${MERIDIEM_AFTER}`, 'g');

function hourOf(ref: string): { hour: number; suffix: string } {
  if (ref === 'noon') return { hour: 12, suffix: 'pm' };
  if (ref === 'midnight') return { hour: 24, suffix: '' };
  return { hour: Number(ref), suffix: '' };
}

function minutesPast(whole: string, minutes: string | undefined, ref: string): string {
  const { hour, suffix } = hourOf(ref);
  const past = minutes !== undefined ? Number(minutes) : /half/.test(whole) ? 30 : 15;
  if (past >= 60) return whole;
  return `${hour % 24}:${pad(past)}${suffix}`;
}

function minutesTo(whole: string, minutes: string | undefined, ref: string): string {
  const { hour, suffix } = hourOf(ref);
  const before = minutes !== undefined ? Number(minutes) : 15;
  if (before >= 60 || before === 0) return whole;
  const previous = (hour + 23) % 24;
  // "a quarter to noon" is 11:45 in the morning.
  const meridiem = suffix ? (previous < 12 ? 'am' : 'pm') : '';
  // "quarter to one" is 12:45 on a 12-hour clock, either half of the day as "12:45" is (written 0:45, it was always
  // the small hours: "quarter to one in the afternoon", or said at 9am, was 00:45).
  return `${previous === 0 && !meridiem ? 12 : previous > 12 && meridiem ? previous - 12 : previous}:${pad(60 - before)}${meridiem}`;
}

function minutesToSaid(whole: string, minutes: string | undefined, ref: string, meridiem: string | undefined): string {
  if (!meridiem) return minutesTo(whole, minutes, ref);
  const bare = whole.slice(0, whole.length - meridiem.length);
  const clock = minutesTo(bare, minutes, ref);
  if (clock === bare) return whole;
  const half = meridiem.trim()[0] === 'a' ? 'am' : 'pm';
  return `${clock}${ref === '12' ? (half === 'am' ? 'pm' : 'am') : half}`;
}

// After a month name the first number is the day: "sep 20 10am" is a date and a time.
const NOT_AFTER_MONTH = String.raw`(?<!\b${MONTH}[a-z]*\.?\s+)`;
// The same, unless the month came after its day ("3 dec eight thirty", "3 december 8 30 pm"): the number after it is
// then no day, so it may be the hour (those were refused, "30" a word not understood).
const NOT_AFTER_MONTH_DAY = String.raw`(?<!(?<!\b[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?)\b${MONTH}[a-z]*\.?\s+)`;
const SPACED_MINUTES = new RegExp(String.raw`${NOT_AFTER_MONTH_DAY}(?<![\d/.:-])\b(\d{1,2})\s+(\d{2})(?=\s*(?:[ap]\.?m\b|o'clock))`, 'g');
// Not after a length word: "for 1h15" is an hour and a quarter, not 1:15am. Nor right after a clock time with no
// range word between: "8pm 1h30" is a length (read as a clock, it ended at 1:30 am, a relay five hours long), and
// so are "8pm (1h30)" and "20h (1h30)", as "8pm (1:30)" is (each ended at 1:30 am).
// After a 12-hour clock a dash does not make it an end either ("8pm - 1h30"), as "8pm - 2h" is a length.
// Any length word counts ("duration 1h45", "runtime: 1h45", "lasts 1h45" ended at 1:45 am, a relay of 5 h 45).
// Nor before the start's "from" or its verb ("1h30 from 8pm", "1h15 starting 8pm"): as a clock, it ran from 1:30 am
// to 8 pm, silently; it is the length, as "1h15m from 8pm" and "2h from 8pm" are. Before 从 / 自 too ("1h30，从明晚8点开始").
// A Chinese clock time ends in 点 / 分 / 刻 (明晚8点15分, 8点半), and 起 / 开始 after it only say it is the start: "明晚8点15分（1:30）",
// "明晚8:15起（1:30）" and "明晚8点15分（1h30）" ended at 01:30 (silently), as "8pm (1:30)" once did.
const ZH_CLOCK_END = String.raw`\d\s*(?:点[半钟]?|分|刻)|(?:\d\s*(?:点[半钟]?|分|刻)|\d:\d\d)\s*(?:起|开始)`;
// A day word, a weekday or a date (of either order), as said right after a clock time.
// Also "the 4th", "the 30th of march" and a slash date ("12/3", "11/28/2026"): "21h on 12/3 for 1h", "21h CET on the
// 4th for 90 min" were refused as an end and a length (the h notation read as a length), while "21h on dec 3" was read.
const DAY_AFTER = String.raw`(?:today|tonight|tonite|tomorrow|${WEEKDAY}[a-z]*\.?|${MONTH}[a-z]*\.?\s+[0-3]?\d(?:st|nd|rd|th)?|[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}[a-z]*\.?|the\s+[0-3]?\d(?:st|nd|rd|th)(?:\s+of\s+${MONTH}[a-z]*\.?)?|[01]?\d\/[0-3]?\d(?:\/\d{2,4})?\b)`;
const ZH_LENGTH_WORD = String.raw`(?:持续|时长|历时|为期|长达|播放?|直播|推流?)\s*[:：]?`;
const LENGTH_WORD_BEFORE = String.raw`\b(?:for|lasting|lasts?|runs?|running(?:\s+time)?|run\s*time|runtime|duration|length|dur|len|in|within)\s*[:=]?\s*`;
// The day may be said with "this" / "next" / "coming", or be "the day after tomorrow" or "in 2 days" ("21h this friday
// - 23h" ran from 9 am to 6 am, "20h this sun for 2h" was refused as an end and a length). An hour up to 12 with a
// clock time after its day is the length before them, as before "this sun 8pm" ("2h tomorrow 8pm" ran from 2 am to
// 8 pm, silently).
const DAY_AFTER_SAID = String.raw`(?:(?:on\s+)?(?:(?:this|next|coming)\s+(?:coming\s+)?)?${DAY_AFTER}\b|(?:the\s+)?day\s+after\s+tomorrow\b|in\s+\d+\s+days?\b)`;
const CLOCK_AFTER_DAY = String.raw`\s*,?\s+(?:at\s+)?(?:\d{1,2}(?::\d\d)?\s*[ap]\.?(?:m\b|(?![a-z]))|\d{1,2}:\d\d|\d{1,2}h|(?:[01]\d|2[0-3])[0-5]\d\b|noon\b|midnight\b)`;
// "tmrw 9p, 1h30", "tmrw noon (1h30)", "tmrw 2030, 1h30", "8pm tmrw 1h30": after a clock typed short, noon or midnight,
// four 24-hour digits (not a year after its date), or a clock and its day, 1h30 is the length, as after "9pm"; it was
// read as the end, 1:30 am (silently).
const SHORT_OR_WORD_CLOCK = String.raw`\d\s*[ap]\.?(?![a-z])|\b(?:noon|midnight)|(?<!\d,?\s+|${MONTH}[a-z]*\.?,?\s+|[\d/.-])\b(?:[01]\d|2[0-3])[0-5]\d`;
// A semicolon or a full stop as the comma: "fri 21h; 1h30" ran to 1:30am (silently), as "fri 21h, 1h30" does not.
const H_CLOCK = new RegExp(
  String.raw`(?<!${LENGTH_WORD_BEFORE}|(?:\d\s*[ap]\.?m\.?|\d:\d\d|\dh(?:\d\d)?|${ZH_CLOCK_END}|${SHORT_OR_WORD_CLOCK})(?:\s+${DAY_AFTER})?\s*(?:[,，;]|\.(?=\s))?\s*[(\[【]\s*|(?:\d\s*[ap]\.?m\.?|\d:\d\d|\dh(?:\d\d)?|${ZH_CLOCK_END}|${SHORT_OR_WORD_CLOCK})(?:\s+(?:on\s+)?${DAY_AFTER})?\s*(?:[,，;]|\.(?=\s))?\s*|(?:\d\s*[ap]\.?m\.?|${SHORT_OR_WORD_CLOCK})\s*[-–~]\s*)\b(?!(?:0?\d|1[0-2])h\d\d\s*,?\s+${DAY_AFTER_SAID}${CLOCK_AFTER_DAY})(\d{1,2})h(\d{2})(?:\b|(?=[ap]\.?m\b))(?!\s*,?\s*(?:from|starting|beginning|begins?|starts?|at)\b|\s*[，、]?\s*[从自])`,
  'g',
);
// "3h18", "at 8h": the h notation is a 24-hour clock, so a morning hour is am, never the next 3:18pm.
const h24 = (hour: string) => (Number(hour) < 12 ? 'am' : '');
// Unless a Chinese part of the day comes right before it, which says the half of the day: "晚上8h30" is 20:30 (made
// 8:30am, it ran at 08:30 the next morning, silently).
const ZH_PART_BEFORE = /(?:晚上|下午|傍晚|夜里|夜间|今晚|明晚|今夜|明夜|中午|午后|上午|早上|凌晨|清晨|早晨|晚|早)\s*$/;
const h24After = (hour: string, before: string) => (ZH_PART_BEFORE.test(before) ? '' : h24(hour));
// A bare "16h" is a clock time only next to a range word or before "for" or "lasting"; elsewhere it is a duration
// ("2h"). ("16h lasting 2 hours" was a start sixteen hours from now.)
// As a range's end only after a 24-hour or h-notation start ("20:00-22h", "20h - 2h"): after "8pm", "- 2h" is a
// length (read as 2am, "tomorrow - 8pm - 2h" was a six-hour relay).
// (Read before "9h30" is rewritten, so that its h still shows.)
// A day between them too ("20h tomorrow thru 22h": the end was read as 22 hours).
const BARE_H_CLOCK = new RegExp(
  String.raw`(\b(?:at|from)\s+|(?<=\b\d{1,2}(?::\d{2}|h\d{0,2})\s*(?:${DAY_AFTER_SAID}\s*)?)(?:\b(?:to|until|till|til|through|thru)\s+|[-–~]\s*))(\d{1,2})h\b(?!\d)`,
  'g',
);
// "10pm - 00h", "11pm - 01h", "11pm - 00h30": an hour in h notation written with its leading zero after a range word
// is a 24-hour clock time (as "01:30" is), whatever the start. Read as a length (BARE_H_CLOCK takes it as a clock only
// after a 24-hour start), "10pm - 00h" ended as it began and was refused as an end before its start, a time the person
// never wrote, and "11pm - 00h30" ran 30 minutes to 23:30 (silently). "- 0h30" with one zero stays a length.
const LEADING_ZERO_H_END = /(\b(?:to|until|till|til|through|thru)\s+|[-–~]\s*)(?:(0\d?)h|(0\d)h([0-5]\d))\b(?!\d)/g;
// "9pm to 23h", "noon till 14h", "now until 23h": after a clock time with am/pm, noon, midnight or now, an h notation
// after a word that ends a range (to, until, till, through) is the end's clock time; nobody runs a relay "until two
// hours". It was a length (silently: "9pm to 23h" and "now until 23h" ran 23 hours, "8pm until 2h" to 22:00). After a
// dash it stays a length ("8pm - 2h"). After now only an hour past noon: "now until 2h" may mean two hours. Words
// other than "to" end a range wherever they stand ("8pm (ET) until 23h", "8pm sharp till 23h" ran 23 hours); "to" only
// right after the start, its zone in brackets or "sharp" ("1h to 2h" is no clock), or after an amount from now ("in 2
// hours to 22h" ran 22 hours).
const NOW_BEFORE = /\bnow\s*,?\s*$/;
// A start said as an amount from now ("in 1h", "in 30 min") is a start of now as far as the end is concerned: "in 1h
// until 2h" ran from 03:00 to 02:00 the next day (silently, 23 hours) and "in 30 min until 3h" half an hour, while "now
// until 2h" is two hours. Nor is its "1h" a clock time that starts a range before a morning hour ("in 1h to 2h" is
// refused as an estimate first, vague-amounts.ts); an afternoon or evening hour stays the end ("in 1h to 23h").
const AMOUNT_FROM_NOW_BEFORE = /\b(?:in|within)\s+(?:(?:about|around|approx|approximately|roughly)\.?\s+)?\d+(?:\.\d+)?\s*(?:h|hrs?|hours?|m|mins?|minutes?)\s*,?\s*$/;
const startsFromNow = (before: string) => NOW_BEFORE.test(before) || AMOUNT_FROM_NOW_BEFORE.test(before);
const WORD_RANGE_H_END = new RegExp(
  String.raw`((?<=(?:\d\s*[ap]\.?m\.?|\bnoon|\bmidnight|\bnow|\b(?:in|within)\s+\d+(?:\.\d+)?\s*(?:h|hrs?|hours?|m|mins?|minutes?))(?:\s*(?:\([^()]{1,40}\)|\[[^[\]]{1,40}\]|sharp\b))?\s*(?:${DAY_AFTER_SAID}\s*)?,?\s*)\bto\s+|\b(?:until|till|til|through|thru)\s+)(?:([1-9]|1\d|2[0-3])h([0-5]\d)?|(24)h)\b(?!\d)`,
  'g',
);
// After a dash and a start with am/pm or noon, an afternoon or evening hour (13h to 23h) is the end's clock too: "8pm -
// 23h30" ran 23 and a half hours and "noon - 14h" 14 (silently); "8pm - 2h" and "8pm - 1h30" stay lengths.
const DASH_AFTERNOON_H_END = /(?<=(?:\d\s*[ap]\.?m\.?|\bnoon)\s*)([-–~]\s*)(1[3-9]|2[0-3])h([0-5]\d)?\b(?!\d)/g;
// Nor after a hedge on a length ("in approx 2h for 1h" started at 2 am).
// A comma, semicolon, full stop or bracket may stand between ("21h, for 1h", "start 21h; for 1h", "tomorrow 21h (for
// 1h)"): read as a length, each started twenty-one hours from now, the day said with it dropped (silently).
const H_BEFORE_RANGE = /(?<!\b(?:in|for|within|lasting)\s+(?:(?:about|around|approx|approximately|roughly)\.?\s+)?|[\d/.:])\b(\d{1,2})h(?=\s*(?:[,;(]|\.(?!\d))?\s*(?:[-–~]|to\b|until\b|till\b|til\b|through\b|thru\b|for\b|lasting\b|lasts?\b))/g;
// "20h tomorrow for 90 mins", "20h wed – 11:30pm", "tomorrow 20h, 2h", "fri 20h (2h)": a bare h notation right
// before a day (a day word, a weekday, a date), or before a length after a comma, a bracket or a plus, is a clock time, as
// before "for"; read as a length, "20h tomorrow for 90 mins" started at 6 am, "20h (2h)" ran twenty hours from noon
// and "tomorrow 20h, 2h" was refused. Not after a length word ("for 2h, 30 min", "in 2h, for 1h"), nor after a clock
// time, where it is the length ("8pm 2h tomorrow", "8pm wed, 2h").
// Nor after a Chinese clock time or a length's word (中午12点开始 2h，12月3日, 晚上8点 持续2h，12月3日 had run from that
// clock today to 02:00 on the 3rd, silently).
// A semicolon or a full stop as the comma: "21h. 2h", "fri 21h; 1h30" started at the length's clock time and ran
// twenty-one hours (silently).
const H_BEFORE_DAY = new RegExp(
  String.raw`(?<!${LENGTH_WORD_BEFORE}|(?:\d\s*[ap]\.?m\.?|\d:\d\d|\dh\d\d|${ZH_CLOCK_END}|${ZH_LENGTH_WORD})\s*,?\s*|[\d/.:])\b(?!(?:0?\d|1[0-2])h\s+${DAY_AFTER_SAID}${CLOCK_AFTER_DAY})([01]?\d|2[0-3])h(?:(?=\s+${DAY_AFTER_SAID}|\s*(?:[,;(]|\.(?=\s))\s*\d)|\s*\+\s*(?=\d))`,
  'g',
);
// "tomorrow 20h 1h30", "fri 21h 2h", "20h 90 minutes": an hour of the afternoon or evening in h notation right before a
// length, with only a space between, is the clock time, as before a comma ("tomorrow 20h, 2h"); read as twenty hours
// it left the day without a time, or two days. Only 13h to 23h, which no one says for a length beside another:
// "tomorrow 2h 30m" may be a length of two and a half hours, and stays as it was; so do minutes under an hour after
// it ("now 20h 30m" is one length). Minutes written with the minute mark too ("tmrw 20h 90'" was a day without a
// time, and "in 2 days 20h 90'" a relay two days and twenty hours away).
const AFTERNOON_H_BEFORE_LENGTH = new RegExp(
  String.raw`(?<!${LENGTH_WORD_BEFORE}|(?:\d\s*[ap]\.?m\.?|\d:\d\d|\dh\d\d)\s*,?\s*|[\d/.:])\b(1[3-9]|2[0-3])h(?=\s+(?:\d+(?:\.\d+)?\s*(?:h\b|h\d|hrs?\b|hours?\b)|(?:[6-9]\d|\d{3,})\s*(?:m\b|mins?\b|minutes?\b|')))`,
  'g',
);
// "for 2h tomorrow 20h", "90 min tomorrow 20h", "for 2h fri 21h": an h notation last, right after its day, once a
// length was said before it, is the clock time; read as twenty hours it started the relay twenty hours from now
// (06:00, silently) or left the day without a time. Only with the length before: "tomorrow 2h" alone stays as it was.
const H_LAST_AFTER_DAY = new RegExp(String.raw`(?<=\b${DAY_AFTER_SAID}\s*,?\s+(?:at\s+)?)([01]?\d|2[0-3])h(?=\s*[.!]?\s*$)`, 'g');
const LENGTH_SAID = /\d\s*(?:h|hrs?|hours?|m|mins?|minutes?|')(?![a-z])|\b(?:an?|half\s+an?)\s+hour\b/;

// After a week word and the start's own verb too ("wednesday next week 0800", "the saturday after next 2000 hrs",
// "90 min, beginning 0800 tmr" were refused as a day without a time); never an amount ("the next 1200 minutes").
// A comma may stand after the day word ("tomorrow, 2030 for 2h", "friday, 0800" were refused as a day without a time),
// and a dash before the length after it ("tomorrow 2030 — for 2h", "tomorrow 2030 - 2h"), which is no range.
// A length after it, with or without a dash ("tue 2030 2h", "tomorrow 2030 - 1h30", "fri 1900 - 45m", "- an hour", "90'"):
// each was refused as a day without a time, while "tomorrow 2030 - 2h" and "tue 2030, 2h" were read.
const LENGTH_AFTER_COMPACT = String.raw`\d+(?:\.\d+)?\s*(?:h\d*|hrs?|hours?|m|mins?|minutes?|')(?![a-z])|an?\s+hour\b|half\s+an\s+hour\b`;
const COMPACT_CLOCK = new RegExp(
  String.raw`\b(at|from|to|until|till|around|about|approximately|approx|tonight|tonite|today|tomorrow|morning|afternoon|evening|week|next|beginning|starting|starts?|begins?|${WEEKDAY}[a-z]*\.?)(,?\s+)([01]?\d|2[0-3]|24(?=00))([0-5]\d)\b(?!\s*(?:[/:]|-(?!\s*(?:for\b|${LENGTH_AFTER_COMPACT}))|(?!${LENGTH_AFTER_COMPACT})\d|(?:seconds?|secs?|minutes?|mins?|hours?|days?)\b))`,
  'g',
);
// Four digits are a 24-hour clock ("at 1200" is noon, "at 1030" 10:30 am; as "12:00" / "10:30" they were tonight's
// midnight and 10:30 pm), unless the text names its half of the day ("tonight 1030", "at 1030 in the evening").
const HALF_OF_DAY_SAID = /\b(?:tonight|tonite|morning|afternoon|evening|night|[ap]\.?m)\b|\d\s*[ap]\.?m\b/;

function compactRange(whole: string, h1: string, m1: string, _joiner: string, h2: string, m2: string, _at: number, all: string): string {
  if (HALF_OF_DAY_SAID.test(all)) return `${h1}:${m1} - ${h2 === '24' ? twentyFourHourClock(24, m2) : `${h2}:${m2}`}`;
  return `${twentyFourHourClock(Number(h1), m1)} - ${twentyFourHourClock(Number(h2), m2)}`;
}

// "0800 start, 2h", "2000 kick off": four digits right before the start's own verb are its clock time, as after it
// ("starts 0800"); they were refused as a word not understood.
const COMPACT_BEFORE_START_VERB =
  /(?<![\d:./-]\s*)\b([01]\d|2[0-3])([0-5]\d)(?=\s+(?:start|starts|starting|begin|begins|beginning|kick\s*-?\s*offs?|kicks\s+off|go(?:es)?\s+live)\b)/g;

// "0800 tonight", "0100 tonight", "2000 friday": four digits right before a day word are its clock time, read as
// after it ("tonight 0800" is refused as outside the evening, "tonight 0100" is that night's 1am). Left to the date
// parser, "0800 tonight" ran at 20:00 and "0100 tonight" at 13:00 that day, silently; "2000 friday" was refused.
// Also before "next friday" and "on the 1st" ("2030 next friday" was refused likewise). Not a year after a date
// ("December 4, 2026 Friday"), nor before a month ("2030 dec 2" is a year first, as in a log line), nor an amount
// ("for 1200 tomorrow").
const COMPACT_BEFORE_DAY = new RegExp(
  String.raw`(?<![\d:./-]\s*|\d(?:st|nd|rd|th)?,?\s+|\b${MONTH}[a-z]*\.?,?\s+|\b(?:for|in|within|of|next|lasting)\s+)\b([01]\d|2[0-3])([0-5]\d)(?=\s*,?\s+(?:on\s+)?(?:tonight|tonite|today|tomorrow|this\s+(?:morning|afternoon|evening)|(?:next\s+|this\s+|coming\s+)?${WEEKDAY}[a-z]*|the\s+\d{1,2}(?:st|nd|rd|th))\b)`,
  'g',
);

function compactBeforeStartVerb(whole: string, hour: string, minutes: string, at: number, all: string): string {
  return compactClock(whole, '', hour, minutes, at, all).trimStart();
}

function compactClock(whole: string, lead: string, hour: string, minutes: string, _at: number, all: string): string {
  if (hour !== '24' && (hour.length < 2 || HALF_OF_DAY_SAID.test(all))) return `${lead} ${hour}:${minutes}`;
  return `${lead} ${twentyFourHourClock(Number(hour), minutes)}`;
}

/** COMPACT_CLOCK's match, its comma after the day word kept. */
function compactClockAfterLead(whole: string, lead: string, gap: string, hour: string, minutes: string, at: number, all: string): string {
  return compactClock(whole, `${lead}${gap.includes(',') ? ',' : ''}`, hour, minutes, at, all);
}

// "08:00", "01:30", "0930 hrs": an hour written with its leading zero is a 24-hour clock, so it is am. Read as a
// 12-hour clock, "08:00 for 2h" said at 10am was tonight's 8pm and "from 01:00 to 03:00" at 9am the afternoon.
// Not a length's amount ("for 01:30", "runtime 01:30:00"), nor a clock that says its half of the day itself.
const LEADING_ZERO_HOUR =
  /(?<![\d:./]|\b(?:for|lasting|last|lasts|runs?|running|runtime|duration|length|long|time|of|in|within|plus|and)\s*:?\s*|\+\s*)\b0([1-9]):([0-5]\d)\b(?![:.]?\d|\s*(?:[ap]\.?\s?m\b|h\b|hrs?\b|hours?\b|long\b|o'?clock))/g;
const ISH_CLOCK = /\b(\d{1,2})(\d{2})\s*ish\b/g;
// Only after a number, am/pm or "noon": "finish", "publish" keep their letters.
const ISH = /(?<![a-lo-z]|(?<!noo)n)\s*-?\s*ish\b/g;
const BETWEEN = /\b(?:in\s+)?between\s+([^\s]+(?:\s+(?:[ap]\.?m\.?|o'clock))?)\s+(?:and|&)\s+/g;
const AM_PM_SHORT = /\b(\d{1,2}(?::\d\d)?)\s*([ap])\b(?!\.\s*m\b)/g;
// "3:30 p m", "9 59 a m": the letters spaced out.
const AM_PM_SPACED = /(\d)\s*([ap])\.?\s+m\b\.?/g;
// "3 oclock pm": the o'clock is redundant once am/pm is said. Spelt apart too ("8 o clock pm", "8 o' clock pm"): the
// am/pm was left alone and refused as a word not understood.
const OCLOCK_MERIDIEM = /\b(\d{1,2})\s+o'?\s?clock\s+([ap]\.?m\b\.?)/g;
// "at 3 15", "seven thirty" (already "7 30"), "twelve oh three": an hour and its minutes said as two numbers.
// Not before a unit ("at 3 15 minutes" is no clock), nor after a month ("sep 20 10am" is a date and a time). After a
// dash only when a clock time or a word is before it, not a date's number: "8pm - one thirty", "at 9-one thirty" end
// at 1:30 (the 30 was refused as a word not understood). After a month's day it is that day's time: "dec 3 eight
// thirty until midnight" (refused as "30", a word not understood; "dec 3 at eight thirty" was read).
const SPOKEN_CLOCK =
  new RegExp(String.raw`${NOT_AFTER_MONTH_DAY}(?<![:./]\s*|(?<!\b${MONTH}[a-z]*\.?\s+[0-3]?)\d\s*)(?<!(?<!(?:[a-z]|\d:\d\d|(?<![\d/.:-])\d{1,2})\s*)-\s*)\b([01]?\d|2[0-3])(\s+|\s*-\s*)(?:(?:oh|o|ou|zero|0)[\s-]+(\d)|([1-5]\d))(?![\d:./a-z])(?!\s*(?:-\s*\d|minutes?|mins?|m|hours?|hrs?|h|seconds?|secs?|s|days?|d|weeks?|'|")\b)`,
  'g',
);
// British "half three" = 3:30 (not before a unit: "half 3 hours" is no clock).
const HALF_HOUR = new RegExp(
  String.raw`(?<!\band\s+a\s+)\bhalf\s+(\d{1,2})\b(?![:\d])(?!\s*(?:minutes?|mins?|hours?|hrs?|h|days?|(?:of\s+)?${MONTH}[a-z]*)\b)`,
  'g',
);
// "15 minutes from 1pm" is 1:15pm; not after a length anchor ("for 30 minutes from 4pm" is a length and a start).
// Nor when the number after "from" counts minutes itself ("45 minutes from 20 minutes to 10" is 45 minutes from 9:40;
// it was 20:45). Nor the minutes of a length in hours and minutes ("for 1 hour 30 minutes from 8pm", "2h and 15
// minutes from 8pm"): they were taken off the length and put on the start, 8:30pm for an hour, accepted silently.
const MINUTES_FROM = new RegExp(
  String.raw`(?<!\b(?:for|lasting|in|within)\s+|${LENGTH_HOURS_BEFORE})\b(\d{1,2})\s+minutes?\s+from\s+${HOUR_REF}(?!\d|\s+minutes?\b)`,
  'g',
);
// Said with nothing else for the end ("45 minutes from 8pm friday"), the minutes are the relay's length from that
// time, as the hours of "2h from 8pm friday" are (it was a start at 8:45pm with no end, refused as such); a time
// of their own only when the text ends the relay elsewhere ("15 minutes from 1pm for 1h", "... until 3pm").
const END_OR_LENGTH_ELSEWHERE =
  /\b(?:for|lasting|until|till|til|to|through|thru|ends?|ending|stop\w*|finish\w*|wrap\w*|done|off\s+air)\b|\d\s*(?:h|hrs?|hours?|m|mins?|minutes?)\b|\b(?:an?|half\s+an?)\s+hour\b|[-–~]\s*\d/;

function minutesFrom(whole: string, minutes: string, ref: string, at: number, all: string): string {
  const elsewhere = `${all.slice(0, at)} ${all.slice(at + whole.length)}`;
  return END_OR_LENGTH_ELSEWHERE.test(elsewhere) ? minutesPast(whole, minutes, ref) : whole;
}

// "15 to noon": as a range its start would come after its end, so it counts minutes.
// Not the minutes of a spoken clock: "ten thirty to noon" is 10:30 to 12:00 (it was 10:00 to 11:30).
const MINUTES_TO_NOON = new RegExp(
  String.raw`${NOT_A_WAITS_MINUTES}(?<![\d:.]|\b(?:[01]?\d|2[0-3])\s+)\b(1[3-9]|[2-5]\d)\s+(?:to|before|till)\s+(noon|midnight)\b`,
  'g',
);
// "25 to 10pm", "twenty-five to 10", "40 till 9pm": a number that is no hour (25 to 59) before "to" and a clock hour
// counts minutes, as before noon. It was a range from "25" and refused as an end and a length (or "25 10" not
// understood). "5 to 10pm" and "13 to 22" stay ranges; "25 to 30 minutes" and a date's day ("dec 25 to 10pm") stay.
const MINUTES_TO_CLOCK = new RegExp(
  String.raw`${NOT_A_WAITS_MINUTES}${NOT_AFTER_MONTH}(?<![\d:./-]|\b(?:[01]?\d|2[0-3])\s+)\b(2[5-9]|[3-5]\d)\s+(?:to|before|till)\s+([1-9]|1\d|2[0-4])(?![\d:.]|\s*(?:h\b|hrs?\b|hours?\b|m\b|mins?\b|minutes?\b|days?\b|st\b|nd\b|rd\b|th\b))${MERIDIEM_AFTER}`,
  'g',
);
// "later than 9:30 but before 11:00" is the range "9:30 to 11:00"; "untill" is a common misspelling.
const LATER_THAN = /\blater\s+than\s+(\S+(?:\s+(?:[ap]\.?m\.?))?)\s+but\s+before\s+/g;
const UNTILL = /\buntill\b/g;
// "8 til 10pm", "8 thru 10pm": the short spellings, as the long ones (some forms of the date parser know only those).
const SHORT_RANGE_WORD = /\b(?:til|thru)\b/g;
const MID_DAY = /\bmid[\s-]day\b/g;
// "tonight at 12" is the midnight that ends the evening, as "晚上12点" is.
// Not the end of a range ("10 to 12 tonight", "10-12 tonight"): made "10 to midnight", it was read as nothing.
// Nor British "half 12 tonight" (12:30, made "half midnight", it was refused).
const EVENING_TWELVE = /\b(tonight|tonite|this\s+evening)\s+at\s+12\b(?!\s*(?::|[ap]\.?m))|(?<!(?:\b(?:to|until|till|til|through|thru|half)|[-–~])\s*)\b12\s+(?=tonight\b|tonite\b|this\s+evening\b)/g;
// "friday night at 12", "sat night 12 to 2", "friday night at midnight", "friday evening at 12:30am": the midnight
// that ends that night, written as the next day's 00:00 (read as noon, or as the midnight that begins Friday, and
// "friday night at 12am to 2am" ran six days). "tomorrow night at 12" is tomorrow's 12am, which ends that night.
// "sat night from 12 to 2" too (it was Saturday noon to 2 pm; said on a Friday night, "friday night from 12 till 3"
// was the next Friday's noon).
const NIGHT_TWELVE = new RegExp(
  String.raw`\b(tomorrow|tmrw|tmr|${WEEKDAY}[a-z]*\.?)\s+(?:night|evening)\s+(?:at\s+|from\s+)?` +
    String.raw`(?:12(?:[:.]([0-5]\d))?(?!\s*(?:[:.]?\d|noon|p\.?\s?m\b|o'?clock\s+(?:noon|in\b)))(?:\s*a\.?\s?m\b\.?)?|midnight)`,
  'g',
);
// "dec 31 night at 12", "dec 24 evening 12:30", "dec 31 at night from 12 to 2" (and the eves of holidays, written as
// their dates by then): the midnight that ends that date's night, as for a weekday, written as the next date's 00:00
// (it was that date's noon, accepted without a word). A year or a date given otherwise is left as it is; so is 28
// February, whose next day depends on the year (rewriteLastFebruaryNight, which knows today, writes it).
const DATE_NIGHT_TWELVE = new RegExp(
  String.raw`\b(${MONTH})[a-z]*\.?\s+([0-3]?\d)(?:st|nd|rd|th)?\s+(?:at\s+)?(?:night|evening)\s+(?:at\s+|from\s+)?` +
    String.raw`(?:12(?:[:.]([0-5]\d))?(?!\s*(?:[:.]?\d|noon|p\.?\s?m\b|o'?clock\s+(?:noon|in\b)))(?:\s*a\.?\s?m\b\.?)?|midnight)`,
  'g',
);

// "dec 3 night 11 to 1", "12/3 night 9 for 1h", "the 3rd night 10-12", "3 dec night at 8:30": "night" right after a
// date, before an evening hour, is that date's evening (it was dropped: 11 am to 1 pm, accepted without a word, or
// "a day without a time"), as "dec 3 evening 11 to 1" and "friday night 11 to 1" are read. Hours 1 to 5 after "night"
// may be the small hours that end it and are left as they were; 12 is the rule above.
const DATE_NIGHT_HOUR = new RegExp(
  String.raw`(\b(?:${MONTH}[a-z]*\.?\s+[0-3]?\d(?:st|nd|rd|th)?|[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}[a-z]*\.?|the\s+[0-3]?\d(?:st|nd|rd|th))|(?<![\d/])\d{1,2}/\d{1,2}(?:/\d{2,4})?)` +
    String.raw`\s+night\b(?=\s+(?:at\s+|from\s+)?(?:[6-9]|1[01])(?:[:.][0-5]\d)?(?!\s*(?:[:.\d]|a\.?\s?m\b)))`,
  'g',
);

function dateNightTwelve(whole: string, monthWord: string, dayText: string, minutes: string | undefined): string {
  const month = monthOf(monthWord);
  const day = Number(dayText);
  if (month === 2 && day >= 28) return whole;
  // Any year without 29 February will do: the date's own year is placed later, as for any month and day.
  const next = new Date(Date.UTC(2027, month - 1, day + 1));
  if (next.getUTCMonth() !== month - 1 && next.getUTCDate() !== 1) return whole; // no such date: refused later
  return `${MONTH_NAMES[next.getUTCMonth()]!.slice(0, 3)} ${next.getUTCDate()} at 00:${minutes ?? '00'}`;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * "feb 28 night at 12": the midnight that ends 28 February is 29 February in a leap year and 1 March otherwise,
 * so it needs the year the date falls in (this year's while 28 February is still to come, else next year's, as
 * compose.ts places any date written without its year). Written with that year, before the rule above, which
 * leaves this date alone (it was read as that day's noon).
 */
export function rewriteLastFebruaryNight(text: string, today: { year: number; month: number; day: number }): string {
  if (!/night|evening/.test(text)) return text;
  return text.replace(DATE_NIGHT_TWELVE, (whole: string, monthWord: string, dayText: string, minutes: string | undefined) => {
    if (monthOf(monthWord) !== 2 || Number(dayText) !== 28) return whole;
    const year = today.month > 2 || (today.month === 2 && today.day > 28) ? today.year + 1 : today.year;
    const next = isLeapYear(year) ? 'feb 29' : 'mar 1';
    return `${next} ${year} at 00:${minutes ?? '00'}`;
  });
}

const NEXT_DAY_NAME: Record<string, string> = {
  sun: 'monday', mon: 'tuesday', tue: 'wednesday', wed: 'thursday', thu: 'friday', fri: 'saturday', sat: 'sunday',
};

function nightTwelve(_whole: string, day: string, minutes: string | undefined): string {
  const mm = minutes ?? '00';
  if (/^t/.test(day) && !/^(?:tue|thu)/.test(day)) return `${day} night at 12:${mm}am`;
  return `${NEXT_DAY_NAME[day.slice(0, 3)]} at 00:${mm}`;
}

// "tonight 12am", "12 a.m. tonight": the midnight that ends the evening too (read as written, 00:00 of today,
// it was refused as past).
// Not before a range's end ("tonight 12am-2": made "midnight-2", it was refused as an unknown zone).
const TONIGHT_TWELVE_AM =
  /\b(tonight|tonite)\s+(?:at\s+)?12(?::00)?\s*a\.?m\b\.?(?!\s*(?:[-–~]|to\b|until\b|till\b|through\b))|\b12(?::00)?\s*a\.?m\b\.?\s+(?=tonight\b|tonite\b)/g;
// "tonight 12-2", "tonight from 12 till 3", "tonight 12:30-2", "tonight 12 for 2h": 12 right after "tonight" is the
// midnight that ends the evening, as "tonight at 12" is (read as noon, said in the morning it was a relay at noon
// today). Written with its am, which the rules after this read.
// "12-2 tonight", "from 12 to 2 tonight": the same with "tonight" after the range.
const TWELVE_RANGE_TONIGHT =
  /(?<![\d:.])\b12(?:[:.]([0-5]\d))?(?=\s*(?:[-–~]|to\b|till\b|until\b|through\b)\s*\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\.?\s+)?(?:tonight|tonite)\b)/g;
// "12:45 tonight", "12:30 this evening", and "quarter to one tonight" once it is 12:45: the small hours that end the
// evening, as "tonight 12:30" is (read as 12:45 pm, said in the morning it was a relay at lunchtime today).
// Not a range's end ("10 to 12:30 tonight" already ends after its start). Read after the minute rules.
const TWELVE_MINUTES_TONIGHT =
  /(?<![\d:.]|\b(?:to|until|till|til|through|thru)\s+|[-–~]\s*)\b12[:.]([0-5]\d)\s+(?=tonight\b|tonite\b|this\s+evening\b)/g;
const TONIGHT_BARE_TWELVE = /\b(tonight|tonite)\s+(?:at\s+|from\s+)?12(?:[:.]([0-5]\d))?(?!\s*(?:[:.]?\d|[ap]\.?\s?m\b|noon|o'?clock))/g;
// "a 2-hour relay", "90-minute stream": a length written as an adjective is the length ("2 hour").
const HYPHENATED_LENGTH = /\b(\d+(?:\.\d+)?)-(hours?|hrs?|minutes?|mins?|days?)\b/g;
// "now until 10", "in 5 minutes till 11", "until 10 tonight": a bare hour after a range word needs its ":00" for the parser when
// no clock time stands before it (after a clock time, "8 to 10" is read as a range already).
const BARE_HOUR_END = /(^\s*|\b(?:now|minutes?|mins?|hours?|hrs?|h|m))(\s*,?\s*\b(?:until|till|til|to|through|thru)\s+)(\d{1,2})\b(?![:.]\d|\s*(?:[ap]\.?m\b|o'?clock|h\b|hours?|hrs?|minutes?|mins?|days?))/g;
// "20.30", "8.45": a 24-hour clock with a dot, when the minutes cannot be a month ("20.02" may be a date).
// "20.00h", "09.30h" too (the hour written with two digits, as a 24-hour clock is); not a length's decimal
// ("for 1.50h", "8pm 1.25h", "持续1.25h", "1.25小时": read as 1:25 they made lengths of 1h25 or ranges to 1:25am).
const DOT_CLOCK =
  /(?<![\d.:/])(?<!\b(?:for|lasting|in|within)\s+)\b([01]?\d|2[0-3])\.(00|1[3-9]|[2-5]\d)(?:(?<=\d\d\.\d\d)h\b)?(?![.:/]\d|\s*(?:[ap]\.?m\b|h\b|hours?|hrs?|minutes?|mins?|%|个?小时|钟头|个钟|分钟))/g;
// "20:00h": the h only repeats that the clock is 24-hour (read as the start of "00h for", it became "20:00:00am").
// "20:00hrs", "20:00 hrs to 22:00 hrs" too (refused, "20" a word not understood). Not "for 1:30 hrs", a length.
const COLON_CLOCK_H = new RegExp(String.raw`(?<!${LENGTH_WORD_BEFORE})\b(\d{1,2}:\d{2})(?:h|\s*hrs)\b`, 'g');
// "8pm 1:30 long", "8pm, 2:00 long": a clock-shaped length said with "long" (read as an end at 1:30 am, a relay
// five and a half hours long).
// Right after a clock time with no range word between, a clock-shaped amount that no end is written as is such a
// length too: "8pm 1:30 hrs", "8pm (1:30)", "8pm 01:30:00" (with its seconds), "8:05pm 0:55". Each was read as an
// end at 1:30 am (00:55), a relay hours longer than said.
// In square brackets ("tomorrow 8pm [1:30]") and after an h-notation clock ("tomorrow 20h15 (1:30)") too:
// each ended at 1:30 am, or was refused as having no end. A bracket may follow the start's day ("8pm tomorrow (1:30)").
const AFTER_START_CLOCK = String.raw`(?<=(?:\d\s*[ap]\.?m\.?|\d:\d\d|\dh[0-5]\d|${ZH_CLOCK_END})\s*[,，]?\s*)`;
const AFTER_START_CLOCK_AND_DAY = String.raw`(?<=(?:\d\s*[ap]\.?m\.?|\d:\d\d|\dh[0-5]\d)\s+${DAY_AFTER}\s*,?\s*)`;
const CLOCK_SHAPED_LONG = new RegExp(
  String.raw`(?<![\d:.])\b(\d{1,2}:[0-5]\d)\s+(?:hours?\s+|hrs?\s+)?long\b` +
    String.raw`|${AFTER_START_CLOCK}(?:\b(\d{1,2}:[0-5]\d)\s*(?:h|hrs?|hours?)\b|[(\[【]\s*(\d{1,2}:[0-5]\d(?::[0-5]\d)?)\s*[)\]】]` +
    String.raw`|\b(\d{1,2}:[0-5]\d:[0-5]\d|0:[0-5]\d)\b(?!\s*[ap]\.?m\b))` +
    String.raw`|${AFTER_START_CLOCK_AND_DAY}[(\[【]\s*(\d{1,2}:[0-5]\d(?::[0-5]\d)?)\s*[)\]】]`,
  'g',
);
// "1:30 from 8pm", "2:00 starting tomorrow at 8pm", "1:30 starting now": a clock-shaped amount right before the
// start's "from" or verb is the length (read as a clock, "1:30 from 8pm" ran from 1:30 pm to 8 pm, silently), as
// "1h30 from 8pm" is ("1:30 from now" is a start in that long: CLOCK_SHAPED_FROM_NOW). Not a
// range's end nor a clock after its own word ("8pm to 1:30 from ...", "at 1:30 from ..."). Before 从 / 自 too
// ("1:30 从明晚8点开始" ran from 01:30 to 20:00), but not after a Chinese word, whose clock it is ("明晚8:00从…").
const CLOCK_SHAPED_BEFORE_FROM = new RegExp(
  String.raw`(?<![\d:.]|${LENGTH_WORD_BEFORE}|\b(?:at|from|to|until|till|through|by|after|before)\s+|[-–~]\s*|[\u4e00-\u9fff]\s*)\b(\d{1,2}:[0-5]\d)` +
    String.raw`(?=\s*,?\s*(?:(?:from|starting|beginning|starts?|begins?|at)\s+(?:at\s+)?(?:(?:today|tonight|tomorrow|${WEEKDAY}[a-z]*\.?)\s+(?:at\s+)?)?(?:\d|noon\b|midnight\b)|(?:starting|beginning|starts?|begins?)\s+(?:right\s+)?now\b|[，、]?\s*[从自]))`,
  'g',
);
// "1:30 tomorrow 8pm", "0:45 fri 9pm", "2:00, sat at 20:00": a short amount in hours and minutes before a day and its
// clock time is the length, as before "from 8pm" and "at 8pm friday"; read as the range's start, the relay ran from
// 1:30 am to 8 pm (silently). Only 0:00 to 3:59, the lengths a relay has: "9:00 tomorrow 17:00" stays the range.
const SHORT_CLOCK_SHAPED_BEFORE_DAY = new RegExp(
  String.raw`(?<![\d:.]|${LENGTH_WORD_BEFORE}|\b(?:at|from|to|until|till|through|by|after|before)\s+|[-–~]\s*)\b([0-3]:[0-5]\d)` +
    String.raw`(?=\s*,?\s*(?:on\s+)?(?:today|tonight|tomorrow|${WEEKDAY}[a-z]*\.?)\s*,?\s+(?:at\s+)?(?:\d{1,2}(?::[0-5]\d)?\s*[ap]\.?m\b|(?:1[3-9]|2[0-3]):[0-5]\d\b))`,
  'g',
);
// "2100h", "at 1930 hours", "2100hrs": a 24-hour clock written the military way. Read as a length, "2100h" made
// a relay start 87 days ahead. Not after a length's or a relative start's word ("for 1500 hours").
const MILITARY_CLOCK = /(?<!\b(?:for|in|within|lasting|after|of)\s+)\b([01]\d|2[0-3])([0-5]\d)\s*(?:h|hrs|hours)\b/g;
// "until about 2", "to roughly 2am": a hedge before a range's end adds nothing we can schedule, and kept the date
// parser from reading a bare hour as the end.
const HEDGE_BEFORE_NUMBER = /(?<=\b(?:until|till|til|to|through|thru)\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\s+|tomorrow\s+)?)(?:about|around|approximately|approx\.?|roughly|circa|ca\.)\s+(?=\d)/g;
// "2 in the morning", "5 in the afternoon", "10 at night": the part of the day belongs to the number before it.
// Left to the day words, it set am/pm for the whole text: "from 9 till 5 in the afternoon" became 9pm to 5am,
// "10 until 2 in the morning" 10am to 2pm.
// Not the day after a month ("march 5 in the evening at 8").
const HOUR_THEN_PART = new RegExp(
  // Not the day of a slash date ("12/3 at night" is the 3rd's night, not 3 o'clock).
  String.raw`${NOT_AFTER_MONTH}(?<![\d/])\b(\d{1,2})(:\d{2})?(?:\s+o'?clock)?\s+(?:in\s+the\s+(morning|afternoon|evening)|at\s+(night))\b`,
  'g',
);

function hourWithPart(whole: string, hour: string, minutes: string | undefined, part: string | undefined, night: string | undefined): string {
  const h = Number(hour);
  if (h < 1 || h > 12) return whole;
  const pm = night ? h >= 6 && h < 12 : part !== 'morning';
  // "12 in the morning" is not said; "12 at night" is midnight.
  if (h === 12 && part === 'morning') return whole;
  return `${h}${minutes ?? ''}${pm ? 'pm' : 'am'}`;
}
// "friday 10pm to 2am saturday": a start with its own weekday and an end whose weekday follows it; the end's
// weekday goes before its clock time, where the date parser reads it ("to saturday 2am"). Without a weekday on
// the start ("8pm to 10pm friday") the trailing day is the whole range's and stays. The start's weekday may follow
// its clock time too ("11pm sunday until 1am monday": the end's weekday was refused as a word not understood).
const END_WEEKDAY_AFTER = new RegExp(
  String.raw`(\b(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s+(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:[ap]m)?` +
    String.raw`|\d{1,2}(?::\d{2})?\s*(?:[ap]m)?\s+(?:on\s+)?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?)\s*(?:to|until|till|-)\s*)` +
    String.raw`(\d{1,2}(?::\d{2})?\s*(?:[ap]m)?)\s+((?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)\b`,
  'g',
);
// "june 20 10pm to 2am june 21", "dec 31 11pm til 1am jan 1", "dec 31 11pm - 1am on jan 1": the same with dates, a
// start with its own date and an end whose date follows its clock time (refused, the end's date a word not
// understood). Without a date on the start ("8pm to 10pm june 21") the trailing date is the whole range's and stays.
const DATE_WORDS = String.raw`(?:${MONTH}[a-z]*\.?\s+[0-3]?\d(?:st|nd|rd|th)?|[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}[a-z]*\.?)`;
const RANGE_CLOCK = String.raw`\d{1,2}(?::\d{2})?\s*(?:[ap]m)?`;
const END_DATE_AFTER = new RegExp(
  String.raw`(\b(?:${DATE_WORDS}\s+(?:at\s+)?${RANGE_CLOCK}|${RANGE_CLOCK}\s+(?:on\s+)?${DATE_WORDS})\s*(?:to|until|till|til|through|thru|-)\s*)` +
    // Not an end's day and month before its own clock ("20 june 10pm to 21 june 2am": 21 is no clock, "june 2" no date).
    String.raw`(${RANGE_CLOCK})\s+(?:on\s+)?(${DATE_WORDS})(?![\d:]|\s*[ap]\.?m\b)`,
  'g',
);
// "8pm-friday 2am", "at 10 - sunday 2am": a dash before an end that names its own weekday. The date parser read
// "8pm-friday" as one time on Friday and gave the start that weekday (refused as two days beside "tomorrow", or
// a relay on the wrong day); "to" makes it the range it reads in "8pm to friday 2am".
const DASH_BEFORE_WEEKDAY = new RegExp(
  String.raw`(\d(?:\s*[ap]m)?|\bnoon|\bmidnight)\s*[-–~]\s*(?=(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s+(?:at\s+)?\d)`,
  'g',
);
// "7-9" reads as a date to the parser; "7 - 9" as a range of hours.
const HOUR_RANGE = /(?<![\d/:.-])(\d{1,2})-(\d{1,2})(?![\d/:.-])/g;
/** "midnight" at the start of a range, as a clock time the date parser reads (chrono-reader.ts knows it again). */
export const MIDNIGHT_CLOCK = '0:00:00';
// "12 noon", "12 midnight": the number only repeats the word. Not a date's day ("june 12 noon", "11/12 midnight"):
// taken as the hour, it left the month alone and the relay was today's noon, without a word. After a month that
// follows its own day ("3 dec 12 noon") the 12 is no day (it was read as a range from 12 to noon, refused).
const TWELVE_NOON = new RegExp(String.raw`${NOT_AFTER_MONTH_DAY}(?<![\d/.-])\b12(?::00)?\s+(noon|midnight)\b`, 'g');
// chrono reads "noon to 3" as noon alone: spelled as a clock time, the range is read whole. Midnight becomes
// MIDNIGHT_CLOCK, a spelling people do not type, so that the reader still knows it was the word "midnight":
// "tomorrow midnight to 3am" is then the midnight that ends tomorrow, as "tomorrow midnight for 1h" is.
// Not the hour that minutes are counted to ("quarter to noon till 2", "20 to midnight until 1:20": 11:45, 23:40),
// nor from ("10 past midnight until 1": written out first, it became "0:10:00:00", a relay to the next midnight).
// A day word may stand between ("noon tomorrow till 3:30": chrono gave noon the end's minutes, or no end at all).
const NOON_RANGE = new RegExp(
  String.raw`(?<!\b(?:to|before|of|till|past|after)\s+)\b(noon|midday|midnight)(?=(?:\s+(?:today|tomorrow|tonight|${WEEKDAY}[a-z]*\.?))?\s*(?:to|until|till|through|thru|[-–~])\s*\d)`,
  'g',
);
// "Feb 16, 10 to 6pm", "sep 20 10am": a number after a month's day that a time word follows is the hour, not a
// two-digit year (chrono read "Feb 16, 10" as 16 February 2010).
// "a week from tomorrow" counts from tomorrow: written as days from today, which the lengths read.
// "3 days after tomorrow" too, and the British "tomorrow week" (a week from tomorrow). Not a clock's minutes or a
// range's end before "day after tomorrow" ("20:00-22:30 day after tomorrow" ran a month later, 30 days on; "8pm til
// 10 day after tomorrow" was refused).
const FROM_TOMORROW = /(?<![\d:.]|\b(?:to|til|till|until|through|thru)\s+|[-–~]\s*)\b(an?|\d+)\s+(days?|weeks?)\s+(?:from|after)\s+tomorrow\b|\btomorrow\s+(week)\b/g;
// The British "a week today", "a week tomorrow", "a fortnight tonight", "today week": counted from that day (the
// date parser read "a week" as the date and "today" as a second one, refused as two days for one start).
const WEEK_ON_DAY = /\b(?:an?\s+(week|fortnight)\s+(today|tonight|tomorrow)|(today|tonight)\s+(week|fortnight)|tomorrow\s+(fortnight))\b/g;

function weekOnDay(_whole: string, unit?: string, day?: string, dayFirst?: string, unitAfter?: string, tomorrowFortnight?: string): string {
  const days = (tomorrowFortnight || (unit ?? unitAfter) === 'fortnight' ? 14 : 7) + (tomorrowFortnight || day === 'tomorrow' ? 1 : 0);
  return `in ${days} days${(day ?? dayFirst) === 'tonight' ? ' in the evening' : ''}`;
}
// "Wed 6/17 8pm", "6/17 (Wed) 8pm", "Wednesday, 6/17/2026": a slash date beside its weekday, written with the
// month's name so that the weekday check (repeated-weekday.ts) sees a date; the weekday was read as a second day
// and the clock time lost ("a day without a time"). Month first, as a slash date is read everywhere else.
const SLASH_MONTH_DAY = String.raw`(1[0-2]|0?[1-9])/(3[01]|[12]\d|0?[1-9])(?:/(\d{4}|\d{2}))?(?![\d/:.])`;
const WEEKDAY_SLASH_DATE = new RegExp(
  String.raw`\b(${WEEKDAY}[a-z]*\.?,?\s+)(?<![\d/.])${SLASH_MONTH_DAY}|(?<![\d/.])${SLASH_MONTH_DAY}(?=\s*(?:\(\s*|,\s*)${WEEKDAY})`,
  'g',
);

function slashDateByName(_whole: string, weekday = '', ...parts: Array<string | undefined>): string {
  const [month, day, year] = parts[0] ? parts.slice(0, 3) : parts.slice(3, 6);
  const fullYear = year ? ` ${year.length === 2 ? `20${year}` : year}` : '';
  return `${weekday}${MONTH_NAMES[Number(month) - 1]} ${Number(day)}${fullYear}`;
}
// "next week monday", "this week friday", "last week friday": the weekday of that week, in the order the date
// parser knows ("last week friday" was refused as a day without a time, the clock time lost).
const WEEK_THEN_DAY = /\b(next|this|last|previous)\s+week(?:'s)?\s+(?:on\s+)?((?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)\b/g;
// "1900-2100": a range of 24-hour clock times written as four digits each.
const COMPACT_RANGE = /\b([01]\d|2[0-3])([0-5]\d)\s*([-–~]|to)\s*([01]\d|2[0-4])([0-5]\d)\b/g;
// Not when the month came after its day ("3 dec 8 30 pm", "3 dec 7 45 to 10"): the number after it is the hour.
const HOUR_AFTER_MONTH_DAY = new RegExp(
  String.raw`(?<!\b[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?)\b(${MONTH}[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?),?\s+(\d{1,2})(?=\s*(?:to|until|till|through|thru|[-–~]|[ap]\.?m\b|:\d))`,
  'g',
);
// "for 2h 10 minutes from now": "from now" binds the amount right before it, so the length ends there (a comma
// stops the length reader).
const LENGTH_THEN_RELATIVE =
  /((?<![a-z])(?:h|hrs?|hours?|m|mins?|minutes?|secs?|seconds?))\s+(?=(?:an?|\d+(?:\.\d+)?)\s+(?:minutes?|mins?|hours?|hrs?|h|seconds?|secs?|days?)\s+(?:from\s+(?:right\s+)?now|later|hence)\b)/g;
// "1:30 from now", "0:45 later", "2:00 hence": an amount in hours and minutes counted from now, the start in that
// long, as "1h30 from now" is (read as a clock, "1:30 from now" ran from now until 1:30 pm and "0:45 from now" until
// a quarter to one at night, silently). Not a clock with its own word ("at 1:30 later", "until 1:30 from now") nor
// with am/pm ("1:30pm from now" is left as it was).
const CLOCK_SHAPED_FROM_NOW =
  /(?<![\d:.]|\b(?:at|to|until|till|through|by|for|lasting|in|within|after|before)\s+|[-–~]\s*)\b(\d{1,2}:[0-5]\d)\s+(?:from\s+(?:right\s+)?now|later|hence)\b/g;
// "9 to midnight": as an end, midnight is the 12am that closes the day (chrono does not range to the word).
// Not "quarter to midnight" / "10 minutes to midnight" (23:45, 23:50): made "to 12am", they read as 11:45 am.
const TO_MIDNIGHT = /(?<!\b(?:quarter|minutes?|mins?)\s+)(\b(?:to|until|till|through|thru)\s+|[-–~]\s*)midnight\b/g;
// "9 to noon", "10 till midday": as an end, noon is 12pm (chrono ranged to the word only after "from", and read "9
// to noon" as nothing). Not "quarter to noon" / "15 to noon" (11:45), which the minute rules read.
const TO_NOON = /(?<!\b(?:quarter|minutes?|mins?)\s+|(?<![\d:.]|\b(?:[01]?\d|2[0-3])\s+)\b(?:1[3-9]|[2-5]\d)\s+)(\b(?:to|until|till|til|through|thru)\s+|[-–~]\s*)(?:noon|midday)\b/g;
// "for the next hour", "the next 2 hours", "over the next 2 hrs", "during the next 90 minutes": a length from now.
// Not the "next" of "the saturday after next": "the saturday after next 2000 hrs" became "after for 2000 hours",
// and was refused as the coming Saturday without a time.
const THE_NEXT = /\b(?:(?:for|over|during|throughout)\s+)?(?:the\s+)?(?<!\bafter\s+)(?:next|following)\s+(?:(\d+(?:\.\d+)?)\s+)?(hours?|hrs?|minutes?|mins?)\b/g;
// "for the hour" is an hour (the date parser made "the hour" an end an hour from now); "to 2 hours later",
// "until 90 minutes after" are lengths (read as a clock time, "5am to 2 hours later" started at 6:30).
const FOR_THE_HOUR = /\bfor\s+the\s+(hour|half\s+hour)\b/g;
// "end 2 hours later", "stop after 45 min", "finishing 90 minutes after": the end said as a length after the start.
const END_LATER = /\b(?:and\s+)?(?:end|ends|ending|stop|stops|stopping|finish|finishes|finishing)\s+(?:(?:at\s+)?((?:\d+(?:\.\d+)?|an?)\s*(?:hours?|hrs?|h|minutes?|mins?|m))\s+(?:later|after(?:wards)?)|after\s+((?:\d+(?:\.\d+)?|an?)\s*(?:hours?|hrs?|h|minutes?|mins?|m)))\b/g;
const UNTIL_LATER = /\b(?:to|until|till|til|through|thru)\s+((?:\d+(?:\.\d+)?|an?)\s+(?:hours?|hrs?|minutes?|mins?|h|m))\s+(?:later|after(?:wards)?)\b/g;
// "this weekend saturday", "next weekend on sunday": the weekday says which day of that weekend.
const WEEKEND_THEN_DAY = /\b(this|next)\s+weekend\s+(?:on\s+)?(?=(?:sat|sun)[a-z]*\b)/g;
// "saturday this weekend", "sunday of next weekend": the same, the weekday first.
const DAY_THEN_WEEKEND = /\b((?:sat|sun)[a-z]*)\s+(?:of\s+)?(this|next)\s+weekend\b/g;
// 周末周六, 这周末周日, 下周末周六: the weekday says which day of that weekend (下 stays: 下周六).
const ZH_WEEKEND_THEN_DAY = /(这个?|本|下个?)?周末\s*(?:的\s*)?(?=(?:周|星期|礼拜)[六日天])/g;
// "Wed 20th": a weekday and an ordinal day of this month, as "the 20th" is read.
const WEEKDAY_ORDINAL = new RegExp(String.raw`\b((?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?)\s+(\d{1,2}(?:st|nd|rd|th))\b(?!\s+(?:of\s+)?${MONTH})`, 'g');
// "this coming saturday", "coming friday": the next one, as "this saturday" is.
const COMING_DAY = /\b(?:this\s+)?coming\s+(?=(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)/g;
// "in an hour's time", "in 10 minutes time": "time" adds nothing to the relative start.
const IN_TIME = /\b(in\s+(?:half\s+an?|an?|\d+(?:\.\d+)?)\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?))(?:'s?|’s?)?\s+time\b/g;
// 本周六 / 这个周六 are 这周六 (this week's); 下个周六 is 下周六. 钟头 is 小时 ("半个钟头" is half an hour).
const ZH_THIS_WEEK = /(?:本|这个)(?=周|星期|礼拜)/g;
const ZH_NEXT_WEEK = /下个(?=周|星期|礼拜)/g;
// 接下来2小时 / 未来2小时: a length from now.
const ZH_COMING_LENGTH = /(?:接下来|未来|之后的|下(?=\s*\d+\s*个?\s*(?:小时|分钟)))(?=\s*\d)/g;
const ZH_HALF_HOUR = /半个(?:小时|钟头)/g;
const ZH_CLOCK_HOURS = /钟头/g;
// "晚上8点2小时", "8点一个半小时": a length right after the hour. Apart, so the date parser does not read its
// number as the minutes (8:02).
// "七点五十半小时": two digits after the hour are its minutes, and the half hour a length of its own (50半小时 read as a
// count's half was a relay of 50 and a half hours). Apart, as "七点五十 半小时" is (durations.ts: ZH_COUNT_HALF).
const ZH_MINUTES_BEFORE_HALF_HOUR = /(点\s*\d\d)(?=半\s*(?:个\s*)?(?:小时|钟头|个钟))/g;
const ZH_LENGTH_AFTER_HOUR = new RegExp(String.raw`点(?=\s*\d+(?:\.\d+)?${ZH_COUNT_HALF}\s*(?:小时|个钟))`, 'g');
// The date parser reads a number after 点 as its minutes even across a space; "晚上8点 10点" (the comma of
// "晚上8点，10点结束" is a space by then) became 20:10. A number followed by 点 or a length's unit is no minutes.
const ZH_HOUR_THEN_NUMBER = /点\s+(?=\d+(?:\.\d+)?\s*(?:点|个|半|小时|分钟|秒|天|号|日|[:：]\d))/g;
// 晚8点 / 早8点 are 晚上8点 / 早上8点 (今晚, 明早 and the like are day words of their own); 3点钟 is 3点. So is 晚 before
// 差 and the hour it is short of (周一晚差一刻9点 was refused as 晚 not understood).
const ZH_SHORT_EVENING = /(?<![今明昨前后傍当夜])晚(?=\s*(?:\d|差\s*\d{1,2}\s*[分刻]))/g;
const ZH_SHORT_MORNING = /(?<![今明昨前后清提当])早(?=\s*\d)/g;
// 晚8播1小时, 早上9开始: an hour after the part of the day, with no 点, is that hour (refused as a day without a time).
// Not a length or a wait (晚8分钟开始 is eight minutes late), nor a clock already written out (晚上8:30, 晚上8点).
const ZH_PART_HOUR_WITHOUT_DIAN =
  /(晚上|早上|上午|下午|凌晨|中午|傍晚|夜里|今晚|明晚|今夜|明夜|今早|明早)\s*(\d{1,2})(?![\d:：.]|\s*(?:点|时|分|刻|个|天|钟|秒|小时|周|号|日|月|年|次|遍|倍|[hm、或,，]))/g;
// 下午3点30到5h, 明晚8点30到10h: after 到 / 至 an h-notation number is the clock time it runs to (read as a length,
// "到5h" ended the relay five hours after its start, silently).
const ZH_TO_H_CLOCK = /(到|至)\s*(\d{1,2})\s*h(?![\da-z])/g;
// 晚上8-10h, 周三 20-22h: two bare hours joined by a dash, the second with its h, are a range of clock times (after a
// bare "8-" a length of ten hours means nothing; they were refused as "h", a word not understood).
const ZH_BARE_RANGE_H = /(?<![\d:：.点])(\d{1,2})\s*([-~～—–])\s*(\d{1,2})\s*h(?![\da-z])/g;
const ZH_OCLOCK = /点钟/g;
// Cantonese, as Duckling's Chinese corpus has it: 晏晝 is the afternoon; minutes are counted in fives after 踏 /
// 搭 or before 个字 (三点踏三 = 三点三个字 = 3:15, 三点踏半 = 3:30), and 个半钟 is an hour and a half.
const YUE_AFTERNOON = /晏[晝昼]/g;
const YUE_FIVES_AFTER_HOUR = /点\s*(?:[踏搭]\s*(\d{1,2}|半)|(\d{1,2})\s*个字)/g;
const YUE_FIVES = /(\d{1,2})\s*个字/g;
const YUE_HOUR_AND_HALF = /个半钟(?!头)/g;
// After 晏晝 (so the sentence is Cantonese), a lone number after 点 counts fives too: 晏晝三点三 = 3:15.
// Not a length after the hour ("晏晝三點 兩個鐘" is 3pm for two hours, not 3:10).
const YUE_BARE_FIVES = /点\s*([1-9]|1[01])(?![\d分秒]|\s*(?:个|半|小时|钟|分钟|秒|天))/g;

function cantoneseFives(text: string): string {
  if (!YUE_AFTERNOON.test(text)) return text;
  YUE_AFTERNOON.lastIndex = 0;
  return text.replace(YUE_BARE_FIVES, (_w, fives: string) => `点${Number(fives) * 5}分`);
}
// A part of the day before a 24-hour time only repeats it ("明天晚上20:15", "下午15点"): the date parser refuses
// the pair, so the part goes (a day word folded into it stays: 明晚 -> 明天). "明晚晚上8点" says evening twice.
const ZH_PART_BEFORE_24H = /(今|明|后)?(?:晚上|下午|傍晚|晚间|夜里|晚)(?=\s*(?:1[3-9]|2[0-3])\s*(?:[:：]\d|点))/g;
const ZH_EVENING_TWICE = /(今|明|后)晚\s*(?=晚上|夜里)/g;
const ZH_PART_TWICE = /(晚上|下午|上午|早上|凌晨|中午)\s*\1/g;
// "8点 明晚", "8点晚上": a part of the day after the clock time goes before it, where the date parser reads it
// (after, it read "晚上" as a day of its own and the hour as 8 am, on today's date).
const ZH_PART_AFTER_CLOCK =
  /(\d{1,2}\s*点(?:\s*\d{1,2}\s*分?|\s*半|\s*整)?)\s*((?:今天|明天|后天)?(?:晚上|下午|上午|早上|凌晨|中午|傍晚|夜里)|今晚|明晚|今早|明早|今夜|明夜)(?!\s*\d)/g;
// 九点差一刻 / 9点差5分 / 差5分9点: minutes short of the hour (8:45, 8:55), as "quarter to nine" is.
const ZH_SHORT_OF_HOUR = /(\d{1,2})\s*点\s*差\s*(?:(\d{1,2})\s*分(?!钟)|([13])\s*刻)|差\s*(?:(\d{1,2})\s*分(?!钟)|([13])\s*刻)\s*(\d{1,2})\s*点/g;

function shortOfHour(whole: string, ...groups: Array<string | undefined>): string {
  const [hourFirst, minutesFirst, quartersFirst, minutesLast, quartersLast, hourLast] = groups;
  const hour = Number(hourFirst ?? hourLast);
  const quarters = quartersFirst ?? quartersLast;
  const short = quarters !== undefined ? Number(quarters) * 15 : Number(minutesFirst ?? minutesLast);
  if (hour < 1 || hour > 24 || short < 1 || short > 59) return whole;
  return `${hour - 1}点${60 - short}分`;
}
// 过10分钟 is 10分钟后 (in ten minutes).
const ZH_AFTER_WAIT = /(?<!超|经)过\s*(\d+(?:\.\d+)?\s*个?\s*(?:分钟|小时|天))(?!\s*(?:后|以后|之后))/g;
// 等一个小时再播, 等半小时后再开始: a wait, then the start (refused as "1个小", a word not understood). 再 may be left out
// (等半小时开始, 等10分钟 播1小时: refused as 半小 or 10分钟 not understood).
const ZH_WAIT_THEN = /等\s*(\d+(?:\.\d+)?\s*个?\s*(?:分钟|小时|钟头|天)|半\s*个?\s*(?:小时|钟头))\s*(?:之后|以后|后)?\s*(?:再\s*)?(?=(?:播|开始|开播|推|转推|上线|启播))/g;
// 中午 / 午夜 on their own are clock times (noon, midnight), as "noon" is in English; not before the clock time they
// are the part of the day of (中午12点半, 午夜1点). A length after them is no clock time: "明天午夜 1小时" (also
// "明天24点 1小时") was read as a day without a time.
const ZH_NOON = /中午(?!\s*\d{1,2}\s*(?:点|[:：]))/g;
const ZH_MIDNIGHT = /(?:今晚|今夜)?午夜(?!\s*\d{1,2}\s*(?:点|[:：]))/g;
// 凌晨0点 / 凌晨12点 as written is the start of that day ("明天凌晨0点" = tomorrow 00:00): plain 0点, so that 凌晨0点
// stays the mark of a rewritten 午夜 (the midnight that ends the named day).
const ZH_EARLY_ZERO = /凌晨\s*(?:0|12)\s*点/g;
const SLASH_RANGE = /(\d)\s*\/\s*(?=\d{4}-\d\d-\d\d)/g;

function spokenClock(whole: string, hour: string, gap: string, oh: string | undefined, minutes: string | undefined): string {
  // "9-11" is a range of hours; "ten-thirty" ("10-30") cannot be one.
  if (gap.includes('-') && minutes !== undefined && Number(minutes) < 24) return whole;
  return `${hour}:${oh !== undefined ? `0${oh}` : minutes}`;
}

// "3/15 晚上8点": the Chinese date parser has no month/day with a slash; written as 3月15日 (month first, as the
// English parser reads "3/15"). Only in a Chinese sentence, not a date with a year ("2026/3/15") nor a fraction
// of a length ("1/2小时").
const ZH_SLASH_DATE = /(?<![\d/.])(1[0-2]|0?[1-9])\/([12]\d|3[01]|0?[1-9])(?![\d/.]|\s*(?:个|小时|钟头|分|秒|天))/g;
const CJK = /[\u4e00-\u9fff]/;
// "20:00pm", "20pm": a 24-hour clock with a redundant pm (refused as a word not understood).
const PM_AFTER_24H = /(?<![\d:.]\s*)(1[3-9]|2[0-3])(?::([0-5]\d))?\s*p\.?m\b\.?/g;
// "12-05 20:00", "03-07 at 9:30": a month and day written with a dash, both with two digits, before a clock time
// (read as a range "12 to 5" and refused, or worse). Month first, as the ISO date it is cut from.
const DASH_DATE = /(?<![\d:/.-])(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?![\d:/.-])(?=\s+(?:at\s+)?\d{1,2}[:：]\d{2})/g;
// "20:00 Dec 4 2026", "20:30 December 4, 2026": a 24-hour clock before a month, its day and a year. The date parser
// took the date alone and dropped the clock (refused as a day without a time); "20:00 on Dec 4 2026" it reads.
const CLOCK_BEFORE_DATE_WITH_YEAR = new RegExp(String.raw`(?<![\d:.])\b(\d{1,2}:[0-5]\d)\s+(?=${MONTH}[a-z]*\.?\s+[0-3]?\d(?:st|nd|rd|th)?,?\s+\d{4}\b)`, 'g');
// "8pm 4-Dec", "20:00 4-dec-2026", "8pm Dec-4": a day and a month's name joined by a dash, as spreadsheets write them.
// After a clock time the date parser read "8pm 4-dec" as a range from 8pm to 4 (refused as an end and a length).
const NAMED_MONTH_DASH_DATE = new RegExp(String.raw`(?<![\d:/.-])(?:([0-3]?\d)-(${MONTH}[a-z]*)\.?(?:-(\d{4}))?|(${MONTH}[a-z]*)\.?-([0-3]?\d)(?:-(\d{4}))?)(?![a-z\d:/.-])`, 'gi');
// "24:00", "今天24点": the midnight that ends the day, said as its words (the parsers have no hour 24).
// An evening word before it says the same thing twice ("明天晚上24点" is 明天午夜, the midnight that ends tomorrow;
// left in, the evening word made it the midnight that began the day).
const HOUR_24 = /(?:(?:晚上|夜里|夜间|晚间)\s*)?(?<![\d:.])24\s*(?:[:：]\s*00(?::00)?|点(?:\s*(?:整|0+\s*分?))?)(?![\d:])/g;
// 周6 / 星期6 (typed digits): the weekday as its numeral, which the date parser reads (7 and 天 are Sunday).
const ZH_WEEKDAY_DIGIT = /(周|星期|礼拜)\s*([1-7])(?![\d:.点号日月])/g;

// A rewrite, and what the text must contain for its pattern to match at all: a word or character that every
// match contains, so that a text without it would come out unchanged and the scan is skipped (null: no cheap test).
// Run in order: a step sees what the steps before it wrote.
type Replacement = string | ((whole: string, ...groups: never[]) => string);
type Step = [needs: string | RegExp | null, pattern: RegExp, replacement: Replacement];

function applySteps(text: string, steps: Step[]): string {
  let written = text;
  for (const [needs, pattern, replacement] of steps) {
    const mayMatch = needs === null || (typeof needs === 'string' ? written.includes(needs) : needs.test(written));
    if (mayMatch) written = written.replace(pattern, replacement as never);
  }
  return written;
}

const ENGLISH_STEPS_BEFORE_CHINESE: Step[] = [
  [/\b(?:til|thru)\b/, SHORT_RANGE_WORD, (word: string) => (word === 'til' ? 'till' : 'through')],
  ['12', TWELVE_NOON, '$1'],
  [/night|evening/, NIGHT_TWELVE, nightTwelve],
  [/night|evening/, DATE_NIGHT_TWELVE, dateNightTwelve as Replacement],
  ['night', DATE_NIGHT_HOUR, '$1 evening'],
  [/noon|mid/, NOON_RANGE, (word: string) => (word === 'midnight' ? MIDNIGHT_CLOCK : '12:00pm')],
  ['weekend', WEEKEND_THEN_DAY, (_w, which: string) => `${which} `],
  ['weekend', DAY_THEN_WEEKEND, '$2 $1'],
  ['周末', ZH_WEEKEND_THEN_DAY, (_w, which: string | undefined) => (which?.startsWith('下') ? '下' : '')],
  [/\d(?:st|nd|rd|th)/, WEEKDAY_ORDINAL, '$1 the $2'],
  ['coming', COMING_DAY, ''],
  [/now|later|hence/, LENGTH_THEN_RELATIVE, '$1, '],
  [':', CLOCK_SHAPED_FROM_NOW, 'in $1'],
  [null, HOUR_AFTER_MONTH_DAY, '$1 at $2'],
  [/week|fortnight/, WEEK_ON_DAY, weekOnDay],
  ['/', WEEKDAY_SLASH_DATE, slashDateByName as Replacement],
  ['tomorrow', FROM_TOMORROW, (_w, n: string | undefined, unit: string | undefined, british?: string) =>
    `in ${british ? 8 : (/^an?$/.test(n!) ? 1 : Number(n)) * (unit!.startsWith('week') ? 7 : 1) + 1} days`],
  // "this week wednesday" is this week's (yesterday, said on a Thursday), not the coming one.
  ['week', WEEK_THEN_DAY, (_w, which: string, day: string) => (which === 'this' ? `${day} of this week` : `${day} ${which} week`)],
  [/\d{4}/, COMPACT_RANGE, compactRange as Replacement],
  ['hour', FOR_THE_HOUR, 'for 1 $1'],
  [/later|after/, UNTIL_LATER, 'for $1'],
  [/later|after/, END_LATER, (_w, later?: string, after?: string) => ` for ${later ?? after}`],
  [/end|stop|finish|run|go|last|wrap|done|over|off/, END_VERB, ' to '],
  // After the end verbs, which write "ending at midnight" as "to midnight": read whole by chrono, "10:15pm to
  // midnight" gave midnight the start's minutes (00:15), and "12:30 to noon" was 30 minutes to noon.
  ['midnight', TO_MIDNIGHT, '$112am'],
  [/noon|midday/, TO_NOON, '$112pm'],
  [/that|same/, THAT_PART, endOfThatPart],
  [/air|doors/, ON_AIR, ''],
  [/next|following/, THE_NEXT, (_w, n: string | undefined, unit: string) => `for ${n ?? '1'} ${unit.startsWith('hr') ? 'hours' : unit}`],
  ['time', IN_TIME, '$1'],
];

const ENGLISH_STEPS_AFTER_CHINESE: Step[] = [
  ['untill', UNTILL, 'until'],
  ['mid', MID_DAY, 'midday'],
  ['12', TWELVE_RANGE_TONIGHT, (_w, minutes?: string) => `12:${minutes ?? '00'}am`],
  ['12', TONIGHT_BARE_TWELVE, (_w, tonight: string, minutes?: string) => `${tonight} 12:${minutes ?? '00'}am`],
  ['12', EVENING_TWELVE, (whole, part: string | undefined) => (part ? `${part} at midnight` : 'midnight ')],
  ['-', HYPHENATED_LENGTH, '$1 $2'],
  ['.', DOT_CLOCK, '$1:$2'],
  [null, BARE_HOUR_END, (whole, lead: string, joiner: string, hour: string) => (Number(hour) <= 24 ? `${lead}${joiner}${hour}:00` : whole)],
  ['12', TONIGHT_TWELVE_AM, (_whole, part: string | undefined) => (part ? `${part} at midnight` : 'midnight ')],
  ['later', LATER_THAN, '$1 to '],
  ['clock', OCLOCK_MERIDIEM, '$1$2'],
  [null, AM_PM_SPACED, '$1$2m'],
  ['from', MINUTES_FROM, minutesFrom as Replacement],
  [/noon|midnight/, MINUTES_TO_NOON, (whole, minutes: string, ref: string) => minutesTo(whole, minutes, ref)],
  [/to|before|till/, MINUTES_TO_CLOCK, (whole, minutes: string, ref: string, meridiem?: string) => minutesToSaid(whole, minutes, ref, meridiem)],
  ['half', HALF_HOUR, (_w, h: string) => `${h}:30`],
  [/past|after/, PAST, (whole, minutes: string | undefined, ref: string) => minutesPast(whole, minutes, ref)],
  [/quarter|minute/, TO, (whole, minutes: string | undefined, ref: string, meridiem?: string) => minutesToSaid(whole, minutes, ref, meridiem)],
  ['12', TWELVE_MINUTES_TONIGHT, '12:$1am '],
  // Once the minute rules have written "quarter past 12" / "half past twelve" / "quarter to 1" as a clock, the
  // twelve and noon rules read it as they read one written so: "tonight at quarter to 1", "friday night at quarter
  // past 12" were 12:45 / 12:15 pm, and "noon till quarter to 1" ran from 12:45 to 00:45.
  [/night|evening/, NIGHT_TWELVE, nightTwelve],
  [/night|evening/, DATE_NIGHT_TWELVE, dateNightTwelve as Replacement],
  ['12', TONIGHT_BARE_TWELVE, (_w, tonight: string, minutes?: string) => `${tonight} 12:${minutes ?? '00'}am`],
  [/noon|mid/, NOON_RANGE, (word: string) => (word === 'midnight' ? MIDNIGHT_CLOCK : '12:00pm')],
  [null, SPACED_MINUTES, '$1:$2'],
  [null, SPOKEN_CLOCK, spokenClock],
  [':', CLOCK_SHAPED_LONG, (_w, ...amounts: Array<string | undefined>) => ` for ${amounts.slice(0, 5).find((a) => a !== undefined)!}`],
  [':', CLOCK_SHAPED_BEFORE_FROM, 'for $1'],
  [':', SHORT_CLOCK_SHAPED_BEFORE_DAY, 'for $1'],
  [':', COLON_CLOCK_H, '$1'],
  [/\d{4}/, MILITARY_CLOCK, '$1:$2'],
  [/0\d?h/, LEADING_ZERO_H_END, (_w, lead: string, hour?: string, hourBeforeMinutes?: string, minutes?: string) =>
    `${lead}${twentyFourHourClock(Number(hour ?? hourBeforeMinutes), minutes ?? '00')}`],
  [/\dh/, WORD_RANGE_H_END, (w, lead: string, h: string | undefined, minutes: string | undefined, endOfDay: string | undefined, at: number, all: string) =>
    (startsFromNow(all.slice(0, at)) && Number(h) < 13 ? w : `${lead}${twentyFourHourClock(Number(h ?? endOfDay), minutes ?? '00')}`)],
  [/\dh/, DASH_AFTERNOON_H_END, (_w, dash: string, h: string, minutes?: string) => `${dash}${h}:${minutes ?? '00'}`],
  // "20:00 to 24h" is the end of the day ("24:00" here, after the stage that reads it, was no time at all).
  [/\dh/, BARE_H_CLOCK, (w, lead: string, h: string, at: number, all: string) =>
    (AMOUNT_FROM_NOW_BEFORE.test(all.slice(0, at)) && Number(h) < 13 ? w : `${lead}${h === '24' ? MIDNIGHT_CLOCK : `${h}:00${h24(h)}`}`)],
  // "8h30 pm" says its half of the day itself.
  [/\dh/, H_CLOCK, (w, h: string, m: string, at: number, all: string) =>
    `${h}:${m}${/^\s*[ap]\.?m\b/.test(all.slice(at + w.length)) ? '' : h24After(h, all.slice(0, at))}`],
  [/\dh/, H_BEFORE_RANGE, (_w, h: string, at: number, all: string) => `${h}:00${h24After(h, all.slice(0, at))}`],
  [/\dh/, H_BEFORE_DAY, (w: string, h: string) => `${h}:00${h24(h)}${w.includes('+') ? ' for ' : ''}`],
  [/\dh/, AFTERNOON_H_BEFORE_LENGTH, (_w, h: string) => `${h}:00 for`],
  [/\dh/, H_LAST_AFTER_DAY, (w: string, h: string, at: number, all: string) => (LENGTH_SAID.test(all.slice(0, at)) ? `${h}:00${h24(h)}` : w)],
  [/\d{3}/, COMPACT_CLOCK, compactClockAfterLead as Replacement],
  [/\d{4}\s+(?:st|be|ki|go)/, COMPACT_BEFORE_START_VERB, compactBeforeStartVerb as Replacement],
  [/\d{4}/, COMPACT_BEFORE_DAY, compactBeforeStartVerb as Replacement],
  [/\b0\d:/, LEADING_ZERO_HOUR, (whole, hour: string, minutes: string, _at: number, all: string) =>
    (CJK.test(all) ? whole : `${hour}:${minutes}am`)],
  ['ish', ISH_CLOCK, '$1:$2'],
  ['ish', ISH, ' '],
  ['between', BETWEEN, '$1 to '],
  [/morning|afternoon|evening|night/, HOUR_THEN_PART, hourWithPart],
  [null, AM_PM_SHORT, '$1$2m'],
  [null, END_WEEKDAY_AFTER, '$1$3 $2'],
  [null, END_DATE_AFTER, '$1$3 $2'],
  [/[-–~]/, DASH_BEFORE_WEEKDAY, '$1 to '],
  ['/', SLASH_RANGE, '$1 / '],
  ['-', HOUR_RANGE, '$1 - $2'],
  [':', CLOCK_BEFORE_DATE_WITH_YEAR, '$1 on '],
];

export function rewriteClockForms(text: string): string {
  const chinese = CJK.test(text);
  const pmFixed = /\d\s*p/.test(text) ? text.replace(PM_AFTER_24H, (_w, h: string, m?: string) => `${h}:${m ?? '00'}`) : text;
  const dashDated = pmFixed.includes('-')
    ? pmFixed.replace(DASH_DATE, (_w, month: string, day: string) =>
      chinese ? `${Number(month)}月${Number(day)}日` : `${MONTH_NAMES[Number(month) - 1]} ${Number(day)}`)
    : pmFixed;
  const monthDashed = dashDated.includes('-')
    ? dashDated.replace(NAMED_MONTH_DASH_DATE, (w, day?: string, month?: string, year?: string, month2?: string, day2?: string, year2?: string) =>
      (isMonthWord(month ?? month2 ?? '')
        ? `${day ?? day2} ${month ?? month2}${year ?? year2 ? ` ${year ?? year2}` : ''}`
        : w))
    : dashDated;
  const slashDated = (chinese ? monthDashed.replace(ZH_SLASH_DATE, '$1月$2日') : monthDashed).replace(HOUR_24, chinese ? '午夜' : 'midnight');
  // 周6 needs a Chinese word for the week (and 午夜 above is written only into a Chinese sentence).
  const weekdays = chinese
    ? slashDated.replace(ZH_WEEKDAY_DIGIT, (_w, word: string, digit: string) => `${word}${'一二三四五六日'[Number(digit) - 1]}`)
    : slashDated;
  const englishFirst = applySteps(cantoneseFives(readSpokenMilitaryClocks(weekdays.replace(HEDGE_BEFORE_NUMBER, ''))), ENGLISH_STEPS_BEFORE_CHINESE);
  const english = applySteps(chinese ? chineseClockWords(englishFirst) : englishFirst, ENGLISH_STEPS_AFTER_CHINESE);
  return chinese ? chineseNoonAndMidnight(english) : english;
}

// Every pattern below needs a Chinese character to match, and the English stages never write one: a sentence
// with none (most English commands) skips them all and is left exactly as it was.
function chineseClockWords(text: string): string {
  const hours = text
    .replace(ZH_THIS_WEEK, '这')
    .replace(ZH_NEXT_WEEK, '下')
    .replace(ZH_COMING_LENGTH, '持续')
    .replace(ZH_HALF_HOUR, '半小时')
    .replace(ZH_CLOCK_HOURS, '小时')
    .replace(ZH_MINUTES_BEFORE_HALF_HOUR, '$1 ')
    .replace(ZH_LENGTH_AFTER_HOUR, '点，')
    .replace(ZH_HOUR_THEN_NUMBER, '点，')
    .replace(YUE_AFTERNOON, '下午')
    .replace(YUE_FIVES_AFTER_HOUR, (whole, stepped?: string, counted?: string) => {
      const fives = stepped === '半' ? 6 : Number(stepped ?? counted);
      return fives >= 1 && fives <= 11 ? `点${fives * 5}分` : whole;
    })
    .replace(YUE_FIVES, (_w, fives: string) => `${Number(fives) * 5}分钟`)
    .replace(YUE_HOUR_AND_HALF, '个半小时')
    .replace(ZH_PART_BEFORE_24H, (_w, day?: string) => (day ? `${day}天` : ''))
    .replace(ZH_EVENING_TWICE, '$1天')
    .replace(ZH_PART_TWICE, '$1')
    .replace(ZH_SHORT_EVENING, '晚上')
    .replace(ZH_SHORT_MORNING, '早上')
    .replace(ZH_BARE_RANGE_H, '$1点$2$3点')
    .replace(ZH_PART_HOUR_WITHOUT_DIAN, '$1$2点')
    .replace(ZH_TO_H_CLOCK, '$1$2点')
    .replace(ZH_OCLOCK, '点');
  // Before 差 is worked out: 晚上5点差一刻 is written 4点45分, whose evening would make it the small hours.
  return rewriteDuskHours(hours)
    .replace(ZH_SHORT_OF_HOUR, shortOfHour)
    .replace(ZH_PART_AFTER_CLOCK, '$2$1')
    .replace(ZH_AFTER_WAIT, '$1后')
    .replace(ZH_WAIT_THEN, '$1后');
}

// 明晚午夜 is tomorrow's midnight, the one that ends tomorrow evening (as 明晚12点 is): the day, not the evening.
const ZH_TOMORROW_NIGHT_MIDNIGHT = /(?:明晚|明夜)(?=\s*午夜)/g;

function chineseNoonAndMidnight(text: string): string {
  return text
    .replace(ZH_TOMORROW_NIGHT_MIDNIGHT, '明天')
    .replace(ZH_NOON, '中午12点')
    .replace(ZH_EARLY_ZERO, '0点')
    .replace(ZH_MIDNIGHT, '凌晨0点');
}

// "on the 20th" with no month: the parser wants a month, so we name the coming one.
// Also "8pm 20th", "on 20th" (no "the"); not after a month ("february the 20th" is explicit-dates' to read).
const DAY_OF_MONTH = new RegExp(
  String.raw`(?<!\b${MONTH}[a-z]*\.?\s+(?:the\s+)?)\b(?:on\s+)?(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?${MONTH})`,
  'g',
);

// "15号晚上8点": a day of the month in Chinese with no month before it. Not a length ("持续5日", "5日后"), nor a
// numbered place or thing (8号厅, 3号机位, 2号线, 1号源): "明晚8点到10点 8号厅" had been refused as
// "2026年12月8日厅" not understood, a date the user never wrote, and "8号厅 明晚8点到10点" as a day without a time.
const NUMBERED_THING = '厅楼线机位台房馆门口院窗桌车床源流屏包棚';
const ZH_DAY_OF_MONTH = new RegExp(
  String.raw`(?<![月\d.]|(?:持续|时长|为期|长达|共|推|播)\s*)(\d{1,2})\s*(?:号(?![${NUMBERED_THING}])|日)(?!\s*(?:小时|分|秒|后|以后|之后))`,
  'g',
);

// "in 3 months", "2 years from now", "3个月后", "2年后": a calendar date, written out for the date parser (lengths
// count hours and days; a month is no fixed number of either).
const EN_MONTHS_AHEAD = /\b(?:(?:in|within)\s+(\d+|an?)\s+(months?|years?)|(\d+|an?)\s+(months?|years?)\s+(?:from\s+(?:now|today)|later|hence))\b/g;
const ZH_MONTHS_AHEAD = /(\d+)\s*(个\s*月|年)\s*(?:以后|之后|后)/g;

/** Today moved by whole months, the day kept where the month has it (31 January + 1 month = 28 February). */
function monthsAhead(today: { year: number; month: number; day: number }, months: number): { year: number; month: number; day: number } {
  const index = today.year * 12 + (today.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { year, month, day: Math.min(today.day, lastDay) };
}

/** "in 3 months" -> "may 12 2013", "3个月后" -> "2013年5月12日". */
export function rewriteMonthsAhead(text: string, today: { year: number; month: number; day: number }): string {
  const count = (n: string) => (/^an?$/.test(n) ? 1 : Number(n));
  return text
    .replace(EN_MONTHS_AHEAD, (_w, n1?: string, u1?: string, n2?: string, u2?: string) => {
      const unit = (u1 ?? u2)!;
      const date = monthsAhead(today, count((n1 ?? n2)!) * (unit.startsWith('year') ? 12 : 1));
      // "on" keeps a number before it from reading as the day ("at 7 on february 12 2016", not 7 february).
      return `on ${MONTH_NAMES[date.month - 1]} ${date.day} ${date.year}`;
    })
    .replace(ZH_MONTHS_AHEAD, (_w, n: string, unit: string) => {
      const date = monthsAhead(today, Number(n) * (unit === '年' ? 12 : 1));
      return `${date.year}年${date.month}月${date.day}日`;
    });
}

// 下个月3号 / 这个月20号 / 本月20号: a day of next month or this one; 上个月5号 last month's (refused as past, where it
// was refused as words not understood).
const ZH_MONTH_DAY = /(下个?月|上个?月|这个?月|本月)\s*(\d{1,2})\s*[号日]/g;
// 下周日 / 下下周一 / 这周六: a weekday of next week, the week after, or this week. Chinese weeks run Monday to Sunday, so 下周日 is
// the Sunday after next week's Saturday (the date parser's weeks start on Sunday: it read 下周日 as this Sunday).
// 上周日 / 上上周五: last week's and the one before, the same Monday-to-Sunday weeks (the date parser's made 上周日 said
// on a Thursday the Sunday eleven days back, and a refusal named that day as the one that had passed).
const ZH_NEXT_WEEKS = /(下下|下|这|上上|(?<![早晚])上)(?:个)?(?:周|星期|礼拜)([一二三四五六日天1-7])/g;
const ZH_WEEKS_AHEAD: Record<string, number> = { 下下: 2, 下: 1, 这: 0, 上: -1, 上上: -2 };
const ZH_WEEKDAY_INDEX = '一二三四五六';

function writtenZhDate(date: Date): string {
  return `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
}

/**
 * The coming month's `day`: this month's if still to come (or today), else next month's; a month without that
 * day is passed over ("the 30th" said in February is March 30th, as Duckling reads it, not a refused Feb 30).
 */
function comingDayOfMonth(day: number, today: { year: number; month: number; day: number }): { year: number; month: number } {
  let index = today.year * 12 + (today.month - 1) + (day < today.day ? 1 : 0);
  const daysIn = (i: number) => new Date(Date.UTC(Math.floor(i / 12), (i % 12) + 1, 0)).getUTCDate();
  while (daysIn(index) < day) index += 1;
  return { month: (index % 12) + 1, year: Math.floor(index / 12) };
}

/** "the 20th" -> "february 20 2013", "20号" -> "2013年2月20日" (this month's if still to come, else next month's). */
// "the 3rd of next month", "next month on the 3rd", "the 20th this month" (as 下个月3号 / 本月20号 are read); "last
// month on the 5th" is last month's (refused as past, where it was refused as a day without a time).
const EN_MONTH_WORD_DAY =
  /\b(?:on\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(next|this|last)\s+month\b|\b(next|this|last)\s+month,?\s+(?:on\s+)?(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b/g;

// "in march on the 5th", "in december, on the 24th": the month, then its day (read as this month's 5th, the month
// left over, and refused as a day without a time).
const IN_MONTH_ON_DAY = new RegExp(String.raw`\bin\s+(${MONTH})[a-z]*\.?,?\s+on\s+the\s+(\d{1,2})(?:st|nd|rd|th)?\b`, 'g');

const MONTH_STEP: Record<string, number> = { next: 1, this: 0, last: -1 };

export function rewriteDayOfMonth(text: string, today: { year: number; month: number; day: number }): string {
  return text
    .replace(IN_MONTH_ON_DAY, '$1 $2')
    .replace(EN_MONTH_WORD_DAY, (whole, d1?: string, w1?: string, w2?: string, d2?: string) => {
      const day = Number(d1 ?? d2);
      const index = today.year * 12 + (today.month - 1) + MONTH_STEP[w1 ?? w2 ?? 'this']!;
      // Written even when the month lacks the day ("the 31st of next month" in March): the date check refuses it.
      return day >= 1 && day <= 31 ? `${MONTH_NAMES[index % 12]} ${day} ${Math.floor(index / 12)}` : whole;
    })
    .replace(DAY_OF_MONTH, (whole, day: string) => {
      const dayNumber = Number(day);
      if (dayNumber < 1 || dayNumber > 31) return whole;
      const { year, month } = comingDayOfMonth(dayNumber, today);
      return `${MONTH_NAMES[month - 1]} ${dayNumber} ${year}`;
    })
    .replace(ZH_MONTH_DAY, (whole, which: string, day: string) => {
      const index = today.year * 12 + (today.month - 1) + (which.startsWith('下') ? 1 : which.startsWith('上') ? -1 : 0);
      // Written even when the month lacks the day (下个月31号 in a 30-day month): the date check refuses it.
      return Number(day) >= 1 && Number(day) <= 31 ? `${Math.floor(index / 12)}年${(index % 12) + 1}月${Number(day)}日` : whole;
    })
    .replace(ZH_NEXT_WEEKS, (_w, which: string, weekday: string) => {
      const sunday = weekday === '天' || weekday === '日' || weekday === '7';
      const index = sunday ? 0 : /\d/.test(weekday) ? Number(weekday) : ZH_WEEKDAY_INDEX.indexOf(weekday) + 1;
      // 这周六 (本周六) is this week's, Monday to Sunday, as 下周六 is next week's: said on a Sunday it is
      // yesterday (refused as past), where the date parser's Sunday-first weeks made it next week's.
      return writtenZhDate(weekdayOfWeek(today, ZH_WEEKS_AHEAD[which]!, index));
    })
    .replace(ZH_DAY_OF_MONTH, (whole, day: string) => {
      const dayNumber = Number(day);
      if (dayNumber < 1 || dayNumber > 31) return whole;
      const { year, month } = comingDayOfMonth(dayNumber, today);
      return `${year}年${month}月${dayNumber}日`;
    });
}
