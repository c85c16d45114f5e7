// 明天9点到晚上10点, 周三3点到下午4点, 明天8点半开始，晚上10点结束, 12月3日8点到22:00: after a named day, a start with no
// part of the day before an end with 下午 / 晚上 (or a 24-hour afternoon or evening clock) reads two ways that both
// make a relay: as written (09:00 to 22:00, a day-long relay) or with the end's part of the day (21:00 to 22:00).
// Chinese writes the part of the day before each clock time, so the end's says nothing sure about the start's, and
// a guess either way loses someone a broadcast; which was meant is asked. One reading only makes a relay when the
// start does not come first on the clock (明天8点到晚上8点, 明天10点到下午4点: the morning's), and with no day the start
// is its next occurrence as before (3点到下午4点 is 15:00).
// The same with an end at the midnight that ends the day (明天8点到零点 / 24点 / 半夜12点 / 午夜 / 00:00, as 晚上12点),
// and with a morning's end that the morning reading runs past (明天4点到凌晨2点: 22 hours from 04:00, or 10 from
// 16:00; 周五12点到凌晨2点: from noon or from midnight; 周五8点到第二天早上9点: 25 hours from 08:00, or 13 from 20:00).
// An evening hour from 6 to 11 after the morning's end on the clock is the evening's without asking (明天10点到凌晨2点,
// zh-hours.ts), and a start before the end on the same morning is the morning's (明天3点到凌晨5点).
import type { RelayError, Result } from '../errors.js';
import { scheduleError } from './schedule-error.js';

const NAMED_DAY = String.raw`(?:明天|后天|大后天|(?:下下|下|这|本)?个?(?:周|星期|礼拜)[一二三四五六日天1-7]|\d{1,2}\s*[日号]|\d{1,2}[./]\d{1,2}\s)`;
const JOINER = String.raw`\s*(?:到|至|[-~～—–]|开始\s*[,，]?\s*(?:到)?|开播\s*[,，]?\s*(?:到)?)\s*(?:(?<endDay>明天|后天|第\s*2\s*天|次日|隔天|翌日)|当天)?\s*`;
const CLOCK_AHEAD = String.raw`(?=\s*(?:点|[:：]\d))`;
const END =
  String.raw`(?:(?<part>下午|晚上|傍晚)\s*(?<partHour>\d{1,2})${CLOCK_AHEAD}|(?<hour24>1[3-9]|2[0-3])${CLOCK_AHEAD}` +
  // The midnight that ends the day, as 晚上12点 (0点 is 零点 by now; a bare 12点 is noon after a named day).
  String.raw`|(?<midnight>午夜|(?:半夜|夜里|夜间)\s*12\s*点|(?:凌晨\s*)?0{1,2}\s*(?:点|[:：]00)|24\s*(?:点|[:：]00))` +
  String.raw`|(?<morning>凌晨|早上|上午|清晨|早晨)\s*(?<morningHour>\d{1,2})(?=\s*(?:点\s*(?<endMinutes>半|\d{1,2})?|[:：](?<endColon>\d\d)))` +
  // A morning's clock written with its leading zero (明天3点到01:00 is 明天3点到凌晨1点, zh-hours.ts).
  String.raw`|(?<zeroHour>0[1-9])(?=[:：](?<zeroMinutes>[0-5]\d)(?!\d)))`;
// 差一刻9点 (a quarter to nine) is 8:45.
const QUARTER_TO = String.raw`(?<before>差\s*(?:\d{1,2}\s*分钟?|\d\s*刻钟?)\s*)?`;
// Not one written with its leading zero (明天08:00到22:00): a 24-hour clock, the morning's.
const BARE_START = String.raw`(?<hour>[1-9]\d?)(?<clock>\s*(?:点(?:\s*(?:半|整|钟|\d{1,2}\s*分?))?|[:：]\d\d))`;
const UNCLEAR = new RegExp(String.raw`(?<=${NAMED_DAY}\s*(?:的\s*)?)(?<![\d:：.])${QUARTER_TO}${BARE_START}${JOINER}${END}`, 'g');
const NEXT_DAY_ONLY = /第|次|隔|翌/;

type EndGroups = Partial<
  Record<'endDay' | 'part' | 'partHour' | 'hour24' | 'midnight' | 'morning' | 'morningHour' | 'endMinutes' | 'endColon' | 'zeroHour' | 'zeroMinutes', string>
>;

/** The minutes of a clock as written: 点半 30, 点15 / 点15分 15, :30 30, 点 or 点整 0. */
function minutesOf(clock: string): number {
  if (clock.includes('半')) return 30;
  return Number(/(\d{1,2})\s*分?\s*$/.exec(clock.replace(/^\s*(?:点|[:：])/, ''))?.[1] ?? 0);
}

function bothReadings(start: number, startMinutes: number, end: EndGroups): boolean {
  if (end.morning !== undefined || end.zeroHour !== undefined) {
    if (start < 1 || start > 12) return false;
    // Noon or midnight; before the next day's morning (大后天12点到第二天早上6点) it is noon, the midnight being that day.
    if (start === 12) return end.endDay === undefined;
    const endHour = Number(end.morningHour ?? end.zeroHour);
    const endMinutes = end.endMinutes === '半' ? 30 : Number(end.endMinutes ?? end.endColon ?? end.zeroMinutes ?? 0);
    const after = start > endHour || (start === endHour && startMinutes > endMinutes);
    const same = start === endHour && startMinutes === endMinutes;
    // After the end on the clock, an evening's hour (6 to 11) is the evening's (zh-hours.ts).
    if (start >= 6 && after) return false;
    // On the next day's morning the start's morning reading runs a day or more; on the same morning, a start from the
    // end's clock on (4点 before 凌晨2点) would run through the day (6 to 11 on the end's own clock is an empty relay).
    return end.endDay !== undefined || (start < 6 && (after || same));
  }
  // An afternoon or evening on the next day says nothing about the start's half of the day (明天8点到第二天晚上8点).
  if (end.endDay !== undefined && NEXT_DAY_ONLY.test(end.endDay)) return false;
  if (start < 1 || start > 11) return false;
  if (end.midnight !== undefined) return true;
  const endHour = Number(end.partHour ?? end.hour24);
  if (end.part === undefined || endHour >= 13) return start < endHour - 12;
  if (endHour === 12) return end.part === '晚上';
  return endHour >= 1 && endHour <= 11 && start < endHour;
}

/** The text unchanged, or the error asking whether a bare start after a named day is the morning's or the evening's. */
export function refuseUnclearHalf(text: string): Result<string, RelayError[]> {
  if (!/[下晚傍夜凌早上清午]|1[3-9]|2[0-4]|0\s*[点:：]|0[1-9][:：]/.test(text)) return { ok: true, value: text };
  for (const m of text.matchAll(UNCLEAR)) {
    const groups = m.groups ?? {};
    // 差1刻 is shown as written, 差一刻.
    const before = groups.before?.replace(/\s+/g, '').replace(/([1-3])刻/, (_w, q: string) => `${'一两三'[Number(q) - 1]}刻`) ?? '';
    const hour = Number(groups.hour);
    // 差一刻9点 (差1刻 by now) is 8:45, 差5分9点 8:55.
    const short = groups.before?.replace(/\s+/g, '').replace(/^差/, '').replace(/^(\d)刻钟?$/, (_w, q: string) => `${Number(q) * 15}分`);
    const startMinutes = short !== undefined ? 60 - Number(/\d+/.exec(short)?.[0] ?? 0) : minutesOf(groups.clock!);
    if (!bothReadings(before ? (hour + 11) % 12 || 12 : hour, startMinutes % 60, groups)) continue;
    const time = `${before}${hour}${groups.clock!.replace(/\s+/g, '')}`;
    // 凌晨1点 / 下午1点: 晚上1点 would be the small hours after the evening, 上午1点 is seldom said. 12点 is noon or
    // the midnight that ends the day.
    const evening = hour === 12 ? '晚上' : hour < 6 || groups.part === '下午' ? '下午' : '晚上';
    const morning = hour === 12 ? '中午' : hour < 6 ? '凌晨' : '上午';
    return {
      ok: false,
      error: [scheduleError('unclearHalf', 'StartTime', { time, morning: `${morning}${time}`, evening: `${evening}${time}` })],
    };
  }
  return { ok: true, value: text };
}
