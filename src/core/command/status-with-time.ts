// Pause or resume said with a time of its own: "pause until 9pm", "pause for an hour", "pause at 10pm", "resume at 9pm",
// 暂停到9点, 暂停一小时, 10点暂停. A relay's status changes at once (ModifyLivePullStreamTask's Status: enable / pause) and
// has no time of its own; the time words were left to the schedule and moved the relay's end or its whole window
// ("pause for an hour" ended it an hour after its start, "pause at 10pm" moved it to 10 pm), without a word. Refused,
// saying how it can be done: pause now and resume later, or change the relay's times.
import type { Extractor } from './extractors.js';
import { WORD_START as B, WORD_END as E } from './word-edges.js';

const EN_VERB = '(pause|resume|unpause)(?:\\s+(?:it|the\\s+(?:relay|stream|task|broadcast|push)))?';
const EN_TIME_AFTER = '(?=\\s+(?:until|till|til|to|for|at|from|between|in|after|tomorrow|tonight|on)\\b|\\s+\\d)';
const ZH_NUMBER = '[\\d０-９零〇一二两三四五六七八九十半]';
const ZH_TIME_AFTER = `(?=\\s*(?:到|至|直到|${ZH_NUMBER}+\\s*个?\\s*(?:半\\s*)?(?:小时|钟头|分钟|天)))`;
const ZH_CLOCK_BEFORE = `(?<=(?:点|点半|点钟|[:：]\\d\\d|[ap]m)\\s*(?:再|就|开始)?)`;

export const STATUS_WITH_TIME: Extractor = {
  option: 'pause',
  pattern: new RegExp(`${B}${EN_VERB}${E}${EN_TIME_AFTER}|(暂停|恢复)${ZH_TIME_AFTER}|${ZH_CLOCK_BEFORE}(暂停|恢复)`, 'giu'),
  apply([en, zh, zhAfterClock], draft) {
    const verb = en ?? zh ?? zhAfterClock ?? '';
    draft.errors.push({ code: 'InvalidParameter', field: 'Status', key: 'parse.changes.statusWithTime', params: { verb } });
    return true;
  },
};
