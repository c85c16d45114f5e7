// A clock time no day has ("8:75pm", "25:00", "明天25点", "8点75分") is refused by name, so that the user is told the
// time is wrong rather than that no time was given ("You gave a day but no time of day", as before).
import type { RelayError, Result } from '../errors.js';
import { scheduleError } from './schedule-error.js';

// Not a length written as a clock ("for 1:30", "持续1:30"), whose hours may pass 24.
const COLON_CLOCK = /(?<![\d:.])(?<!\b(?:for|lasting|lasts)\s+|(?:持续|时长)\s*)(\d{1,2})\s*[:：]\s*(\d{2})(?![\d])/g;
// "1800-2430", "until 2430", "at 2430", "2430 for 1h": four digits in a clock's place whose hour is 24 with minutes, as
// "24:30" is (2400 is the end of the day), or 25 to 29 ("until 2500", "2000-2530"). They were refused as no time
// found, or as words not understood, the message silent on what was wrong. (No year is 2401 to 2959.)
const COMPACT_PAST_MIDNIGHT =
  /(?:^\s*|\b(?:at|from|to|until|till|til|through|thru|by|before)\s+|(?<![\d:.])(?:[01]\d|2[0-4])[0-5]\d\s*[-–—~]\s*)(24(?:0[1-9]|[1-5]\d)|2[5-9][0-5]\d)\b(?!\s*(?:[:/.-]\d|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?)\b)/;
// "9pm until 24h30", "21h-25h00": an hour in h notation past the end of the day, with its minutes, in a clock's place,
// as "24:30" is ("24h" alone is the end of the day; "for 25h30" a length). Refused as no time found, the message
// had been silent on what was wrong.
const H_PAST_MIDNIGHT = /(?:\b(?:at|from|to|until|till|til|through|thru|by|before)\s+|[-–—~]\s*)(24h(?:0[1-9]|[1-5]\d)|2[5-9]h[0-5]\d)\b/;
const ZH_HOUR = /(?<![\d.])(\d{1,3})\s*点/g;
// Minutes, not a length after the hour ("8点 90分钟").
const ZH_MINUTES = /(?<![\d.])\d{1,2}\s*点\s*(\d{1,3})\s*分(?!钟)/g;

// 上午13点, 早上15:00, 晚上13点: a 24-hour hour the part of the day before it cannot have (read as 13:00, the part
// dropped without a word). 晚上 runs from dusk, so 17点 and later are let be; 12点 after it is midnight.
// 中午 and 半夜 likewise with an hour of the other half (中午8点, 中午20:00, 中午差一刻9点, 半夜8点 were 08:00 and 20:00
// without a word): noon takes 11, 12 and 1 to 5 (13:00 to 17:00), the middle of the night 10 to 5 (zh-hours.ts).
const ZH_PART_HOUR = /(上午|早上|早晨|清晨|凌晨|今早|明早|晚上|今晚|明晚|夜里|夜间|深夜|半夜|中午|晌午|正午)\s*(?:差\s*(?:\d{1,2}\s*分钟?|\d\s*刻(?:钟)?)\s*)?(\d{1,2})\s*(?:[点时]|[:：]\s*(\d{2}))/g;
// "15am", "13:00 am", "13pm", "99pm", "8.75pm": an English clock with am/pm that no day has, or a 24-hour hour
// with am/pm (15am and 99pm were refused as "a day but no time of day", 13pm read as 13:00 without a word).
const EN_MERIDIEM_CLOCK = /(?<![\d:.h]\s*)(\d{1,2})(?:\s*[:.]\s*(\d{2}))?\s*([ap])\.?m\b\.?/g;
const ZH_MORNING = /上午|早|凌晨|清晨/;
// 明天早上 9pm, 上午 8pm, 下午 3am: a Chinese part of the day before an English clock of the other half (早上 9pm was
// 21:00 without a word, as "tomorrow morning at 9pm" is refused). The evening's small hours stay (晚上 12am, 夜里 1am).
const ZH_PART_MERIDIEM = /(上午|早上|早晨|清晨|凌晨|今早|明早|下午|傍晚|晚上|今晚|明晚|夜里|夜间|深夜)\s*(\d{1,2})(?:\s*[:.]\s*(\d{2}))?\s*([ap])\.?m\b/g;

// 今晚上午9点, 明晚早上8点, 今天晚上上午9点: an evening named, then a morning hour. Said after midnight, 今晚上午9点 was this
// morning's 9am, silently (the later part won, as "tonight 9am" is refused). 凌晨 after an evening is its night's
// small hours (今晚凌晨1点) and stays.
const ZH_EVENING_THEN_MORNING =
  /(?:今晚|明晚|昨晚|今夜|明夜|(?:今天|明天|后天|昨天|今日|明日)?\s*(?:晚上|夜里|夜间|深夜))\s*(?:上午|早上|早晨|清晨|早)\s*(\d{1,2})\s*(?:[点时]|[:：]\s*(\d{2}))/;

// 今早晚上8点, 明早下午3点, 明天上午晚上8点, 今晚下午3点, 下午晚上8点: two parts of the day back to back that no hour is in
// both of (an evening then a morning: above). 今早晚上8点 was 20:00 that evening and 今晚下午3点 said in the morning 15:00
// that afternoon, silently (the later word won); 明早晚上8点 and 明晚下午3点 were refused as two days. 今晚凌晨1点 (the
// night's small hours), 下午傍晚6点 and one part said twice (明早早上7点: zh-words.ts) stay.
const ZH_DAY_BEFORE_PART = String.raw`(?:今天|明天|后天|昨天|今日|明日)?\s*`;
const ZH_CONTRADICTING_PARTS = new RegExp(
  String.raw`(?:(?:今早|明早|${ZH_DAY_BEFORE_PART}(?:上午|早上|早晨|清晨))\s*(下午|傍晚|晚上|夜里|夜间|深夜)` +
    String.raw`|(?:今晚|明晚|昨晚|今夜|明夜|${ZH_DAY_BEFORE_PART}(?:晚上|夜里|夜间|深夜))\s*(下午|中午)` +
    String.raw`|${ZH_DAY_BEFORE_PART}下午\s*(上午|早上|早晨|清晨|晚上|夜里|夜间|深夜|凌晨))` +
    String.raw`\s*(\d{1,2})\s*(?:[点时]|[:：]\s*(\d{2}))`,
);

/** The hour on the 24-hour clock that the later of two parts of the day gives it ("下午3点": 15). */
function hourInPart(part: string, hour: number): number {
  if (/上午|早|清晨|凌晨/.test(part)) return hour;
  if (part === '中午') return hour >= 1 && hour <= 5 ? hour + 12 : hour;
  return hour < 12 ? hour + 12 : hour;
}

function meridiemOutsidePart(part: string, hour: number, meridiem: string): boolean {
  if (ZH_MORNING.test(part)) return meridiem === 'p' && hour !== 12;
  if (part === '下午' || part === '傍晚') return meridiem === 'a';
  return meridiem === 'a' && hour >= 5 && hour <= 11;
}

function outsidePart(part: string, hour: number): boolean {
  if (/^(?:中午|晌午|正午)$/.test(part)) return hour === 0 || (hour >= 6 && hour <= 10) || hour >= 18;
  if (part === '半夜') return (hour >= 6 && hour <= 9) || (hour >= 13 && hour <= 21);
  return ZH_MORNING.test(part) ? hour >= 13 && hour <= 23 : hour >= 13 && hour <= 16;
}

function impossible(hour: number, minute: number): boolean {
  return hour > 24 || minute > 59 || (hour === 24 && minute > 0);
}

/** The text unchanged, or the error naming the first clock time in it that does not exist. */
export function refuseImpossibleClocks(text: string): Result<string, RelayError[]> {
  if (!/\d/.test(text)) return { ok: true, value: text };
  const refuse = (time: string): Result<string, RelayError[]> => ({
    ok: false,
    error: [scheduleError('noSuchTime', 'StartTime', { time: time.trim() })],
  });
  for (const m of text.matchAll(COLON_CLOCK)) if (impossible(Number(m[1]), Number(m[2]))) return refuse(m[0]);
  const pastMidnight = COMPACT_PAST_MIDNIGHT.exec(text);
  if (pastMidnight) return refuse(pastMidnight[1]!);
  const hPastMidnight = H_PAST_MIDNIGHT.exec(text);
  if (hPastMidnight) return refuse(hPastMidnight[1]!);
  for (const m of text.matchAll(EN_MERIDIEM_CLOCK)) {
    const [hour, minute] = [Number(m[1]), Number(m[2] ?? 0)];
    if (hour > 23 || minute > 59) return refuse(m[0]);
    // "15am" contradicts itself; "13pm" does not, but may as well be a mistyped hour as 13:00, so it is asked.
    // "20:00pm", with its minutes, is a 24-hour clock with a habit added, read as written (README).
    // "0pm" has no hour a 12-hour clock shows: noon, or a slip for 10pm; it was read as noon (silently). Asked too.
    if (hour === 0 && m[3] === 'p' && m[2] === undefined) {
      return { ok: false, error: [scheduleError('mixedClock', 'StartTime', { time: m[0].trim(), twelve: '12pm', twentyFour: '12:00' })] };
    }
    if (hour > 12 && (m[3] === 'a' || m[2] === undefined)) {
      const minutes = m[2] ?? '00';
      const params = { time: m[0].trim(), twelve: `${hour - 12}${minutes === '00' ? '' : `:${minutes}`}pm`, twentyFour: `${hour}:${minutes}` };
      return { ok: false, error: [scheduleError('mixedClock', 'StartTime', params)] };
    }
  }
  for (const m of text.matchAll(ZH_PART_MERIDIEM)) {
    const hour = Number(m[2]);
    if (hour > 12 || !meridiemOutsidePart(m[1]!, hour, m[4]!)) continue;
    const time = `${String((hour % 12) + (m[4] === 'p' ? 12 : 0)).padStart(2, '0')}:${m[3] ?? '00'}`;
    return { ok: false, error: [scheduleError('clockOutsidePart', 'StartTime', { time })] };
  }
  const eveningThenMorning = ZH_EVENING_THEN_MORNING.exec(text);
  if (eveningThenMorning) {
    const time = `${eveningThenMorning[1]!.padStart(2, '0')}:${eveningThenMorning[2] ?? '00'}`;
    return { ok: false, error: [scheduleError('clockOutsidePart', 'StartTime', { time })] };
  }
  const twoParts = ZH_CONTRADICTING_PARTS.exec(text);
  if (twoParts) {
    const part = (twoParts[1] ?? twoParts[2] ?? twoParts[3])!;
    const time = `${String(hourInPart(part, Number(twoParts[4]))).padStart(2, '0')}:${twoParts[5] ?? '00'}`;
    return { ok: false, error: [scheduleError('clockOutsidePart', 'StartTime', { time })] };
  }
  for (const m of text.matchAll(ZH_PART_HOUR)) {
    if (!outsidePart(m[1]!, Number(m[2]))) continue;
    const time = `${m[2]!.padStart(2, '0')}:${m[3] ?? '00'}`;
    return { ok: false, error: [scheduleError('clockOutsidePart', 'StartTime', { time })] };
  }
  if (text.includes('点')) {
    for (const m of text.matchAll(ZH_HOUR)) if (impossible(Number(m[1]), 0)) return refuse(m[0]);
    for (const m of text.matchAll(ZH_MINUTES)) if (Number(m[1]) > 59) return refuse(m[0]);
  }
  return { ok: true, value: text };
}
