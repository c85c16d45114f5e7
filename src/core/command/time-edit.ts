// The time part of an edit, relative to the task as it is: a shift by an amount (window-shifts.ts), "move to X"
// (a new start, the length kept), "same time tomorrow", "until X" / "start X" (one edge), a length alone (a new
// end counted from the start), or a whole new window.
import type { RelayError } from '../errors.js';
import { toApiTime, type RelayRequest } from '../relay-request.js';
import { saysNow } from '../schedule/index.js';
import { rewriteSameTime } from '../schedule/same-time.js';
import { addDays, formatCivilDate, instantOf as instantAtWallTime, wallTimeAt } from '../schedule/wall-clock.js';
import { userZone } from '../schedule/zones.js';
import type { CommandContext } from './context.js';
import { readSchedule } from './read.js';
import { durationOf, instantOf, instantOnDay, isBareHour, JOINER, saysNoHalfOfDay, splitMarkers, TIME_CODE, windowOf } from './edit-phrases.js';
import { readMoreTime, readRelativeMove, readWindowShift, type WindowShift } from './window-shifts.js';
import { alongTheClock, skippedTimeError, wholeDays } from './clock-steps.js';

const HOUR = 3_600_000;
const CJK = /[\u3400-\u9fff]/;
const DAY = 24 * HOUR;
const HALF_DAY = 12 * HOUR;
const ROLLOVER_LIMIT = HALF_DAY;
// How near the start a clock time on the neighbouring day must be to be read there, past midnight: the relay's night.
const ACROSS_MIDNIGHT = 6 * HOUR;

export type TimeEdit = { StartTime?: string; EndTime?: string };

/**
 * The leftover words as a time change: a shift by an amount (window-shifts.ts: "extend by 1h", "delay 30 min",
 * "提前半小时开始"); "move to X" (the start, the length kept); "until X" / "end X" set the end, "start X" the start;
 * a length alone ("for 3h", "make it 3 hours", "时长改为3小时") is the end counted from the start; anything else is a
 * whole new schedule.
 */
export function readTimeEdit(typed: string, ctx: CommandContext, current: RelayRequest, errors: RelayError[]): TimeEdit {
  const text = withTheRelaysNextDay(plainEdit(typed), ctx, current);
  // "继续循环": the 继续 was all the time words there were.
  if (text === '') return {};
  const start = Date.parse(current.StartTime);
  const end = Date.parse(current.EndTime);
  const sameTime = sameTimeMove(text, ctx, start);
  if (sameTime !== null) {
    const instant = instantOf(sameTime, ctx, errors, new Date(start));
    if (instant === undefined) return {};
    // "same time tomorrow" for a relay that is tomorrow already: a no-op the user cannot have meant, and which of
    // two things they meant (today? the day after the relay?) is theirs to say.
    if (instant.getTime() === start) {
      errors.push({ code: TIME_CODE, field: 'StartTime', key: 'parse.changes.sameTimeUnchanged', params: { start: current.StartTime } });
      return {};
    }
    return movedTo(instant.getTime(), current);
  }
  // "30 min later", "move to 30 min later": the relay moved by the amount, not to 30 minutes from now.
  const relative = readRelativeMove(text);
  const relativeLength = relative ? durationOf(relative.amount, ctx, []) : undefined;
  if (relative && relativeLength !== undefined) return shiftedWindow(relative, relativeLength, start, end, ctx, errors);
  const moveTo = MOVE_TO.exec(text);
  // "move to tomorrow 8pm for 3h", "改到明晚8点到10点": a whole new window, read below.
  if (moveTo && !WHOLE_WINDOW.test(moveTo[1]!) && !ZH_END_VERB_LAST.test(moveTo[1]!)) {
    const phrase = moveTo[1]!.trim();
    const problems: RelayError[] = [];
    const instant = instantOf(phrase, ctx, problems, new Date(start)) ?? sameClockOnDay(phrase, problems, ctx, start);
    if (instant === undefined) {
      errors.push(...problems);
      return {};
    }
    if (instant.getTime() === start) {
      errors.push({ code: TIME_CODE, field: 'StartTime', key: 'parse.changes.sameTimeUnchanged', params: { start: current.StartTime } });
      return {};
    }
    const placed = startAsMeant(instant.getTime(), phrase, text, ctx, current);
    if ('error' in placed) {
      errors.push(placed.error);
      return {};
    }
    return movedTo(placed.at, current);
  }
  // "-30m": shorter, earlier, or a relay started 30 minutes ago? Asked, not guessed (read as a schedule, it had moved
  // the relay to today).
  if (MINUS_AMOUNT.test(text)) {
    errors.push({ code: TIME_CODE, field: 'EndTime', key: 'parse.changes.badTime', params: { text } });
    return {};
  }
  const more = readMoreTime(text);
  if (more !== null) {
    const length = durationOf(more, ctx, []);
    if (length !== undefined) {
      const moved = shiftedBy(end, length, more, ctx, 'EndTime', errors);
      return moved === null ? {} : { EndTime: toApiTime(new Date(moved)) };
    }
  }
  const shift = readWindowShift(text);
  if (shift) {
    const duration = durationOf(shift.amount, ctx, errors);
    return duration === undefined ? {} : shiftedWindow(shift, duration, start, end, ctx, errors);
  }
  const body = moveTo ? moveTo[1]!.trim() : text.replace(CHANGE_LEAD, '');
  const marked = splitMarkers(body);
  const startWithLength = marked ? startWithItsLength(marked, ctx, start) : undefined;
  if (!marked || startWithLength !== undefined) {
    const lengthOrClock = marked ? null : LENGTH_OR_CLOCK.exec(body);
    if (lengthOrClock && !clockNearStart(Number(lengthOrClock[1]), Number(lengthOrClock[2] ?? 0), start, ctx)) {
      const [, hours, minutes] = lengthOrClock;
      errors.push({ code: TIME_CODE, field: 'EndTime', key: 'parse.changes.lengthOrClock', params: { text: body, hours: Number(hours), minutes: minutes ?? '00', clock: `${Number(hours)}:${minutes ?? '00'}` } });
      return {};
    }
    const minutesOrClock = marked ? null : MINUTES_OR_MIDNIGHT_CLOCK.exec(body);
    if (minutesOrClock && !clockNearStart(0, Number(minutesOrClock[1]), start, ctx)) {
      errors.push({ code: TIME_CODE, field: 'EndTime', key: 'parse.changes.minutesOrClock', params: { text: body, minutes: minutesOrClock[1]! } });
      return {};
    }
    // "length 90", "run 90", 时长90: a length's word and a bare number, asked for its unit as "for 90" is (they were a
    // change not understood).
    const unitless = marked ? null : LENGTH_WORD_BARE_NUMBER.exec(body);
    if (unitless) {
      errors.push({ code: TIME_CODE, field: 'EndTime', key: 'schedule.lengthWithoutUnit', params: { words: body, number: unitless[1]! } });
      return {};
    }
    const bareMinutes = marked ? null : BARE_MINUTES.exec(body);
    if (bareMinutes) {
      errors.push({ code: TIME_CODE, field: 'EndTime', key: 'parse.changes.bareMinutes', params: { text: body, number: Number(bareMinutes[1]) } });
      return {};
    }
    const phrase = startWithLength ?? lengthAfterLead(body);
    const problems: RelayError[] = [];
    const window = windowOf(phrase, ctx, problems, new Date(start));
    if (!window) {
      // A day and no time ("make it friday", "friday instead", "do it on friday"): the relay's own clock time that day, as
      // "move it to friday" reads (they were refused as a day without a time).
      const onDay = sameClockOnDay(phrase, problems, ctx, start);
      if (onDay !== undefined) return movedTo(onDay.getTime(), current);
      // A start and no end ("tomorrow 8pm", "明晚9点"): the relay moves there with its length, as "move to" says; a bare
      // hour ("9点", "at 9") at the half of the day nearer the start, as "move to 9" does (it had been 9 am).
      if (problems.length === 1 && problems[0]!.key === 'schedule.noEnd') {
        const instant = instantOf(phrase, ctx, errors, new Date(start));
        if (instant === undefined) return {};
        const placed = startAsMeant(instant.getTime(), phrase, text, ctx, current);
        if ('error' in placed) {
          errors.push(placed.error);
          return {};
        }
        return movedTo(placed.at, current);
      }
      errors.push(...problems);
      return {};
    }
    const { schedule } = window;
    // Only a length, no start of its own ("for 3h"): the relay keeps its start. Read as a schedule, it started
    // the relay now, hours before its time.
    if (schedule.startsNow && schedule.endIsLength && !saysNow(phrase)) {
      return { EndTime: toApiTime(new Date(start + schedule.end.getTime() - schedule.start.getTime())) };
    }
    // Only an end, no start of its own ("go on until 11pm", "wrap up at 11pm", 一直播到11点, 11点为止, 持续到11点): the relay
    // keeps its start and ends at the first such time after it. Read as a schedule, each had started the relay now,
    // hours before its time, and ended it today.
    if (schedule.startsNow && !saysNow(phrase)) {
      return { EndTime: toApiTime(new Date(firstAfter(schedule.end.getTime(), start, ctx))) };
    }
    // "9点到11点", "9-11", "9点开始播3小时" for an 8pm relay: the evening, as a bare hour moves the start.
    const at = window.halfOfDayOpen ? bareHourMove(schedule.start.getTime(), start, text) : schedule.start.getTime();
    const moved = at - schedule.start.getTime();
    return { StartTime: toApiTime(new Date(at)), EndTime: toApiTime(new Date(schedule.end.getTime() + moved)) };
  }
  return markedEdit(marked, ctx, current, errors, text);
}

/**
 * "start at 9 for 3 hours", "begin 9pm for 2h": a start that brings its own length is a whole window, the phrase after
 * the marker (read as one instant, it was refused as an end and a length at once). Undefined for anything else.
 */
function startWithItsLength(marked: { start?: string; end?: string }, ctx: CommandContext, start: number): string | undefined {
  if (marked.start === undefined || marked.end !== undefined) return undefined;
  const phrase = marked.start.replace(CHANGE_LEAD, '');
  const window = windowOf(phrase, ctx, [], new Date(start))?.schedule;
  return window && window.endIsLength && !window.startsNow ? phrase : undefined;
}

/**
 * The words after a lead that says a length follows ("make it", "run", "时长"), or alone. "make it 2h30" / "run 1h15" /
 * "2h30" is then the length, as "make it 2h", "make it 2h30m" and "3h" are: read as a schedule, the h notation was the
 * clock, and the relay moved to 2:30 am (silently). An hour past 12 ("make it 20h30") can only be the clock, and stays
 * one, as does "at 2h30".
 */
function lengthAfterLead(body: string): string {
  const phrase = body.replace(LENGTH_LEAD, '');
  const onlyLength = ONLY_A_LENGTH_LEAD.test(body) || LENGTH_WORD_LEAD.test(body);
  const hoursAndMinutes = H_NOTATION.exec(phrase) ?? (onlyLength ? COLON_AMOUNT.exec(phrase) : null);
  if (hoursAndMinutes && Number(hoursAndMinutes[1]) <= 12) return `for ${hoursAndMinutes[1]}h${hoursAndMinutes[2]}m`;
  // "only 20h30", "just 20:30": a clock time after a word that says a length follows says neither plainly (the relay
  // had moved to 20:30, silently); kept with its "only", the words are refused as not understood.
  return onlyLength && hoursAndMinutes ? body : phrase;
}

const H_NOTATION = /^(\d{1,2})\s*h\s*([0-5]\d)$/i;
// "make it 1:30": "make it" brings a length ("make it 2h30") as often as a clock time ("make it 9pm"), and H:MM up to
// 12 with no half of the day is either: asked, naming both (read as a clock, it moved the relay to 1:30 pm, silently).
// An hour past 12 ("make it 20:30") can only be the clock, and stays one.
// So is a bare hour: "make it 3" for a two-hour relay is three hours as often as 3 o'clock (it moved the relay to 3 pm).
const LENGTH_OR_CLOCK = /^make\s+it\s+(0?[1-9]|1[0-2])(?::([0-5]\d))?$/i;
// "make it 0:45": forty-five minutes long, or a start at 00:45? The same question with no half of the day to offer (it
// moved an evening relay to 00:45 that night, silently); plain as the clock only near a relay around midnight.
const MINUTES_OR_MIDNIGHT_CLOCK = /^make\s+it\s+0?0:([0-5]\d)$/i;
// "make it 90", "make it 45": a number no clock can be is a length with its unit left out, as likely minutes as anything
// else; asked, naming minutes (it was refused as a change not understood, naming none of it). Up to 24 it may be an
// hour ("make it 20", the clock) and stays as it was.
const BARE_MINUTES = /^make\s+it\s+(2[5-9]|[3-9]\d|[1-9]\d\d)$/i;
const LENGTH_WORD_BARE_NUMBER =
  /^(?:(?:change|set)\s+(?:the\s+)?(?:length|duration)\s+to|(?:new\s+)?(?:length|duration)\s*[:=]?|run(?:\s+it)?|(?:总|直播|播放)?时长\s*(?:改为|改成|改到|设为|为)?)\s*(\d{1,3})$/i;
// "just" / "only" say a length follows and nothing else ("make it" may bring a clock time): "only 1:30", "just 0:45" are
// the length, as "only 2h30" is (4fc10f7); read as a clock they moved the relay to 1:30 pm (00:45), silently.
const ONLY_A_LENGTH_LEAD = /^(?:just|only)\b/i;
// So do the length's own words: "length 0:45", "duration 1:30", "change the length to 1:30", 时长改为1:30, 时长0:45 moved
// the relay to start at 01:30 (00:45) that night, silently, its length kept.
const LENGTH_WORD_LEAD = /^(?:(?:change|set)\s+(?:the\s+)?(?:length|duration)\s+to|(?:new\s+)?(?:length|duration)\s*[:=]?)\s|^(?:总|直播|播放)?时长/i;
const COLON_AMOUNT = /^(\d{1,2}):([0-5]\d)$/;

/** `end`, or the same clock time on the first day after `start` (for an end read from today). */
function firstAfter(end: number, start: number, ctx: CommandContext): number {
  const zone = userZone(ctx.timeZone);
  if (!zone || end > start) return end;
  const wall = wallTimeAt(end, zone);
  for (let days = 1; days <= 7; days++) {
    const moved = instantAtWallTime({ ...wall, ...addDays(wall, days) }, zone);
    if (moved !== null && moved > start) return moved;
  }
  return end;
}

/**
 * `at` moved by a signed length as typed: days and weeks ("delay by a day", 顺延一天) on the calendar, at the same clock
 * time; hours and minutes by elapsed time. Null, with the error, for a time the clocks skip.
 */
function shiftedBy(at: number, length: number, amount: string, ctx: CommandContext, field: 'StartTime' | 'EndTime', errors: RelayError[]): number | null {
  const zone = userZone(ctx.timeZone);
  const days = zone ? wholeDays(amount, length) : null;
  if (!zone || days === null) return at + length;
  const moved = alongTheClock(at, zone, days);
  if (moved === null) errors.push(skippedTimeError(at, zone, days, 0, ctx.timeZone, field));
  return moved;
}

/**
 * "move to friday", "postpone until thursday", 改到周五, 推迟到下周一: a day and no time, read as a start, was refused as
 * a day without a time; moving a relay to a day keeps its clock time, as "same time on friday" says. Undefined (the
 * problems kept) when the phrase was refused for anything else.
 */
function sameClockOnDay(phrase: string, problems: RelayError[], ctx: CommandContext, start: number): Date | undefined {
  const zone = userZone(ctx.timeZone);
  if (!zone || problems.length !== 1 || problems[0]!.key !== 'schedule.dayWithoutTime') return undefined;
  const relay = wallTimeAt(start, zone);
  const clock = `${relay.hour}:${String(relay.minute).padStart(2, '0')}`;
  const instant = readSchedule(`${phrase} ${CJK.test(phrase) ? clock : `at ${clock}`} ${CJK.test(phrase) ? '持续1分钟' : 'for 1 minute'}`, ctx, [])?.start;
  if (instant !== undefined) problems.length = 0;
  return instant;
}

const NEXT_DAY = /\b(?:on\s+)?(?:the\s+)?(?:next|following)\s+day\b|第二天|次日|隔天|翌日/i;

/** The relay moved to start at `at`, its length kept. */
function movedTo(at: number, current: RelayRequest): TimeEdit {
  const length = Date.parse(current.EndTime) - Date.parse(current.StartTime);
  return { StartTime: toApiTime(new Date(at)), EndTime: toApiTime(new Date(at + length)) };
}

/**
 * The edit with the words around it that change nothing taken off, and its ends said the way the markers read:
 * "extend until 11pm" and "run until 11" are "until 11pm" / "until 11" (an end, not an amount or a new window),
 * "make it end at 11" is "end at 11", "播到11点" / "延长到11点" end at 11, and "instead" and a leading 继续 ("further":
 * 继续延长半小时, 继续播到11点) say nothing.
 */
/** The window with each edge the shift names moved by its amount, along the wall clock (clock-steps.ts). */
function shiftedWindow(shift: WindowShift, duration: number, start: number, end: number, ctx: CommandContext, errors: RelayError[]): TimeEdit {
  const edit: TimeEdit = {};
  for (const [field, at, sign] of [['StartTime', start, shift.start], ['EndTime', end, shift.end]] as const) {
    if (sign === 0) continue;
    const moved = shiftedBy(at, sign * duration, shift.amount, ctx, field, errors);
    if (moved === null) return {};
    edit[field] = toApiTime(new Date(moved));
  }
  return edit;
}

// "the day after", "the next day", "the following day" for a new start: the day after the relay's (read from now, "move
// to 9pm the day after" kept the relay's own day, and "move to the next day" was refused as an end it could not read).
// Not with an end in the words, where "2am the next day" counts from the start (NEXT_DAY).
const DAY_AFTER_RELAY = /\b(?:on\s+)?(?:the\s+)?(?:day\s+after(?!\s+(?:tomorrow|tmrw|tmr|next))|next\s+day|following\s+day)\b/i;
const END_WORD = /\b(?:until|till|til|end|ends|finish|stop|to\s+\d)\b|结束/i;

function withTheRelaysNextDay(text: string, ctx: CommandContext, current: RelayRequest): string {
  const zone = userZone(ctx.timeZone);
  if (!zone || !DAY_AFTER_RELAY.test(text) || END_WORD.test(text)) return text;
  const day = addDays(wallTimeAt(Date.parse(current.StartTime), zone), 1);
  return text.replace(DAY_AFTER_RELAY, formatCivilDate(day)).replace(/\s+/g, ' ').trim();
}

/**
 * Whether H:MM (either half of the day) is within three hours of the relay's start on the clock: "make it 9" or
 * "make it 8:30" for an 8pm relay is plainly that evening's clock time, as it was read; "make it 3" or "make it 1:30",
 * hours away, is as likely the length, and is asked (LENGTH_OR_CLOCK).
 */
function clockNearStart(hour: number, minute: number, start: number, ctx: CommandContext): boolean {
  const zone = userZone(ctx.timeZone);
  if (!zone) return false;
  const wall = wallTimeAt(start, zone);
  const startMinute = wall.hour * 60 + wall.minute;
  return [hour % 12, (hour % 12) + 12].some((h) => {
    const apart = Math.abs(h * 60 + minute - startMinute);
    return Math.min(apart, 24 * 60 - apart) <= 3 * 60;
  });
}

function plainEdit(typed: string): string {
  return typed
    .replace(LEADING_JOINER, '')
    .replace(TRAILING_JOINER, '')
    .replace(TRAILING_FILLER, '')
    .replace(ZH_UNTIL_ONLY, '结束')
    .replace(ZH_BEFORE_END, '')
    .replace(BY_END, 'until ')
    .replace(FURTHER, '')
    .replace(TO_LENGTH, 'for ')
    .replace(ZH_TO_LENGTH, '持续')
    .replace(EXTEND_TO, 'until ')
    .replace(LEAD_BEFORE_END, '')
    .replace(/^to\s+/i, 'until ')
    .replace(ZH_EXTEND_TO, '截止到');
}

/**
 * "same time tomorrow", "move it to the same time on friday", "明天同一时间": the relay's own clock time on the day
 * named, as a phrase to read (the length is kept by the caller). Null when the edit does not say so.
 */
function sameTimeMove(text: string, ctx: CommandContext, start: number): string | null {
  const zone = userZone(ctx.timeZone);
  if (!zone) return null;
  const phrase = text.toLowerCase().replace(SAME_TIME_LEAD, '');
  const relay = wallTimeAt(start, zone);
  // "same time next week" is a week after the relay, not the relay's weekday of the week after this one.
  if (NEXT_WEEK_ONLY.test(phrase)) {
    return `at ${relay.hour}:${String(relay.minute).padStart(2, '0')} on ${formatCivilDate(addDays(relay, 7))}`;
  }
  // "same time the next day" (the day already written as the relay's next date, withTheRelaysNextDay), 第二天同一时间,
  // 同一时间 改到第二天: the relay's clock time on the day after it. Refused as a day without a time (the date read with no
  // clock) or as words not understood.
  const nextDay = RELAY_DATE_SAME_TIME.exec(phrase)?.slice(1).find(Boolean) ?? (ZH_NEXT_DAY_SAME_TIME.test(phrase) ? formatCivilDate(addDays(relay, 1)) : null);
  if (nextDay) return `at ${relay.hour}:${String(relay.minute).padStart(2, '0')} on ${nextDay}`;
  // The schedule's own reading of the words, with the relay's clock time in place of now's; unchanged, they are not there.
  // 同一时间 改到明天 says 明天同一时间 the other way round (refused as words not understood).
  const written = rewriteSameTime(phrase.replace(ZH_SAME_TIME_THEN_DAY, '$2$1'), relay);
  return written === phrase ? null : written.trim();
}

/**
 * A bare hour as a relay's new start ("push it back to 9", "推迟到9点"): the reading (am or pm) the verb points to
 * from the current start, later for a delay and earlier for an advance, else the nearer one.
 */
function bareHourMove(asRead: number, start: number, text: string): number {
  const readings = [asRead, asRead + HALF_DAY];
  if (LATER_VERB.test(text)) return readings.find((at) => at > start) ?? asRead;
  if (EARLIER_VERB.test(text)) return [...readings].reverse().find((at) => at < start) ?? asRead;
  const nearer = Math.abs(readings[1]! - start) < Math.abs(asRead - start) ? readings[1]! : asRead;
  // "start at 1" for a Monday 11pm relay: 1 am that night (two hours on), not 1 pm on Monday (see ACROSS_MIDNIGHT).
  const overTheNight = [asRead + DAY, asRead + HALF_DAY - DAY].find((at) => Math.abs(at - start) <= ACROSS_MIDNIGHT);
  return overTheNight !== undefined && Math.abs(overTheNight - start) < Math.abs(nearer - start) ? overTheNight : nearer;
}

/**
 * A relay's new start as the words mean it, read on the relay's day (`asRead`). A bare hour is the half of the day the
 * verb points to, or the nearer one. A time said with its half of the day and no day of its own, on the wrong side of
 * the start for the verb, is the same time on the next day ("push it back to 1am", 推迟到凌晨12点半 for a late relay) or
 * the day before (an advance), when that is within half a day of the start; "midnight" with no verb is the nearer one
 * (read on the relay's day it was that day's first minute: "move to midnight" moved a Monday 11pm relay back 23 hours).
 * Anything else on the wrong side of the start is asked about: "push back to 1" for an 8pm relay had moved it to 1 am
 * that morning, earlier; the next 1 o'clock is past midnight, and "push back to 1" may as well mean the end.
 */
function startAsMeant(asRead: number, phrase: string, text: string, ctx: CommandContext, current: RelayRequest): { at: number } | { error: RelayError } {
  const start = Date.parse(current.StartTime);
  if (isBareHour(phrase)) return onTheVerbsSide(bareHourMove(asRead, start, text), text, current);
  const later = LATER_VERB.test(text);
  const earlier = EARLIER_VERB.test(text);
  const neighbours = [-1, 1].map((days) => onNeighbourDay(phrase, asRead, start, days, ctx)).filter((at): at is number => at !== null);
  const near = (at: number) => Math.abs(at - start) <= HALF_DAY;
  if (later && asRead <= start) return onTheVerbsSide(neighbours.find((at) => at > start && near(at)) ?? asRead, text, current);
  if (earlier && asRead >= start) return onTheVerbsSide(neighbours.find((at) => at < start && near(at)) ?? asRead, text, current);
  if (!later && !earlier && MIDNIGHT_ONLY.test(phrase)) {
    return { at: [asRead, ...neighbours].reduce((best, at) => (Math.abs(at - start) < Math.abs(best - start) ? at : best)) };
  }
  // "start at 00:30", "move to 1am", 改到凌晨1点 for a Monday 11pm relay: that night, not Monday's first hours, a day
  // before (the start alone moved made the relay a day long, silently). Only when the relay's own day puts the time far
  // from it and the night puts it close: "move to 7am" for an 8pm relay stays that morning.
  if (!later && !earlier && Math.abs(asRead - start) > DAY - ACROSS_MIDNIGHT) {
    const overTheNight = neighbours.find((at) => Math.abs(at - start) <= ACROSS_MIDNIGHT);
    if (overTheNight !== undefined) return { at: overTheNight };
  }
  return onTheVerbsSide(asRead, text, current);
}

/** The same clock time a day before or after `asRead`, when the phrase names no day of its own (else null). */
function onNeighbourDay(phrase: string, asRead: number, start: number, days: number, ctx: CommandContext): number | null {
  const zone = userZone(ctx.timeZone);
  if (!zone) return null;
  const expected = alongTheClock(asRead, zone, days);
  const day = alongTheClock(start, zone, days);
  if (expected === null || day === null) return null;
  return instantOf(phrase, ctx, [], new Date(day))?.getTime() === expected ? expected : null;
}

/** `at`, or the question when it is on the wrong side of the start for the verb that moved it. */
function onTheVerbsSide(at: number, text: string, current: RelayRequest): { at: number } | { error: RelayError } {
  const start = Date.parse(current.StartTime);
  const key = LATER_VERB.test(text) && at <= start ? 'notLaterThanStart' : EARLIER_VERB.test(text) && at >= start ? 'notEarlierThanStart' : null;
  return key ? { error: { code: TIME_CODE, field: 'StartTime', key: `parse.changes.${key}`, params: { text, start: current.StartTime } } } : { at };
}

function markedEdit(marked: { start?: string; end?: string }, ctx: CommandContext, current: RelayRequest, errors: RelayError[], text: string): TimeEdit {
  const edit: TimeEdit = {};
  let start = Date.parse(current.StartTime);
  if (marked.start !== undefined) {
    const phrase = marked.start.replace(CHANGE_LEAD, '');
    const instant = instantOf(phrase, ctx, errors, new Date(start));
    if (instant === undefined) return {};
    // "start at 9" for an 8pm relay is 9pm; "开始时间提前到7点" is 7pm.
    const placed = startAsMeant(instant.getTime(), phrase, text, ctx, current);
    if ('error' in placed) {
      errors.push(placed.error);
      return {};
    }
    start = placed.at;
    edit.StartTime = toApiTime(new Date(start));
    // "start friday 8pm", 改成周五晚上8点开始: a start on a day of its own at or past the relay's end moves the relay,
    // its length kept, as "move to friday 8pm" does (the end kept, they were refused as an end before the start). A
    // time with no day ("start at 1am" for a relay ending at 1 am) stays refused: it may be a mistake for the end.
    const [currentStart, currentEnd] = [Date.parse(current.StartTime), Date.parse(current.EndTime)];
    if (marked.end === undefined && start >= currentEnd && NAMES_A_DAY.test(phrase)) {
      edit.EndTime = toApiTime(new Date(start + currentEnd - currentStart));
    }
  }
  if (marked.end !== undefined) {
    const said = marked.end.replace(CHANGE_LEAD, '').replace(END_LEAD, '');
    // "2am the next day", "next day 2am", 第二天凌晨1点, 次日凌晨1点: on the day after the start's (the phrase alone named
    // no day the schedule could count from, and was refused or read before the start).
    const nextDay = NEXT_DAY.test(said);
    const phrase = nextDay ? said.replace(NEXT_DAY, ' ').replace(/\s+/g, ' ').trim() : said;
    const zone = userZone(ctx.timeZone);
    const day = nextDay && zone ? alongTheClock(start, zone, 1) ?? start + DAY : start;
    const instant = endInDaylightGap(phrase, ctx, start, day) ?? instantOf(phrase, ctx, errors, new Date(day));
    if (instant === undefined) return {};
    let end = instant.getTime();
    // Later on the zone's clock, not by elapsed time (clock-steps.ts); without a zone, by elapsed time.
    const later = (days: number, hours: number) => (zone ? alongTheClock(end, zone, days, hours) : end + days * DAY + hours * HOUR);
    // "until 11", "11点结束" for an 8pm start: a bare hour is the one after the start (11pm), as in a new schedule.
    // So is a spoken one with no half of the day ("half nine", "quarter to ten"): an end without am/pm is the first
    // fitting time after the start, as in a new schedule (they had ended the relay in the morning, before its start).
    if (end <= start && (isBareHour(phrase) || saysNoHalfOfDay(phrase))) {
      const pm = later(0, 12);
      if (pm !== null && pm > start) end = pm;
    }
    // "until 2am" for a task starting at 10pm means the 2am after the start; "until 7pm" for an 8pm start
    // is a mistake to report, not a 23-hour task, so only short windows roll over to the next day.
    if (end <= start && end + DAY - start <= ROLLOVER_LIMIT) {
      const next = later(1, 0);
      if (next === null) {
        errors.push(skippedTimeError(end, zone!, 1, 0, ctx.timeZone, 'EndTime'));
        return {};
      }
      end = next;
    }
    edit.EndTime = toApiTime(new Date(end));
  }
  return edit;
}

/**
 * "until 1am" for a relay on the day the clocks go forward at 1 am: that day has no 1 am, so the reading on the relay's
 * day fell back to the next 1 am from now (days before), and rolled from there onto the missing hour, refused as a time
 * the clocks skip. The end is the next day's, when that is within the roll-over of the start; else undefined.
 */
function endInDaylightGap(phrase: string, ctx: CommandContext, start: number, day: number): Date | undefined {
  const zone = userZone(ctx.timeZone);
  if (!zone || instantOnDay(phrase, ctx, new Date(day)) !== undefined) return undefined;
  const nextDay = alongTheClock(day, zone, 1);
  const next = nextDay === null ? undefined : instantOnDay(phrase, ctx, new Date(nextDay));
  return next && next.getTime() > start && next.getTime() - start <= ROLLOVER_LIMIT ? next : undefined;
}

// "move to 9pm", "push it back to 9pm", "move everything to 9pm", "reschedule it to tomorrow 8pm", "改到明晚8点",
// "推迟到9点开始": a new start, the length kept. (改成 / 改为 / 改到 followed by 开始 or 结束 is read by splitMarkers as one
// edge: 改到9点开始 is "change it to start at 9", as 改成9点开始 and "start at 9 instead" are, and moves the start only. It
// had moved the whole relay, while those two kept the end. 推迟到 / 提前到 … 开始 name a move, and keep the length.)
const MOVE_TO =
  /^(?:(?:move|reschedule|shift|push|bump|slide|delay|postpone|bring)(?:\s+(?:it|everything|the\s+(?:relay|stream|task|show|broadcast)|the\s+whole\s+(?:thing|relay|show)))?(?:\s+(?:back|forward|up))?\s+to\s+|(?:delay|postpone|reschedule)(?:\s+(?:it|everything|the\s+(?:relay|stream|task|show|broadcast)|the\s+whole\s+(?:thing|relay|show)))?\s+(?:until|till)\s+|(?:改到(?!.*(?:开始|开播)$)|挪到|移到|改期到|改期至|(?:整体)?(?:提前|提早|推迟|推后|延后|延迟|顺延|往后推|往后延|往后挪|向后推|向后延|往前挪|向前挪|往前推|后移|前移)(?:到|至))\s*)(.+?)(?:\s*(?:开始|开播))?$/i;
// Words before a length that only say it is one: "make it 3 hours", "run for 4h", "only 45m", "时长改为3小时".
const LENGTH_LEAD =
  /^(?:make\s+it|run(?:\s+it)?|let\s+it\s+run|(?:just|only)(?:\s+for)?|(?:change|set)\s+(?:the\s+)?(?:length|duration)\s+to|(?:new\s+)?(?:length|duration)\s*[:=]?)\s+|^(?:总|直播|播放)?时长\s*(?:改为|改成|改到|设为|为)?\s*(?=\S)|^改为(?=\s*持续)|^(?:只|仅)(?:播放?|推流?|转推|直播)\s*(?=[\d一二两三四五六七八九十半])/i;
const NEXT_WEEK_ONLY = /^(?:(?:at\s+)?(?:the\s+)?same\s+time\s+next\s+week|next\s+week\s+(?:at\s+)?(?:the\s+)?same\s+time|下\s*(?:个|一)?\s*(?:周|星期|礼拜)\s*的?\s*(?:同\s*一?\s*个?\s*时[间刻候]|相同\s*的?\s*时[间刻]))$/;
const EN_SAME_TIME_WORDS = String.raw`(?:at\s+)?(?:the\s+)?same\s+time(?:\s+of\s+(?:the\s+)?day)?`;
const RELAY_DATE_SAME_TIME = new RegExp(String.raw`^${EN_SAME_TIME_WORDS}\s*,?\s*(?:on\s+)?(\d{4}-\d\d-\d\d)$|^(?:on\s+)?(\d{4}-\d\d-\d\d)\s*,?\s*${EN_SAME_TIME_WORDS}$`, 'i');
const ZH_SAME_TIME_WORDS = String.raw`(?:同\s*一?\s*个?\s*时[间刻候]|相同\s*的?\s*时[间刻])`;
const ZH_CHANGE_TO = String.raw`(?:改到|挪到|移到|改期到|换到|推迟到|延后到|顺延到)`;
const ZH_NEXT_DAY_SAME_TIME = new RegExp(
  String.raw`^(?:(?:第二天|次日|隔天|翌日)\s*的?\s*${ZH_SAME_TIME_WORDS}|${ZH_SAME_TIME_WORDS}\s*[,，]?\s*${ZH_CHANGE_TO}?\s*(?:第二天|次日|隔天|翌日))$`,
);
const ZH_SAME_TIME_THEN_DAY = new RegExp(
  String.raw`^(${ZH_SAME_TIME_WORDS})\s*[,，]?\s*${ZH_CHANGE_TO}?\s*((?:大?后天|明天|(?:下\s*)?(?:周|星期|礼拜)[一二三四五六日天1-7]))$`,
);
const SAME_TIME_LEAD = /^(?:(?:move|reschedule|shift|push)(?:\s+(?:it|the\s+(?:relay|stream|task|show|broadcast)))?\s+(?:to|for)\s+|改到|挪到|移到|改期到)\s*/i;
// "midnight", "at midnight", 午夜, 半夜12点, 凌晨0点 / 零点: a start with nothing else said.
const MIDNIGHT_ONLY = /^(?:at\s+)?(?:midnight|12\s*(?::00\s*)?a\.?m\.?)$|^(?:午夜|半夜|凌晨)?(?:12|0|零)点(?:整)?$|^午夜$/i;
// Words that name a day of their own: a weekday, today / tomorrow, a date, 周五 / 明天 / 后天 / 3号.
const NAMES_A_DAY =
  /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b|\b(?:today|tonight|tomorrow|tmrw|tmr|next)\b|\bday\s+after\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s*\d|\d(?:st|nd|rd|th)\b|\d{1,4}[/.-]\d{1,2}|(?:周|星期|礼拜)[一二三四五六日天1-7]|今天|今晚|明天|明晚|明早|后天|下周|\d+\s*[号日]|月/i;
const LATER_VERB = /\b(?:delay|postpone|back)\b|推迟|推后|延后|延迟|顺延|往后|向后|后移/i;
const EARLIER_VERB = /\b(?:forward|up)\b|提前|提早|往前|向前|前移/i;
// "到今晚12点结束", "直到11点结束": the range word before an end that 结束 marks already.
const END_LEAD = /^(?:截[止至]到?|直到|到|至)\s*/;
// "改成晚上9点开始", "改为11点结束": the verb before an edge's new time.
const CHANGE_LEAD = /^(?:改成|改为|改到|换成|推迟到|延后到|延迟到|推后到|提前到)\s*/;
// A range or a length in a "move to" phrase makes it a whole new window.
const WHOLE_WINDOW = /到|至|[-~～]|\b(?:to|until|till|til|through|for)\b|持续|小时|分钟/i;
// "loop 3 and extend by 30 min", "loop 3, then extend …": the joining word after an option that took its words; and
// before one (推迟一小时并且循环3次, "delay an hour and also loop 3 times": 并且 and "also" had been refused as words not
// understood).
const LEADING_JOINER = new RegExp(`^${JOINER}`, 'i');
const TRAILING_JOINER = new RegExp(`(?<=\\S)${JOINER}$`, 'i');
const MINUS_AMOUNT = /^-\s*\d/;
// "改到11点结束", "延迟到11点结束": a new end, which the verb's 结束 names (read as a new start, it was refused as an end
// and a length at once).
const ZH_END_VERB_LAST = /(?:结束|停止|下播|关播)$/;
// "11点为止", "到晚上11点为止": 为止 ends the phrase as 结束 does; "11点前结束" (end by 11) is "11点结束".
const ZH_UNTIL_ONLY = /\s*为止$/;
const ZH_BEFORE_END = /(?<!提)前\s*(?=(?:结束|停止|下播|关播)$)/;
// "by 11pm" alone in an edit: the end it must be over by (read as a schedule, it had moved the start to 11pm).
const BY_END = /^by\s+/i;
const TRAILING_FILLER = /[\s,，]+(?:instead|please|pls|thanks|thx)[.!。！]?\s*$/i;
// 继续 before an extension or an end is "further" (继续延长半小时, 继续播到11点); only said alone is it "resume".
const FURTHER = /^继续\s*/;
// "make it end at 11", "run until 11", "go till midnight", "keep it going until 1am": the end is what changes.
const LEAD_BEFORE_END =
  /^(?:make\s+it|let\s+it|have\s+it|run(?:\s+it)?|go|keep\s+(?:it\s+)?(?:going|running)|play|stream|relay)\s+(?=(?:end|stop|finish|until|till|til|to)\b)/i;
// "extend to 3 hours", "shorten it to 1 hour", "cut it to 45 minutes", 缩短到1小时, 延长至3小时: the length in all, not an
// end (read as "until 3 hours" the end had landed two days before the start, and "shorten to" was not understood). Hours
// up to 12 in the h notation too ("extend to 3h", "extend to 2h30", 缩短到1h30), as "extend to 3 hours" is: the first two
// had ended the relay at 3 am and 2:30 am (silently), and 缩短到1h30 was refused. "extend to 23h30" stays the clock.
// "cut to 90m", "cut it to 45m" and "shorten the relay to 1 hour" as well (refused before).
const TO_LENGTH =
  /^(?:extend|lengthen|prolong|shorten|cut|trim|reduce)(?:\s+(?:it|the\s+(?:relay|stream|task|show|broadcast)))?\s+to\s+(?=[^:]*\b(?:h|hrs?|hours?|mins?|minutes?)\b|(?:0?\d|1[0-2])\s*h(?:\s*[0-5]\d)?$|\d+\s*m$)(?![^]*\b(?:[ap]\.?m|noon|midnight)\b)/i;
const ZH_TO_LENGTH = /^(?:延长|缩短|减少|加长|缩减)(?:到|至|为|成)\s*(?=[^点:：]*(?:小时|钟头|分钟|个钟)$|(?:0?\d|1[0-2])\s*h(?:\s*[0-5]\d)?$)/;
const EXTEND_TO = /^(?:extend|lengthen|prolong)(?:\s+it)?\s+(?:until|till|til|to|through)\s+/i;
// 再播到11点, 推到11点, 再直播到11点: "play on until 11" (read as a whole schedule, each had started the relay now and ended it
// tonight).
const ZH_EXTEND_TO = /^(?:再|多|只)?(?:延长|延|播放?|直播|转推|推流?)?\s*(?:到|至|直到)\s*/;
