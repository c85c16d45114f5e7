// "christmas eve 3:30", "nye 1", "new year's eve at half past 2": an hour from 1 to 4 right after Christmas Eve or New
// Year's Eve, with no am/pm, reads two ways that both make a relay: that day's afternoon (holidays.ts makes an hour
// after either the evening's, so it was 15:30 without a word) or the small hours after that evening, as "tonight at 1"
// is. In English the eve is the whole day, so the hour as written on that date is a third. It is asked, as 平安夜3:30 is
// (zh-holiday-small-hours.ts). An evening hour ("nye 8", "christmas eve 11 to 1") is the evening's; an hour with am or
// pm, a 24-hour clock ("nye 01:00", "christmas eve 3h") or a range's end with its half of the day ("nye 3 to 10pm")
// says the rest.
import type { RelayError, Result } from '../errors.js';
import { replaceEnglishNumberWords } from './numbers.js';
import { scheduleError } from './schedule-error.js';

/** An eve's name (a regex source, lower case) with its date and the next day's, as the date parser reads them back. */
export interface Eve {
  name: string;
  day: string;
  nextDay: string;
}
const EVES: Eve[] = [
  { name: String.raw`christmas\s+eve|xmas\s+eve`, day: 'dec 24', nextDay: 'dec 25' },
  { name: String.raw`new\s+year(?:'|’)?s\s+eve|nye`, day: 'dec 31', nextDay: 'jan 1' },
];
const UNIT = String.raw`(?:h|hrs?|hours?|m|mins?|minutes?)\b`;
const HALF_OF_DAY = String.raw`(?:a\.?\s?m|p\.?\s?m)\b`;
function smallHourAfter(eves: Eve[]): RegExp {
  return new RegExp(
    String.raw`\b(${eves.map((eve) => eve.name).join('|')})\s+(?:at\s+|from\s+|@\s*)?` +
      String.raw`(?:(half|quarter)\s+(past|to)\s+)?([1-5])(?!\d)` +
      // Its minutes: "3:30", "3.30", "two thirty" (3 30), "one oh five" (1 oh 5); not a length after it ("nye 1 30 minutes").
      String.raw`(?:\s*[:.]\s*([0-5]\d)|\s+(?:oh\s+)?([0-5]?\d)(?!\d|\s*${UNIT}))?(?:\s*o'?clock)?` +
      // Not with its half of the day, nor 24-hour ("3h"), nor a length ("nye 2 hours"), nor before an end with its own.
      String.raw`(?![\d:.]|\s*${HALF_OF_DAY}|\s*${UNIT}|\s*(?:in\s+the|at\s+night|tonight)\b|\s*(?:-|–|—|to|till?|until|thru|through)\s*\d{1,2}(?:[:.]\d\d)?\s*${HALF_OF_DAY})`,
  );
}
const SMALL_HOUR = smallHourAfter(EVES);

function clock(hour: number, minute: number, half: 'am' | 'pm'): string {
  return `${hour}${minute ? `:${String(minute).padStart(2, '0')}` : ''}${half}`;
}

/** Refuses an hour from 1 to 4 said right after one of `eves` with no am/pm; ok otherwise. */
export function refuseUnclearEnglishEveningHour(text: string, eves: Eve[], pattern = smallHourAfter(eves)): Result<void, RelayError[]> {
  const said = pattern.exec(replaceEnglishNumberWords(text.toLowerCase()));
  if (!said) return { ok: true, value: undefined };
  const [words, eve, quarterOrHalf, pastOrTo, hourText, written, spoken] = said;
  let hour = Number(hourText);
  let minute = Number(written ?? spoken ?? 0);
  if (quarterOrHalf) {
    minute = quarterOrHalf === 'half' ? 30 : pastOrTo === 'past' ? 15 : 45;
    if (pastOrTo === 'to') hour -= 1;
  }
  if (hour < 1 || hour > 4) return { ok: true, value: undefined };
  const { day, nextDay } = eves.find(({ name }) => new RegExp(`^(?:${name})$`).test(eve!))!;
  return {
    ok: false,
    error: [
      scheduleError('unclearHolidayHour', 'StartTime', {
        words: words.replace(/\s+/g, ' ').trim(),
        afternoon: `${day} ${clock(hour, minute, 'pm')}`,
        night: `${nextDay} ${clock(hour, minute, 'am')}`,
      }),
    ],
  };
}

/** Refuses an hour from 1 to 4 said right after Christmas Eve or New Year's Eve with no am/pm; ok otherwise. */
export function refuseUnclearEnglishHolidayHour(text: string): Result<void, RelayError[]> {
  return refuseUnclearEnglishEveningHour(text, EVES, SMALL_HOUR);
}
