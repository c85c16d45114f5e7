// A loop count said without a number: "loop a few times", "repeat it several times", "play a couple of times",
// 循环几次, 循环两三次, 重复好几次. The relay stops after its last loop, so a count guessed too low cuts the broadcast
// short: it is asked for, not guessed. ("loop a couple of times" had been a loop forever with "times" not understood;
// 循环两三次 had been 23 loops.) Runs before the loop stages, whose bare "loop" would take the verb alone.
import { maskSecretWords } from '../redact.js';
import type { RelayError } from '../errors.js';
import type { Extractor } from './extractors.js';
import { WORD_START as B, WORD_END as E } from './word-edges.js';

const VAGUE =
  '(?:a\\s+)?couple(?:\\s+of)?|a\\s+few(?:\\s+more)?|a\\s+bunch(?:\\s+of)?|a\\s+number\\s+of|several|many|multiple|a\\s+lot\\s+of|lots\\s+of|a\\s+lot|a\\s+dozen\\s+or\\s+so|a\\s+handful\\s+of';
const THING = '(?:\\s+(?:it|them|the\\s+(?:playlist|files?|videos?)))?';
const LOOP_VERB = `(?:loop(?:ed|s|ing)?|repeat(?:ed|ing)?)${THING}`;
const ANY_VERB = `(?:loop(?:ed|s|ing)?|repeat(?:ed|ing)?|play(?:ed)?)${THING}`;
const TIMES = '\\s*(?:more\\s+)?(?:times|loops|x)';
/** "loop for a few hours" is a length, left to the schedule. */
const LENGTH_UNIT = `\\s+(?:more\\s+)?(?:hours?|hrs?|minutes?|mins?|days?|weeks?|seconds?|secs?)${E}`;
/** 两三, 七八, 十一二 (two or three …), 几, 好几, 十几, 二十几, 多, 若干. */
const ZH_VAGUE = '[一二两三四五六七八九]{2}|[一二两三四五六七八九]?十[一二两三四五六七八九]{2}|好几|[一二两三四五六七八九]?十几|几十|几|多|若干';
const ZH_VERB = '(?:循环|重复|播放?)(?:播放)?';

export const VAGUE_LOOPS: Extractor = {
  option: 'loop',
  pattern: new RegExp(
    // "loop a few", "repeat several" need no "times" after them; "play some" does ("play some music" is no count).
    `(${B}${LOOP_VERB}\\s+(?:for\\s+)?(?:${VAGUE})(?:${TIMES}|(?!${LENGTH_UNIT}))${E}|${B}${ANY_VERB}\\s+(?:for\\s+)?(?:${VAGUE}|some)${TIMES}${E}` +
      `|${B}(?:${VAGUE})\\s+(?:more\\s+)?(?:loops|repeats)${E}` +
      `|${ZH_VERB}\\s*(?:${ZH_VAGUE})\\s*[次遍回])`,
    'giu',
  ),
  apply([words], draft) {
    const error: RelayError = { code: 'InvalidParameter', field: 'VodLoopTimes', key: 'parse.loopCountUnclear', params: { words: maskSecretWords(words ?? '') } };
    draft.errors.push(error);
    return true;
  },
};
