// An unquoted comment is one word ("comment rerun"). When it is followed, in the same phrase, by a bare number
// ("comment: round 2", "comment ep 12", "comment: starts at 8"), the number most likely belongs to the comment;
// left alone it would be read as minutes or an hour of the schedule — a silently wrong time. Such a command is
// refused with a hint to quote the comment. Numbers with a unit or a clock mark ("8pm", "20:00", "8点", "2h") are
// schedule words and do not count.
import type { RelayError } from '../errors.js';
import { BOUNDARY, COMMENT_END } from './scan.js';
import { maskSecretWords } from '../redact.js';

const NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve';
/** The words between the comment's end and the next boundary (an option, URL, comma, a full stop ending a sentence). */
const AFTER_COMMENT = new RegExp(`${COMMENT_END}((?:[^${BOUNDARY}\\uE000,;!?.]|\\.(?=\\S))*)`, 'g');
/** What makes a number part of a time or a length when it follows, spaced or not: "8 pm", "1 小时", "8 点". */
const UNIT_AFTER = String.raw`\s*(?:[ap]\.?m\b|o'?clock|h(?:ou)?rs?\b|h\b|min(?:ute)?s?\b|m\b|secs?\b|seconds?\b|days?\b|weeks?\b|[点时个分秒天号日月年:：]|小时)`;
/** A standalone number: "2", "#2", "2nd", "第2", "two" — not one that names a unit or a clock, nor a month's day ("feb 20"). */
const BARE_NUMBER = new RegExp(
  `(?:^|\\s)(?<!\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s)(?:[#№第]?[0-9０-９]+(?:st|nd|rd|th)?|${NUMBER_WORDS}|[一二两三四五六七八九十]+)(?=\\s|$)(?!${UNIT_AFTER})`,
  'i',
);

export function commentFollowedByNumber(text: string, comment: string | undefined): RelayError | undefined {
  if (!text.includes(COMMENT_END)) return undefined;
  for (const [, after] of text.matchAll(AFTER_COMMENT)) {
    if (BARE_NUMBER.test(after ?? '')) {
      const words = `${comment ?? ''} ${after ?? ''}`.replace(/\s+/g, ' ').trim();
      return { code: 'InvalidParameter', field: 'Comment', key: 'parse.commentNeedsQuotes', params: { words: maskSecretWords(words).slice(0, 60) } };
    }
  }
  return undefined;
}

/** A digit, or a Chinese clock hour ("八点"): what makes a one-word comment look like it swallowed the time. */
const TIME_LIKE = /\d|[０-９]|[一二两三四五六七八九十]点/;

/**
 * "备注：决赛明晚8点到10点": Chinese has no space to end a one-word comment, so the time went into it and nothing
 * was left for the schedule (a create command; an edit needs no time). Said alongside "no schedule", so that the user sees where the time went.
 */
export function scheduleInComment(unquoted: boolean, comment: string | undefined, rest: string): RelayError | undefined {
  if (rest !== '' || !unquoted || comment === undefined || !TIME_LIKE.test(comment)) return undefined;
  return { code: 'InvalidParameter', field: 'Comment', key: 'parse.scheduleInComment', params: { comment: maskSecretWords(comment).slice(0, 60) } };
}
