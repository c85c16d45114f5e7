// A clock time no day has ("8:75pm", "25:00", "明天25点", "8点75分") is refused by name, so that the user is told the
// time is wrong rather than that no time was given ("You gave a day but no time of day", as before).
import type { RelayError, Result } from '../errors.js';
import { scheduleError } from './schedule-error.js';

// Not a length written as a clock ("for 1:30", "持续1:30"), whose hours may pass 24.
const COLON_CLOCK = /(?<![\d:.])(?<!\b(?:for|lasting|lasts)\s+|(?:持续|时长)\s*)(\d{1,2})\s*[:：]\s*(\d{2})(?![\d])/g;
const ZH_HOUR = /(?<![\d.])(\d{1,3})\s*点/g;
// Minutes, not a length after the hour ("8点 90分钟").
const ZH_MINUTES = /(?<![\d.])\d{1,2}\s*点\s*(\d{1,3})\s*分(?!钟)/g;

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
  if (text.includes('点')) {
    for (const m of text.matchAll(ZH_HOUR)) if (impossible(Number(m[1]), 0)) return refuse(m[0]);
    for (const m of text.matchAll(ZH_MINUTES)) if (Number(m[1]) > 59) return refuse(m[0]);
  }
  return { ok: true, value: text };
}
