// Chat spellings of day words, as the rules after this stage spell them: "tmw", "tommorow", "2moro" ->
// "tomorrow"; "tonite", "2nite" -> "tonight"; "tues", "weds" -> "tue", "wed" (the date parser knows "thurs" but
// not "tues"). Whole words only, on lower-cased text. Each was refused as a word not understood.
import { writeSpelledDays } from './spelled-ordinals.js';
import { readPlusAmountAsStart } from './plus-amount-start.js';

const SPELLINGS: Array<[RegExp, string]> = [
  // A day word typed against its clock time ("tomorrow8pm", "friday20:00"): the space a hurried thumb left out.
  [/\b(today|tonight|tomorrow|tmrw|tmw|tonite|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?=\d)/g, '$1 '],
  [/\b(?:tmrw|tmr|tmw|tmrow|tmorrow|tomorow|tommorow|tommorrow|tomorrrow|tomrrow|tomorrw|tmrrw|tmoro|tmorro|tomorro|tomoz|2morrow|2morow|2moro|2mrw)\b/g, 'tomorrow'],
  [/\b(?:tonite|2nite|2night|tonigth)\b/g, 'tonight'],
  // "2day" is today: read as "2 day", it silently became a relay in two days.
  [/\b(?:2day|tday|todya)\b/g, 'today'],
  [/\bnite\b/g, 'night'],
  // "this arvo", "sat arvo 2-4" (Australian), "tmrw evo 7", "tomorrow mornin 9": the parts of the day as chat and
  // Australians shorten them (each was refused, its clock time with it).
  [/\barvo\b/g, 'afternoon'],
  [/\bevo\b/g, 'evening'],
  [/\b(?:mornin|morn)\b/g, 'morning'],
  // "tomorrow eve 8pm", "tmrw eve at 8": the evening (holidays' eves were read before this).
  [/(?<!\b(?:christmas|xmas|year'?s?|hallowe'?en|valentine'?s?)\s+)\beve\b\.?/g, 'evening'],
  // Weekdays as fingers slip on them.
  [/\b(?:wendesday|wednsday|wensday|wedensday|wednesay)\b/g, 'wednesday'],
  [/\b(?:thrusday|thursay|thurday|thirsday)\b/g, 'thursday'],
  [/\b(?:satuday|saturaday|satruday|saterday)\b/g, 'saturday'],
  [/\b(?:firday|fridy|frday)\b/g, 'friday'],
  [/\b(?:munday|mondy)\b/g, 'monday'],
  [/\b(?:tuseday|teusday|tuesay)\b/g, 'tuesday'],
  [/\b(?:sundy|sunady)\b/g, 'sunday'],
  // "friday late night 11:30", "tomorrow late night 1am" are that night ("late tonight" already is tonight), and
  // "late night 1am" alone is tonight's; "late" was refused as a word not understood.
  [/(?<=\b(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|today|tomorrow|\d(?:st|nd|rd|th)?)\s+)late\s+(?=night\b)/g, ''],
  [/\blate\s+night\b/g, 'tonight'],
  [/\bmidnite\b/g, 'midnight'],
  // "8pm 'til 10", "’till 11", "‘til 10" (curled the other way): the apostrophe stands for until's "un" and is no
  // part of the range word; the end rules that look for whitespace before "till" missed the bare hour after it
  // (refused as having no end).
  [/(?<=\s|^)['’‘](?=till?\b)/g, ''],
  // "until end of day", "till eod": the midnight that ends the day (a day word beside it names which).
  [/\b(?:(?:the\s+)?end\s+of\s+(?:the\s+)?(?:day|today)|eod)\b/g, 'midnight'],
  // "rn" is chat for "right now" ("rn for 1h"); "at 3 on the dot" is "at 3 sharp". Both were words not understood.
  [/\brn\b/g, 'right now'],
  [/\bon\s+the\s+dot\b/g, 'sharp'],
  // "8 sharp", "eight sharp", "tomorrow 9 sharp": an hour said sharp is that hour on the clock, as "8 o'clock" is (a bare
  // number before it was a word not understood, or "a day without a time").
  // Not the minutes of a clock ("05:00 sharp").
  [/(?<![:.]\s*)\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+sharp\b/g, "$1 o'clock"],
  // "for 90’", "tmrw 8pm 90′": the minute mark as phones curl it (smart punctuation) or as the prime it is; the length
  // reader knows the straight one, and these were refused as having no end.
  [/(?<=\d\s*)[’′](?![\w’′'])/g, "'"],
  [/\btues\b/g, 'tue'],
  [/\bsatur\b/g, 'sat'],
  [/\b(?:weds|wednes)\b/g, 'wed'],
];

export function normaliseSpellings(text: string): string {
  return readPlusAmountAsStart(writeSpelledDays(SPELLINGS.reduce((written, [pattern, word]) => written.replace(pattern, word), text)));
}

// "20:00 mon for 2h", "at 8 mon", "twenty to ten mon": after a number the date parser reads "mon" as months ahead
// ("00 mon", "40 mon": a date years away with no time, refused as a day without one, though "8pm mon" and "20:00
// monday" were read); it is spelled whole. Run once spoken numbers are digits and clock phrasings clocks ("twenty to
// ten mon" was "9:40 mon" only then).
const MON_AFTER_NUMBER = /(?<=\d(?::\d\d|h)?\s+)mon\b\.?/g;

export function spellMondayAfterNumber(text: string): string {
  return text.includes('mon') ? text.replace(MON_AFTER_NUMBER, 'monday') : text;
}
