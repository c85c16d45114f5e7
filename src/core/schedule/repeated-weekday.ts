// A weekday written beside a full date ("Feb 18 (Mon)", "2月18日(周一)", "2月18日 周一") only repeats it. Said
// right, it is dropped so that the date and the time read as one; said wrong, the schedule is refused with both
// in the message: a relay on the wrong day is worse than a question.
import { MONTH, WEEKDAY, WEEKDAY_PREFIXES, comingDate, monthOf } from './calendar-words.js';
import { scheduleError } from './schedule-error.js';
import type { RelayError, Result } from '../errors.js';
import type { CivilDate } from './wall-clock.js';

const EN_WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const ZH_WEEKDAYS = '日一二三四五六';

const ZH_DATE_WEEKDAY = /((?:(\d{4})年)?(\d{1,2})月(\d{1,2})[日号])\s*[(（]?\s*((?:周|星期|礼拜)([一二三四五六日天1-7]))\s*[)）]?/g;
const EN_DATE_WEEKDAY = new RegExp(
  String.raw`\b((?:(${MONTH})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?` +
    // "(Mon)" after the date, or ", Mon" ("Jul 18, Fri").
    String.raw`(${MONTH})[a-z]*\.?)(?:,?\s+(\d{4}))?)\s*(?:\(\s*|,\s*)((${WEEKDAY})[a-z]*\.?)(?:\s*\))?`,
  'g',
);

// "dec 4 friday 8pm", "4 dec fri 8pm": the weekday after its date with only a space between (refused as a day
// without a time, the weekday taken for a second day). Not after a day with an ordinal and the month first: "dec 4th
// friday" may be December's fourth Friday, and stays as it was. The weekday a whole word ("dec 4 monthly" names none).
const EN_DATE_SPACE_WEEKDAY = new RegExp(
  String.raw`\b((?:(${MONTH})[a-z]*\.?\s+(\d{1,2})|(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTH})[a-z]*\.?)(?:,?\s+(\d{4}))?)\s+` +
    String.raw`((${WEEKDAY})(?:day|s|nesday|rsday|urday|sday|rs|r)?\.?)(?![a-z])`,
  'g',
);

// The weekday first: "Thursday, February 20", "Thu 20 Feb", "周四 2月20日", "星期四，2月20日". A weekday with its
// own week word ("next thursday", 下周四) is a date of its own and is left to the other rules.
const ZH_WEEKDAY_DATE = /(?<![上下这本个]\s*)((?:周|星期|礼拜)([一二三四五六日天1-7]))\s*[,，、]?\s*((?:(\d{4})年)?(\d{1,2})月(\d{1,2})[日号])/g;
const EN_WEEKDAY_DATE = new RegExp(
  String.raw`(?<!\b(?:next|this|last|coming)\s+)\b((${WEEKDAY})[a-z]*\.?),?\s+(?:the\s+)?((?:(${MONTH})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?` +
    String.raw`|(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTH})[a-z]*\.?)(?:,?\s+(\d{4}))?)\b`,
  'g',
);

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

// An ISO date beside its weekday ("tue 2027-12-04 8pm", "2027-12-04 (sat) 8pm"): the weekday was dropped without a
// look, so a wrong one ran on the date's own day (silently), and one after the date was refused as a day without a
// time.
const WEEKDAY_ISO_DATE = new RegExp(
  String.raw`(?<!\b(?:next|this|last|coming)\s+)\b((${WEEKDAY})[a-z]*\.?),?\s+((\d{4})-(\d{2})-(\d{2}))(?![\d-])`,
  'g',
);
const ISO_DATE_WEEKDAY = new RegExp(
  String.raw`(?<![\d-])((\d{4})-(\d{2})-(\d{2}))(?:\s*\(\s*|,\s*|\s+)((${WEEKDAY})(?:day|s|nesday|rsday|urday|sday|rs|r)?\.?)(?![a-z])(?:\s*\))?`,
  'g',
);

/** The day an ISO date names, or null when the calendar has no such day. */
function isoDate(year: string, month: string, day: string): Date | null {
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day) ? date : null;
}

/** The text without weekdays that repeat their date, or the first one that contradicts it. */
export function dropRepeatedWeekdays(text: string, today: CivilDate): Result<string, RelayError[]> {
  let contradiction: { date: string; weekday: string } | null = null;
  const check = (whole: string, date: Date | null, said: number, saidText: string, kept: string) => {
    // A day the month does not have is left for the date parser to refuse.
    if (!date) return whole;
    if (date.getUTCDay() === said) return kept;
    contradiction ??= { date: isoDay(date), weekday: saidText };
    return whole;
  };
  const dateThenWeekday = (whole: string, date: string, m1?: string, d1?: string, d2?: string, m2?: string, year?: string, _said?: string, weekday?: string) => {
    const month = monthOf((m1 ?? m2)!);
    const when = comingDate(month, Number(d1 ?? d2), today, year ? Number(year) : undefined);
    const said = WEEKDAY_PREFIXES.indexOf(weekday!);
    // The text is lower-cased by now: the message names the day in full ("Monday"), not as typed ("mon").
    return check(whole, when, said, EN_WEEKDAY_NAMES[said]!, date);
  };
  const rewritten = text
    .replace(ZH_DATE_WEEKDAY, (whole, date: string, year?: string, month?: string, day?: string, saidText?: string, weekday?: string) => {
      const said = weekday === '天' ? 0 : /\d/.test(weekday!) ? Number(weekday) % 7 : ZH_WEEKDAYS.indexOf(weekday!);
      return check(whole, comingDate(Number(month), Number(day), today, year ? Number(year) : undefined), said, saidText!, date);
    })
    .replace(EN_DATE_WEEKDAY, dateThenWeekday)
    .replace(EN_DATE_SPACE_WEEKDAY, dateThenWeekday)
    .replace(ISO_DATE_WEEKDAY, (whole, date: string, year: string, month: string, day: string, _said: string, weekday: string) => {
      const said = WEEKDAY_PREFIXES.indexOf(weekday);
      return check(whole, isoDate(year, month, day), said, EN_WEEKDAY_NAMES[said]!, date);
    });
  const weekdayFirst = rewritten
    .replace(ZH_WEEKDAY_DATE, (whole, saidText: string, weekday: string, date: string, year?: string, month?: string, day?: string) => {
      const said = weekday === '天' ? 0 : /\d/.test(weekday) ? Number(weekday) % 7 : ZH_WEEKDAYS.indexOf(weekday);
      return check(whole, comingDate(Number(month), Number(day), today, year ? Number(year) : undefined), said, saidText, date);
    })
    .replace(
      EN_WEEKDAY_DATE,
      (whole, _said: string, weekday: string, date: string, m1?: string, d1?: string, d2?: string, m2?: string, year?: string) => {
        const when = comingDate(monthOf((m1 ?? m2)!), Number(d1 ?? d2), today, year ? Number(year) : undefined);
        const said = WEEKDAY_PREFIXES.indexOf(weekday);
        return check(whole, when, said, EN_WEEKDAY_NAMES[said]!, date);
      },
    );
  const isoChecked = weekdayFirst.replace(WEEKDAY_ISO_DATE, (whole, _said: string, weekday: string, date: string, year: string, month: string, day: string) => {
    const said = WEEKDAY_PREFIXES.indexOf(weekday);
    return check(whole, isoDate(year, month, day), said, EN_WEEKDAY_NAMES[said]!, date);
  });
  if (contradiction) return { ok: false, error: [scheduleError('weekdayMismatch', 'StartTime', contradiction)] };
  return { ok: true, value: isoChecked };
}
