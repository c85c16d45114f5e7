// "comment: at 8pm", "备注：晚上 8点开始": after a label with its colon, the words that follow are the comment, even
// when they read as a time. An unquoted comment is one word, so "comment: at 8pm" had been the comment "at" and "8pm"
// a second time for the schedule: a whole command was refused as an end and a length at once, and an edit
// ("comment: at 9pm") moved the relay to 9 pm without a word. Here the words after such a one-word comment, up to the
// next option or comma, join it when together they are a time phrase and the command reads as well without them.
// Words that are no time with the comment word ("comment: rerun at 8pm") are left as they were (refused, with what to
// change); a time phrase the schedule cannot do without ("tomorrow 8pm comment: until 10pm") is refused with a request
// for quotes.
import { readSchedule } from './read.js';
import type { CommandContext } from './context.js';
import type { CommandDraft } from './draft.js';
import { BOUNDARY, COMMENT_END, scheduleText } from './scan.js';
import { maskSecretWords } from '../redact.js';

const CJK = /[\u3400-\u9fff]/;
/** The words right after the comment: up to an option, a URL, a quote, a comma or the end. */
const AFTER_COMMENT = new RegExp(`${COMMENT_END}([^${BOUNDARY}\\uE000\\uE001,;，；。]*)`);
const SENTENCE_END = /[\s.!?！？]+$/;

/** Whether the words are a time phrase and nothing else: "at 8pm", "starts at 8pm", "until 10pm", 晚上8点开始. */
function isTimePhrase(words: string, ctx: CommandContext): boolean {
  const suffix = CJK.test(words) ? ' 持续1分钟' : ' for 1 minute';
  return readSchedule(`${words}${suffix}`, ctx, []) !== undefined || readSchedule(words, ctx, []) !== undefined;
}

/**
 * The marked text with the words after a labelled one-word comment moved into it (the draft's comment then holds
 * them), when they are a time phrase with the word and `readsWithout` accepts the text without them; otherwise the
 * text as it was.
 */
export function takeTimeIntoLabelledComment(
  marked: string,
  draft: CommandDraft,
  ctx: CommandContext,
  readsWithout: (marked: string) => boolean,
): string {
  if (!draft.commentLabelled || draft.comment === undefined || marked.split(COMMENT_END).length !== 2) return marked;
  const after = AFTER_COMMENT.exec(marked);
  const words = after?.[1]?.replace(SENTENCE_END, '').trim() ?? '';
  if (words === '') return marked;
  const comment = `${draft.comment} ${words}`;
  if (!isTimePhrase(comment, ctx)) return marked;
  const without = marked.replace(AFTER_COMMENT, ` ${BOUNDARY} `);
  // "tomorrow 8pm comment: until 10pm": the schedule needs the words the comment may be. Which was meant is the
  // user's to say (it had been the comment "until" and a relay until 10pm).
  if (!readsWithout(without)) {
    // With nothing else left, the comment machinery asks about the word itself (comment-tail.ts, comment-words.ts).
    if (scheduleText(without) === '') return marked;
    draft.errors.push({ code: 'InvalidParameter', field: 'Comment', key: 'parse.commentMayBeTime', params: { comment: maskSecretWords(comment).slice(0, 60) } });
    return marked;
  }
  draft.comment = comment;
  return without;
}
