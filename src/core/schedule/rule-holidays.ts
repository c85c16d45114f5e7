// The dates of holidays that follow a rule rather than a fixed day of the year: Easter by the church's computus,
// the US holidays by "the nth (or last) weekday of a month", and 清明 (Qingming) by the sun. They are not guesses:
// each year has exactly one such date, so a holiday's name can be written as its date (as holidays.ts does for the
// fixed ones) before the date parser reads it. Pure functions of the year, shared by the English and Chinese stages;
// whether a name means this date for a given user (Mother's Day differs by country) is their caller's question.

/** A day of the Gregorian calendar; month is 1 (January) to 12. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** A holiday's date in a given year. */
export type HolidayRule = (year: number) => CalendarDate;

/** 0 Sunday … 6 Saturday, as Date.getUTCDay counts them. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

const SUNDAY: Weekday = 0;
const MONDAY: Weekday = 1;
const THURSDAY: Weekday = 4;

function fromUtc(date: Date): CalendarDate {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The date n days after (or before, for a negative n) the given one. */
export function daysAfter(date: CalendarDate, days: number): CalendarDate {
  return fromUtc(new Date(Date.UTC(date.year, date.month - 1, date.day + days)));
}

/**
 * Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm, also called Meeus/Jones/Butcher),
 * as Western churches keep it; Orthodox Easter is another date and is not this.
 */
export function easterSunday(year: number): CalendarDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

export const goodFriday: HolidayRule = (year) => daysAfter(easterSunday(year), -2);
export const easterMonday: HolidayRule = (year) => daysAfter(easterSunday(year), 1);

/** The nth (1 = first) given weekday of a month: nthWeekdayOfMonth(2026, 11, 4, 4) is the 4th Thursday. */
export function nthWeekdayOfMonth(year: number, month: number, weekday: Weekday, nth: number): CalendarDate {
  const firstWeekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  const firstDay = 1 + ((weekday - firstWeekday + 7) % 7);
  return { year, month, day: firstDay + 7 * (nth - 1) };
}

/** The last given weekday of a month. */
export function lastWeekdayOfMonth(year: number, month: number, weekday: Weekday): CalendarDate {
  const lastDay = new Date(Date.UTC(year, month, 0));
  const back = (lastDay.getUTCDay() - weekday + 7) % 7;
  return { year, month, day: lastDay.getUTCDate() - back };
}

/** US Thanksgiving: the fourth Thursday of November (Canada's is the second Monday of October). */
export const usThanksgiving: HolidayRule = (year) => nthWeekdayOfMonth(year, 11, THURSDAY, 4);
/** Canadian Thanksgiving: the second Monday of October. */
export const canadianThanksgiving: HolidayRule = (year) => nthWeekdayOfMonth(year, 10, MONDAY, 2);
/** US Memorial Day: the last Monday of May. */
export const memorialDay: HolidayRule = (year) => lastWeekdayOfMonth(year, 5, MONDAY);
/** US (and Canadian) Labor Day: the first Monday of September. */
export const laborDay: HolidayRule = (year) => nthWeekdayOfMonth(year, 9, MONDAY, 1);
/** Mother's Day as the US (and China, Canada, Australia…) keep it: the second Sunday of May; not the UK's. */
export const usMothersDay: HolidayRule = (year) => nthWeekdayOfMonth(year, 5, SUNDAY, 2);
/** Father's Day as the US (and the UK, Canada…) keep it: the third Sunday of June. */
export const usFathersDay: HolidayRule = (year) => nthWeekdayOfMonth(year, 6, SUNDAY, 3);
/** Mothering Sunday, the UK's and Ireland's Mother's Day: the fourth Sunday of Lent, three weeks before Easter. */
export const motheringSunday: HolidayRule = (year) => daysAfter(easterSunday(year), -21);
/** Father's Day in Australia and New Zealand: the first Sunday of September. */
export const southernFathersDay: HolidayRule = (year) => nthWeekdayOfMonth(year, 9, SUNDAY, 1);

/**
 * 清明 (Qingming, the day the sun reaches 15° of longitude, in China's time): April 4 or 5 from 2001 to 2099, by the
 * usual century formula (day = ⌊Y × 0.2422 + 4.81⌋ − ⌊Y / 4⌋, Y the year's last two digits), which holds for every
 * year of this century. Outside it the formula is not known to hold, so it throws rather than guess.
 */
export function qingmingDay(year: number): CalendarDate {
  if (year < 2001 || year > 2099) throw new RangeError(`qingmingDay: ${year} is outside 2001–2099`);
  const y = year % 100;
  return { year, month: 4, day: Math.floor(y * 0.2422 + 4.81) - Math.floor(y / 4) };
}

function compare(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** The holiday's next date from today: today's own if it falls today (as a fixed holiday's date is read). */
export function nextOccurrence(rule: HolidayRule, today: CalendarDate): CalendarDate {
  const thisYear = rule(today.year);
  return compare(thisYear, today) >= 0 ? thisYear : rule(today.year + 1);
}
