// An unquoted comment is one word, ended by a space; Chinese puts none. "备注周五节目循环3次", "备注：重播地域东京",
// "备注：决赛明晚 8点到10点": the comment took the loop, the region, the day, and the relay went ahead without them
// (on today, for the day). Here the end of such a word is read again: at the first place after a Chinese character
// from which the rest of the word is options, or options and words that change the time, the comment ends and the
// rest is read as what it is. A comment word that as a whole would change the time ("comment: tomorrow 8pm for 2h",
// 备注：明晚 8点到10点) is refused with a request for quotes: which of the two was meant cannot be known.
import type { RelayError } from '../errors.js';
import { maskSecretWords } from '../redact.js';
import type { ParsedSchedule } from '../schedule/index.js';
import type { CommandContext } from './context.js';
import type { CommandDraft } from './draft.js';
import { EXTRACTORS, runExtractorsFrom } from './extractors.js';
import { readSchedule } from './read.js';
import { BOUNDARY, COMMENT_END, scheduleText, withoutPlaceholders, type Scanned } from './scan.js';

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
const TIME_START = /^[\s\uE002]*[0-9０-９A-Za-z零〇一二两三四五六七八九十百半今明后昨前大下上本这次周星礼凌早晚中午夜傍清现立马从自到至持共元圣平情国劳跨除]/;

interface Reading {
  schedule?: ParsedSchedule;
  errors: RelayError[];
}

function reading(words: string, ctx: CommandContext): Reading {
  const errors: RelayError[] = [];
  const schedule = readSchedule(words, ctx, errors);
  return { ...(schedule ? { schedule } : {}), errors };
}

/** Whether the words read with part of the comment give a time, and another than without it. */
function changesTime(without: Reading, withWords: Reading): boolean {
  if (!withWords.schedule) return false;
  if (!without.schedule) return true;
  return (
    without.schedule.start.getTime() !== withWords.schedule.start.getTime() ||
    without.schedule.end.getTime() !== withWords.schedule.end.getTime()
  );
}

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
  const words = scheduleText(marked);
  const word = draft.comment;
  // Two comments are refused already, and so is one followed by a number (it asks for quotes).
  const refused = draft.errors.some((error) => error.field === 'Comment' || error.params?.option === 'comment');
  if (word === undefined || refused || marked.split(COMMENT_END).length !== 2) return words;
  const without = reading(words, ctx);
  // Words nobody understands are refused by name whatever the comment held.
  if (without.errors.some((error) => error.key === 'parse.unrecognized')) return words;
  const wordsWith = (tail: string): string => scheduleText(marked.replace(COMMENT_END, `${COMMENT_END} ${tail} `));

  if (changesTime(without, reading(wordsWith(word), ctx))) {
    draft.errors.push(commentMayBeTime(word));
    return words;
  }
  for (const cut of cutPoints(word)) {
    const trial = structuredClone(draft);
    // A few characters before the cut are enough for the stages' look-behinds.
    const from = Math.max(0, cut - LOOK_BEHIND);
    const tail = runExtractorsFrom(word.slice(from), cut - from, OPTIONS_AFTER_COMMENT, trial, scanned);
    const onlyOptions = withoutPlaceholders(tail.split(BOUNDARY).join(' ')) === '';
    if (!onlyOptions && !(TIME_START.test(tail) && changesTime(without, reading(wordsWith(tail), ctx)))) continue;
    Object.assign(draft, trial, { comment: word.slice(0, cut) });
    return wordsWith(tail);
  }
  return words;
}
