// The task window: both ends in the API's UTC format, in the future, end after start, and shorter than the
// span limit (7 days on the API page; RELAYBOT_MAX_SPAN_DAYS).
import type { RelayError } from '../errors.js';
import type { RelayRequest } from '../relay-request.js';
import type { ValidationContext } from './context.js';

const API_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;
const CODE = 'InvalidParameter.InvalidTaskTime';

function instant(value: unknown): number | undefined {
  if (typeof value !== 'string' || !API_TIME.test(value)) return undefined;
  const ms = Date.parse(value);
  // Date.parse accepts 2026-02-30; round-tripping catches impossible dates.
  return Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 19) !== value.slice(0, 19) ? undefined : ms;
}

export interface TimeRuleOptions {
  /** Edits of a running task keep its start, which is then in the past. */
  startMayBePast?: boolean;
}

export function validateTimes(request: RelayRequest, ctx: ValidationContext, options: TimeRuleOptions = {}): RelayError[] {
  const errors: RelayError[] = [];
  const start = instant(request.StartTime);
  const end = instant(request.EndTime);
  if (start === undefined) errors.push({ code: CODE, field: 'StartTime', key: 'validation.time.format', params: { value: String(request.StartTime) } });
  if (end === undefined) errors.push({ code: CODE, field: 'EndTime', key: 'validation.time.format', params: { value: String(request.EndTime) } });
  if (start === undefined || end === undefined) return errors;

  const now = ctx.now.getTime();
  if (start <= now && !options.startMayBePast) {
    errors.push({ code: CODE, field: 'StartTime', key: 'validation.time.past', params: { time: request.StartTime } });
  }
  if (end <= now) errors.push({ code: CODE, field: 'EndTime', key: 'validation.time.past', params: { time: request.EndTime } });
  if (end <= start) {
    errors.push({ code: CODE, field: 'EndTime', key: 'validation.time.endBeforeStart', params: { start: request.StartTime, end: request.EndTime } });
  } else if (end - start >= ctx.maxSpanDays * 86_400_000) {
    // In whole hours and minutes, never rounded: "for 10081 minutes" was told it lasts "168 hours", which is 7 days
    // exactly and does not show what is over the limit.
    const minutes = Math.floor((end - start) / 60_000);
    const params = { days: ctx.maxSpanDays, limitHours: ctx.maxSpanDays * 24, hours: Math.floor(minutes / 60), minutes: minutes % 60 };
    errors.push({ code: CODE, field: 'EndTime', key: 'validation.time.tooLong', params });
  }
  return errors;
}
