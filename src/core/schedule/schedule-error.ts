// Every way a schedule can be rejected, as RelayErrors with the provider's code for bad task times. Each
// message (locales, namespace "schedule") tells the user what to type instead, with an example.
import type { RelayError } from '../errors.js';

export const INVALID_TASK_TIME = 'InvalidParameter.InvalidTaskTime';

export type ScheduleErrorKey =
  | 'noTime'
  | 'noEnd'
  | 'lengthWithoutUnit'
  | 'negativeLength'
  | 'dayWithoutTime'
  | 'weekdayMismatch'
  | 'noSuchDate'
  | 'noSuchTime'
  | 'vagueAmount'
  | 'unclearDecimal'
  | 'vaguePeriod'
  | 'vagueStart'
  | 'conflictingDays'
  | 'clockOutsidePart'
  | 'mixedClock'
  | 'unclearHalf'
  | 'unclearMidnight'
  | 'unclearHolidayHour'
  | 'regionalLunarDay'
  | 'countryHoliday'
  | 'twoStarts'
  | 'twoClocks'
  | 'endOrLength'
  | 'morningBeforeEvening'
  | 'placeWithoutTime'
  | 'markBeforeLength'
  | 'markBetweenClocks'
  | 'dottedDateOrder'
  | 'badEnd'
  | 'unknownZone'
  | 'twoZones'
  | 'severalZones'
  | 'sameTimeWithZone'
  | 'seasonNotInEffect'
  | 'nonexistentTime'
  | 'endAndDuration'
  | 'twoLengths'
  | 'recurring'
  | 'tooLong';

export function scheduleError(
  key: ScheduleErrorKey,
  field: 'StartTime' | 'EndTime',
  params: Record<string, string | number> = {},
): RelayError {
  return { code: INVALID_TASK_TIME, field, key: `schedule.${key}`, params };
}
