// A start or a length given as a bound rather than a value: 八点多 / 8点出头 (a little after 8), 8点以后 / 8点后 (some
// time after 8), 8点前 / 8点之前 (some time before 8), "after 8pm", "shortly after 8pm", "before 8pm", and 至少两小时 /
// 最少2小时 / 起码两小时 / 不少于两小时 / "at least 2 hours" (the relay may need to run longer). None of them says when
// to start or stop, so they are asked about, as "2个多小时" and "sometime" are (vague-amounts.ts); they were refused
// as 多 / 后 / 前 / 少 / "after" not understood, which did not say what to change. An estimate that has a value is
// read at it (明晚8点前后, 8点左右, "around 8pm", "about 2h", "at most 2h"), and a bound on the end stays the end
// (10点前结束, "finish before 10pm", "later than 9pm but before 11pm").
import type { RelayError, Result } from '../errors.js';
import { scheduleError } from './schedule-error.js';

const ZH_DIGITS = String.raw`[\d零〇一二两三四五六七八九十]{1,3}`;
const ZH_CLOCK = String.raw`(?:${ZH_DIGITS}\s*点\s*(?:钟|半|[一三]\s*刻|${ZH_DIGITS}\s*分?)?|\d{1,2}\s*[:：]\s*[0-5]\d)`;
// Whole numbers only. Not after a range word (明晚8点到10点前 is the end), not before the end's own verb (10点前结束), and not 前后 (about).
const ZH_CLOCK_BOUND = new RegExp(
  String.raw`(?<!(?:到|至|直到|播到)\s*)(?<![\d:：零〇一二两三四五六七八九十])${ZH_CLOCK}\s*(?:多(?!\s*(?:小时|钟头|分钟))|出头|以后|之后|后(?!天)|以前|之前|前(?![后天]))(?!\s*(?:结束|停|下播|收|关))`,
);
const ZH_LENGTH = String.raw`(?:${ZH_DIGITS}|半)\s*(?:个\s*)?(?:半\s*)?(?:小时|钟头|个钟|分钟)`;
const ZH_AT_LEAST = new RegExp(String.raw`(?:至少|最少|起码|最低|不少于|不低于)\s*(?:要|播|持续)?\s*${ZH_LENGTH}`);

const EN_CLOCK = String.raw`(?:\d{1,2}(?::[0-5]\d)?\s*(?:[ap]\.?m\b\.?|o'?clock\b)|\d{1,2}:[0-5]\d\b|noon\b|midnight\b)`;
// Not "15 minutes after 8pm" / "a quarter after 6 pm" (clock times), "for 2h after 8pm" (refused as it was), an end
// ("finish before 10pm", "until before 11") or the second half of a range ("later than 9 but before 11").
const EN_CLOCK_BOUND = new RegExp(
  String.raw`(?<!(?:\d|\b(?:h|hrs?|hours?|m|mins?|minutes?|quarter|half|twenty|ten|five|until|till|til|to|by|and|but|ends?|ending|finish(?:es|ing)?|stops?|stopping|done|over))\s*)` +
    String.raw`\b(?:(?:a\s+(?:bit|little)|just|shortly|sometime|some\s+time|soon|right)\s+)?(?:after|before)\s+${EN_CLOCK}`,
);
const EN_AT_LEAST =
  /\b(?:at\s+least|a\s+minimum\s+of|minimum(?:\s+of)?|no\s+less\s+than|not\s+less\s+than)\s+(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six)\s*(?:h|hrs?|hours?|m|mins?|minutes?)\b/;

/** Refuses a start or a length given only as a bound ("after 8pm", 八点多, 至少两小时), quoting its words. */
export function refuseTimeBounds(text: string): Result<string, RelayError[]> {
  const clock = EN_CLOCK_BOUND.exec(text) ?? ZH_CLOCK_BOUND.exec(text);
  if (clock) return { ok: false, error: [scheduleError('vagueStart', 'StartTime', { words: clock[0].trim() })] };
  const length = EN_AT_LEAST.exec(text) ?? ZH_AT_LEAST.exec(text);
  if (length) return { ok: false, error: [scheduleError('vagueAmount', 'EndTime', { words: length[0].trim() })] };
  return { ok: true, value: text };
}
