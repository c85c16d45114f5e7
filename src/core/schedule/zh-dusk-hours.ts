// 傍晚4点半, 明天傍晚5点差一刻, 今晚差一刻5点: an hour of the late afternoon said with an evening word. 傍晚 (dusk) is
// read as 晚上 (day-words.ts), and an evening's 1 to 4 o'clock is the small hours after it (zh-small-hours.ts), so
// these ran at 04:30 and 04:45 the next morning. Dusk is never the small hours; and a quarter to 晚上5点 (17:00) is
// 16:45, its hour 5 not one of the small hours, though 差 writes it 4点45分. Both are written with 下午 here.
// 晚上4点半 and 夜里4点 stay the small hours, 晚上3点差一刻 02:45 (said with an hour of the small hours).

// By now numerals are digits and 一刻 / 差5分钟 are 1刻 / 差5分 (zh-hours.ts), as clock-forms' ZH_SHORT_OF_HOUR reads them.
const SHORT = String.raw`差\s*(?:\d{1,2}\s*分(?!钟)|[13]\s*刻)`;
const SHORT_OF_FIVE = new RegExp(String.raw`(今晚|明晚|今夜|明夜|晚上|傍晚)(?=\s*(?:0?5\s*点\s*${SHORT}|${SHORT}\s*0?5\s*点))`, 'g');
const DUSK_SMALL_HOUR = new RegExp(String.raw`傍晚(?=\s*(?:${SHORT}\s*)?0?[1-4](?!\d)\s*(?:点|[:：]\d))`, 'g');
const AFTERNOON: Record<string, string> = { 今晚: '今天下午', 今夜: '今天下午', 明晚: '明天下午', 明夜: '明天下午' };

/** The evening words of an hour of the late afternoon written as 下午. */
export function rewriteDuskHours(text: string): string {
  return text.replace(SHORT_OF_FIVE, (word: string) => AFTERNOON[word] ?? '下午').replace(DUSK_SMALL_HOUR, '下午');
}
