// 明晚，8点到晚上10点, 周五晚上，8点到晚上10点, 明晚、8点半到晚上十点: a comma (or 、 。 ；) between a part of the day and
// its clock time is a pause, as a space is (明晚 8点到晚上10点 was read). With the end's own 晚上 after it, the
// start was left without its part of the day and refused as a day without a time, naming a day not always the one
// said. Only a part of the day right before the mark and an hour right after it: 下午3点，晚上8点 (two clock times,
// twoClocks) and 明天，晚上8点 are left as they are.
//
// Read first (on the normalised text, numerals still as written): the stage that lends the end's 晚上 to a bare
// start (8点到晚上10点) would otherwise put it after the mark, away from 明晚.

const PART = String.raw`(?:早上|上午|中午|下午|傍晚|晚上|凌晨|夜里|夜晚|深夜|半夜|[今明昨]晚|[今明]早)`;
const PAUSE_AFTER_PART = new RegExp(String.raw`(?<=${PART})\s*[,，、。;；]\s*(?=(?:\d{1,2}|[零〇一二两三四五六七八九十]{1,3})\s*(?:点|[:：]\s*[0-5]\d))`, 'g');

/** "明晚，8点到晚上10点" -> "明晚 8点到晚上10点". */
export function dropPauseAfterPart(text: string): string {
  return text.replace(PAUSE_AFTER_PART, ' ');
}
