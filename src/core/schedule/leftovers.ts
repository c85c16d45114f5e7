// What remains of the text after every stage took its part. Linking words ("at", "from", "到", "开始") are
// expected around time expressions and are not reported; anything else is, so that the caller can say
// "I did not understand: ..." instead of silently dropping it.

const LINKING_WORDS = new Set([
  'at', 'on', 'from', 'starting', 'start', 'starts', 'beginning', 'begin', 'the', 'of', 'in', 'and', 'to',
  'until', 'till', 'til', 'through', 'thru', 'between', 'for', 'this', 'about', 'around', 'approximately',
  'then', 'go', 'goes', 'going', 'onwards', 'onward', 'sharp', 'o\'clock', 'oclock', 'by', 'it', 'run', 'relay', 'later', 'today', 'is', 'within',
]);
// Characters, not words (Chinese has no spaces to split on): what is left of 开始, 左右, 持续, 时间 (after a zone), 就开始,
// 推 (relay), 定在 / 安排在 once the time expressions around them are taken.
const ZH_LINKING = /[从在于自起到至开始的点左右大约大概约持续时长就推间定安排,，。、~\-–—\s]+/g;
const WORD = /[^\s,;.!?，。；！？]+/g;
const PUNCTUATION_ONLY = /^[-–—~/:,.;()'"]+$/;

export function leftoverWords(text: string): string[] {
  const words = text.match(WORD) ?? [];
  return words
    .map((word) => (/[\u4e00-\u9fff]/.test(word) ? word.replace(ZH_LINKING, '') : word))
    .filter((word) => word !== '' && !LINKING_WORDS.has(word) && !PUNCTUATION_ONLY.test(word));
}
