// The shared front of create and edit parsing: scan, run the option stages, and report quoting problems.
import type { RelayError } from '../errors.js';
import type { CommandDraft } from './draft.js';
import { emptyDraft } from './draft.js';
import { type Extractor, runExtractors } from './extractors.js';
import { COMMENT_END, remainingRefs, scanCommand, scheduleText, type Scanned } from './scan.js';
import { commentFollowedByNumber } from './comment-words.js';
import { MAX_COMMAND_LENGTH, type CommandContext } from './context.js';
import { parseSchedule, type ParsedSchedule } from '../schedule/index.js';
import { maskSecretWords } from '../redact.js';
import { strayCityError } from '../schedule/stray-city.js';
import { strayMarkError } from '../schedule/stray-mark.js';

const MAX_REPORTED_QUOTES = 3;

export interface ReadCommand {
  scanned: Scanned;
  draft: CommandDraft;
  /** Source URLs: the URLs no option claimed, in the order typed. */
  sources: string[];
  /** What is left for the schedule layer. */
  rest: string;
  /** The same before it became words: placeholders and marks in place (COMMENT_END where a one-word comment was). */
  marked: string;
  /** A comment was given as one unquoted word (it may have swallowed what followed it). */
  unquotedComment: boolean;
}

/** A rewrite of the scanned text before the option stages run (edits take out their change verbs: edit-verbs.ts). */
export type Prepare = (text: string, scanned: Scanned) => string;

export function readCommand(
  text: string,
  extractors: Extractor[],
  prepare?: Prepare,
): { ok: true; value: ReadCommand } | { ok: false; error: RelayError[] } {
  if (text.length > MAX_COMMAND_LENGTH) {
    return { ok: false, error: [{ code: 'InvalidParameter', field: 'command', key: 'parse.tooLong', params: { length: text.length, max: MAX_COMMAND_LENGTH } }] };
  }
  const scanned = scanCommand(text);
  const draft = emptyDraft();
  const left = runExtractors(prepare ? prepare(scanned.text, scanned) : scanned.text, extractors, draft, scanned);
  const commentProblem = commentFollowedByNumber(left, draft.comment);
  if (commentProblem) draft.errors.push(commentProblem);
  if (scanned.unterminatedQuote) {
    draft.errors.push({ code: 'InvalidParameter', field: 'command', key: 'parse.unterminatedQuote' });
  }
  // A few examples are enough to show what to fix; thousands of quotes must not become thousands of errors.
  for (const index of remainingRefs(left, 'Q').slice(0, MAX_REPORTED_QUOTES)) {
    const quoted = scanned.quoted[index] ?? '';
    draft.errors.push({ code: 'InvalidParameter', field: 'command', key: 'parse.strayQuote', params: { text: maskSecretWords(quoted).slice(0, 60) } });
  }
  const sources = remainingRefs(left, 'U').map((index) => scanned.urls[index] ?? '');
  return { ok: true, value: { scanned, draft, sources, rest: scheduleText(left), marked: left, unquotedComment: left.includes(COMMENT_END) } };
}

/** The error for words nobody understood; quoted back to the user (secrets masked) so they can see what to fix. */
export function unrecognizedError(words: string[]): RelayError {
  return { code: 'InvalidParameter', field: 'command', key: 'parse.unrecognized', params: { words: maskSecretWords(words.join(' ')).slice(0, 120) } };
}

/** The last instant the API's time format (four-digit years) can name. */
const LAST_API_INSTANT = Date.UTC(9999, 11, 31, 23, 59, 59);

/**
 * "for 9999999999999999 minutes", "in 99999999 days": arithmetic that leaves the calendar (an invalid Date, or a
 * year no API time can carry) is refused here, so that nothing downstream ever formats an invalid instant.
 */
function outOfRangeError({ start, end }: ParsedSchedule): RelayError | null {
  const named = (instant: Date) => instant.getTime() <= LAST_API_INSTANT; // false for an invalid Date (NaN)
  if (named(start) && named(end)) return null;
  return { code: 'InvalidParameter.InvalidTaskTime', field: named(start) ? 'EndTime' : 'StartTime', key: 'schedule.outOfRange' };
}

/** The schedule from the leftover words, or undefined after recording why there is none. */
export function readSchedule(rest: string, ctx: CommandContext, errors: RelayError[]): ParsedSchedule | undefined {
  if (rest === '') {
    errors.push({ code: 'InvalidParameter.InvalidTaskTime', field: 'StartTime', key: 'parse.noSchedule' });
    return undefined;
  }
  const parsed = parseSchedule(rest, { timeZone: ctx.timeZone, now: ctx.now, locale: ctx.locale });
  if (!parsed.ok) {
    errors.push(...parsed.error);
    return undefined;
  }
  if (parsed.value.unrecognized.length > 0) {
    errors.push(unrecognizedError(parsed.value.unrecognized));
    // A city alone ("for 2h Tokyo"): what to write instead, as the zone or as the region.
    const strayCity = strayCityError(parsed.value.unrecognized, rest);
    if (strayCity) errors.push(strayCity);
    // A symbol between the time and a length or an end ("8pm x 2h", "8pm > 10pm"): the plain way to write it.
    const strayMark = strayMarkError(parsed.value.unrecognized, rest);
    if (strayMark) errors.push(strayMark);
    return undefined;
  }
  const outOfRange = outOfRangeError(parsed.value);
  if (outOfRange) {
    errors.push(outOfRange);
    return undefined;
  }
  return parsed.value;
}
