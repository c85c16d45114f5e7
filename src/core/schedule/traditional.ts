// Traditional Chinese forms of the characters a schedule uses, read as their Simplified forms ("下午三點十五分",
// "持续十二小時", "現在"), so that every later stage deals with one script. Only characters with a single
// Simplified form are mapped; a word the layer does not know stays unrecognized either way.
const TRADITIONAL: Record<string, string> = {
  點: '点', 時: '时', 鐘: '钟', 個: '个', 現: '现', 當: '当', 兩: '两', 週: '周', 禮: '礼', 後: '后', 號: '号',
  際: '际', 計: '计', 長: '长', 從: '从', 開: '开', 續: '续', 於: '于', 約: '约',
};
const TRADITIONAL_CHAR = new RegExp(`[${Object.keys(TRADITIONAL).join('')}]`, 'g');

export function toSimplified(text: string): string {
  return text.replace(TRADITIONAL_CHAR, (c) => TRADITIONAL[c] ?? c);
}
