// The phrases inside an edit: which words mark its start and its end ("start 9pm end 11pm", "晚上11点结束"), one
// instant or a whole window on the relay's own day, and an amount of time.
import type { RelayError } from '../errors.js';
import type { ParsedSchedule } from '../schedule/index.js';
import { formatCivilDate, instantOf as instantAtWallTime, wallTimeAt, type CivilDate, type Zone } from '../schedule/wall-clock.js';
import { userZone } from '../schedule/zones.js';
import type { CommandContext } from './context.js';
import { readSchedule } from './read.js';

const CJK = /[\u3400-\u9fff]/;
export const TIME_CODE = 'InvalidParameter.InvalidTaskTime';
// An amount is a length: a clock time or a range word in it ("extend at 9", "延长到11点") is no amount.
const NOT_AN_AMOUNT = /\b(?:until|till|til|to|through|at)\b|\d\s*(?:[ap]\.?m\b|[:：])|点|到|至/i;

/**
 * Words that only join two parts of an edit: "loop 3 and extend by 30 min", "start at 9, end at 11", 推迟一小时并且循环3次.
 * Once the part beside them took its words they are left at an edge of a phrase, and say nothing. 和 / 以及 / 还有 are
 * Chinese "and" (去掉第二个文件和备注重播, 推迟一小时和循环两次: left alone between the two, it had been refused as words not
 * understood).
 */
export const JOINER_WORD = '(?:[,，;；、]|\\b(?:and|then|also|plus)\\b|然后|并且|并|同时|以及|还有|和)';
export const JOINER = `(?:\\s|${JOINER_WORD})+`;
// "start at 9, end at 11", "start at 9 and end at 11": the start's phrase ran up to the end's marker with its joiner
// ("9,", "9 and"), which is no bare hour, and an 8pm relay moved to 9 am, without a word.
const TRAILING_JOINER = new RegExp(`${JOINER}$`, 'i');

// A bare 开始 / 结束 in front of a time ("结束 晚上11点", as the help shows; "开始晚上9点 结束晚上11点") marks it too;
// behind a time ("晚上11点结束") it is read by splitMarkers' suffix rules.
const START_MARK =
  /^(?:change|set|move)\s+(?:the\s+)?start(?:\s+time)?\s+to\s+|(?:^|\s)(?:starts?|begins?|start\s+at|starts\s+at|begin\s+at)\s+|开始时间(?:改为|改到|改成|为)?|开始于|(?:^|(?<=[\s，,；;、]))开始(?:改为|改到|改成)?\s*(?=\S)/i;
const END_MARK =
  /^(?:change|set|move)\s+(?:the\s+)?end(?:\s+time)?\s+to\s+|(?:^|\s)(?:ends?|ends?\s+at|until|till|til|stop(?:s)?\s+at|stop|finish(?:es)?(?:\s+at)?)\s+|结束时间(?:改为|改到|改成|为)?|结束于|截[止至]到?|(?:^|(?<=[\s，,；;、]))结束(?:改为|改到|改成)?\s*(?=\S)/i;
// Both edges, each with its verb behind it: "晚上9点开始，11点结束", "9点开始11点结束", "11点结束，9点开始" (read as one
// end, "晚上9点开始，11点", it was refused as an end and a length at once).
// A joining word between them too: 晚上9点开始并且11点结束 had been refused for its 并且.
const ZH_START_THEN_END = new RegExp(`^(.+?)(?:开始|开播)(?:${JOINER})?(.+?)(?:结束|停止|下播)$`, 'i');
const ZH_END_THEN_START = new RegExp(`^(.+?)(?:结束|停止|下播)(?:${JOINER})?(.+?)(?:开始|开播)$`, 'i');

// A time (a digit, noon, midnight) and nothing else before an English edge word behind it.
const EN_TIME_BEFORE = String.raw`((?=[^,;]*(?:\d|noon|midnight))(?:(?!\b(?:start|begin|end|finish|stop|until|till|at)\b)[^,;])+?)`;
const EN_SUFFIX = new RegExp(String.raw`^${EN_TIME_BEFORE}\s+(starts?|begins?|ends?|finish(?:es)?|stops?)$`, 'i');
const EN_START_THEN_END = new RegExp(String.raw`^${EN_TIME_BEFORE}\s+(?:starts?|begins?)(?:${JOINER})${EN_TIME_BEFORE}\s+(?:ends?|finish(?:es)?|stops?)$`, 'i');

const ASKING_LEAD = /^(?:(?:make|have|let)\s+(?:it|the\s+(?:relay|stream|show))|(?:can|could)\s+you(?:\s+(?:make|have|let)\s+it)?|please(?:\s+(?:make|have|let)\s+it)?)$/i;

/** "start 9pm end 11pm" → both phrases; a phrase followed by 开始/结束 in Chinese works too. */
export function splitMarkers(text: string): { start?: string; end?: string } | undefined {
  const startThenEnd = ZH_START_THEN_END.exec(text);
  if (startThenEnd) return { start: startThenEnd[1]!.trim(), end: startThenEnd[2]!.trim() };
  const endThenStart = ZH_END_THEN_START.exec(text);
  if (endThenStart) return { end: endThenStart[1]!.trim(), start: endThenStart[2]!.trim() };
  // "晚上11点停", "11点下播": an end said with its verb, as 结束 says it (read as a schedule, "晚上11点停" had started the
  // relay now and ended it tonight).
  const zhSuffix = /^(.+?)(开始|开播|结束|停止|停播|停|下播|关播|收播)$/.exec(text);
  if (zhSuffix) return /^开/.test(zhSuffix[2]!) ? { start: zhSuffix[1]!.trim() } : { end: zhSuffix[1]!.trim() };
  // "11pm end", "9pm start", "9pm start, 11pm end": the verb behind its time, as 结束 / 开始 are ("11pm end" had moved the
  // relay to start at 11pm, silently).
  const enBoth = EN_START_THEN_END.exec(text);
  if (enBoth) return { start: enBoth[1]!.trim(), end: enBoth[2]!.trim() };
  const enSuffix = EN_SUFFIX.exec(text);
  if (enSuffix) return /^(?:start|begin)/i.test(enSuffix[2]!) ? { start: enSuffix[1]!.trim() } : { end: enSuffix[1]!.trim() };
  const startAt = START_MARK.exec(text);
  const endAt = END_MARK.exec(text);
  if (!startAt && !endAt) return undefined;
  // Words before the first marker ("tonight 9pm until 11pm") make it a whole schedule, not an edit of one end.
  const first = Math.min(startAt?.index ?? Infinity, endAt?.index ?? Infinity);
  // Except words that only ask for the change: "make it start at 9pm", "have it end at 11" (read as a whole schedule,
  // "make it start at 9pm" moved the relay whole, where "start at 9pm" moves its start only).
  const before = text.slice(0, first).trim();
  if (before !== '' && !ASKING_LEAD.test(before)) return undefined;
  const cut = (from: RegExpExecArray, to: RegExpExecArray | null): string =>
    text.slice(from.index + from[0].length, to && to.index > from.index ? to.index : undefined).replace(TRAILING_JOINER, '').trim();
  return {
    ...(startAt ? { start: cut(startAt, endAt) } : {}),
    ...(endAt ? { end: cut(endAt, startAt) } : {}),
  };
}

/**
 * One instant: the start of "<phrase> for 1 minute" (the schedule layer reads whole schedules). A clock time with
 * no day ("start 9pm", "结束 晚上11点") is on the relay's own day, not the next 9pm from now: a relay tomorrow
 * 18:00 moved to "start 9pm" stays tomorrow. The phrase is first read with that day written in; when it names a
 * day itself (that reading then conflicts) it is read as typed, from now.
 */
export function instantOf(phrase: string, ctx: CommandContext, errors: RelayError[], relayDay: Date): Date | undefined {
  if (phrase === '') {
    errors.push({ code: TIME_CODE, field: 'EndTime', key: 'parse.changes.badTime', params: { text: phrase } });
    return undefined;
  }
  // An unknown zone is left to the reading as typed, which reports it.
  return instantOnDay(phrase, ctx, relayDay) ?? readSchedule(`${phrase}${instantSuffix(phrase)}`, ctx, errors)?.start;
}

/** The phrase read on the relay's day only (undefined when it cannot be: a day of its own, a time that day lacks). */
export function instantOnDay(phrase: string, ctx: CommandContext, relayDay: Date): Date | undefined {
  const zone = userZone(ctx.timeZone);
  if (!zone || phrase === '') return undefined;
  return readSchedule(`${onDay(phrase, wallTimeAt(relayDay.getTime(), zone))}${instantSuffix(phrase)}`, ctx, [])?.start;
}

const instantSuffix = (phrase: string) => (CJK.test(phrase) ? ' 持续1分钟' : ' for 1 minute');

/** A window an edit gives, and whether its clock times left the half of the day to the caller. */
export type EditWindow = { schedule: ParsedSchedule; halfOfDayOpen: boolean };

/**
 * A whole window ("9pm-11pm", "from 9pm to 11pm", "晚上9点到11点", "9pm for 2h"): with no day of its own it is on the
 * relay's own day, as one instant is, not today's — a relay on Saturday edited to "9pm-11pm" on Friday stays on
 * Saturday. The phrase is read as typed and with the relay's date written in; the second reading is taken only when
 * it is the first moved by whole days, at the same clock times. Anything else — a day named ("tomorrow 9pm-11pm": the
 * date then conflicts), a start from now ("now for 3h", "in an hour until 11pm"), words the date garbles ("this
 * evening 8-10") — is the reading as typed. A window whose clock times say no half of the day ("9点到11点", "9-11",
 * "9点开始播3小时", "9 for 3h") comes back on the relay's day in the morning (halfOfDayOpen), and the caller picks the
 * half of the day: read as typed, its bare hour was the next such hour from now (tonight's 9), and with the relay's date
 * written in, that date's morning; the two never matched, and today's 21:00 had won over the relay's day, without a word.
 */
export function windowOf(phrase: string, ctx: CommandContext, errors: RelayError[], relayDay: Date): EditWindow | undefined {
  const typed = readSchedule(phrase, ctx, errors);
  const zone = userZone(ctx.timeZone);
  if (!typed) return undefined;
  if (typed.startsNow || !zone) return { schedule: typed, halfOfDayOpen: false };
  const relayDate = wallTimeAt(relayDay.getTime(), zone);
  const morning = saysNoHalfOfDay(phrase) ? morningOn(typed, relayDate, zone) : null;
  if (isBareHourRange(phrase)) return { schedule: morning ?? typed, halfOfDayOpen: morning !== null };
  const anchored = readSchedule(onDay(phrase, relayDate), ctx, []);
  if (!anchored) return { schedule: typed, halfOfDayOpen: false };
  // The relay's date written in read the bare hour as that date's morning, which is the typed reading's clock time
  // there, at most 12 hours off.
  if (morning && sameWindow(anchored, morning)) return { schedule: morning, halfOfDayOpen: true };
  return { schedule: movedByWholeDays(typed, anchored, zone) ? anchored : typed, halfOfDayOpen: false };
}

function sameWindow(a: ParsedSchedule, b: ParsedSchedule): boolean {
  return a.start.getTime() === b.start.getTime() && a.end.getTime() === b.end.getTime();
}

/** The phrase with the day written in, as the schedule layer reads a date beside a time. */
function onDay(phrase: string, date: CivilDate): string {
  if (CJK.test(phrase)) return `${date.year}年${date.month}月${date.day}日 ${phrase}`;
  // A lone number is an hour ("move to 9", "until 1"), and so is one that opens the phrase ("9 for 3h"): said with
  // "at", the date after it is not read as its day.
  // "until midnight": the relay's date written in is only an anchor, from which the caller takes the first such time
  // after the start, so midnight is its 00:00 ("12am"); the word beside a date is asked about (named-day-midnight.ts).
  // A spoken one alone ("nine", "half past eight") likewise: "nine on <date>" was refused, and the reading as typed
  // (tonight's) put the relay's start on the wrong day's half.
  const clock = /^\d{1,2}(?:\s|$)/.test(phrase) || (isBareHour(phrase) && !/^at\s/i.test(phrase)) ? `at ${phrase}` : phrase.replace(/\bmidnight\b/gi, '12am');
  return `${clock} on ${formatCivilDate(date)}`;
}

const HOUR_MS = 3_600_000;

/**
 * Whether `moved` is `typed` on another day: its start and end moved alike (within the hour a daylight-saving change
 * can add), each at the clock time it had.
 */
function movedByWholeDays(typed: ParsedSchedule, moved: ParsedSchedule, zone: Zone): boolean {
  const startShift = moved.start.getTime() - typed.start.getTime();
  const endShift = moved.end.getTime() - typed.end.getTime();
  if (Math.abs(startShift - endShift) > HOUR_MS) return false;
  const clockOf = (at: Date) => {
    const wall = wallTimeAt(at.getTime(), zone);
    return wall.hour * 60 + wall.minute;
  };
  return clockOf(typed.start) === clockOf(moved.start) && clockOf(typed.end) === clockOf(moved.end);
}

/** The window at its clock time before noon on `date`, its length kept; null for a time the clocks skip there. */
function morningOn(window: ParsedSchedule, date: CivilDate, zone: Zone): ParsedSchedule | null {
  const clock = wallTimeAt(window.start.getTime(), zone);
  // The date's fields only: `date` may be a whole wall time (the relay's), whose minutes are not the window's.
  const start = instantAtWallTime({ ...clock, year: date.year, month: date.month, day: date.day, hour: clock.hour % 12 }, zone);
  if (start === null) return null;
  const length = window.end.getTime() - window.start.getTime();
  return { ...window, start: new Date(start), end: new Date(start + length) };
}

// An hour with no am/pm and no part of the day ("11", "at 11:30", "11点", "11点半"); not a 24-hour "09:00".
// An hour said in Chinese numerals (九点, 十一点半, 两点一刻) is one too: read as the morning's, 改到九点 had moved an 8pm relay
// to 9 am, while 改到9点 moved it to 9 pm.
const ZH_HOUR = '(?:十[一二]?|[一二两三四五六七八九])';
const ZH_MINUTES = '(?:[零〇]?[一二三四五六七八九]|[二三四五]?十[一二三四五六七八九]?)';
const BARE_HOUR =
  String.raw`(?:(?:[1-9]|1[0-2])(?:[:：][0-5]\d)?\s*(?:点(?:\s*[0-5]?\d\s*分?|半)?)?` + `|${ZH_HOUR}点(?:半|[一三]刻|${ZH_MINUTES}分?)?)`;
// The same hour spoken: "half past 8", "quarter to 10", "ten past 9", "half eight", "9 o'clock", "nine", "nine thirty".
// Read as the morning's, "start at half past 8" had moved an 8pm relay's start to 8:30 am, without a word.
const HOUR_WORD = String.raw`(?:[1-9]|1[0-2]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
const SPOKEN_HOUR =
  String.raw`(?:(?:half|(?:a\s+)?quarter|[1-5]?\d(?:\s+min(?:ute)?s?)?|five|ten|twenty|twenty[-\s]five)\s+(?:past|after|to|before|til)\s+|half\s+)${HOUR_WORD}` +
  String.raw`|${HOUR_WORD}(?:\s+o['’]?clock|\s+(?:fifteen|thirty|forty[-\s]five))?`;
const LONE_BARE_HOUR = new RegExp(String.raw`^(?:at\s+)?(?:${BARE_HOUR}|${SPOKEN_HOUR})$`, 'i');
const BARE_HOUR_RANGE = new RegExp(
  String.raw`^(?:from\s+|between\s+|从)?(?:at\s+)?${BARE_HOUR}\s*(?:-|–|~|～|to|until|till|and|到|至)\s*${BARE_HOUR}$`,
  'i',
);

// What says which half of the day a clock time is in: am/pm, a part of the day, noon or midnight, a 24-hour clock
// (13:00, 09:00 with its leading zero), a day word with its evening or morning (今晚, 明早).
const HALF_OF_DAY =
  /\b(?:[ap]\.?m\.?|morning|afternoon|evening|night|tonight|noon|midnight|midday)\b|[0-9０-９]\s*[ap]\.?m|上午|下午|晚|早|凌晨|中午|夜|傍晚|清晨|(?:^|\D)(?:0\d|1[3-9]|2[0-4])\s*(?:[:：.h点时])/i;

/** A clock time that could be either half of the day ("half nine", "quarter to ten", 九点半). */
export function saysNoHalfOfDay(phrase: string): boolean {
  return !HALF_OF_DAY.test(phrase);
}

/** "11", "at 11:30", "11点半": an hour that could be either half of the day. */
export function isBareHour(phrase: string): boolean {
  return LONE_BARE_HOUR.test(phrase);
}

/** "9-11", "from 9 to 11", "9点到11点": a range whose hours could be either half of the day. */
export function isBareHourRange(phrase: string): boolean {
  return BARE_HOUR_RANGE.test(phrase);
}

/** A duration in ms: the length of "now for <phrase>". */
export function durationOf(phrase: string, ctx: CommandContext, errors: RelayError[]): number | undefined {
  if (NOT_AN_AMOUNT.test(phrase)) {
    errors.push({ code: TIME_CODE, field: 'EndTime', key: 'parse.changes.badTime', params: { text: phrase } });
    return undefined;
  }
  const text = CJK.test(phrase) ? `现在 持续${phrase}` : `now for ${phrase}`;
  const before = errors.length;
  const schedule = readSchedule(text, ctx, errors);
  // An amount with no unit ("extend by 30", 延长30) is quoted as typed: it had been quoted as "for 30", words the person
  // never wrote, and in English inside a Chinese message.
  for (let i = before; i < errors.length; i++) {
    const error = errors[i]!;
    if (error.key === 'schedule.lengthWithoutUnit') errors[i] = { ...error, params: { ...error.params, words: phrase } };
  }
  return schedule ? schedule.end.getTime() - schedule.start.getTime() : undefined;
}
