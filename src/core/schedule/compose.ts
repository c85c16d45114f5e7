// Turns what the stages read (clock readings, a relative start, a length, "now") into the start and end
// instants. The calendar rules live here: a time with no date is its next occurrence, an hour with no am/pm
// is the next one that fits, an end that would fall before its start moves to the next day.
import type { RelayError, Result } from '../errors.js';
import type { ClockReading } from './chrono-reader.js';
import type { Meridiem } from './day-words.js';
import type { Duration } from './durations.js';
import { scheduleError } from './schedule-error.js';
import {
  addDays,
  daysBetween,
  formatCivilDate,
  instantOf,
  wallTimeAt,
  weekdayOf,
  type CivilDate,
  type WallTime,
  type Zone,
} from './wall-clock.js';
import { secondOccurrenceAfter } from './second-occurrence.js';

/** "now" is a few seconds ahead, so that the task is still in the future when it reaches the provider. */
export const NOW_LEAD_MS = 10_000;
const HOUR_MS = 3_600_000;

export interface ScheduleParts {
  nowMs: number;
  /** The zone clock times are read in: the one the text names, else the user's. */
  zone: Zone;
  /** The user's own zone: "today", "tomorrow", weekdays and dates are days of the user's calendar. */
  calendarZone: Zone;
  zoneLabel: string;
  startsNow: boolean;
  relativeStart: Duration | null;
  length: Duration | null;
  dayOffset: number | null;
  endDayOffset: number | null;
  /** "to 2am the next day", "到次日凌晨2点": the end is on the day after the start's. */
  endNextDay: boolean;
  /** The part of the day said for the end when the start has no clock time ("now until 10 tonight"). */
  endMeridiem?: Meridiem | null;
  meridiem: Meridiem | null;
  /** The hours of a part of today said with "this" ("this afternoon"): see DayWords. */
  thisPart?: [number, number] | null;
  start: ClockReading | null;
  end: ClockReading | null;
}

type Instant = Result<number, RelayError[]>;

function hourChoices(reading: ClockReading, hint: Meridiem | null): number[] {
  const hour = reading.time?.hour ?? 0;
  if (reading.meridiemKnown || hour === 0 || hour > 12) return [hour];
  // A bare hour at night is pm, as Duckling reads "tonight at 2" (2 pm); only a written am is the small hours.
  if (hint === 'pm' || hint === 'night') return [hour === 12 ? 12 : hour + 12];
  if (hint === 'am') return [hour === 12 ? 0 : hour];
  return [hour % 12, (hour % 12) + 12];
}

// Fields named one by one rather than spread from `date` (which may be a whole WallTime): the same object, built
// without copying the fields it then overwrites, in the loop that tries each date and hour.
function wallAt(date: CivilDate, hour: number, reading: ClockReading): WallTime {
  return { year: date.year, month: date.month, day: date.day, hour, minute: reading.time?.minute ?? 0, second: reading.time?.second ?? 0 };
}

function placed(wall: WallTime, parts: ScheduleParts, field: 'StartTime' | 'EndTime'): Instant {
  const instant = instantOf(wall, parts.zone);
  if (instant !== null) return { ok: true, value: instant };
  const time = `${String(wall.hour).padStart(2, '0')}:${String(wall.minute).padStart(2, '0')}`;
  const params = { time, date: formatCivilDate(wall), zone: parts.zoneLabel };
  return { ok: false, error: [scheduleError('nonexistentTime', field, params)] };
}

/**
 * The first instant after `after` among the given hours on `dates` (in order). Used for a time with no date
 * ("3:30" = next 3:30, am or pm) and for an end with no date (the first fitting time after the start).
 */
function firstAfter(
  after: number,
  dates: CivilDate[],
  hours: number[],
  reading: ClockReading,
  parts: ScheduleParts,
  field: 'StartTime' | 'EndTime',
): Instant {
  const afterOnClock = civilMs(wallTimeAt(after, parts.zone));
  for (const date of dates) {
    for (const hour of [...hours].sort((a, b) => a - b)) {
      const wall = wallAt(date, hour, reading);
      const result = placed(wall, parts, field);
      // A time skipped by a spring-forward is reported where it would have been chosen, never stepped over.
      if (!result.ok && civilMs(wall) > afterOnClock) return result;
      if (result.ok && result.value > after) return result;
      const again = result.ok ? secondOccurrenceAfter(result.value, after, parts.zone) : null;
      if (again !== null) return { ok: true, value: again };
    }
  }
  return placed(wallAt(dates[dates.length - 1]!, hours[0]!, reading), parts, field);
}

/** The first date on or after `date` that falls on `weekday` (an end "to tuesday" follows its start). */
function onOrAfter(date: CivilDate, weekday: number): CivilDate {
  return addDays(date, (weekday - weekdayOf(date) + 7) % 7);
}

/** A wall time as a number, for comparing clock readings in one zone. */
function civilMs(wall: WallTime): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
}

/** The user's today: what named days count from. */
function today(parts: ScheduleParts): CivilDate {
  return wallTimeAt(parts.nowMs, parts.calendarZone);
}

/** Today where the clock time is read: a time with no day is its next occurrence there. */
function todayInZone(parts: ScheduleParts): CivilDate {
  return wallTimeAt(parts.nowMs, parts.zone);
}

/**
 * The date of a night's small hours written as such: "tonight 1am", "friday night 2am", "tonight 00:30" are after
 * the named day's midnight (read on the day itself, "tonight 1am" was this morning's, refused as past). Said in
 * the small hours themselves, tonight's 1am may still be ahead today. A bare hour is not moved: it is pm.
 */
function nightDate(date: CivilDate, hour: number, reading: ClockReading, hint: Meridiem | null, parts: ScheduleParts): CivilDate {
  if (hint !== 'night' || hour >= 6 || reading.midnight || !reading.meridiemKnown) return date;
  const sameDay = instantOf(wallAt(date, hour, reading), parts.zone);
  const stillAhead = sameDay !== null && sameDay > parts.nowMs && daysBetween(today(parts), date) === 0;
  return stillAhead && wallTimeAt(parts.nowMs, parts.calendarZone).hour < 6 ? date : addDays(date, 1);
}

/**
 * The end's date, for a start that has none ("8 to 10pm friday"), when the start then comes before the end on
 * that day. Otherwise ("8pm until friday 8am") the start is its next occurrence: on the end's day it was Friday
 * 8pm, and the end moved on to Saturday. A day written before the end's own clock time ("8pm until sunday 10pm",
 * 晚上8点到周日晚上10点) is the end's alone, as "8pm until tomorrow 10pm" is: the start is its next occurrence
 * (given Sunday, it ran Sunday 20:00-22:00, while "until sunday 7pm" ran from tonight).
 */
function endDateFitsStart(start: ClockReading, end: ClockReading | null): CivilDate | null {
  if (!end?.date || !end.time || !start.time || end.ownDay) return null;
  const clock = (reading: ClockReading) => (reading.time!.hour % 24) * 60 + reading.time!.minute;
  return clock(start) <= clock(end) || !start.meridiemKnown ? end.date : null;
}

/**
 * "tomorrow morning at 9pm", "this morning at 8pm", "tomorrow afternoon 9am", "tomorrow morning 21:00": a part of
 * the day and a clock time that cannot both hold. The written am/pm silently won; which was meant is asked.
 * Midnight written as 12am / 00:00 is let be ("tomorrow evening 12am" is the night's end), and so is a night's
 * small hour ("tonight 1am").
 */
function clashesWithPart(reading: ClockReading, hint: Meridiem | null): boolean {
  const hour = reading.time?.hour;
  if (hint === null || hour === undefined || hour === 0 || !(reading.meridiemKnown || hour > 12)) return false;
  if (hint === 'am') return hour > 12;
  if (hint === 'pm') return hour < 12;
  return hour >= 6 && hour < 12;
}

/** A start read without the am/pm its range's end lent it: the hour as written, am/pm open. */
function withoutLentHalf(start: ClockReading): ClockReading {
  const { halfFromEnd, ...reading } = start;
  return { ...reading, time: { ...reading.time!, hour: halfFromEnd! }, meridiemKnown: false };
}

function startInstant(parts: ScheduleParts, given: ClockReading): Instant {
  // "tomorrow morning 10 to 11pm": the part of the day is the start's own word, the pm only lent by the end.
  const start = given.halfFromEnd !== undefined && clashesWithPart(given, parts.meridiem) ? withoutLentHalf(given) : given;
  if (clashesWithPart(start, parts.meridiem)) {
    const time = `${String(start.time!.hour).padStart(2, '0')}:${String(start.time!.minute).padStart(2, '0')}`;
    return { ok: false, error: [scheduleError('clockOutsidePart', 'StartTime', { time })] };
  }
  // "in 2 hours at 8pm", "半个月后晚上8点" read with a 15-day length that was not whole days: a start given
  // twice, by a clock and by hours from now. The relative one was silently dropped.
  if (start.time && parts.relativeStart && !parts.relativeStart.wholeDays) {
    return { ok: false, error: [scheduleError('twoStarts', 'StartTime')] };
  }
  const hours = hourChoices(start, parts.meridiem);
  const relativeDays = parts.relativeStart?.wholeDays ? Math.round(parts.relativeStart.ms / (24 * HOUR_MS)) : null;
  // "this afternoon at 1" said at 9pm is today's 1pm (refused as past), not tomorrow's.
  const thisPart = parts.thisPart;
  const today0 = thisPart && !start.date && start.weekday === null && hours.length === 1 && hours[0]! >= thisPart[0] && hours[0]! < thisPart[1];
  const offset = parts.dayOffset ?? relativeDays ?? (today0 ? 0 : null);
  // "tonight at midnight", "tomorrow midnight": the midnight that ends the named day.
  const dayOfOffset = offset !== null ? addDays(today(parts), offset + (start.midnight ? 1 : 0)) : null;
  // "tomorrow friday 8pm" said on a Tuesday, "明天2月15日": two days for one start. The date parser's day
  // silently won; which one was meant is asked instead.
  const dayWord = offset !== null ? addDays(today(parts), offset) : null;
  if (dayWord && start.date) {
    const agrees = start.weekday !== null ? weekdayOf(dayWord) === start.weekday : daysBetween(dayWord, start.date) === 0;
    if (!agrees) {
      const other = start.weekday !== null ? onOrAfter(today(parts), start.weekday) : start.date;
      return { ok: false, error: [scheduleError('conflictingDays', 'StartTime', { first: formatCivilDate(dayWord), second: formatCivilDate(other) })] };
    }
  }
  let date = start.date ?? dayOfOffset ?? endDateFitsStart(start, parts.end) ?? null;
  // A bare weekday means the coming one: the parser sometimes picks last week's inside a range.
  if (date && start.weekday !== null && daysBetween(today(parts), date) < 0) date = onOrAfter(today(parts), start.weekday);
  if (date) {
    // A bare weekday is the coming one whose time is still ahead: "周六晚上12点" said on Saturday at 10pm is in two
    // hours (chrono, reading Saturday's start as past, took the next Saturday's and ran a week late); "friday at
    // 5" said on Friday morning is that evening.
    if (start.weekday !== null && daysBetween(today(parts), date) >= 7) {
      // Its night's small hours are after its midnight: 周五晚上1点 said on Friday at 23:40 is in 80 minutes, not a week.
      const weekEarlier = addDays(date, -7);
      const earlierHour = hourOnNamedDay(weekEarlier, hours, start, parts);
      if (isAhead(nightDate(weekEarlier, earlierHour, start, parts.meridiem, parts), earlierHour, start, parts)) date = weekEarlier;
    }
    const hour = hourOnNamedDay(date, hours, start, parts);
    const onDay = placed(wallAt(nightDate(date, hour, start, parts.meridiem, parts), hour, start), parts, 'StartTime');
    const again = onDay.ok ? secondOccurrenceAfter(onDay.value, parts.nowMs, parts.zone) : null;
    return again !== null ? { ok: true, value: again } : onDay;
  }
  const base = todayInZone(parts);
  const days = [base, addDays(base, 1), addDays(base, 2)];
  const first = firstAfter(parts.nowMs, days, hours, start, parts, 'StartTime');
  const end = parts.end;
  if (!first.ok || hours.length < 2 || !end || end.date || parts.endDayOffset !== null || parts.endNextDay) return first;
  // A range whose start lacks am/pm ("10:00 to 12:00", "12:00 to 14:00" said at 9pm): of the next two
  // readings of the start, prefer one that stays within a day, then the shorter one, rather than the
  // literal next occurrence (10pm to noon tomorrow).
  const second = firstAfter(first.value, days, hours, start, parts, 'StartTime');
  if (!second.ok) return first;
  const [a, b] = [rangeShape(parts, first.value, end), rangeShape(parts, second.value, end)];
  if (!b.crosses && (a.crosses || b.span < a.span)) return second;
  return first;
}

function isAhead(date: CivilDate, hour: number, reading: ClockReading, parts: ScheduleParts): boolean {
  const instant = instantOf(wallAt(date, hour, reading), parts.zone);
  return instant !== null && (instant > parts.nowMs || secondOccurrenceAfter(instant, parts.nowMs, parts.zone) !== null);
}

/**
 * The hour of a start on a named day. Without am/pm it is read as written (Duckling's convention: "tomorrow at
 * 5" = 5 am) unless that has passed and the other half of the day has not: "today at 5" said at 9 am is 5 pm, the
 * first reading still ahead, as Duckling gives it (read as written, it was refused as past).
 */
function hourOnNamedDay(date: CivilDate, hours: number[], reading: ClockReading, parts: ScheduleParts): number {
  if (hours.length < 2) return hours[0]!;
  const written = (reading.time?.hour ?? 0) % 24;
  if (isAhead(date, written, reading, parts)) return written;
  // Skipped by a spring-forward ("tomorrow at 2:30" on that night): reported, not silently moved to 2:30 pm.
  const wall = wallAt(date, written, reading);
  if (instantOf(wall, parts.zone) === null && civilMs(wall) > civilMs(wallTimeAt(parts.nowMs, parts.zone))) return written;
  return hours.find((hour) => hour > written && isAhead(date, hour, reading, parts)) ?? written;
}

function rangeShape(parts: ScheduleParts, startMs: number, end: ClockReading): { crosses: boolean; span: number } {
  const endMs = endInstant(parts, startMs, end);
  // An end on the start's own clock time is an empty relay ("8点到20点" read as 20:00 to 20:00): never the better reading.
  if (!endMs.ok || endMs.value <= startMs) return { crosses: true, span: Infinity };
  // Compared on the clock, so that a daylight-saving night does not make a reading look longer.
  const span = civilMs(wallTimeAt(endMs.value, parts.zone)) - civilMs(wallTimeAt(startMs, parts.zone));
  return { crosses: crossesMidnight(parts, startMs, endMs.value), span };
}

function crossesMidnight(parts: ScheduleParts, startMs: number, endMs: number): boolean {
  return daysBetween(wallTimeAt(startMs, parts.zone), wallTimeAt(endMs - 1, parts.zone)) !== 0;
}

/**
 * A relative start ("in 2 hours"); whole days count from the current hour, as Duckling does, on the calendar:
 * "in 7 days" said at 9:15 is 9:00 seven days on, on the clock, also across a daylight-saving change (counted
 * as 168 elapsed hours it was 10:00 there).
 */
function relativeInstant(parts: ScheduleParts, relative: Duration): number {
  // Whole seconds: the provider's times have no fractions.
  const target = Math.floor((parts.nowMs + relative.ms) / 1000) * 1000;
  if (!relative.wholeDays) return target;
  const now = wallTimeAt(parts.nowMs, parts.zone);
  const day = addDays(now, Math.round(relative.ms / (24 * HOUR_MS)));
  return instantOf({ ...day, hour: now.hour, minute: 0, second: 0 }, parts.zone) ?? target;
}

/**
 * "tomorrow in 2 hours", 明天两小时后: a day word beside hours from now that land on another day. The day word was
 * dropped and the relay started in two hours today, silently; which one was meant is asked. Not "today" / "tonight"
 * (offset 0): "tonight in 2 hours" said at 23:00 is still that night.
 */
function relativeStartOffDay(parts: ScheduleParts, startMs: number): { first: string; second: string } | null {
  if (parts.dayOffset === null || parts.dayOffset === 0 || parts.relativeStart?.wholeDays) return null;
  const named = addDays(today(parts), parts.dayOffset);
  const landed = wallTimeAt(startMs, parts.zone);
  return daysBetween(named, landed) === 0 ? null : { first: formatCivilDate(named), second: formatCivilDate(landed) };
}

function endInstant(parts: ScheduleParts, startMs: number, end: ClockReading): Instant {
  // The part of the day said once ("tonight from 10 until 2") places the start; the end is the first fitting
  // time after it, which may be in the other half of the day (2am, not 2pm).
  const hours = hourChoices(end, parts.endMeridiem ?? null);
  const startDate = wallTimeAt(startMs, parts.zone);
  // "now until tomorrow midnight", "现在到今晚12点": a day word's midnight is the one that ends that day, as it is
  // for a start ("tomorrow midnight for 1h"); read as the one that begins it, the end fell before the start.
  // "the next day" after a night's small hours or its midnight ("今晚1点到第二天早上7点", "tonight 1am to 7am the next day")
  // is the day after that night's evening, the start's own date: counted from that date, the relay ran 30 hours.
  const nightStart = startDate.hour < 6 && (parts.meridiem === 'night' || parts.start?.midnight === true);
  const named = parts.endNextDay
    ? addDays(startDate, nightStart ? 0 : 1)
    : (end.date ?? (parts.endDayOffset !== null ? addDays(today(parts), parts.endDayOffset + (end.midnight ? 1 : 0)) : null));
  if (named && (end.weekday === null || parts.endNextDay)) {
    const hour = hours.length > 1 ? (end.time?.hour ?? 0) : hours[0]!;
    const day = parts.endNextDay ? named : nightDate(named, hour, end, parts.endMeridiem ?? null, parts);
    const explicit = placed(wallAt(day, hour, end), parts, 'EndTime');
    // "dec 25 00:00 to midnight", "dec 25 00:00 to 24:00": an end at midnight (the word, 12am or 00:00) that is not
    // after its start is the midnight that ends the day (the date parser gives the end the start's date, whose
    // midnight began the day: an empty relay).
    const atMidnight = end.midnight || (hour === 0 && (end.time?.minute ?? 0) === 0 && (end.time?.second ?? 0) === 0);
    if (atMidnight && explicit.ok && explicit.value <= startMs) return placed(wallAt(addDays(day, 1), hour, end), parts, 'EndTime');
    // An end whose day is written ("feb 20 10pm to feb 20 9pm", "明晚10点到明晚9点") stays on that day even
    // when it comes before the start: the request validation refuses it, where moving it a day on silently
    // made a 23-hour relay of a slip of the keyboard.
    return explicit;
  }
  // An end on a weekday the text names is on that weekday: "tomorrow 8pm until friday 8am" said on a Thursday
  // ends before it starts (refused by the request validation, as "feb 20 10pm to feb 20 9pm" is); the day after
  // was taken, Saturday 8am, a day nobody named. chrono also copies a range's weekday onto its end ("friday 11
  // to 2"): that end is the first fitting time after the start, which may roll over midnight; counted from the
  // copied weekday, "saturday night 1:30am to 4am" (a start moved to Sunday's small hours) ended a week later.
  const namedWeekday = end.weekday !== null && end.ownWeekday === true;
  // "8pm to 8pm", "20:00-20:00": an end on the start's own clock time, with no day of its own, is an empty relay,
  // refused by the request validation (end not after start). Moved to the next day it was a 24-hour relay, more
  // often a slip of the keyboard than a whole day meant; "for 24h" or "until tomorrow 8pm" says that.
  // Midnight itself is let be ("00:00 to 00:00" may be a whole day); "12:15am - 00:15" is not (it ran 24 hours).
  const atZero = hours[0] === 0 && end.time?.minute === 0;
  const sameClock = end.time && !end.midnight && hours.length === 1 && !atZero && hours[0] === startDate.hour && end.time.minute === startDate.minute;
  if (sameClock && !namedWeekday && (end.time?.second ?? 0) === startDate.second) return { ok: true, value: startMs };
  // A copied weekday's date is the date parser's: said on that weekday, it put "wed 7pm until midnight" and
  // "wed 9pm through 1am" on next week's Wednesday once the end's clock time had passed today (six-day relays).
  const copiedWeekday = end.weekday !== null && !namedWeekday;
  const from = namedWeekday ? onOrAfter(startDate, end.weekday!) : copiedWeekday ? startDate : (named ?? startDate);
  return firstAfter(startMs, namedWeekday ? [from] : [from, addDays(from, 1)], hours, end, parts, 'EndTime');
}

/** "until 12 tonight": a bare 12 at night is the midnight that ends the night, not noon. */
function nightTwelveAsMidnight(end: ClockReading): ClockReading {
  if (end.meridiemKnown || end.time?.hour !== 12) return end;
  return { ...end, time: { ...end.time, hour: 0 }, meridiemKnown: true, midnight: true };
}

export interface ComposedSchedule {
  start: number;
  end: number;
  startsNow: boolean;
  /** The end is the start plus a length ("for 2h"), not a time of its own ("until 11"). */
  endIsLength: boolean;
}

/**
 * A date written without its year is this year's when it is today or later, else next year's (Duckling's
 * reading). The date parser moved it to next year whenever its date and time together had passed: "2月12日3点"
 * or "2/12 at 3" said on Feb 12 at 4:30 went a year ahead, where the other reading of the hour, 3 pm, is still
 * to come today; a time on today's date that has passed either way is refused as past instead of moved a year.
 */
function comingYear(reading: ClockReading | null, parts: ScheduleParts): ClockReading | null {
  if (!reading?.date || reading.weekday !== null || reading.yearWritten !== false) return reading;
  const now = today(parts);
  const { month, day } = reading.date;
  const passed = month < now.month || (month === now.month && day < now.day);
  return { ...reading, date: { year: now.year + (passed ? 1 : 0), month, day } };
}

export function composeSchedule(given: ScheduleParts): Result<ComposedSchedule, RelayError[]> {
  // "now until 11pm": with "now" as the start, the one time written is the end.
  let parts: ScheduleParts = given.startsNow && given.start && !given.end && !given.relativeStart
    ? { ...given, start: null, end: given.start }
    : given;
  // With no clock time for the start ("now until 10 tonight", "in 5 minutes till 9 tomorrow morning"), the day
  // and the part of the day are the end's: read for nothing, "now until 10:00 tonight" ended at 10 am.
  if (!parts.start && parts.end && (parts.dayOffset !== null || parts.meridiem !== null)) {
    parts = {
      ...parts,
      end: parts.meridiem === 'night' ? nightTwelveAsMidnight(parts.end) : parts.end,
      endDayOffset: parts.endDayOffset ?? parts.dayOffset,
      endMeridiem: parts.meridiem,
      dayOffset: null,
    };
  }
  const start = comingYear(parts.start, parts);
  const { length } = parts;
  // An end's date without a year follows the start's ("2月12日3点到2月12日5点").
  const end = parts.end?.date && parts.end.yearWritten === false && parts.end.weekday === null && start?.date && start.weekday === null
    ? { ...parts.end, date: { ...parts.end.date, year: start.date.year + (parts.end.date.month < start.date.month ? 1 : 0) } }
    : parts.end;
  parts = { ...parts, start, end };
  // "tomorrow 8pm today", "today tomorrow 8pm": a second day word is the end's only when an end time follows it.
  // With none, it was dropped and the first one silently won; which day was meant is asked instead.
  if (start && !end && parts.dayOffset !== null && parts.endDayOffset !== null && parts.endDayOffset !== parts.dayOffset) {
    const [first, second] = [parts.dayOffset, parts.endDayOffset].map((offset) => formatCivilDate(addDays(today(parts), offset)));
    return { ok: false, error: [scheduleError('conflictingDays', 'StartTime', { first: first!, second: second! })] };
  }
  if (start && !start.time) {
    // The day named by a day word ("明晚 持续2小时": tomorrow), not the day the date parser gave "晚上" alone.
    const day = parts.dayOffset !== null ? addDays(today(parts), parts.dayOffset) : (start.date ?? today(parts));
    return { ok: false, error: [scheduleError('dayWithoutTime', 'StartTime', { day: formatCivilDate(day) })] };
  }
  let startsNow = parts.startsNow;
  let startMs: Instant;
  if (start) startMs = startInstant(parts, start);
  else if (parts.relativeStart) {
    startMs = { ok: true, value: relativeInstant(parts, parts.relativeStart) };
    const named = relativeStartOffDay(parts, startMs.value);
    if (named) return { ok: false, error: [scheduleError('conflictingDays', 'StartTime', named)] };
  } else if (parts.dayOffset !== null && !startsNow) {
    return { ok: false, error: [scheduleError('dayWithoutTime', 'StartTime', { day: formatCivilDate(addDays(today(parts), parts.dayOffset)) })] };
  } else if (parts.meridiem !== null && !startsNow && !end) {
    // "this evening for 2 hours", "in the afternoon for 1h": a part of the day with no clock time started now.
    return { ok: false, error: [scheduleError('dayWithoutTime', 'StartTime', { day: formatCivilDate(today(parts)) })] };
  } else if (startsNow || length || end) {
    startsNow = true;
    startMs = { ok: true, value: Math.floor((parts.nowMs + NOW_LEAD_MS) / 1000) * 1000 };
  } else return { ok: false, error: [scheduleError('noTime', 'StartTime')] };
  if (!startMs.ok) return startMs;

  if (end && length) return { ok: false, error: [scheduleError('endAndDuration', 'EndTime')] };
  if ((end && !end.time) || (parts.endNextDay && !end)) return { ok: false, error: [scheduleError('badEnd', 'EndTime')] };
  let endMs: Instant;
  if (end) endMs = endInstant(parts, startMs.value, end);
  else if (length) endMs = { ok: true, value: startMs.value + Math.round(length.ms / 1000) * 1000 };
  else return { ok: false, error: [scheduleError('noEnd', 'EndTime')] };
  if (!endMs.ok) return endMs;
  return { ok: true, value: { start: startMs.value, end: endMs.value, startsNow, endIsLength: !end } };
}
