// "现在开始到晚上10点", "now until 10pm", 半小时后开始到晚上11点, said at 22:50: the end's clock time has just passed today,
// so, as any time with no date, it is its next occurrence, tomorrow's, and the relay ran some 23 hours, with
// nothing in the preview saying why (found by probing relative starts with ends). The reading stands (it is the
// house rule, and a relay until tomorrow evening may be meant), but the preview now says which day the end was read
// as and how long that makes the relay, and what to write otherwise. Only for a start said as now or from now (a
// clock time of the user's own before the end, "10pm to 9pm", is a range written whole), an end with no day, and
// a relay of over 12 hours ending on another day than today ("now until 10pm" said in the morning is plain).
import type { Locale } from '../i18n.js';
import type { RelayError } from '../errors.js';
import { wallTimeAt, type WallTime, type Zone } from './wall-clock.js';

/** Longer than this after a start of now, an end with no day that wrapped to tomorrow is worth a word. */
const NOTABLE_HOURS = 12;

function dayName(locale: Locale, date: Pick<WallTime, 'year' | 'month' | 'day'>): string {
  const format = new Intl.DateTimeFormat(locale === 'zh-CN' ? 'zh-CN' : 'en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
  return format.format(Date.UTC(date.year, date.month - 1, date.day));
}

export interface PassedEndFacts {
  nowMs: number;
  startMs: number;
  endMs: number;
  /** The start was "now" or an amount from now, not a clock time. */
  startFromNow: boolean;
  /** The end was a clock time with no day of its own (no day word, date or 第二天 anywhere in the text). */
  endClockWithoutDay: boolean;
}

/** A note when an end clock time with no day was read as another day's, making a relay from now of over 12 hours. */
export function passedEndClockNotes(facts: PassedEndFacts, zone: Zone, locale: Locale): RelayError[] {
  if (!facts.startFromNow || !facts.endClockWithoutDay) return [];
  const hours = (facts.endMs - facts.startMs) / 3_600_000;
  if (hours <= NOTABLE_HOURS) return [];
  const today = wallTimeAt(facts.nowMs, zone);
  const end = wallTimeAt(facts.endMs, zone);
  if (today.year === end.year && today.month === end.month && today.day === end.day) return [];
  return [
    {
      code: 'Notice.PassedEndClock',
      field: 'EndTime',
      key: 'schedule.passedEndClock',
      params: {
        clock: `${String(end.hour).padStart(2, '0')}:${String(end.minute).padStart(2, '0')}`,
        endDay: dayName(locale, end),
        hours: Math.round(hours),
      },
    },
  ];
}
