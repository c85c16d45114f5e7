// Dates written every way people write them become one form the date parser reads the same wherever it stands
// in the sentence: "february 20 2013". Without this, chrono read "8pm feb 20 until 11pm" and "8pm 2013-02-20
// until 11pm" as a range from 20:00 ("20 until 11pm") and "8pm next tuesday until 11pm" as today: a relay on
// the wrong day with no word of warning. A date with its year is left alone; one without gets its coming year.
import { MONTH, MONTH_NAMES, WEEKDAY, WEEKDAY_PREFIXES, comingDate, monthOf, weekdayOfWeek } from './calendar-words.js';
import type { CivilDate } from './wall-clock.js';

// 2013-02-20, 2013/2/20 (not an ISO date-time "2013-02-20T21:00", which chrono reads whole).
const ISO_DATE = /\b(\d{4})[-/](\d{1,2})[-/](\d{1,2})\b(?![t:\d])/g;
// "05.12.2026": day first, as every calendar that writes dates with dots has it (Duckling's dd.mm.yyyy); the date
// parser took it for May 12, a relay on the wrong day (or refused as past) with no word of warning.
const DOTTED_DATE = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.])/g;
// "feb 20", "february 20th", "february the 20th" with no year after it.
const MONTH_DAY = new RegExp(String.raw`\b(${MONTH})[a-z]*\.?\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:[:/.-]\d|,?\s+\d{4}\b))`, 'g');
// "next tuesday" (Duckling's reading: that day of next week, weeks running Monday to Sunday).
// "tuesday next" (British) says the same: it was refused, its "next" a word not understood. Not "friday next week".
// "the following tuesday" too (refused, "following" a word not understood).
const NEXT_WEEKDAY = new RegExp(
  String.raw`\b(?:next|(?:the\s+)?following)\s+(${WEEKDAY})[a-z]*\b(?!\s+week)|\b(${WEEKDAY})[a-z]*\.?\s+next\b(?!\s+(?:week|month|year|weekend)\b)`,
  'g',
);
// "last friday": the latest one before today, as Duckling reads it (the parser took it for the coming one, so a
// past day became a relay three days ahead). It is refused as past by the request validation.
const LAST_WEEKDAY = new RegExp(String.raw`\b(?:last|previous)\s+(${WEEKDAY})[a-z]*\b(?!\s+week)`, 'g');

// "friday after next": the one after the coming one, as Duckling reads it (on a Tuesday, "wednesday after next"
// is in eight days, "tuesday after next" in fourteen). "monday of this week", "wednesday of next week": that day
// of the week named, Monday to Sunday (the parser took "monday of this week" for the coming Monday).
// Its "the" is the phrase's: left before the date, it kept the date from taking the "on" that lets it stand after
// a clock time ("8:30pm the saturday after next, wrap at 10:30" read the date as the range's end: refused).
const AFTER_NEXT = new RegExp(String.raw`(?:\bthe\s+)?\b(${WEEKDAY})[a-z]*\.?\s+after\s+next\b`, 'g');
// "wednesday this week" too (the parser read it as the coming Wednesday, a week late when said on a Thursday).
// "friday last week", "friday of the previous week": that day of the week before this one. The parser dropped
// "last week" and read the coming Friday: a day the user called past became a relay next week, silently.
const OF_WEEK = new RegExp(String.raw`\b(${WEEKDAY})[a-z]*\.?\s+(?:of\s+)?(?:the\s+)?(this|next|last|previous)\s+week\b`, 'g');
const WEEKS_AHEAD: Record<string, number> = { this: 0, next: 1, last: -1, previous: -1 };

// "a week from friday", "2 days after friday", "a week on friday", "a fortnight on friday", "a week friday",
// "friday week" (British): counted from the coming Friday (today's, said on a Friday). The parser lost the clock time and refused a day without one.
// Not "in 3 days on friday" (two days for one start, refused as such).
const FROM_WEEKDAY = new RegExp(
  String.raw`(?<!\bin\s+)\b(an?|\d+)\s+(days?\s+(?:from|after)|(?:weeks?|fortnights?)(?:\s+(?:from|after|on))?)\s+(?:this\s+|the\s+coming\s+)?(${WEEKDAY})[a-z]*\b\.?|(?<!\b(?:next|this|last)\s+)\b(${WEEKDAY})[a-z]*\.?\s+(week)\b(?!'|\s+(?:from|after|on)\b)`,
  'g',
);

// "this tuesday": this week's Tuesday, today when said on one (Duckling's "this <day>"; "this tuesday 8pm" said on
// Tuesday at 9pm is past and refused, where it became next Tuesday). A bare "tuesday" is the coming one whose time
// is still ahead; "coming tuesday" is read as the bare weekday (clock-forms.ts).
const THIS_WEEKDAY = new RegExp(String.raw`\bthis\s+(${WEEKDAY})[a-z]*\b\.?(?!\s+(?:week|of)\b)`, 'g');

function fromWeekday(today: CivilDate, weekday: number, days: number): Date {
  const todayDate = Date.UTC(today.year, today.month - 1, today.day);
  const ahead = (weekday - new Date(todayDate).getUTCDay() + 7) % 7;
  return new Date(todayDate + (ahead + days) * 86_400_000);
}

function afterNext(today: CivilDate, weekday: number): Date {
  const todayDate = Date.UTC(today.year, today.month - 1, today.day);
  const ahead = ((weekday - new Date(todayDate).getUTCDay() + 6) % 7) + 1;
  return new Date(todayDate + (ahead + 7) * 86_400_000);
}

function latestBefore(today: CivilDate, weekday: number): Date {
  const todayDate = Date.UTC(today.year, today.month - 1, today.day);
  const back = ((new Date(todayDate).getUTCDay() - weekday + 6) % 7) + 1;
  return new Date(todayDate - back * 86_400_000);
}

// chrono drops a 24-hour clock right before a bare date ("20:00 february 20 2013" reads as noon that day) but
// not before "on <date>": every written-out date gets its "on" unless a range word stands there.
// Shortened or with its ordinal and a comma too ("oct 3 2026", "sep 27th, 2026"): after "for 1h30" the date parser
// read "30 oct" as the date and left "30" not understood.
const WRITTEN_DATE = new RegExp(
  String.raw`(?<!\b(?:on|from|to|until|till|through|thru|by|${WEEKDAY}[a-z]*\.?,?|the)\s+)\b((?:${MONTH_NAMES.join('|')}) \d{1,2} \d{4}|${MONTH}[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})\b`,
  'g',
);
// "20 feb", "20th of february": day first, no year after it.
// Not the minutes of a clock before a month ("20:30 jun 11": read as June 30, the relay moved 19 days).
const DAY_MONTH = new RegExp(String.raw`(?<![\d:.])\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTH})[a-z]*\b\.?(?!,?\s+\d{4}\b)`, 'g');

// "2013 feb 15" (year first, as in a log line), and "feb 15 '13" / "15 feb '13" (a two-digit year after an
// apostrophe): the year was left over as a word not understood.
const YEAR_MONTH_DAY = new RegExp(String.raw`\b(\d{4})\s+(${MONTH})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?![:/.-]\d)`, 'g');
const SHORT_YEAR = new RegExp(
  String.raw`\b(?:(${MONTH})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH})[a-z]*\.?),?\s+['’](\d{2})\b`,
  'g',
);

const writtenInEnglish = (date: Date) => `${MONTH_NAMES[date.getUTCMonth()]} ${date.getUTCDate()} ${date.getUTCFullYear()}`;
const writtenInChinese = (date: Date) => `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
// A bare English weekday in a Chinese sentence ("saturday 晚上8点"): the Chinese date parser reads 周六, not the word.
const BARE_WEEKDAY = new RegExp(String.raw`\b(${WEEKDAY})[a-z]*\.?(?![a-z])`, 'g');
const ZH_WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

export function rewriteExplicitDates(text: string, today: CivilDate): string {
  /** The coming `day` of the month `prefix` names. */
  // In a Chinese sentence the date is written the Chinese way: the Chinese date parser reads no English month
  // ("next friday 晚上8点", "dec 5 晚上8点" are mixed-language commands operators type).
  const chinese = /[\u4e00-\u9fff]/.test(text);
  const written = chinese ? writtenInChinese : writtenInEnglish;
  const coming = (whole: string, prefix: string, day: string) => {
    const date = comingDate(monthOf(prefix), Number(day), today);
    return date ? written(date) : whole;
  };
  const dotted = text.includes('.') ? text.replace(DOTTED_DATE, (whole, day: string, month: string, year: string) => {
    const date = comingDate(Number(month), Number(day), today, Number(year));
    if (!date) return whole;
    return written(date);
  }) : text;
  const withYear = (whole: string, prefix: string, day: string, year: string) => {
    const date = comingDate(monthOf(prefix), Number(day), today, Number(year));
    return date ? written(date) : whole;
  };
  return dotted
    .replace(YEAR_MONTH_DAY, (whole, year: string, prefix: string, day: string) => withYear(whole, prefix, day, year))
    .replace(SHORT_YEAR, (whole, prefix?: string, day?: string, dayFirst?: string, prefixAfter?: string, year = '') =>
      withYear(whole, (prefix ?? prefixAfter)!, (day ?? dayFirst)!, `20${year}`),
    )
    .replace(ISO_DATE, (whole, year: string, month: string, day: string) => {
      const date = comingDate(Number(month), Number(day), today, Number(year));
      if (!date) return whole;
      return written(date);
    })
    // Day first before month first: in "20 feb 8 pm" the date is the 20th, not "feb 8".
    .replace(DAY_MONTH, (whole, day: string, prefix: string) => coming(whole, prefix, day))
    .replace(MONTH_DAY, (whole, prefix: string, day: string) => coming(whole, prefix, day))
    .replace(FROM_WEEKDAY, (_whole, n?: string, unit?: string, weekday?: string, britishDay?: string) => {
      const days = britishDay ? 7 : (/^an?$/.test(n!) ? 1 : Number(n)) * (unit!.startsWith('week') ? 7 : unit!.startsWith('fortnight') ? 14 : 1);
      return written(fromWeekday(today, WEEKDAY_PREFIXES.indexOf(weekday ?? britishDay!), days));
    })
    .replace(THIS_WEEKDAY, (_whole, prefix: string) => written(fromWeekday(today, WEEKDAY_PREFIXES.indexOf(prefix), 0)))
    .replace(AFTER_NEXT, (_whole, prefix: string) => written(afterNext(today, WEEKDAY_PREFIXES.indexOf(prefix))))
    .replace(OF_WEEK, (_whole, prefix: string, which: string) =>
      written(weekdayOfWeek(today, WEEKS_AHEAD[which]!, WEEKDAY_PREFIXES.indexOf(prefix))))
    .replace(NEXT_WEEKDAY, (_whole, prefix?: string, after?: string) =>
      written(weekdayOfWeek(today, 1, WEEKDAY_PREFIXES.indexOf((prefix ?? after)!))))
    .replace(LAST_WEEKDAY, (_whole, prefix: string) => written(latestBefore(today, WEEKDAY_PREFIXES.indexOf(prefix))))
    .replace(WRITTEN_DATE, 'on $1')
    .replace(chinese ? BARE_WEEKDAY : NOTHING, (_whole, prefix: string) => ZH_WEEKDAYS[WEEKDAY_PREFIXES.indexOf(prefix)]!);
}

const NOTHING = /(?!)/g;
