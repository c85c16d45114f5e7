// "twenty hundred hours", "eighteen hundred", "oh eight hundred", "twenty thirty hours", "nineteen forty-five hrs":
// a 24-hour clock said aloud, as radio and the armed forces say it (numbers are digits by now: "20 hundred hours",
// "0 800", "20 30 hours"). "20 hundred" was left as words not understood, and "twenty thirty hours" ran at 20:00
// for thirty hours (silently). Written as the clock they say. Not an amount: "for 20 hundred hours", "one hundred
// minutes" (100 by now) and "2 hundred and 50" stay.
import { twentyFourHourClock } from './clock-forms.js';

const NOT_AFTER_AMOUNT_WORD = String.raw`(?<!\b(?:for|lasting|lasts|last|in|within|after|of|next|over|runtime|duration|length)\s+)`;
const HOURS_WORD = String.raw`(?:\s+(?:hours|hrs|hr|h)\b\.?)`;
// "20 hundred (hours)", "0 8 hundred", "oh 8 hundred", "oh 800", "0 800 hours"; "twenty-two hundred" is "22 hundred" by now
// (numbers.ts), and "20 200" typed as digits is no clock.
const HUNDRED = new RegExp(
  String.raw`${NOT_AFTER_AMOUNT_WORD}\b(?:(?:oh|zero|0)\s+)?(?:(\d{1,2})\s+hundred|([1-9])00)\b${HOURS_WORD}?(?!\s*(?:and\b|minutes?|mins?|seconds?|secs?|days?|[:.]\d))`,
  'g',
);
// "20 30 hours", "oh 9 30 hours", "19 45 hrs": two numbers and the word hours (without it "20 30" is already a
// spoken clock, 20:30).
const HOURS_MINUTES = new RegExp(
  String.raw`${NOT_AFTER_AMOUNT_WORD}\b(?:(?:oh|zero|0)\s+)?(\d{1,2})\s+([0-5]\d)${HOURS_WORD}`,
  'g',
);
// "oh 800" is said only as a clock; a bare "800" (eight hundred) may be an amount, and needs the oh or hours ("800
// hours for 1h", eight hundred hours, started 800 hours from now, silently).
const SAID_AS_CLOCK = /^(?:oh|zero|0)\s|hundred|h/;

export function readSpokenMilitaryClocks(text: string): string {
  if (!/hundred|\d\s+[0-5]\d\s+h|\b(?:oh|zero|0)\s+\d00\b|\b[1-9]00\s+h/.test(text)) return text;
  return text
    .replace(HUNDRED, (whole, hours?: string, single?: string) => {
      const hour = Number(hours ?? single);
      if (hour > 23 || !SAID_AS_CLOCK.test(whole)) return whole;
      return twentyFourHourClock(hour, '00');
    })
    .replace(HOURS_MINUTES, (whole, hours: string, minutes: string) =>
      (Number(hours) > 23 ? whole : twentyFourHourClock(Number(hours), minutes)));
}
