// "starting 8:15pm 1:30", "from 8pm 1:30", 明晚8:15起 1:30, 从明晚8点开始，1:30: a short hours-and-minutes amount right
// after a start said with its own word. Without the word, "8pm 1:30" is the house's range (to 1:30 am); with it, the
// person has already said "this is when it starts", and what follows is as likely how long it runs (1h30) as when
// it stops. Both were read as the end at 1:30 am, silently. Neither is plain: refused, naming both readings.
// Only 1:00 to 5:59, the amounts a relay's length is written as: "starting 8pm 10:30" stays the end (10:30 pm), and
// "starting 8pm 0:45" stays a length (clock-forms.ts reads 0:MM after a clock as one). An amount with its unit,
// am/pm, "long" or an end word after it ("1:30 hrs", "1:30am", 1:30结束) says which, and is left alone.
import type { RelayError, Result } from '../errors.js';
import { WEEKDAY } from './calendar-words.js';
import { scheduleError } from './schedule-error.js';

const DAY = String.raw`(?:today|tonight|tomorrow|${WEEKDAY}[a-z]*\.?)`;
const CLOCK = String.raw`(?:\d{1,2}(?:[:.][0-5]\d)?\s*[ap]\.?m\b\.?|\d{1,2}:[0-5]\d\b|\d{1,2}h[0-5]\d\b|noon\b|midnight\b)`;
// "kick off 8pm 1:30", "go live 8pm 1:30", "start time 8pm 1:30" say the start as plainly (found by the sweep).
const START_WORD = String.raw`\b(?:starting|starts?|beginning|begins?|from|kick(?:s|ing)?\s+off|go(?:es|ing)?\s+live|start\s+time\s*:?)\s+(?:at\s+)?(?:${DAY}\s*,?\s+(?:at\s+)?)?`;
const AMOUNT = String.raw`\b([1-5]:[0-5]\d)\b`;
const NOT_SAID_WHICH = String.raw`(?![:.]?\d|\s*(?:[ap]\.?m\b|h\b|hrs?\b|hours?\b|long\b|o'?clock\b|小时|钟头|分|点|结束|止|前|以前|之前))`;
const STARTED_THEN_AMOUNT = new RegExp(
  String.raw`${START_WORD}${CLOCK}(?:\s+${DAY})?\s*,?\s*${AMOUNT}${NOT_SAID_WHICH}`,
  'i',
);
const ZH_PART = String.raw`(?:上午|下午|中午|晚上|早上|凌晨|傍晚|今晚|明晚|晚|早)?`;
const ZH_CLOCK = String.raw`(?:${ZH_PART}\d{1,2}\s*点(?:\s*(?:半|钟|[0-5]?\d\s*分?|[13]\s*刻))?|${ZH_PART}\d{1,2}:[0-5]\d)`;
// 从 may stand before the day ("从明晚8点开始"); 起 / 开始 right after the clock say the same.
const ZH_STARTED_THEN_AMOUNT = new RegExp(
  String.raw`(?:从[^\d,，]{0,8}${ZH_CLOCK}\s*(?:开始|起)?|${ZH_CLOCK}\s*(?:开始|起))\s*[,，]?\s*${AMOUNT}${NOT_SAID_WHICH}`,
);

/** Refuses a start said with its word and followed by a bare 1:00–5:59 (end or length?), naming both readings. */
export function refuseStartThenEndOrLength(text: string): Result<string, RelayError[]> {
  const found = STARTED_THEN_AMOUNT.exec(text) ?? ZH_STARTED_THEN_AMOUNT.exec(text);
  if (!found) return { ok: true, value: text };
  const amount = found[1]!;
  const [hours, minutes] = amount.split(':');
  const length = minutes === '00' ? `${hours}h` : `${hours}h${minutes}`;
  const words = found[0].trim().replace(/\s+/g, ' ').replace(/ ([,，])/g, '$1');
  return { ok: false, error: [scheduleError('endOrLength', 'EndTime', { words, amount, length })] };
}
