// 45分钟后-23:30, 半小时后~晚上11点, 过20分钟—23:00, 两个半小时后开始——23:30: a wait before the start, a dash or tilde
// and a clock time are the wait and the end, as 45分钟后到23:30 already was. The clock after the dash was taken for a
// second start and refused (twoStarts), as if 45分钟后 晚上11点 had been written. After the dash a length (45分钟后—2小时,
// 半小时后-2h) is how long it runs, as after a clock time (zh-dash-length.ts); it was refused as having no end.
//
// Read after the numerals are digits and dashes '-' (normalise), before zh-dash-length.ts and the lengths. Only a wait
// said as one (…后 / …以后 / …之后, or 过… not after a clock's 点: 8点过20分钟 is 8:20), only with a dash or tilde right
// after it: 45分钟后 晚上11点, with nothing between, stays two starts.

const AMOUNT = String.raw`(?:\d+(?:\.\d+)?\s*(?:个\s*)?(?:半\s*)?|半\s*(?:个\s*)?)(?:小时|钟头|分钟|刻钟)`;
const WAIT = String.raw`(?:(?<!点\s*)过\s*${AMOUNT}|${AMOUNT}\s*(?:以后|之后|过后|后(?![天日])))(?:\s*(?:开始|开播|起))?`;
// A minus sign written as one (半小时后 -2小时: a space before it, none after) is not a dash (zh-dash-length.ts).
const DASH = String.raw`(?:\s*(?:-+|~+|〜+)\s+|(?:-+|~+|〜+)\s*)`;
const LENGTH = String.raw`\d+(?:\.\d+)?\s*(?:个\s*)?(?:半\s*)?(?:小时|钟头|分钟|刻钟|h|hrs?|hours?|mins?|minutes?)(?![a-z\d])|半\s*(?:个\s*)?(?:小时|钟头)`;

const WAIT_DASH = new RegExp(String.raw`(${WAIT})${DASH}(?=(${LENGTH})?)`, 'gi');
// 现在—2小时, 马上-90分钟, 现在开始——两个小时: now, a dash and a length are a start now and its length (refused as having no
// end). Now, a dash and a clock time (现在-23:00) was already the range to it.
const NOW = String.raw`(?:从\s*)?(?:现在|马上|立即|立刻|即刻)(?:\s*(?:开始|开播|起))?`;
const NOW_DASH_LENGTH = new RegExp(String.raw`(${NOW})${DASH}(?=${LENGTH})`, 'gi');

/** "45分钟后-23:30" -> "45分钟后 到 23:30", "45分钟后-2小时" / "现在-2小时" -> "… 持续 2小时" (numerals as digits). */
export function readWaitDash(text: string): string {
  if (!/[-~〜]/.test(text)) return text;
  return text
    .replace(WAIT_DASH, (_whole, wait: string, length?: string) => `${wait} ${length ? '持续' : '到'} `)
    .replace(NOW_DASH_LENGTH, '$1 持续 ');
}
