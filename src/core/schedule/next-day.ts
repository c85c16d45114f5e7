// An end on the day after the start, said as such: "10pm to 2am the next day", "until 6 the following
// morning", "周五晚上10点到次日凌晨2点", "到第二天晚上10点". Taken here so that the end is placed on the start's
// next day (compose.ts): "friday 8pm to 10pm the next day" is 26 hours, not the 2 hours of "8pm to 10pm", and
// the words were refused before.
import type { Scratch } from './scratch.js';

const EN_NEXT_DAY = new RegExp(
  String.raw`\b(?:on\s+)?the\s+(?:next|following)\s+(?:day|morning|evening|night)\b|\bnext\s+morning\b` +
    // Right after a range's end: "10pm to 2am next day", "8pm to 10pm the day after" (the date parser took these
    // for tomorrow and moved the whole range there).
    String.raw`|(?<=\b(?:to|until|till|til|through|thru)\s+\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s+)` +
    String.raw`(?:next\s+day|the\s+(?:day|morning)\s+after(?!\s+(?:tomorrow|next)\b))\b`,
  'g',
);
// Only after the range word: 第二天 alone has no day to follow. Numerals are digits by now (第2天).
const ZH_NEXT_DAY = /(?<=(?:到|至|~|-|—)\s*)(?:次日|第\s*2\s*天|翌日|隔天|第二日)/g;

/** Whether the text says the end is on the start's next day (the words are blanked). */
export function takeNextDay(scratch: Scratch): boolean {
  const english = scratch.consume(EN_NEXT_DAY, () => true);
  const chinese = scratch.consume(ZH_NEXT_DAY, () => true);
  return english + chinese > 0;
}
