// An unquoted comment is one word, ended by a space; Chinese puts none. "备注周五节目循环3次", "备注：重播地域东京",
// "备注：决赛明晚 8点到10点": the comment took the loop, the region, the day, and the relay went ahead without them
// (on today, for the day). Here the end of such a word is read again: at the first place after a Chinese character
// from which the rest of the word is options, or options and words that change the time, the comment ends and the
// rest is read as what it is. A comment word that as a whole would change the time ("comment: tomorrow 8pm for 2h",
// 备注：明晚 8点到10点) is refused with a request for quotes: which of the two was meant cannot be known.
import type { RelayError } from '../errors.js';
import { maskSecretWords } from '../redact.js';
import type { CommandContext } from './context.js';
import type { CommandDraft } from './draft.js';
import { EXTRACTORS, runExtractorsFrom } from './extractors.js';
import { readSchedule } from './read.js';
import { BOUNDARY, COMMENT_END, scheduleText, withoutPlaceholders, type Scanned } from './scan.js';
import { JOINER } from './edit-phrases.js';

/** The option stages that follow the comment's; not the kind (重播文件 is a comment, not a kind) nor a file name. */
const OPTIONS_AFTER_COMMENT = EXTRACTORS.slice(EXTRACTORS.findIndex((stage) => stage.option === 'comment') + 1).filter(
  (stage) => stage.option !== 'kind' && stage.option !== 'link',
);

/** Swallowed words sit at the end of the word: only so many of its last characters are tried as its end. */
const LONGEST_TAIL = 24;
const LOOK_BEHIND = 4;
const HAN = /[\u3400-\u9fff]/;
/**
 * What a time phrase can begin with: a digit or numeral, a Latin letter, or the first character of a Chinese day,
 * part of the day or range word (明晚, 下周五, 晚上, 凌晨, 从…到, 持续, 现在, 元旦 …). Only a tail that starts so is
 * given to the schedule layer, which costs far more than this test; the others cannot be its words.
 */
export const TIME_START = /^[\s\uE002]*[0-9０-９A-Za-z零〇一二两三四五六七八九十百半今明后昨前大下上本这次周星礼凌早晚中午夜傍清现立马从自到至持共元圣平情国劳跨除]/;

/** The window the words left for the time give (none when they give none), and why not. */
export interface TimeReading {
  window?: { start: number; end: number };
  errors: RelayError[];
}
/**
 * How the words are read as a time: a new relay's schedule, or an edit of one relay's window (changes.ts); and what a
 * tail must begin with to be worth that reading.
 */
export interface ReadTime {
  read(words: string): TimeReading;
  mayStart: RegExp;
  /**
   * A tail must read as a time by itself: an edit's 播 is no time, but "播 9点开始" reads as 9点开始 does, and 备注重播，
   * 9点开始 would lose its 播 to a time changed by the words after the comment, not by the tail.
   */
  tailAlone?: boolean;
}

function scheduleReading(ctx: CommandContext): ReadTime {
  return {
    read(words) {
      const errors: RelayError[] = [];
      const schedule = readSchedule(words, ctx, errors);
      return { ...(schedule ? { window: { start: schedule.start.getTime(), end: schedule.end.getTime() } } : {}), errors };
    },
    mayStart: TIME_START,
  };
}

/** Whether the words read with part of the comment give a time, and another than without it. */
function changesTime(without: TimeReading, withWords: TimeReading): boolean {
  if (!withWords.window) return false;
  if (!without.window) return true;
  return without.window.start !== withWords.window.start || without.window.end !== withWords.window.end;
}

/** 重播并且 | 循环3次: the joining word before what the comment swallowed is neither's (the comment had kept it). */
const TRAILING_JOINER = new RegExp(`(?<=\\S)${JOINER}$`, 'iu');

/** A negation turns the option after it around (不用本地 is not 用本地): a comment never ends right after one. */
const NEGATION = /[不别勿没无非]/;

/** Where the comment word may end: after a Chinese character (no space was typed there), within its last characters. */
function cutPoints(word: string): number[] {
  const cuts: number[] = [];
  for (let cut = Math.max(1, word.length - LONGEST_TAIL); cut < word.length; cut++) {
    const before = word[cut - 1]!;
    if (HAN.test(before) && !NEGATION.test(before)) cuts.push(cut);
  }
  return cuts;
}

function commentMayBeTime(comment: string): RelayError {
  return { code: 'InvalidParameter', field: 'Comment', key: 'parse.commentMayBeTime', params: { comment: maskSecretWords(comment).slice(0, 60) } };
}

/**
 * The words for the schedule layer, once a one-word comment has given back what it swallowed (the draft then holds
 * the shorter comment and the options that were in it), or has been refused for holding a time.
 */
export function endOneWordComment(marked: string, draft: CommandDraft, scanned: Scanned, ctx: CommandContext): string {
  return scheduleText(endOneWordCommentMarked(marked, draft, scanned, scheduleReading(ctx)));
}

/**
 * The same, for any reading of the time (an edit's: 备注重播循环两次, 备注重播并且延长半小时 had kept the loops and the
 * extension in the comment, silently): the marked text with what the comment gave back in its place.
 */
export function endOneWordCommentMarked(marked: string, draft: CommandDraft, scanned: Scanned, readTime: ReadTime): string {
  const words = scheduleText(marked);
  const word = draft.comment;
  // Two comments are refused already, and so is one followed by a number (it asks for quotes).
  const refused = draft.errors.some((error) => error.field === 'Comment' || error.params?.option === 'comment');
  if (word === undefined || refused || marked.split(COMMENT_END).length !== 2) return marked;
  // 备注重播并且再循环两次: the option after the joiner took its words first, and the comment ended at the joiner.
  const joined = word.replace(TRAILING_JOINER, '');
  if (joined !== word && joined !== '') draft.comment = joined;
  const without = readTime.read(words);
  // Words nobody understands are refused by name whatever the comment held.
  if (without.errors.some((error) => error.key === 'parse.unrecognized')) return marked;
  const markedWith = (tail: string): string => marked.replace(COMMENT_END, `${COMMENT_END} ${tail} `);
  const wordsWith = (tail: string): string => scheduleText(markedWith(tail));

  if (changesTime(without, readTime.read(wordsWith(word)))) {
    draft.errors.push(commentMayBeTime(word));
    return marked;
  }
  for (const cut of cutPoints(word)) {
    const trial = structuredClone(draft);
    // A few characters before the cut are enough for the stages' look-behinds.
    const from = Math.max(0, cut - LOOK_BEHIND);
    const tail = runExtractorsFrom(word.slice(from), cut - from, OPTIONS_AFTER_COMMENT, trial, scanned);
    const onlyOptions = withoutPlaceholders(tail.split(BOUNDARY).join(' ')) === '';
    const timeTail =
      readTime.mayStart.test(tail) &&
      changesTime(without, readTime.read(wordsWith(tail))) &&
      (!readTime.tailAlone || readTime.read(scheduleText(tail)).window !== undefined);
    if (!onlyOptions && !timeTail) continue;
    const comment = word.slice(0, cut).replace(TRAILING_JOINER, '');
    Object.assign(draft, trial, { comment: comment === '' ? word.slice(0, cut) : comment });
    return markedWith(tail);
  }
  return marked;
}
