// The phrases inside an edit: which words mark its start and its end ("start 9pm end 11pm", "晚上11点结束"), one
// instant on the relay's own day, and an amount of time.
import type { RelayError } from '../errors.js';
import { formatCivilDate, wallTimeAt } from '../schedule/wall-clock.js';
import { userZone } from '../schedule/zones.js';
import type { CommandContext } from './context.js';
import { readSchedule } from './read.js';

const CJK = /[\u3400-\u9fff]/;
const TIME_CODE = 'InvalidParameter.InvalidTaskTime';
// An amount is a length: a clock time or a range word in it ("extend at 9", "延长到11点") is no amount.
const NOT_AN_AMOUNT = /\b(?:until|till|til|to|through|at)\b|\d\s*(?:[ap]\.?m\b|[:：])|点|到|至/i;

// A bare 开始 / 结束 in front ("结束 晚上11点", as the help shows) marks an end too; behind a time ("晚上11点结束") it
// is read by splitMarkers' suffix rule.
const START_MARK =
  /^(?:change|set|move)\s+(?:the\s+)?start(?:\s+time)?\s+to\s+|(?:^|\s)(?:starts?|begins?|start\s+at|starts\s+at|begin\s+at)\s+|开始时间(?:改为|改到|改成|为)?|开始于|^开始(?:改为|改到|改成)?\s*(?=\S)/i;
const END_MARK =
  /^(?:change|set|move)\s+(?:the\s+)?end(?:\s+time)?\s+to\s+|(?:^|\s)(?:ends?|ends?\s+at|until|till|til|stop(?:s)?\s+at|stop|finish(?:es)?(?:\s+at)?)\s+|结束时间(?:改为|改到|改成|为)?|结束于|截止到?|^结束(?:改为|改到|改成)?\s*(?=\S)/i;

/** "start 9pm end 11pm" → both phrases; a phrase followed by 开始/结束 in Chinese works too. */
export function splitMarkers(text: string): { start?: string; end?: string } | undefined {
  const zhSuffix = /^(.+?)(开始|结束|停止)$/.exec(text);
  if (zhSuffix) return zhSuffix[2] === '开始' ? { start: zhSuffix[1]!.trim() } : { end: zhSuffix[1]!.trim() };
  const startAt = START_MARK.exec(text);
  const endAt = END_MARK.exec(text);
  if (!startAt && !endAt) return undefined;
  // Words before the first marker ("tonight 9pm until 11pm") make it a whole schedule, not an edit of one end.
  const first = Math.min(startAt?.index ?? Infinity, endAt?.index ?? Infinity);
  if (text.slice(0, first).trim() !== '') return undefined;
  const cut = (from: RegExpExecArray, to: RegExpExecArray | null): string =>
    text.slice(from.index + from[0].length, to && to.index > from.index ? to.index : undefined).trim();
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
  const chinese = CJK.test(phrase);
  const suffix = chinese ? ' 持续1分钟' : ' for 1 minute';
  // An unknown zone is left to the reading as typed, which reports it.
  const zone = userZone(ctx.timeZone);
  if (zone) {
    const date = wallTimeAt(relayDay.getTime(), zone);
    // A lone number is an hour ("move to 9", "until 1"): said with "at", the date after it is not read as its day.
    const clock = /^\d{1,2}$/.test(phrase) ? `at ${phrase}` : phrase;
    const onRelayDay = chinese
      ? `${date.year}年${date.month}月${date.day}日 ${phrase}${suffix}`
      : `${clock} on ${formatCivilDate(date)}${suffix}`;
    const anchored = readSchedule(onRelayDay, ctx, []);
    if (anchored) return anchored.start;
  }
  return readSchedule(`${phrase}${suffix}`, ctx, errors)?.start;
}

/** A duration in ms: the length of "now for <phrase>". */
export function durationOf(phrase: string, ctx: CommandContext, errors: RelayError[]): number | undefined {
  if (NOT_AN_AMOUNT.test(phrase)) {
    errors.push({ code: TIME_CODE, field: 'EndTime', key: 'parse.changes.badTime', params: { text: phrase } });
    return undefined;
  }
  const text = CJK.test(phrase) ? `现在 持续${phrase}` : `now for ${phrase}`;
  const schedule = readSchedule(text, ctx, errors);
  return schedule ? schedule.end.getTime() - schedule.start.getTime() : undefined;
}
