// Several time changes in one edit, each said with its own verb: "start an hour later, end at 11", "move it to 9pm and
// make it 3 hours", "delay by an hour and extend by 30 minutes", 推迟一小时，延长半小时, 9点开始，播3小时. Read as one
// phrase they were refused as an end and a length at once, or misread without a word: "start an hour later, end at 11"
// became Sunday 13:00-23:00 (the hour counted from now), 9点开始，播3小时 today's 21:00 instead of the relay's day. Each
// part is read as an edit alone, in order, on the relay as the parts before it left it; so a length after a move is
// counted from the new start, as the user said them one after the other.
import type { RelayError } from '../errors.js';
import type { RelayRequest } from '../relay-request.js';
import type { CommandContext } from './context.js';
import { JOINER_WORD } from './edit-phrases.js';
import { BOUNDARY, scheduleText } from './scan.js';
import { readTimeEdit, type TimeEdit } from './time-edit.js';
import { readWindowShift } from './window-shifts.js';

const NUMBER = String.raw`(?:[\d０-９零〇一二两三四五六七八九十半]|(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|half)\b)`;
// A Chinese clause that ends with the edge it sets: "11点结束", "10点下播".
const ZH_EDGE_CLAUSE = `[^,，;；、${BOUNDARY}]*?(?:开始|开播|结束|停止|停播|停|下播|关播|收播)\\s*(?:$|[,，;；、${BOUNDARY}])`;
const CJK = '[\\u3400-\\u9fff]';

/**
 * Where one change ends and the next begins: a joining word or a comma, or where an option was taken out, when a verb
 * follows. Not before a number: "delay by 1 hour and 30 minutes", "make it 2 and a half hours", "9pm, 3 hours" are one
 * amount or one window; unless the number opens a clause that ends with its own edge's verb (改到晚上9点，11点结束,
 * 提前半小时开始，11点结束), which is a change of its own (read as one phrase, both were refused). And a space between
 * two Chinese clauses (播3小时 推迟一小时, 提前一小时 11点结束), where Chinese puts no space inside one.
 */
const BREAK = new RegExp(
  `(?:\\s*(?:${BOUNDARY}|${JOINER_WORD})\\s*)+(?!\\s*${NUMBER}(?!${ZH_EDGE_CLAUSE}))|(?<=${CJK})\\s+(?=${CJK}|${NUMBER}${ZH_EDGE_CLAUSE})`,
  'giu',
);

/**
 * The time edit read part by part, or null when the words are not several changes: fewer than two parts, a part that
 * alone is no edit, or two parts changing the same edges ("tomorrow, 8pm to 10pm" is one window), left to the whole
 * reading. A part refused only for an amount without its unit is refused so, into `errors` (the edit then empty).
 */
export function readTimeEditInParts(marked: string, ctx: CommandContext, current: RelayRequest, errors: RelayError[] = []): TimeEdit | null {
  const parts = withMinutesSaidOnce(marked.split(BREAK).map(scheduleText).filter((part) => part !== ''));
  if (parts.length < 2) return null;
  let relay = current;
  const edit: TimeEdit = {};
  const seen = new Set<string>();
  for (const part of parts) {
    const problems: RelayError[] = [];
    const changed = readTimeEdit(part, ctx, relay, problems);
    const edges = Object.keys(changed).sort().join();
    // "push back 2h and extend by 30": a part whose amount has no unit, the only thing wrong, is asked as it is alone
    // ("extend by 30": hours or minutes, lengthWithoutUnit); read as one phrase, the edit was refused as words not
    // understood.
    if (problems.length === 1 && problems[0]!.key === 'schedule.lengthWithoutUnit' && readWindowShift(part)) {
      errors.push(problems[0]!);
      return {};
    }
    if (problems.length > 0 || edges === '' || seen.has(edges)) return null;
    seen.add(edges);
    Object.assign(edit, changed);
    relay = { ...relay, ...changed };
  }
  return edit;
}

// An amount in minutes as typed ("30 min", "15m", "20分钟"), and an amount that is a number alone ("15", "20").
const MINUTES_AMOUNT = /\d\s*(?:minutes?|mins?|m(?![a-z])|分钟|分(?!之))/i;
const BARE_NUMBER = /^\d{1,3}$/;

/**
 * "push back 30 min and extend by 15", "delay 30, add 20 min", 推迟30分钟并延长15: a shift whose amount is a number
 * alone takes the minutes another change of the same edit was given in (as one says "30 min and 15"). Only minutes:
 * after "push back 2h", "extend by 30" is as likely thirty minutes as thirty hours, and stays refused.
 */
function withMinutesSaidOnce(parts: string[]): string[] {
  if (!parts.some((part) => MINUTES_AMOUNT.test(part))) return parts;
  return parts.map((part) => {
    const shift = readWindowShift(part);
    if (!shift || !BARE_NUMBER.test(shift.amount) || !part.endsWith(shift.amount)) return part;
    return new RegExp(CJK).test(part) ? `${part}分钟` : `${part} min`;
  });
}
