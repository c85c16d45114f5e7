// The date parser (chrono-node) reads dates and clock times; we keep only what it read from the text, as
// wall-clock parts, and do every zone and "which day" computation ourselves.
//
// Reference trick: chrono computes "today", weekdays and its Chinese rules from Date's local getters. We hand
// it a Date whose local fields ARE the user's wall clock now, so that every parser (its Chinese ones included,
// which ignore a reference zone) sees the user's today whatever the server's zone is.
import * as chrono from 'chrono-node';
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import { daysBetween, type CivilDate, type WallTime } from './wall-clock.js';
import { MONTH } from './calendar-words.js';
import { MIDNIGHT_CLOCK } from './clock-forms.js';
import { endOfNamedDay } from './zh-midnight.js';

export interface ClockReading {
  /** The date, when the text gave one (a day, a date or a weekday). */
  date: CivilDate | null;
  /** The weekday (0 = Sunday), when that is all the text said of the date ("friday", "周五"). */
  weekday: number | null;
  /** Null when the text gave a day but no clock time ("monday"). */
  time: { hour: number; minute: number; second: number } | null;
  /** True when am/pm is settled by the text (a 24-hour clock, "pm", "noon", "晚上"). */
  meridiemKnown: boolean;
  /** The word "midnight" (not "00:00"): "tonight at midnight" is the end of the day, not its start. */
  midnight: boolean;
  /**
   * For a range's end: its own words name the weekday before its clock time ("until friday 8am"), rather than
   * chrono copying the start's onto it ("friday 11 to 2") or a weekday after the range ("10pm-2am friday").
   */
  ownWeekday?: boolean;
  /** For a range's end: its own words name its day (a weekday or a date) before its clock time ("until nov 29 10pm"). */
  ownDay?: boolean;
  /** The year was written ("2013-02-12", "feb 12 2014"); otherwise compose.ts picks it (see comingYear). */
  yearWritten?: boolean;
  /**
   * For a range's start whose am/pm was taken from its end ("10 to 11pm" is 22:00): the hour as written. A part
   * of the day said for the start outweighs that guess ("tomorrow morning 10 to 11pm" is 10 am; see compose.ts).
   */
  halfFromEnd?: number;
}

export interface ChronoReading {
  start: ClockReading;
  end: ClockReading | null;
  /** [from, to) of the text each result covered, for blanking. */
  spans: Array<[number, number]>;
  /**
   * A time zone chrono read that zones.ts did not take (so not one of ours): it must be refused by name, since
   * reading the time in the user's zone instead would be silently wrong.
   */
  foreignZone?: string;
}

const CJK = /[\u4e00-\u9fff]/;
const WEEKDAY_WORD = /\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|(?:周|星期|礼拜)[一二三四五六日天1-7]/i;
/** "friday 8am", "周五早上8点": a weekday before the clock time, the end's own ("10pm-2am friday" is the range's). */
function weekdayBeforeClock(text: string): boolean {
  const weekday = WEEKDAY_WORD.exec(text);
  return weekday !== null && /\d/.test(text.slice(weekday.index + weekday[0].length));
}
// A date written out: "november 29 2026", "29 nov", "2026-11-29", "11/29", 11月29日 / 11月29号.
const DATE_WORDS = new RegExp(
  String.raw`\b${MONTH}[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?:,?\s+\d{4}\b)?|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}[a-z]*\.?(?:,?\s+\d{4}\b)?|\b\d{4}-\d\d-\d\d\b|\b\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b|\d{1,2}\s*月\s*\d{1,2}\s*[日号]?`,
  'i',
);
/**
 * "until sunday 10pm", "till nov 29 10pm", 到周日晚上10点: the end's day written before its clock time, its own; not
 * one said after the whole range ("8 to 10pm friday"), which is the start's day too.
 */
function dayBeforeClock(text: string): boolean {
  const date = DATE_WORDS.exec(text);
  return weekdayBeforeClock(text) || (date !== null && /\d/.test(text.slice(date.index + date[0].length)));
}
const MERIDIEM_WORDS = /(?<![a-z])[ap]\.?m\b|上午|下午|晚上|早上|凌晨|中午|夜/;
// 晚上12点 and 今晚0点 are the midnight that ends the evening (chrono reads both as noon).
const ZH_LATE_TWELVE = /(?:晚上|夜里|夜间|今晚|今夜)\s*(?:12|0)\s*点/;
// The word, or clock-forms' MIDNIGHT_CLOCK spelling of it at the start of a range.
const MIDNIGHT_WORDS = new RegExp(String.raw`midnight|午夜|凌晨0点|晚上12点|(?<![\d:])${MIDNIGHT_CLOCK}(?![\d:])`);
const FIXED_HOUR_WORDS = /noon|midnight|midday|中午|正午|午夜/;
// An ISO 8601 date-time ("2026-11-28T08:00", lowercased by now): its hour is on the 24-hour clock, whatever its
// zero. Read as a 12-hour one, "2026-11-28T08:00 for 1h" said at 9am on the 28th ran at 8pm that day (silently).
const ISO_DATE_TIME = /\b\d{4}-\d{1,2}-\d{1,2}t(\d{1,2}):[0-5]\d/;

/**
 * Whether am/pm is settled. chrono marks it certain for a bare "12" too; only the text's own words (or a
 * 24-hour reading: 0 or 13-23) settle it here, so that "10 to 12" can still mean 10pm to midnight.
 */
function meridiemKnown(components: ParsedComponents, text: string): boolean {
  const hour = components.get('hour') ?? 0;
  if (hour === 0 || hour > 12 || FIXED_HOUR_WORDS.test(text)) return true;
  if (Number(ISO_DATE_TIME.exec(text)?.[1] ?? -1) === hour) return true;
  return components.isCertain('meridiem') && MERIDIEM_WORDS.test(text);
}

/**
 * A range's end written as a bare hour of the 12-hour clock ("1:30pm to 1", "7:45pm to 7"): chrono copies the
 * start's pm onto it (13:00) and, that being before the start, puts it on the next day, a 23-hour relay. Its
 * am/pm is not the text's: the end is the first 1 o'clock after the start (compose.ts), 1 am.
 */
function pmCopiedOntoBareHour(text: string): boolean {
  const bare = /^\s*(\d{1,2})(?::\d\d)?\s*$/.exec(text);
  return bare !== null && Number(bare[1]) >= 1 && Number(bare[1]) <= 12;
}

function readComponents(components: ParsedComponents, text: string): ClockReading {
  const dateKnown = components.isCertain('day') || components.isCertain('weekday');
  // chrono reads 晚上12点 as noon; it is midnight.
  const lateNight = components.get('hour') === 12 && ZH_LATE_TWELVE.test(text);
  const chronoHour = components.get('hour') ?? 0;
  const copiedPm = chronoHour > 12 && pmCopiedOntoBareHour(text);
  const hour = lateNight ? 0 : copiedPm ? chronoHour - 12 : chronoHour;
  const reading: ClockReading = {
    date: dateKnown
      ? { year: components.get('year') ?? 0, month: components.get('month') ?? 1, day: components.get('day') ?? 1 }
      : null,
    weekday: components.isCertain('weekday') && !components.isCertain('day') ? (components.get('weekday') ?? null) : null,
    time: components.isCertain('hour')
      ? { hour, minute: components.get('minute') ?? 0, second: components.get('second') ?? 0 }
      : null,
    meridiemKnown: lateNight || (!copiedPm && meridiemKnown(components, text)),
    midnight: hour === 0 && (lateNight || MIDNIGHT_WORDS.test(text)),
    ...(dateKnown ? { yearWritten: components.isCertain('year') } : {}),
  };
  return endOfNamedDay(reading, text, lateNight);
}

// chrono's Chinese range rule mislays the second half of "星期一上午10点到星期二上午10点" (it reads the end
// as Monday and drops its time): a Chinese range is read as two separate expressions instead.
// A dash between two clock times is a range too ("晚上8点-11点"), but not the dashes of a date (2013-02-20). So is one
// before the end's own day (周六晚上9点-周日凌晨2点, 21点～明天凌晨1点: refused as an end that could not be read, while
// 到 / 至 were read).
const ZH_RANGE = /到|至|(?<=[点分]|\d:\d\d)\s*[-~～—–]\s*(?=[\d上下中晚早凌午]|(?:周|星期|礼拜)[一二三四五六日天]|[今明后]天|[明后]晚)/;

function parseAt(parser: chrono.Chrono, text: string, offset: number, reference: Date): ParsedResult[] {
  return parser.parse(text, reference, { forwardDate: true }).map((r) => Object.assign(r, { index: r.index + offset }));
}

const CONNECTOR = /\s(?:to|until|till|til|through|thru)\s|[-–~]/g;

/** The two sides of a range's text, split at its last connector ("10 to 6pm" -> "10", "6pm"). */
function sidesOf(rangeText: string): { before: string; after: string } {
  let at = -1;
  let length = 0;
  for (const m of rangeText.matchAll(CONNECTOR)) [at, length] = [m.index, m[0].length];
  return at < 0 ? { before: rangeText, after: rangeText } : { before: rangeText.slice(0, at), after: rangeText.slice(at + length) };
}

// A number on its own (not part of a date like 2/15 or a clock's minutes).
const WRITTEN_NUMBER = /(?<![\d:/.-])(\d{1,2})(?![\d/.-])/g;

/** The hour as the start's own text writes it: the last lone number that is the hour chrono read. */
function writtenHour(startText: string, hour: number): number | null {
  let written: number | null = null;
  for (const m of startText.matchAll(WRITTEN_NUMBER)) {
    const n = Number(m[1]);
    if (n >= 1 && n <= 12 && n % 12 === hour % 12) written = n;
  }
  return written;
}

// A 24-hour clock time: its hour written with a leading zero ("00:30", "09:15") or past 12 ("18:45"), or the
// MIDNIGHT_CLOCK that stands for the word "midnight".
const TWENTY_FOUR_HOUR = /(?<![\d:])(0\d?|1[3-9]|2[0-3]):[0-5]\d/;

function twentyFourHour(startText: string): number | null {
  const clock = TWENTY_FOUR_HOUR.exec(startText);
  return clock ? Number(clock[1]) : null;
}

/**
 * A range start written on the 24-hour clock has its half of the day: chrono still copies the end's pm onto it
 * ("tomorrow 00:30 till 11pm" and "tomorrow at midnight - 2pm" were read at 12:30 and noon), and the day of a date
 * before it could pass for its hour as written ("6 apr 18:45 to 6pm" was 6:45 am).
 */
function asWrittenOnTheClock(start: ClockReading, startText: string, hour: number): ClockReading {
  if (start.time!.hour === hour) return start;
  return { ...start, time: { ...start.time!, hour }, meridiemKnown: true, midnight: hour === 0 && MIDNIGHT_WORDS.test(startText) };
}

/**
 * A range start with no am/pm of its own takes it from the end the way people mean it: the same half of the
 * day when it comes before the end on the clock ("3-4pm", "12-2pm"), the other half when it does not ("10 to
 * 6pm" is 10am, "11-1pm" 11am, "10-2am" 10pm). chrono copies the end's am/pm onto the start whatever the
 * hours, which made "10 to 6pm" a 20-hour relay from 10pm.
 */
function startHalfFromEnd(start: ClockReading, startText: string, end: ClockReading): { start: ClockReading; end: ClockReading } {
  if (!start.time || !end.time || !end.meridiemKnown || MERIDIEM_WORDS.test(startText) || FIXED_HOUR_WORDS.test(startText)) {
    return { start, end };
  }
  const twentyFour = twentyFourHour(startText);
  if (twentyFour !== null) return { start: asWrittenOnTheClock(start, startText, twentyFour), end };
  const written = writtenHour(startText, start.time.hour);
  if (written === null) return { start, end };
  const endPm = end.time.hour >= 12;
  const sameHalf = written % 12 < end.time.hour % 12;
  const pm = sameHalf ? endPm : !endPm;
  const hour = (written % 12) + (pm ? 12 : 0);
  const moved = { ...start, time: { ...start.time, hour }, meridiemKnown: true, halfFromEnd: written };
  // chrono put the end on the next day when it read the start as the later hour ("2013-02-15 10 to 6pm" read
  // as 22:00): with the start moved to the morning, the end is back on the start's day.
  if (hour < start.time.hour && start.date && end.date && daysBetween(start.date, end.date) === 1) {
    return { start: moved, end: { ...end, date: start.date } };
  }
  return { start: moved, end };
}

// The commonest leftovers are nothing at all (the day and length words were taken already) or one clock time
// ("8pm", "20:30"). Those are read here, as chrono reads them, without running its whole parser set: on the
// slash-command ack path chrono was the largest cost of a preview. Anything else still goes to chrono.
const BLANK = /^\s*$/;
const LONE_CLOCK = /^(\s*)((\d{1,2})(?::([0-5]\d))?(?:\s?([ap]m))?)\s*$/;

/** A lone clock time, read as chrono would; undefined when the text is not one (chrono decides then). */
function readLoneClock(text: string): ChronoReading | null | undefined {
  if (BLANK.test(text)) return null;
  const match = LONE_CLOCK.exec(text);
  if (!match) return undefined;
  const [, lead = '', clockText = '', hourText = '', minuteText, meridiem] = match;
  // A bare number is not a time to chrono ("8" alone is rewritten to "at 8" before this).
  if (!minuteText && !meridiem) return undefined;
  let hour = Number(hourText);
  if (meridiem ? hour < 1 || hour > 12 : hour > 23) return undefined;
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  const start: ClockReading = {
    date: null,
    weekday: null,
    time: { hour, minute: Number(minuteText ?? 0), second: 0 },
    meridiemKnown: hour === 0 || hour > 12 || meridiem !== undefined,
    midnight: false,
  };
  return { start, end: null, spans: [[lead.length, lead.length + clockText.length]] };
}

const hasDay = (c: ParsedComponents) => c.isCertain('day') || c.isCertain('weekday');

/**
 * "at 8pm on the 13th of February", "Saturday the 16th from 7 to 9pm": chrono reads a day and, apart, a clock time
 * or a range of them. They are one: the time (or range) on that day, not a range from one to the other. Null
 * unless exactly that: one day without a time, and one time (or range of times) without a day.
 */
function timeThenDay(results: ParsedResult[]): ChronoReading | null {
  if (results.length !== 2) return null;
  const [a, b] = results as [ParsedResult, ParsedResult];
  const timeOnly = (r: ParsedResult) => r.start.isCertain('hour') && !hasDay(r.start) && !(r.end && hasDay(r.end));
  const dayOnly = (r: ParsedResult) => !r.end && hasDay(r.start) && !r.start.isCertain('hour');
  const [time, day] = timeOnly(a) && dayOnly(b) ? [a, b] : timeOnly(b) && dayOnly(a) ? [b, a] : [null, null];
  if (!time || !day) return null;
  const dayReading = readComponents(day.start, day.text);
  const spans = results.map((r): [number, number] => [r.index, r.index + r.text.length]);
  const onTheDay = (reading: ClockReading): ClockReading => ({ ...reading, date: dayReading.date, weekday: dayReading.weekday });
  if (!time.end) return { start: onTheDay(readComponents(time.start, time.text)), end: null, spans };
  const sides = sidesOf(time.text);
  const range = startHalfFromEnd(readComponents(time.start, time.text), sides.before, readComponents(time.end, sides.after));
  // The end keeps no date of its own: it is the first fitting time after the start.
  return { start: onTheDay(range.start), end: { ...range.end, date: null, weekday: null }, spans };
}

const sameMoment = (a: ParsedComponents, b: ParsedComponents) =>
  (['year', 'month', 'day', 'hour', 'minute'] as const).every((key) => a.get(key) === b.get(key));
const sameClockTime = (a: ParsedComponents, b: ParsedComponents) =>
  (['hour', 'minute'] as const).every((key) => a.get(key) === b.get(key));

/**
 * chrono swaps the two sides of a range it merged whose end comes before its start: with their own dates ("feb
 * 21 10pm to feb 20 9pm" became a 25-hour relay from the 20th), or as clock times it could not read as one range
 * ("10pm until at 6" became 6am to 10pm). The sides are put back as written: an end before its start is then
 * refused, or (a clock time alone) moved to the next day.
 */
function inWrittenOrder(range: ParsedResult, startText: string, reference: Date): { start: ParsedComponents; end: ParsedComponents | null } {
  const { start } = range;
  const end = range.end ?? null;
  if (!end || !start.isCertain('hour') || !end.isCertain('hour')) return { start, end };
  const written = chrono.casual.parse(startText, reference, { forwardDate: true })[0]?.start;
  if (!written) return { start, end };
  // A start with no day of its own ("8pm until nov 30 1am") is given the end's day by chrono, swapped with the end
  // (01:00 to 20:00 on the 30th, silently): its clock time alone says which side it is.
  const same = written.isCertain('day') ? sameMoment : sameClockTime;
  return !same(written, start) && same(written, end) ? { start: end, end: start } : { start, end };
}

/** Reads the date/time expressions left in `text` (one chrono call per side of a Chinese range, else one). */
export function readWithChrono(text: string, wallNow: WallTime): ChronoReading | null {
  const lone = readLoneClock(text);
  if (lone !== undefined) return lone;
  return readWithChronoParsers(text, wallNow);
}

/** chrono itself, for everything the lone-clock reader leaves (exported for the test that keeps them agreeing). */
export function readWithChronoParsers(text: string, wallNow: WallTime): ChronoReading | null {
  const reference = new Date(wallNow.year, wallNow.month - 1, wallNow.day, wallNow.hour, wallNow.minute, wallNow.second);
  let results: ParsedResult[];
  const split = CJK.test(text) ? ZH_RANGE.exec(text) : null;
  if (split) {
    const after = split.index + split[0].length;
    results = [
      ...parseAt(chrono.zh.hans.casual, text.slice(0, split.index), 0, reference),
      ...parseAt(chrono.zh.hans.casual, text.slice(after), after, reference),
    ];
  } else {
    results = (CJK.test(text) ? chrono.zh.hans.casual : chrono.casual).parse(text, reference, { forwardDate: true });
    const merged = timeThenDay(results);
    if (merged) return merged;
  }
  const [first, second] = results;
  if (!first) return null;
  const spans = results.map((r): [number, number] => [r.index, r.index + r.text.length]);
  const sides = first.end ? sidesOf(first.text) : null;
  // Either one result that is a range, or two results ("2015-03-28 17:00 / 2015-03-29 21:00", the two sides
  // of a Chinese range): the second one is the end. More than two leave words unrecognized.
  const endComponents = first.end ?? second?.start;
  // The end's own words decide its am/pm: chrono copies the start's "pm" onto "10pm to 12".
  const endText = sides ? sides.after : (second?.text ?? '');
  const used = first.end ? 1 : Math.min(results.length, 2);
  const ordered = first.end && sides ? inWrittenOrder(first, sides.before, reference) : first;
  const readEnd = endComponents ? withoutRolledDate({ ...readComponents(ordered.end ?? endComponents, endText), ownWeekday: weekdayBeforeClock(endText), ownDay: dayBeforeClock(endText) }, endText) : null;
  const readStart = readComponents(ordered.start, first.text);
  const { start, end } = sides && readEnd ? startHalfFromEnd(readStart, sides.before, readEnd) : { start: readStart, end: readEnd };
  const foreignZone = results.slice(0, used).map(zoneWordOf).find((word) => word !== null);
  return {
    start,
    end,
    spans: spans.slice(0, used),
    ...(foreignZone ? { foreignZone } : {}),
  };
}

// An end written as a clock time alone ("till 3", "- 5:30", "until 1pm", "to 12am", "- 13:00"): nothing in it names a day.
const BARE_CLOCK_END = /^\s*\d{1,2}(?::\d\d){0,2}\s*(?:[ap]\.?m\b\.?)?\s*$/;

/**
 * A clock-only end's date is the date parser's guess, made against its own reading of the start: it rolls "friday
 * 12:00pm till 3" to Saturday 3 am (3 < 12 on the clock), and it keeps the start's date on "dec 31 evening at 7:30
 * until 1pm" or "dec 31 night 1am until 6am", read before the part of the day moved the start to 19:30 or into
 * 1 January (both were refused, the end before the start). Without a date the end is the first fitting time after
 * the start as it is finally read (compose.ts): 1 pm the next day, 6 am that morning.
 */
function withoutRolledDate(end: ClockReading, endText: string): ClockReading {
  if (!BARE_CLOCK_END.test(endText)) return end;
  return { ...end, date: null, weekday: null };
}

/** The zone word at the end of a result chrono read with a zone of its own ("8pm SAST" -> "SAST"), else null. */
function zoneWordOf(result: ParsedResult): string | null {
  // A time counted from now ("after 20 minutes") carries the reference's offset, not a zone of the text's.
  if (result.tags().has('result/relativeDate')) return null;
  const zoned = result.start.isCertain('timezoneOffset') || (result.end?.isCertain('timezoneOffset') ?? false);
  if (!zoned) return null;
  // The text is lower-cased by now; abbreviations are written in capitals.
  return (/(?:[a-z]+|[+-]\d\d:?\d\d)\s*$/i.exec(result.text)?.[0].trim() ?? result.text).toUpperCase();
}
