// 明晚8点到明早6点, 明天晚上10点到明天凌晨2点, 今晚10点到今早6点: an evening start and an end on the same day's morning
// or small hours. Read as written the end is before the start, and the refusal only showed the two times; what
// the person most likely meant is the morning after (后天早上, 第二天早上), yet 明早 names the morning before, so it is
// not guessed: it is asked, naming what to write for the morning after. An end on another day (明晚8点到后天早上6点,
// 今晚10点到明天凌晨2点) is not this, and one on an earlier day (明晚8点到今天早上6点) stays refused as ending first.
import type { RelayError, Result } from '../errors.js';
import { scheduleError } from './schedule-error.js';

const NEXT_DAY: Record<string, string> = { 今: '明天', 明: '后天', 后: '大后天' };

// The start's day word and evening, its clock (no other day word), a range word (or 开始 and the end's clause, 明晚8点开始，
// 明早6点结束), then the same day word and a morning. 后天 has no one-character evening form, so only its full form is read.
const MORNING_BEFORE_EVENING =
  /(今|明|后)(天|日|儿)?(晚上?|夜里|夜间|晚间)([^今明后到至~～—-]*?)(到|至|直到|~|～|—+|-|(?:开始|开播|起)[，,、\s]*)\s*(今|明|后)(天|日|儿)?(早上?|早晨|晨|凌晨|上午|清晨|清早)([0-9零〇一二两三四五六七八九十:：点半刻分钟整]*)(结束|下线|停止|停播|关闭)?/;

/** Refuses an evening start whose end names that same day's morning, with what to write for the morning after. */
export function refuseMorningBeforeEvening(text: string): Result<string, RelayError[]> {
  const found = MORNING_BEFORE_EVENING.exec(text);
  if (!found || found[1] !== found[6]) return { ok: true, value: text };
  // 后晚 is no word: only 后天 (or 后日) is the day after tomorrow.
  if (found[1] === '后' && !found[2]) return { ok: true, value: text };
  const morning = found[8] === '早' ? '早上' : found[8]!;
  const endDay = `${found[6]}${found[7] ?? ''}${found[8]}`;
  const suggestion = `${found[1]}${found[2] ?? ''}${found[3]}${found[4]}${found[5]}${NEXT_DAY[found[1]!]}${morning}${found[9] ?? ''}${found[10] ?? ''}`;
  const words = found[0].trim();
  return { ok: false, error: [scheduleError('morningBeforeEvening', 'EndTime', { words, endDay, suggestion })] };
}
