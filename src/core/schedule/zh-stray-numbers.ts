// A number typed apart (after a space) from the Chinese clock time or length before it: 8点 30, 10点 2, 10点 1080p,
// 持续2小时 60帧. Two digits under 60 are its minutes and are joined to it ('明天 8点 30 到 10点' had been refused as
// 30 not understood, where '明晚8点 到 10点 30' was read). Anything else cannot be: one digit (nobody writes 10点02
// as 10点 2; '明晚8点到10点 2' had ended at 22:02, silently), three digits or more, 60 and up, or a unit no time has
// (p, fps, k, 帧, 路, 场 …, 号 of a numbered thing). Read into the clock or length (10点1080, 2小时60), it broke them and
// the command was refused as having no end or no time of day, where 'tomorrow 8pm to 10pm 1080p' names the word. A
// comma (as NFKC leaves a typed ，) now stands before such a number, so it is left over and quoted back whole, as
// '明晚8点到10点，1080p' already was. A number before its own unit (8点 120分钟, 8点 5 分, 8点 90min, 8点 1h30) or a
// date's (8点 15 号, 8点 2026年12月3日, 8点 12.3) is left as it was.
// The number with its unit: ASCII letters (1080p, 30fps, 90min), one of the counters no time has (60帧; the space after
// it may be gone, joinLetterSpacedChinese), 号 before a numbered thing (1号源, as clock-forms.ts's ZH_DAY_OF_MONTH
// leaves it), or none, before a space, a mark or the end.
const AFTER_TIME_UNIT =
  /(?<=[点时钟分秒])\s+((\d+)(?:([A-Za-z]+)(?![A-Za-z\d])|([帧路场集期楼层厅台]|号(?=[厅楼线机位台房馆门口院窗桌车床源流屏包棚]))|(?=\s|$|[，。,;；！!])(?!\s+(?:[分秒刻点时个半钟天号日月年周]|小时|[hms]\b|min))))/g;
const LENGTH_LETTERS = /^(?:h|hrs?|hours?|m|mins?|minutes?|s|secs?|seconds?)$/i;
// am / pm only after an hour, or hours and minutes, a clock could have (8点 9pm is left as it was; 1080p is no clock).
const MERIDIEM_LETTERS = /^(?:a|p|am|pm)$/i;
const clockDigits = (digits: string) => Number(digits.slice(0, -2) || digits) <= 12 && (digits.length <= 2 || Number(digits.slice(-2)) < 60);

/** The text with minutes typed apart joined to their hour, and a comma before any other number after a time unit. */
export function separateStrayNumbers(text: string): string {
  if (!/[点时钟分秒]\s+\d/.test(text)) return text;
  return text.replace(AFTER_TIME_UNIT, (spaced: string, number: string, digits: string, letters?: string, counter?: string) => {
    if (counter !== undefined) return `,${number}`;
    if (letters !== undefined) {
      const timeUnit = LENGTH_LETTERS.test(letters) || (MERIDIEM_LETTERS.test(letters) && digits.length <= 4 && clockDigits(digits));
      return timeUnit ? spaced : `,${number}`;
    }
    // One digit apart (10点 2) is no way to write minutes (10点02, 10点2分): it had been 22:02, silently.
    if (digits.length !== 2 || Number(digits) >= 60) return `,${number}`;
    // Two digits are the minutes, joined to their hour: '明天 8点 30 到 10点' was refused as 30 not understood, where
    // '明晚8点 到 10点 30' and '明晚8点 30 持续1小时' were read.
    return number;
  });
}
