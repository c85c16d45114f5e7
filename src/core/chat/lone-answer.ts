// "y", "yes", "ok", "确认" sent on their own (a preview answered in the wrong place, or one that already expired):
// read as a new relay they would get "add a source… say where to push… say when", as if they had tried to
// describe one. They are pointed at the preview's buttons (or the terminal's prompt) instead.

/** Words that only ever answer a question, in both languages. */
const ANSWER_WORDS = new Set([
  'y',
  'yes',
  'yep',
  'n',
  'no',
  'nope',
  'ok',
  'okay',
  'confirm',
  'cancel',
  '是',
  '是的',
  '好',
  '好的',
  '确认',
  '确定',
  '取消',
  '否',
  '不',
  '不要',
]);

/** Whether the whole command is one answer word ("Yes!", "确认。"). */
export function isLoneAnswer(text: string): boolean {
  return ANSWER_WORDS.has(text.trim().toLowerCase().replace(/[.!?。！？]+$/u, ''));
}
