// Loops added to the ones a relay has, in an edit: "loop 3 more times", "loop it another 2 times", "2 more loops",
// "add 2 loops", "loop once more", "play it 2 more times", 再循环3次, 多循环两次, 再播3遍, 循环次数加2. The loop stage
// read "loop 3 more times" as a count in all (a relay looping 3 times still looped 3 times, without a word) and left
// the Chinese forms as a time nobody gave. VodLoopTimes is the count in all, so the change is the relay's count plus
// these; a relay that loops until its end has no count to add to, and is asked for one (loop-counts in changes.ts).
import type { RelayError } from '../errors.js';
import type { RelayRequest } from '../relay-request.js';
import type { Extractor } from './extractors.js';
import { COUNT_PATTERN, parseCount } from './numbers.js';
import { WORD_START as B, WORD_END as E } from './word-edges.js';

const COUNT = `(${COUNT_PATTERN})`;
const LOOP_VERB = '(?:loop(?:ed|s|ing)?|repeat(?:ed|ing)?)(?:\\s+(?:it|them|the\\s+(?:playlist|files?|videos?|list|show)))?';
const MORE = '(?:more|extra|additional)';
const TIMES = '(?:times?|loops?|x)';

const EN =
  // "loop 3 more times", "loop it for 2 more", "repeat another 2 times", "loop an extra 2 times"
  `${B}${LOOP_VERB}\\s+(?:for\\s+)?(?:${COUNT}\\s+${MORE}(?:\\s+${TIMES})?|(?:another|an\\s+(?:extra|additional))\\s+${COUNT}\\s+${TIMES})${E}` +
  // "loop once more", "loop it one more time"
  `|${B}${LOOP_VERB}\\s+(once\\s+more|one\\s+more\\s+time)${E}` +
  // "2 more loops", "one more loop", "add another 2 loops", "add 2 loops", "3 extra repeats"
  `|${B}(?:add\\s+)?(?:another\\s+)?${COUNT}\\s+${MORE}\\s+(?:loops?|repeats?)${E}|${B}add\\s+(?:another\\s+)?${COUNT}\\s+(?:more\\s+)?(?:loops?|repeats?)${E}` +
  // "play it 2 more times": plays after the ones it has are loops
  `|${B}play(?:\\s+it)?\\s+${COUNT}\\s+${MORE}\\s+times?${E}`;
const ZH =
  `(?:再|多|另外|额外)(?:循环|重复)(?:播放)?\\s*${COUNT}\\s*[次遍回]|(?:再|多)(?:播放?|放)\\s*${COUNT}\\s*[次遍回]` +
  `|(?:循环|重复)(?:播放)?次数\\s*(?:再)?(?:加|增加|多加|加上)\\s*${COUNT}(?:\\s*[次遍回])?|(?:再|多)?(?:加|增加)\\s*${COUNT}\\s*[次遍回]\\s*(?:循环|重复)`;

export const RELATIVE_LOOPS: Extractor = {
  option: 'loop',
  pattern: new RegExp(`(?:${EN}|${ZH})`, 'giu'),
  apply(groups, draft) {
    const said = groups.find((group) => group !== undefined) ?? '';
    const more = /^(?:once\s+more|one\s+more\s+time)$/i.test(said) ? 1 : parseCount(said);
    if (more === undefined || more < 1) return false;
    if (draft.loopMore !== undefined) {
      draft.errors.push({ code: 'InvalidParameter', field: 'command', key: 'parse.duplicateOption', params: { option: 'loop' } });
      return true;
    }
    draft.loopMore = more;
    return true;
  },
};

/** VodLoopTimes once `more` loops are added to the relay's; an error when it loops until its end (no count to add to). */
export function loopsAfterMore(current: RelayRequest, more: number): { loops: string } | { error: RelayError } {
  // A live relay has no loops: the count goes to validation, which says so as it does for "loop 3".
  if (current.SourceType !== 'PullVodPushLive') return { loops: String(more) };
  const now = Number(current.VodLoopTimes ?? '-1');
  if (now < 0) {
    return { error: { code: 'InvalidParameter', field: 'VodLoopTimes', key: 'parse.changes.loopMoreOfEndless', params: { more } } };
  }
  return { loops: String(now + more) };
}
