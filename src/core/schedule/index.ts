// The schedule layer: turns the "when" part of a relay command ("tomorrow 8pm for 2h", "明天晚上8点 持续2小时")
// into a start and an end instant in the user's time zone. Implementation lands shortly; the signature is fixed.
import type { Locale } from '../i18n.js';
import type { RelayError, Result } from '../errors.js';

export interface ScheduleOptions {
  /** The user's IANA zone; wall-clock times in the text are read in it unless the text names another. */
  timeZone: string;
  /** The reference instant ("now"); every relative phrase is computed from it. */
  now: Date;
  locale: Locale;
}

export interface ParsedSchedule {
  start: Date;
  end: Date;
  /** "now", "right now", "立即", or only a duration given ("for 45 minutes"). */
  startsNow: boolean;
  /** Leftover words that are not part of any time expression (the caller turns them into an error). */
  unrecognized: string[];
}

export function parseSchedule(text: string, options: ScheduleOptions): Result<ParsedSchedule, RelayError[]> {
  void text;
  void options;
  return { ok: false, error: [{ code: 'InvalidParameter.InvalidTaskTime', field: 'StartTime', key: 'schedule.noTime' }] };
}
