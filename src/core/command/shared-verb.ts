// One verb said for two things joined by "and" / 和 in an edit: "remove 2 loops and the second file", "drop a loop and
// the last file", "add <url> and 2 loops", 去掉两次循环和第二个文件, 删除备注和第二个文件. The verb's stage took the first
// thing only, and the second, left without its verb, was read as what it says alone: "the second file" became "start
// at file 2" (FileIndex 2) and "2 loops" a count of 2 in all, silently. Here, on the scanned text (URLs are placeholders),
// the verb is said again before the second thing, so each is read with it ("remove 2 loops and remove the second
// file"); a verb the stages do not read with it is then refused as words not understood, never dropped.
import { COUNT_PATTERN } from './numbers.js';
import { ONE_FILE } from './playlist-edits.js';
import { WORD_START as B, WORD_END as E } from './word-edges.js';

/** Verbs that take away or add a thing of the relay (a file, loops, the comment, the backup). */
const EN_VERB = 'remove|drop|delete|take\\s+(?:out|away|off)|subtract|clear|add|append';
const ZH_VERB = '去掉|去除|删掉|删除|移除|拿掉|减掉|减去|清空|清除|添加|追加|加上|增加|再加';

/**
 * The comment or the backup is the thing taken only when nothing follows it: "and comment replay" and 和备注重播 give
 * a new comment (a label and its value), which the verb before must not reach.
 */
const LAST_WORD = '(?=\\s*(?:$|[,;.!]|and\\b|then\\b|&))';
const ZH_LAST_WORD = '(?=\\s*(?:$|[，,；;。！和及与、]|以及|还有))';
/** The things such a verb takes: loops, one file (by URL, name or place), the comment, the backup. */
const EN_THING =
  `(?:(?:${COUNT_PATTERN}|an?)\\s+(?:more\\s+|extra\\s+)?(?:loops?|repeats?)${E}` +
  `|${ONE_FILE}` +
  `|(?:the\\s+|its\\s+)?(?:comment|note|remark|memo|backup(?:\\s+(?:source|url|stream))?|fallback|slate)${E}${LAST_WORD})`;
const ZH_THING = `(?:(?:${COUNT_PATTERN})\\s*[次遍回]\\s*(?:循环|重复)|${ONE_FILE}|(?:备注|备用源|备用流|备源|备用地址)${ZH_LAST_WORD})`;

const EN_SHARED = new RegExp(`${B}(?<verb>${EN_VERB})\\s+(?<first>${EN_THING})(?<join>\\s*,?\\s+(?:and|&|plus)\\s+)(?=${EN_THING})`, 'giu');
const ZH_SHARED = new RegExp(`(?<verb>${ZH_VERB})\\s*(?<first>${ZH_THING})\\s*(?:和|及|以及|与|跟|还有|、)\\s*(?=${ZH_THING})`, 'gu');

type Named = Record<string, string>;

/** The edit with a verb shared by two things said before each of them. */
export function withSharedVerbsSpelledOut(text: string): string {
  let before: string;
  let after = text;
  // "remove a and b and c": each pass gives the next thing its verb.
  do {
    before = after;
    after = after
      .replace(EN_SHARED, (...args: unknown[]) => {
        const { verb, first, join } = args.at(-1) as Named;
        return `${verb} ${first}${join}${verb} `;
      })
      .replace(ZH_SHARED, (...args: unknown[]) => {
        const { verb, first } = args.at(-1) as Named;
        return `${verb}${first}，${verb}`;
      });
  } while (after !== before);
  return after;
}
