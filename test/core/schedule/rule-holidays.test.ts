// The date rules of rule-holidays.ts against published dates (calendars of 2020-2035), so a slip in the computus or
// in a weekday's arithmetic shows here and not as a relay on the wrong day.
import { describe, expect, it } from 'vitest';
import {
  easterMonday,
  easterSunday,
  goodFriday,
  laborDay,
  lastWeekdayOfMonth,
  memorialDay,
  nextOccurrence,
  nthWeekdayOfMonth,
  qingmingDay,
  usFathersDay,
  usMothersDay,
  usThanksgiving,
  type HolidayRule,
} from '../../../src/core/schedule/rule-holidays.js';
import { formatCivilDate } from '../../../src/core/schedule/wall-clock.js';

const RULES: Record<string, HolidayRule> = {
  easterSunday, usThanksgiving, usMemorialDay: memorialDay, usLaborDay: laborDay, usMothersDay, usFathersDay, qingming: qingmingDay,
};

const YEARS = Array.from({ length: 16 }, (_, i) => 2020 + i);

// Month-day of each year 2020-2035, in order.
const PUBLISHED: Record<string, string[]> = {
  easterSunday: ['04-12', '04-04', '04-17', '04-09', '03-31', '04-20', '04-05', '03-28', '04-16', '04-01', '04-21', '04-13', '03-28', '04-17', '04-09', '03-25'],
  usThanksgiving: ['11-26', '11-25', '11-24', '11-23', '11-28', '11-27', '11-26', '11-25', '11-23', '11-22', '11-28', '11-27', '11-25', '11-24', '11-23', '11-22'],
  usMemorialDay: ['05-25', '05-31', '05-30', '05-29', '05-27', '05-26', '05-25', '05-31', '05-29', '05-28', '05-27', '05-26', '05-31', '05-30', '05-29', '05-28'],
  usLaborDay: ['09-07', '09-06', '09-05', '09-04', '09-02', '09-01', '09-07', '09-06', '09-04', '09-03', '09-02', '09-01', '09-06', '09-05', '09-04', '09-03'],
  usMothersDay: ['05-10', '05-09', '05-08', '05-14', '05-12', '05-11', '05-10', '05-09', '05-14', '05-13', '05-12', '05-11', '05-09', '05-08', '05-14', '05-13'],
  usFathersDay: ['06-21', '06-20', '06-19', '06-18', '06-16', '06-15', '06-21', '06-20', '06-18', '06-17', '06-16', '06-15', '06-20', '06-19', '06-18', '06-17'],
  qingming: ['04-04', '04-04', '04-05', '04-05', '04-04', '04-04', '04-05', '04-05', '04-04', '04-04', '04-05', '04-05', '04-04', '04-04', '04-05', '04-05'],
};

describe('rule holidays fall on their published dates, 2020-2035', () => {
  for (const [holiday, dates] of Object.entries(PUBLISHED)) {
    it(holiday, () => {
      expect(YEARS.map((year) => formatCivilDate(RULES[holiday]!(year)))).toEqual(
        YEARS.map((year, i) => `${year}-${dates[i]}`),
      );
    });
  }

  it('Good Friday and Easter Monday are two days before and one after Easter Sunday', () => {
    expect(formatCivilDate(goodFriday(2024))).toBe('2024-03-29');
    expect(formatCivilDate(easterMonday(2024))).toBe('2024-04-01');
    expect(formatCivilDate(goodFriday(2027))).toBe('2027-03-26');
    expect(formatCivilDate(easterMonday(2027))).toBe('2027-03-29');
    expect(formatCivilDate(easterSunday(2038))).toBe('2038-04-25'); // the latest possible
    expect(formatCivilDate(easterSunday(2285))).toBe('2285-03-22'); // the earliest possible
  });
});

describe('weekdays of a month', () => {
  it('the nth weekday, also when the 1st is that weekday', () => {
    expect(formatCivilDate(nthWeekdayOfMonth(2026, 3, 0, 1))).toBe('2026-03-01'); // the 1st is itself a Sunday
    expect(formatCivilDate(nthWeekdayOfMonth(2026, 3, 2, 5))).toBe('2026-03-31');
  });

  it('the last weekday, also in December and in a leap February', () => {
    expect(formatCivilDate(lastWeekdayOfMonth(2026, 12, 4))).toBe('2026-12-31');
    expect(formatCivilDate(lastWeekdayOfMonth(2026, 12, 5))).toBe('2026-12-25');
    expect(formatCivilDate(lastWeekdayOfMonth(2028, 2, 2))).toBe('2028-02-29');
  });

  it('清明 is claimed only for 2001-2099', () => {
    expect(() => qingmingDay(2000)).toThrow(RangeError);
    expect(formatCivilDate(qingmingDay(2008))).toBe('2008-04-04');
  });
});

describe('the next occurrence', () => {
  it('is this year while the day has not passed, today included, else next year', () => {
    expect(formatCivilDate(nextOccurrence(usThanksgiving, { year: 2026, month: 11, day: 28 }))).toBe('2027-11-25');
    expect(formatCivilDate(nextOccurrence(usThanksgiving, { year: 2026, month: 11, day: 26 }))).toBe('2026-11-26');
    expect(formatCivilDate(nextOccurrence(usThanksgiving, { year: 2026, month: 11, day: 25 }))).toBe('2026-11-26');
    expect(formatCivilDate(nextOccurrence(easterSunday, { year: 2026, month: 11, day: 28 }))).toBe('2027-03-28');
  });
});
