// 明天9点到晚上10点, 周三3点到下午4点, 明天8点半开始，晚上10点结束, 12月3日8点到22:00: after a named day, a start with no
// part of the day before an end with 下午 / 晚上 (or a 24-hour afternoon or evening clock) reads two ways that both
// make a relay: as written (09:00 to 22:00, a day-long relay) or with the end's part of the day (21:00 to 22:00).
// Chinese writes the part of the day before each clock time, so the end's says nothing sure about the start's, and
// a guess either way loses someone a broadcast; which was meant is asked. One reading only makes a relay when the
// start does not come first on the clock (明天8点到晚上8点, 明天10点到下午4点: the morning's), and with no day the start
// is its next occurrence as before (3点到下午4点 is 15:00).
import type { RelayError, Result } from '../errors.js';
import { scheduleError } from './schedule-error.js';

const NAMED_DAY = String.raw`(?:明天|后天|大后天|(?:下下|下|这|本)?个?(?:周|星期|礼拜)[一二三四五六日天1-7]|\d{1,2}\s*[日号]|\d{1,2}[./]\d{1,2}\s)`;
const BARE_START = String.raw`(\d{1,2})(\s*(?:点(?:\s*(?:半|整|钟|\d{1,2}\s*分?))?|[:：]\d\d))`;
const JOINER = String.raw`\s*(?:到|至|[-~～—–]|开始\s*[,，]?\s*(?:到)?|开播\s*[,，]?\s*(?:到)?)\s*(?:明天|后天|当天)?\s*`;
const END = String.raw`(?:(下午|晚上|傍晚)\s*(\d{1,2})(?=\s*(?:点|[:：]\d))|(1[3-9]|2[0-3])(?=\s*(?:点|[:：]\d)))`;
// 差一刻9点 (a quarter to nine) is 8:45.
const QUARTER_TO = String.raw`(差\s*(?:\d{1,2}\s*分钟?|\d\s*刻钟?)\s*)?`;
const UNCLEAR = new RegExp(String.raw`(?<=${NAMED_DAY}\s*(?:的\s*)?)(?<![\d:：.])${QUARTER_TO}${BARE_START}${JOINER}${END}`, 'g');

function bothReadings(start: number, part: string | undefined, endHour: number): boolean {
  if (start < 1 || start > 11) return false;
  if (part === undefined || endHour >= 13) return start < endHour - 12;
  if (endHour === 12) return part === '晚上';
  return endHour >= 1 && endHour <= 11 && start < endHour;
}

/** The text unchanged, or the error asking whether a bare start after a named day is the morning's or the evening's. */
export function refuseUnclearHalf(text: string): Result<string, RelayError[]> {
  if (!/[下晚傍]|1[3-9]|2[0-3]/.test(text)) return { ok: true, value: text };
  for (const m of text.matchAll(UNCLEAR)) {
    // 差1刻 is shown as written, 差一刻.
    const [before, hour, clock, part, partHour, hour24] = [m[1]?.replace(/\s+/g, '').replace(/([1-3])刻/, (_w, q: string) => `${'一两三'[Number(q) - 1]}刻`) ?? '', Number(m[2]), m[3]!.replace(/\s+/g, ''), m[4], m[5], m[6]];
    if (!bothReadings(before ? (hour + 11) % 12 || 12 : hour, part, Number(partHour ?? hour24))) continue;
    const time = `${before}${hour}${clock}`;
    // 凌晨1点 / 下午1点: 晚上1点 would be the small hours after the evening, 上午1点 is seldom said.
    const evening = hour < 6 || part === '下午' ? '下午' : '晚上';
    const morning = hour < 6 ? '凌晨' : '上午';
    return {
      ok: false,
      error: [scheduleError('unclearHalf', 'StartTime', { time, morning: `${morning}${time}`, evening: `${evening}${time}` })],
    };
  }
  return { ok: true, value: text };
}
