// Chinese words around a schedule that say nothing of its time, dropped before the numerals are read:
// courtesy (请, 麻烦, 谢谢), the act (推流, 开播, 下播), the end's own verb (10点结束, 为止), and set phrases
// that begin with 一 (一直, 一到就, 一次性). Left in, the date parser read the 一 after 点 as minutes:
// "晚上10点一直到明天早上6点" started at 22:01, "晚上8点一到就开始" at 20:01.
import { hasHan } from './han.js';

const ZH_FILLERS = /请|麻烦|谢谢|多谢|感谢|帮忙|帮我|一下|推流|拉流|转播|开播|下播|停播|结束|停止|一直|为止|截止|一到就|准时|按时|一次性|一起|差不多|就行|就好|即可/g;

export function dropChineseFillers(text: string): string {
  // Every filler is Chinese words.
  if (!hasHan(text)) return text;
  // 一共 is 共 (a length's word, lengths.ts), without the 一 the parser would take for minutes.
  return text.replace(ZH_FILLERS, '').replace(/一共/g, '共');
}
