// Holidays on a fixed date, written as that date ("christmas eve 8pm" -> "dec 24 8pm", "元旦晚上8点" -> "1月1日晚上8点"),
// which the date parser then places at its next occurrence like any date. People schedule special broadcasts on
// them; the date parser knew none. The lunar ones (春节, 除夕, 中秋, "mid-autumn festival") move on our calendar but
// are not guesses: the Chinese calendar places them, and lunar-holidays.ts writes them as their date before this
// runs. Holidays whose date follows a rule of weekdays or the church calendar (Easter, Thanksgiving, Labor Day) are
// not guessed: they stay words not understood, refused with the rest of such words.

/**
 * Right before an hour that an evening's name makes that evening's ("nye nine thirty", "christmas eve at half past
 * 8", "nye midnight"): a bare hour, spelled out or with half past / quarter to, not one with am or pm.
 */
export const EN_EVENING_HOUR_AHEAD = String.raw`(?=\s+(?:at\s+|from\s+)?(?:(?:half|quarter)\s+(?:past|to)\s+)?(?:(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?:[:.][0-5]\d)?(?!\s*(?:[:.\d]|a\.?\s?m\b|p\.?\s?m\b))|midnight\b))`;

// The text is lower case by now. "new year's eve", "new years eve", "new year’s eve".
const ENGLISH: Array<[RegExp, string]> = [
  // Christmas Eve and New Year's Eve are evenings: a bare hour said right after one is that evening's ("christmas eve
  // 8" had been 08:00, "nye 11 to 1" 11:00 to 13:00), as 平安夜 and 跨年夜 are below. An hour with am or pm says the
  // rest itself. Their midnight is the one that ends the evening ("new year's eve at midnight" had begun 31 December).
  [
    // The hour spelled out or said with half past / quarter to too ("nye nine thirty", "christmas eve at half past 8"
    // were mornings).
    new RegExp(String.raw`\b(christmas\s+eve|xmas\s+eve|new\s+year(?:'|’)?s\s+eve|nye)${EN_EVENING_HOUR_AHEAD}`, 'g'),
    '$1 evening',
  ],
  [/\bchristmas\s+eve\b|\bxmas\s+eve\b/g, 'dec 24'],
  [/\b(?:christmas|xmas)(?:\s+day)?\b/g, 'dec 25'],
  [/\bboxing\s+day\b/g, 'dec 26'],
  [/\bnew\s+year(?:'|’)?s\s+eve\b|\bnye\b/g, 'dec 31'],
  [/\bnew\s+year(?:'|’)?s(?:\s+day)?\b/g, 'jan 1'],
  [/\b(?:st\.?\s+|saint\s+)?valentine(?:'|’)?s(?:\s+day)?\b/g, 'feb 14'],
  [/\bhalloween\b/g, 'oct 31'],
  // National and saints' days on a fixed date, as operators in the US, the UK, Ireland, Canada and Australia name
  // them (each was refused as words not understood).
  [/\b(?:independence\s+day|(?:the\s+)?fourth\s+of\s+july)\b/g, 'jul 4'],
  [/\bjuneteenth\b/g, 'jun 19'],
  [/\bcanada\s+day\b/g, 'jul 1'],
  [/\b(?:veterans|remembrance|armistice)\s+day\b/g, 'nov 11'],
  [/\b(?:bonfire\s+night|guy\s+fawkes(?:\s+night|\s+day)?)\b/g, 'nov 5'],
  [/\b(?:st\.?\s+|saint\s+)patrick(?:'|’)?s(?:\s+day)?\b|\bpaddy(?:'|’)?s\s+day\b/g, 'mar 17'],
  [/\baustralia\s+day\b/g, 'jan 26'],
  [/\banzac\s+day\b/g, 'apr 25'],
];

// Not a start before a range's end that names the afternoon or the evening (平安夜2点到晚上10点), which zh-unclear-half.ts
// asks about as after any named day.
export const NOT_BEFORE_AFTERNOON_END = String.raw`(?![^,，到至~～—–-]{0,12}(?:到|至|[-~～—–]|开始\s*[,，]?\s*到?)\s*(?:下午|傍晚|晚上))`;

/** Right before an hour that an evening's name makes that evening's (平安夜八点半, 跨年夜差一刻9点). */
export const ZH_EVENING_HOUR_AHEAD = String.raw`(?=\s*(?:差\s*)?[\d零〇一二两三四五六七八九十])${NOT_BEFORE_AFTERNOON_END}`;

const CHINESE: Array<[RegExp, string]> = [
  [/元旦(?:节)?|阳历新年|公历新年/g, '1月1日'],
  // 平安夜 (Christmas Eve), 跨年夜 (New Year's Eve) and 万圣夜 (Halloween night) are evenings: an hour said right after
  // one is that evening's (平安夜八点半 had been 08:30, 跨年夜11点到1点 11:00 to 13:00, 跨年夜12点 noon). With a part of
  // the day of its own (平安夜凌晨1点) the date alone is written, and the part of the day says the rest.
  // 差一刻9点 / 差5分12点 (a quarter to nine) too: 平安夜差一刻9点 had been 08:45.
  // Not before an end that names the afternoon or the evening (平安夜2点到晚上10点: 02:00 after that evening, or 14:00?),
  // which zh-unclear-half.ts asks about, as after any named day; with 晚上 put in it was refused as a day without a time.
  [new RegExp(String.raw`(平安夜|跨年夜|万圣夜)${ZH_EVENING_HOUR_AHEAD}`, 'g'), '$1晚上'],
  // 凌晨 said after an evening is the small hours that end it, as 今晚凌晨1点 is: 跨年夜凌晨1点 is 1 January 01:00, not
  // the 01:00 that begins 31 December, which nobody calls the night of the 31st (it had been read so without a word).
  [/平安夜\s*(?=凌晨)/g, '12月25日'],
  [/跨年夜\s*(?=凌晨)/g, '1月1日'],
  [/万圣夜\s*(?=凌晨)/g, '11月1日'],
  [/平安夜/g, '12月24日'],
  [/圣诞(?:节)?(?:当天)?/g, '12月25日'],
  [/跨年夜/g, '12月31日'],
  [/万圣夜/g, '10月31日'],
  [/(?<!七夕)(?:圣瓦伦丁|瓦伦丁)?情人节|圣瓦伦丁节/g, '2月14日'],
  [/万圣节(?:当天)?/g, '10月31日'],
  [/国庆(?:节)?(?:当天)?/g, '10月1日'],
  [/(?:五一)?(?:国际)?劳动节/g, '5月1日'],
  [/(?:六一)?(?:国际)?儿童节/g, '6月1日'],
  [/(?:三八)?(?:国际)?妇女节/g, '3月8日'],
  // 双十一 / 双11 and 双十二 (the shopping festivals on 11 Nov and 12 Dec, when many shops broadcast live).
  [/双\s*(?:十一|11)(?![\d十])/g, '11月11日'],
  [/双\s*(?:十二|12)(?![\d十])/g, '12月12日'],
  [/建军节/g, '8月1日'],
  [/愚人节/g, '4月1日'],
  [/教师节/g, '9月10日'],
  [/植树节/g, '3月12日'],
];

const MAY_NAME_ONE = /christmas|xmas|boxing|year|nye|valentine|halloween|independence|fourth|juneteenth|canada|veterans|remembrance|armistice|bonfire|fawkes|patrick|paddy|australia|anzac|元旦|新年|平安夜|圣诞|跨年夜|情人节|瓦伦丁|万圣节|万圣夜|国庆|双十一|双十二|双\s*1[12]|劳动节|儿童节|妇女节|建军节|愚人节|教师节|植树节/;

/** The text with every fixed-date holiday written as its month and day. */
export function rewriteHolidays(text: string): string {
  if (!MAY_NAME_ONE.test(text)) return text;
  let written = text;
  // A part of the day put after a holiday's name stays against the hour that follows (平安夜晚上1点, not 晚上 1点, which
  // the rules that read a part of the day before an hour did not see).
  for (const [pattern, date] of [...ENGLISH, ...CHINESE]) written = written.replace(pattern, date.includes('$') ? ` ${date}` : ` ${date} `);
  return written;
}
