// 周六晚上12点, 12月5日夜里12点, 12月5日午夜: midnight said with a Chinese evening word after a named date or
// weekday is the midnight that ends that day, as 明天晚上12点 already is (compose.ts moves a day word's midnight
// on). chrono's date is the named day itself, so "周六晚上12点" started as Saturday began, a day early.
import type { ClockReading } from './chrono-reader.js';
import { addDays } from './wall-clock.js';

// 午夜 alone is written 凌晨0点 by clock-forms.ts (a 凌晨0点 the user wrote is plain 0点 by then).
const ZH_MIDNIGHT_MARK = /午夜|凌晨0点/;

/** The reading moved to the end of its named day when it is a Chinese evening's midnight on a date. */
export function endOfNamedDay(reading: ClockReading, text: string, lateNight: boolean): ClockReading {
  if (!reading.date || !reading.midnight || !(lateNight || ZH_MIDNIGHT_MARK.test(text))) return reading;
  return {
    ...reading,
    date: addDays(reading.date, 1),
    weekday: reading.weekday === null ? null : (reading.weekday + 1) % 7,
  };
}
