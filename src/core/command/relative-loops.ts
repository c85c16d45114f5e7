// Loops added to the ones a relay has, in an edit: "loop 3 more times", "loop it another 2 times", "2 more loops",
// "add 2 loops", "loop once more", "play it 2 more times", 再循环3次, 多循环两次, 再播3遍, 循环次数加2. The loop stage
// read "loop 3 more times" as a count in all (a relay looping 3 times still looped 3 times, without a word) and left
// the Chinese forms as a time nobody gave. VodLoopTimes is the count in all, so the change is the relay's count plus
// these; a relay that loops until its end has no count to add to, and is asked for one (loop-counts in changes.ts).
// Loops taken away the same way: "loop 2 fewer times", "one less loop", "reduce the loop count by 1", 少循环一次,
// 循环次数减1. They had been words not understood. The count never goes below 0, since -1 is no count but "loop
// forever" (the API page's VodLoopTimes): taking away more than the relay has is refused with its count.
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
  `|(?:循环|重复)(?:播放)?次数\\s*(?:再)?(?:加|增加|多加|加上)\\s*${COUNT}(?:\\s*[次遍回])?|(?:再|多)?(?:增加|添加|加上|追加|加)\\s*${COUNT}\\s*[次遍回]\\s*(?:循环|重复)`;

/** A count of loops to take away, with "a" / "an" for one ("a loop less"). */
const FEWER_COUNT = `(${COUNT_PATTERN}|an?)`;
const FEWER = '(?:fewer|less)';
const EN_FEWER =
  // "loop 2 fewer times", "loop it one less time", "repeat 2 times fewer", "loop one time less"
  `${B}${LOOP_VERB}\\s+${FEWER_COUNT}\\s+(?:${FEWER}\\s+${TIMES}|${TIMES}\\s+${FEWER})${E}` +
  // "one less loop", "2 fewer loops", "a loop less", "one loop fewer", "1 less repeat"
  `|${B}${FEWER_COUNT}\\s+(?:${FEWER}\\s+(?:loops?|repeats?)|(?:loops?|repeats?)\\s+${FEWER})${E}` +
  // "reduce the loop count by 2", "decrease loops by one", "cut the loops by 1", "lower the number of loops by 2"
  `|${B}(?:reduce|decrease|lower|cut|drop)\\s+(?:the\\s+)?(?:loop\\s+count|loops|looping|repeats|number\\s+of\\s+(?:loops|repeats))\\s+by\\s+${FEWER_COUNT}${E}` +
  // "take away a loop", "remove 2 loops", "delete a loop", "subtract one loop", "take off a loop"
  `|${B}(?:take\\s+(?:away|off)|remove|delete|subtract|drop)\\s+${FEWER_COUNT}\\s+(?:loops?|repeats?)${E}`;
const ZH_FEWER =
  `少(?:循环|重复)(?:播放)?\\s*${COUNT}\\s*[次遍回]|少(?:播放?|放)\\s*${COUNT}\\s*[次遍回]` +
  `|(?:循环|重复)(?:播放)?(?:次数)?\\s*(?:减少|减去|减掉|减|少)\\s*${COUNT}(?:\\s*[次遍回])?` +
  // 去掉两次循环, 删掉一次循环: the loops themselves taken away, as "remove 2 loops" says.
  `|(?:减少|减去|减掉|减|少|去掉|去除|删掉|删除|拿掉)\\s*${COUNT}\\s*[次遍回]\\s*(?:循环|重复)`;

/** Loops added (sign 1) or taken away (sign -1), as draft.loopMore keeps them. */
function relativeLoopStage(pattern: string, sign: 1 | -1): Extractor {
  return {
    option: 'loop',
    pattern: new RegExp(pattern, 'giu'),
    apply(groups, draft) {
      const said = groups.find((group) => group !== undefined) ?? '';
      const count = /^(?:once\s+more|one\s+more\s+time|an?)$/i.test(said) ? 1 : parseCount(said);
      if (count === undefined || count < 1) return false;
      if (draft.loopMore !== undefined) {
        draft.errors.push({ code: 'InvalidParameter', field: 'command', key: 'parse.duplicateOption', params: { option: 'loop' } });
        return true;
      }
      draft.loopMore = sign * count;
      return true;
    },
  };
}

export const RELATIVE_LOOPS: Extractor[] = [relativeLoopStage(`(?:${EN}|${ZH})`, 1), relativeLoopStage(`(?:${EN_FEWER}|${ZH_FEWER})`, -1)];

/**
 * VodLoopTimes once `change` loops are added (or, negative, taken away); an error when the relay loops until its end (no
 * count to change) or would loop fewer than no times (-1 there would mean forever).
 */
export function loopsAfterMore(current: RelayRequest, change: number): { loops: string } | { error: RelayError } {
  // A live relay has no loops: the count goes to validation, which says so as it does for "loop 3".
  if (current.SourceType !== 'PullVodPushLive') return { loops: String(Math.abs(change)) };
  const now = Number(current.VodLoopTimes ?? '-1');
  if (now < 0) {
    const [key, params] = change > 0 ? ['parse.changes.loopMoreOfEndless', { more: change }] : ['parse.changes.loopFewerOfEndless', { fewer: -change }];
    return { error: { code: 'InvalidParameter', field: 'VodLoopTimes', key, params } };
  }
  if (now + change < 0) {
    return { error: { code: 'InvalidParameter', field: 'VodLoopTimes', key: 'parse.changes.loopFewerThanNone', params: { loops: now, fewer: -change } } };
  }
  return { loops: String(now + change) };
}
