// Whether a text holds a Chinese character (the CJK Unified Ideographs block, as chrono-reader.ts and zh-hours.ts
// test it). The Chinese stages use it as a gate: when each of a stage's patterns needs such a character to match,
// a text without one (an English command) would come out unchanged, so the stage is skipped.
/** One such character, for patterns built around it. */
export const HAN_CHARACTER = '[\\u4e00-\\u9fff]';
const HAN = new RegExp(HAN_CHARACTER);

export function hasHan(text: string): boolean {
  return HAN.test(text);
}
