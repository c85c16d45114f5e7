// Finds the lengths in the text and what they mean by their anchor words:
//   a length of the task: "for 2h", "lasting 90 minutes", "持续2小时", or a bare "一个半小时" / "2 hours";
//   a relative start: "in 30 minutes", "2 minutes from now", "7 days hence", "30分钟后".
import { HOUR, chineseDurationAt, clockLengthAt, englishDurationAt, type Duration } from './durations.js';
import type { Scratch } from './scratch.js';

export interface Lengths {
  length: Duration | null;
  relativeStart: Duration | null;
}

// "runtime 2h", "running time: 2 hours" (a programme's length as listings give it) too.
const EN_LENGTH_ANCHOR = /\b(?:for\s+a\s+(?:duration|length|period)\s+of|for|lasting|lasts?|(?:(?:run\s*|running\s+)time|duration|length|dur|len)(?:\s+of|\s*[:=])?|runs?\b(?:\s+for)?|running(?:\s+for)?)(?:\s+the\s+next)?\s*(?=\S)/g;
const EN_RELATIVE_ANCHOR = /\b(?:in|within)\s+/g;
// "after 2 hours", "start after 90 minutes": a start that long from now, counted as elapsed time as "in 2 hours" is
// (left to the date parser it was counted on the clock: on the night clocks go back, an hour late). Only a whole
// length: "after 10 for 1h" is no start in ten minutes. ("stop after 45 min" is an end, read before this.)
const EN_AFTER_ANCHOR = /\bafter\s+/g;
// "in -5 minutes": that long ago, refused as past (it was read as a clock time, 12 hours on).
const EN_NEGATIVE_RELATIVE_ANCHOR = /\bin\s*[-−–]\s*/g;
const EN_RELATIVE_SUFFIX = /^\s*(?:from\s+(?:right\s+)?now|from\s+today|later|hence|after\s+now)\b/;
// A word that counts the whole may have the act after it ("总共播一个半小时", "合计直播90分钟", "共计推两小时"): the
// anchor takes both, else the counting word was left over and the command refused as words not understood.
const ZH_LENGTH_ANCHOR = /(?:(?:总共|总计|合计|一共|共计|共|持续)\s*(?:播放?|直播|推流?)?|直播|时长|历时|为期|长达|播放?)\s*[:：]?\s*/g;
const EXACT_NOW = /\bright\b/;
// Not the 后 of 后天 ("两小时 后天下午3点" is a length and a day, not a start in two hours).
const ZH_RELATIVE_SUFFIX = /^\s*(?:以后|之后|过后|后(?![天日]))/;
// "两小时前", "10分钟之前": a start that far in the past (refused as past by the request validation). The date parser
// read them as times ahead ("10分钟前" said at noon became 23:55). Not the 前 of 前天.
const ZH_PAST_SUFFIX = /^\s*(?:以前|之前|前(?![天日]))/;
// "2 hours ago", "30 minutes back": the same in English (read as a clock time, "2 hours ago for 1h" started at 7pm).
const EN_PAST_SUFFIX = /^\s*(?:ago|back|before\s+now)\b/;
// Where a bare length may begin: a number, "a"/"an"/"half", or 半.
const CANDIDATE = /(?<![\d:./-])(?=\d)|\b(?=an?\s|half\b|about\b)|(?=半)/g;
// Bare Chinese lengths must name a unit that is never part of a date or clock (not 分 after 点, not 日 after 月).
const ZH_BARE_UNIT = /小时|钟头|个钟|分钟|秒钟|天/;
const ZH_HOURS_OR_DAYS = /小时|钟头|个钟|天/;
const DAY_WORD_BEFORE = /[今明后昨每前当]$/;

// "in 15" with nothing after the number but the end or the length ("in 15 for 1h", "in 45 (2h)", "in 20 until
// 11pm") counts minutes, as in speech; a number followed by anything else ("in 15 days", "in 10 am") is left to the
// other readings. Up to three hours: "in 60", "in 90", "in 120" were refused as a number not understood.
const BARE_MINUTES = /\s*([1-9]\d?|1[0-7]\d|180)(?=\s*$|\s*[,;(]|\s+(?:for|lasting|and|until|till|til)\b)/y;

function durationAt(text: string, position: number): Duration | null {
  return englishDurationAt(text, position) ?? chineseDurationAt(text, position);
}

// "in 1:30", "in 0:45", "in 1:30h": after "in" hours and minutes written as on a clock are a length, as after
// "for" (a time of day is "at 1:30"; read as one, "in 1:30 for 1h" said at 10am started at 13:30, and "in 0:45"
// at 00:45). With am/pm it stays a clock time ("in 1:30pm"), which clockLengthAt does not take.
function relativeDurationAt(text: string, position: number): Duration | null {
  const duration = durationAt(text, position) ?? clockLengthAt(text, position);
  if (duration) return duration;
  BARE_MINUTES.lastIndex = position;
  const m = BARE_MINUTES.exec(text);
  return m ? { ms: Number(m[1]) * 60_000, wholeDays: false, end: BARE_MINUTES.lastIndex } : null;
}

function takeAnchored(scratch: Scratch, anchor: RegExp, read = durationAt): Duration | null {
  let found: Duration | null = null;
  scratch.consume(anchor, (m) => {
    if (found) return false;
    const duration = read(scratch.text, m.index + m[0].length);
    if (!duration) return false;
    found = duration;
    scratch.blank(m.index + m[0].length, duration.end);
    return true;
  });
  return found;
}

function candidatePositions(text: string): number[] {
  const positions: number[] = [];
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    positions.push(m.index);
    CANDIDATE.lastIndex = m.index + 1;
  }
  return positions;
}

function takeSuffixed(scratch: Scratch, suffix: RegExp): Duration | null {
  for (const position of candidatePositions(scratch.text)) {
    const duration = durationAt(scratch.text, position);
    const after = duration ? suffix.exec(scratch.text.slice(duration.end)) : null;
    if (duration && after) {
      scratch.blank(position, duration.end + after[0].length);
      // "a day from right now" is to the second; "a day from now" counts from the current hour, as Duckling does.
      return EXACT_NOW.test(after[0]) ? { ...duration, wholeDays: false } : duration;
    }
  }
  return null;
}

function acceptableBare(text: string, position: number, duration: Duration): boolean {
  const written = text.slice(position, duration.end);
  if (/[\u4e00-\u9fff]/.test(written)) {
    const before = text.slice(0, position);
    // "3点15分钟"? Minutes right after an hour belong to the clock time; hours and days never do, nor 60 minutes
    // or more, which no clock has ("明晚8点90分钟" is 90 minutes from 8 o'clock).
    const clockMinutes = /点\s*$/.test(before) && !ZH_HOURS_OR_DAYS.test(written) && duration.ms < HOUR;
    return ZH_BARE_UNIT.test(written) && !DAY_WORD_BEFORE.test(before) && !clockMinutes;
  }
  // "10pm til 2 day after tomorrow": the range's end and the day word of "day after tomorrow", not two days (left
  // behind, "after tomorrow" was refused as words not understood).
  if (/^\s+after\s+tomorrow\b/.test(text.slice(duration.end)) && /\bday$/.test(written)) return false;
  // A lone count of minutes/seconds ("5 m") or a day count is too easily something else: ask for "for".
  return /[a-z']/.test(written);
}

// A wait before the start ("in 30 minutes", "30 minutes from now", 半小时后, 10分钟以后) is no length of the relay.
const WAIT_SUFFIXES = [ZH_RELATIVE_SUFFIX, ZH_PAST_SUFFIX, EN_RELATIVE_SUFFIX, EN_PAST_SUFFIX];
const EN_WAIT_BEFORE = /\b(?:in|within|after)\s+$/;

function isWait(text: string, position: number, duration: Duration): boolean {
  const after = text.slice(duration.end);
  return WAIT_SUFFIXES.some((suffix) => suffix.test(after)) || EN_WAIT_BEFORE.test(text.slice(0, position));
}

/**
 * Whether the text holds a bare length ("2h") that takeBare would take, without taking it. A wait is none: with
 * one, '半小时后 时长1:30' and 'in 30 minutes for 1:30' left their clock-shaped length to be read as a clock time,
 * and were refused as a start given twice.
 */
function findsBareLength(scratch: Scratch): boolean {
  return candidatePositions(scratch.text).some((position) => {
    const duration = durationAt(scratch.text, position);
    return duration !== null && acceptableBare(scratch.text, position, duration) && !isWait(scratch.text, position, duration);
  });
}

function takeBare(scratch: Scratch): Duration | null {
  for (const position of candidatePositions(scratch.text)) {
    const duration = durationAt(scratch.text, position);
    if (duration && acceptableBare(scratch.text, position, duration)) {
      scratch.blank(position, duration.end);
      return duration;
    }
  }
  return null;
}

function pastOf(duration: Duration | null): Duration | null {
  return duration && { ...duration, ms: -duration.ms };
}

export function extractLengths(scratch: Scratch): Lengths {
  // "for 1:30" is a length only when the text has no other one: in "for 8:30 tomorrow, 2h" it is the start.
  const length =
    takeAnchored(scratch, EN_LENGTH_ANCHOR) ??
    takeAnchored(scratch, ZH_LENGTH_ANCHOR) ??
    (findsBareLength(scratch) ? null : takeAnchored(scratch, EN_LENGTH_ANCHOR, clockLengthAt) ?? takeAnchored(scratch, ZH_LENGTH_ANCHOR, clockLengthAt));
  const relativeStart =
    pastOf(takeAnchored(scratch, EN_NEGATIVE_RELATIVE_ANCHOR, relativeDurationAt)) ??
    takeAnchored(scratch, EN_RELATIVE_ANCHOR, relativeDurationAt) ??
    takeAnchored(scratch, EN_AFTER_ANCHOR) ??
    takeSuffixed(scratch, EN_RELATIVE_SUFFIX) ??
    takeSuffixed(scratch, ZH_RELATIVE_SUFFIX) ??
    pastOf(takeSuffixed(scratch, ZH_PAST_SUFFIX) ?? takeSuffixed(scratch, EN_PAST_SUFFIX));
  return { length: length ?? takeBare(scratch), relativeStart };
}
