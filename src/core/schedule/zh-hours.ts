// Chinese clock phrasings the date parser misreads or does not know, rewritten once the numerals are digits
// (before clock-forms.ts, so that its rules see the usual forms):
//   中午1点 / 晌午2点 -> 下午1点: after noon, 1 to 5 o'clock is the afternoon (chrono read 01:00 at night);
//   明晚8到10点 / 下午3-5点 / 明天20到22点 -> 8点到10点 ...: a range whose first number has no 点 of its own;
//   白天10点 -> 上午10点; 三点过十分 / 三点过一刻 / 三点过半 -> 3点10分 / 3点15分 / 3点半; 差5分钟9点 -> 差5分9点;
//   8pm / 9:30am in a Chinese sentence -> 20点 / 上午9点30分; 2026.12.3 / 12.3 -> 2026年12月3日 / 12月3日;
//   26年12月3日 -> 2026年12月3日; 明天这个时候 -> 明天11:45 (now's clock time).

import type { Locale } from '../i18n.js';
import { sameTimeClock } from './same-time.js';
import type { WallTime } from './wall-clock.js';

const CJK = /[\u4e00-\u9fff]/;

// 中午12点 and 中午11点 stay as they are; only the hours just after noon are moved.
// 中午差一刻1点 (a quarter to one) too: it had been 00:45.
const NOON_AFTERNOON = /(?:中午|晌午)\s*(?=(?:差\s*(?:\d{1,2}\s*分钟?|\d\s*刻钟?)\s*)?[1-5](?!\d)\s*(?:点|[:：]\d))/g;
// 中午 / 午夜 before a length ("中午 1小时"): clock-forms reads them as noon and midnight only when no number
// follows, so a comma keeps the length apart (a bare 中午 is 12点 in any case).
const NOON_THEN_LENGTH = /(中午|午夜)(?=\s*\d+(?:\.\d+)?\s*(?:个|半|小时|钟头|分钟|分|秒|天))/g;
// 半夜12点 / 午夜12点 are the midnight that ends the named day, as 晚上12点 is (chrono read the one starting it),
// and 半夜1点 to 4点 the small hours after that (明天半夜2点 is two hours after 明天半夜12点, as with 夜里). 半夜
// alone, or with another hour, reads as 凌晨 (day-words.ts). 半夜10点 / 半夜11点 are the late evening before that
// midnight (they were 10:00 and 11:00 in the morning); 半夜6点 to 9点 are refused (impossible-clocks.ts).
const MIDNIGHT_EVENING = /(?:半夜|午夜)\s*(?=(?:12|0|0?[1-4]|1[01])(?!\d)\s*(?:点|[:：]\d))/g;
// 上午12点 is noon, the hour that ends the morning (the date parser read midnight: 上午十二点到下午两点 became a 14-hour
// relay from 00:00).
const MORNING_TWELVE = /上午\s*(?=12\s*(?:点|时|[:：]\d))/g;
// 白天 (daytime): the hour's own half of the day, morning up to 11, afternoon from 1 to 5.
const DAYTIME = /白天\s*(\d{1,2})(?=\s*(?:点|[:：]\d))/g;
// "8到10点": the first number of a range with no 点 (not a date's month or day, nor a clock's minutes) is an hour, and
// the part of the day before it applies to both ends (the end is the first fitting time after the start). The 15 of
// 7点15到10点 is the start's minutes (made 7点15点, the range was no longer one for the day after it).
const HOUR_RANGE = /(?<![\d.:/年月点-])(\d{1,2})(\s*(?:到|至|[-~～—–])\s*)(?=\d{1,2}\s*点)/g;
// "下午3点到5", "下午3-5": an end (or both ends, after a part of the day) with no 点 is an hour all the same. Not
// before a unit or a date's words ("3点到5个小时", "晚上8点到5号").
const NOT_UNIT = String.raw`(?![\d.:：]|\s*(?:个|小时|钟头|分|秒|天|号|日|月|年|点|周|星期|礼拜|[ap]\.?m\b|h))`;
const END_WITHOUT_DIAN = new RegExp(String.raw`((?:点(?:\s*(?:\d{1,2}\s*分|半))?|\d[:：]\d{2})\s*(?:到|至|[-~～—–])\s*)(\d{1,2})${NOT_UNIT}`, 'g');
const PART_RANGE_WITHOUT_DIAN = new RegExp(
  String.raw`((?:上午|下午|晚上|早上|中午|凌晨|傍晚|夜里|夜间|半夜|白天|晚)\s*)(\d{1,2})(\s*(?:到|至|[-~～—–])\s*)(\d{1,2})${NOT_UNIT}`,
  'g',
);
// "周三 20-22": two 24-hour numbers with no 点 at all are hours too (no month has a 13th or later).
const H24_RANGE = new RegExp(String.raw`(?<![\d.:/-])(1[3-9]|2[0-3])(\s*(?:到|至|[-~～—–])\s*)(1[4-9]|2[0-4])${NOT_UNIT}`, 'g');
// "1点到3点 今晚", "20:00-22:00 明晚", "晚上8点到10点 周五", "8点到10点 12月3日", "明天3点到5点下午": a day or a part of
// the day after the
// clock time (or range) it is the day of, put before it as the later stages read it. chrono read "1点到3点 晚上"
// as 13:00 to 03:00 and "晚上8点到10点 周五" as tonight 20:00 to Friday 10:00.
const PART = String.raw`(?:上午|下午|晚上|早上|中午|凌晨|傍晚|晚|夜里|夜间|白天|半夜)`;
// Its minutes as operators write them too: 7点15 / 8点整 / 7点1刻 / 4点过20分 / 5点差1刻 / 差1刻5点 (晚上7点15到10点，周五 had
// run from tonight 19:15 to Friday 10:00, the day the end's alone).
const CLOCK = String.raw`(?:(?:差\s*\d{1,2}\s*[分刻]\s*)?\d{1,2}\s*点(?:\s*过?\s*(?:\d{1,2}\s*分|半|[13]\s*刻)|\s*(?:整|差\s*\d{1,2}\s*[分刻])|\d{1,2}(?![\d点时:：]))?|\d{1,2}[:：]\d{2})`;
// The end may name the next day (夜里11点到次日凌晨2点 12月3日: the date had gone between 次日 and its hour, and the relay ran
// tonight).
// And the range may be said with its start's word (中午12点15分开播，1点整下播，11月30号 is 中午12点15分开始，到1点整 by now).
const CLOCK_RANGE = String.raw`${CLOCK}(?:\s*(?:(?:开始|起)\s*[,，]?\s*(?:到|至)?|到|至|[-~～—–])\s*(?:次日|第[二2]天|隔天|翌日)?\s*${PART}?\s*${CLOCK})?`;
const AFTER = String.raw`\s*[,，]?\s*`;
// The words that bring a length (持续2小时, 时长1:30, 播2小时).
const LENGTH_WORD = String.raw`(?:持续|时长|历时|为期|长达|播放?|直播|推流?)`;
// What may follow the day: the end of the text, a pause, or its length, which the spaces between Chinese words are
// gone from by now (20:00，12月3日 持续2小时 was refused as a day without a time, its date read with year 0).
const ENDS = String.raw`(?=\s|$|[,，。]|${LENGTH_WORD})`;
const EVENING_AFTER_CLOCK = new RegExp(
  String.raw`(?<![\d:.点]|${PART})(${CLOCK_RANGE})${AFTER}((?:今天|明天|后天)?(?:晚上|夜里|夜间|上午|下午|早上|中午|凌晨|傍晚)|今晚|明晚|今夜|明夜)${ENDS}`,
  'g',
);
// 上午9:30到上午11:30，3.29 / 22点开播，1.5小时 11.30 / 下午1时-下午3:00 11/30: a date with a dot, dash or slash that ends the text,
// after a clock time or a length, is that date, written as DAY_AFTER_CLOCK and DATE_AFTER_LENGTH read it (refused as
// words not understood; 傍晚五时，播2小时 11.29 had been the clock 17:11:29, accepted).
// Or before the length (晚上8点 12/3 持续2小时: "月3日" and "-3" were not understood).
const TRAILING_DATE = new RegExp(
  String.raw`(?<=(?:[点分刻整半时钟头]|\d[:：]\d\d|\dh)\s*[,，]?\s*)(1[0-2]|0?[1-9])[./-]([12]\d|3[01]|0?[1-9])` +
    String.raw`(?=\s*[。.!！]?\s*$|\s*[,，]?\s*${LENGTH_WORD})`,
);
// 晚上8点 持续2小时，12月3日 / 夜里10点整持续一个半小时，下周四 / 播2小时 15日: a day that ends the text after a length is the
// start's day, as a plain weekday or 3号 there was (they were refused as a day without a time, or 时长1:30，下周六 as no end).
const DATE_AFTER_LENGTH = new RegExp(
  String.raw`^(.*(?:小时|钟头|个钟|分钟|小时\s*\d{1,2}\s*分|\d[:：]\d\d|\dh)\s*)[,，]?\s*` +
    String.raw`((?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*[日号]|\d{1,2}\s*[日号]|(?:下下|下|这|本)?个?(?:周|星期|礼拜)[一二三四五六日天])(\s*[。.!！]?\s*)$`,
);
// Not a length written as a clock (中午12点一刻开始 时长1:30 星期天 had become 时长星期天 1:30, the length an end at 13:30).
const DAY_AFTER_CLOCK = new RegExp(
  String.raw`(?<![\d:.点]|${LENGTH_WORD}\s*[:：]?\s*)(${PART}?\s*${CLOCK_RANGE})${AFTER}` +
    String.raw`((?:下下|下|这|本)?个?(?:周|星期|礼拜)[一二三四五六日天]|(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]|\d{1,2}[日号])(${PART}?)${ENDS}`,
  'g',
);

// 晚上20时 / 下午15时30分 / 今晚20时: the hour written with 时 after a part of the day. 晚上20点 reads (the part
// only repeats the 24-hour clock), but with 时 the date parser refused the pair ("晚上20" not understood).
const PART_HOUR_SHI = /((?:今|明|后)?(?:上午|下午|晚上|早上|中午|凌晨|傍晚|夜里|夜间|半夜|白天|晚|早))\s*(\d{1,2})\s*时(?![间候区段差长])/g;
// 22时 anywhere else is the clock time 22点 too, for the rules below that read a range's end by its 点: 下周六22时～12点 ran
// to noon and 下周六 22时-24点 to the midnight a day later (22点 to the coming midnight, as 下周六22点～12点 is), and
// 明天22时-24时 was refused. A length's 时 (持续1时30分) is 小时 by now; 时间 / 时候 / 时区 / 时长 are no hour.
const HOUR_SHI = /(?<![\d.:：])(2[0-4]|[01]?\d)\s*时(?![间候区段差长刻辰])/g;

// 三点过十分 / 三点过一刻 (一刻 is 1刻 by now).
const PAST_MINUTES = /点\s*过\s*(\d{1,2})\s*分(?!钟)/g;
const PAST_QUARTER = /点\s*过\s*([13])\s*刻(?!钟)/g;
const PAST_HALF = /点\s*过\s*半(?!\s*个?\s*(?:小时|钟头))/g;
// 十点半钟 is 十点半 (钟 after the clock time, as in 3点钟); not 个半钟, an hour and a half.
const HALF_OCLOCK = /点\s*半\s*钟(?!头)/g;
// "12月5日 晚上7点半-9点半", "下周五晚上7点整~9点": the date parser splits a Chinese range at a dash only after 点 or
// 分, so with 半 or 整 before it the whole range went to it in one piece, and after a date it put the end on the
// next morning (a 14-hour relay to 09:30). Written as 7点30分 / 7点, the range is split as with 到.
const HALF_BEFORE_DASH = /点\s*半(?=\s*[-~～—–])/g;
const SHARP_BEFORE_DASH = /点\s*整(?=\s*[-~～—–])/g;
// "1月1日下午4点15~凌晨5点" likewise with the minutes as digits: read in one piece, the end after a date that is next
// year's kept this year's (1 January 2026, refused as past). Written 4点15分, the range is split as with 到.
const MINUTES_BEFORE_DASH = /点\s*([0-5]?\d)(?![\d分])(?=\s*[-~～—–])/g;
// 晚上12:30 / 夜里12:15 / 今晚0:30: the half hour after the midnight that ends that evening, as 晚上12点半 is (the
// date parser read 12:30 as noon, so 周六夜里12:30到凌晨3点半 ran fifteen hours from Saturday noon). Written 12点30分,
// as the rules that read an evening's twelve expect.
const EVENING_TWELVE_COLON = /((?:晚上|夜里|夜间|今晚|今夜|明晚|明夜)\s*(?:12|0))\s*[:：]\s*([0-5]\d)(?!\d)/g;
// 差5分钟9点 / 9点差5分钟: clock-forms reads 差5分 (not 分钟, which elsewhere is a length).
const SHORT_BEFORE = /差\s*(\d{1,2})\s*分钟\s*(?=\d{1,2}\s*点)/g;
const SHORT_AFTER = /(\d{1,2}\s*点\s*差\s*\d{1,2}\s*分)钟/g;
// 过半小时 / 过1个半小时 (in half an hour): clock-forms reads 过 only before a whole number of a unit.
const WAIT_HALF = /(?<!超|经)过\s*((?:\d+\s*个?\s*)?半\s*个?\s*(?:小时|钟头))(?!\s*(?:后|以后|之后))/g;
// "8pm", "9:30am", "12am" inside Chinese: chrono's Chinese parser has no am/pm.
const AM_PM = /(?<![\d:])(\d{1,2})(?:[:：](\d{2}))?\s*([ap])\.?m\b\.?/g;
// "PM8点", "pm 8:30", "AM9点": the half of the day written first, as Chinese writes 下午8点 (refused as a word not
// understood). Only before an hour with 点 or minutes, so that "pm" alone is left to be refused.
const AM_PM_FIRST = /(?<![\da-z])([ap])\.?m\.?\s*(\d{1,2})(?:\s*点|[:：](\d{2}))/g;
// "3-5pm", "3点到5pm", "10 to 6pm": the start of a range without am/pm takes the end's half of the day when it comes
// first on the clock, else the other half (as "3-4pm" and "10-2am" read in English); left bare, 明天 3-5pm ran from
// 3am to 5pm.
const AM_PM_RANGE = /(?<![\d:.])(\d{1,2})(?:[:：](\d{2}))?(?:\s*点)?(\s*(?:到|至|[-~～—–])\s*)(?=(\d{1,2})(?:[:：]\d{2})?\s*([ap])\.?m\b)/g;

function amPmRange(whole: string, hour: string, minutes: string | undefined, joiner: string, endHour: string, half: string): string {
  const h = Number(hour);
  const end = Number(endHour);
  if (h < 1 || h > 12 || end < 1 || end > 12) return whole;
  const sameHalf = h % 12 <= end % 12;
  const startHalf = sameHalf ? half : half === 'a' ? 'p' : 'a';
  return `${amPm(whole, hour, minutes, startHalf)}${joiner}`;
}
// 3点到下午4点, 8点到晚上10点: the same with the end's part of the day written in Chinese. A bare start that comes first
// on the clock takes the end's 下午 / 晚上, as 3-5pm does (after a named day, 明天3点到下午4点, both readings make a
// relay and it is refused as unclear before this: zh-unclear-half.ts).
// One that does not come first (明天8点到晚上8点) is the morning's, as "10 to 6pm" is 10am. And before a morning's end
// (凌晨 / 早上 / 上午), an evening hour that comes after it on the clock is the evening's, as "10 to 2am" is 10pm:
// 明天10点到凌晨2点 / 周五10点到第二天凌晨2点 had run from 10:00 to 02:00, sixteen hours.
// Said with 开始 … 结束 (周五8点一刻开始，凌晨1点结束) or 整 (礼拜五8点整到第二天早上6点) the same: they had run from 08:15 and 08:00.
// A start written with its leading zero (明天08:00到凌晨2点) is a 24-hour clock, the morning's: it is left as written.
const PART_END_RANGE =
  /(?<!上午|下午|晚上|早上|中午|凌晨|傍晚|夜里|夜间|半夜|白天|清晨|早晨|晚|早|午|[\d:：.])(?:(差\s*(?:\d{1,2}\s*分钟?|\d\s*刻钟?)\s*)|(?<![刻分]))([1-9]\d?)((?:点(?:半|整|\d{1,2}分?)?|[:：]\d\d)\s*(?:到|至|[-~～—–]|(?:开始|开播)\s*[,，]?\s*(?:到)?)\s*(第\s*[2二]\s*天|次日|隔天|翌日|明天|后天)?\s*)(下午|晚上|凌晨|早上|上午|清晨|早晨)(?=\s*(\d{1,2})\s*(?:点\s*(半|\d{1,2})?|[:：](\d\d)))/g;

// 差一刻9点到凌晨1点 (a quarter to nine): the part of the day goes before 差, and the hour is 8 (the part had split 差一刻 from
// its hour, and the start was refused as a day without a time).
// 明天8点半到早上8点 too: on the end's hour, a start later on the clock (20:30, not a 23.5-hour relay from 08:30).
function partEndRange(
  whole: string,
  short: string | undefined,
  hour: string,
  rest: string,
  nextDay: string | undefined,
  part: string,
  endHour: string,
  endMinutes: string | undefined,
  endColon: string | undefined,
): string {
  const h = short ? Number(hour) - 1 : Number(hour);
  const end = Number(endHour);
  // 差一刻9点 (差1刻 or 差15分 by now) is 8:45.
  const startMinutes = short ? 60 - Number(/\d+/.exec(short)?.[0] ?? 0) * (short.includes('刻') ? 15 : 1) : minutesWritten(rest);
  const after = h > end || (h === end && startMinutes > (endMinutes === '半' ? 30 : Number(endMinutes ?? endColon ?? 0)));
  hour = `${short ?? ''}${hour}`;
  if (h < 1 || h > 11 || end < 0 || end > 23) return whole;
  // An afternoon or evening on another day says nothing about the start's half of the day (明天8点到第二天晚上8点).
  if (part === '下午' || part === '晚上') {
    if (nextDay && !/明天|后天/.test(nextDay)) return whole;
    // 1点到晚上10点 takes the afternoon: 晚上1点 is the small hours after the evening (it ran from 01:00 the next day).
    const startPart = part === '晚上' && h < 6 ? '下午' : part;
    return h < end % 12 || (end === 12 && part === '晚上') ? `${startPart}${hour}${rest}${part}` : whole;
  }
  if (end >= 12) return whole;
  const same = h === end && startMinutes === (endMinutes === '半' ? 30 : Number(endMinutes ?? endColon ?? 0));
  // With no day named (after one, these were asked: zh-unclear-half.ts), a start from the end's clock on, or before the
  // next day's morning, is the afternoon's or the evening's: 3点到凌晨2点 is 15:00 (not 23 hours from 03:00), 8点到第二天
  // 早上9点 20:00 (not 25 hours from 08:00).
  const laterHalf = h < 6 ? '下午' : '晚上';
  return after || (nextDay && !/当天/.test(nextDay)) || (h < 6 && same) ? `${laterHalf}${hour}${rest}${part}` : whole;
}

/** The minutes of a start's clock as written after its hour: 点半 30, 点15 / 点15分 15, :30 30, 点 / 点整 0. */
function minutesWritten(rest: string): number {
  const clock = /^(?:点\s*(半|\d{1,2})?|[:：](\d\d))/.exec(rest);
  return clock?.[1] === '半' ? 30 : Number(clock?.[1] ?? clock?.[2] ?? 0);
}

// 08:00, 09:30到01:00, 明天08:00-23:00, 05:00开始: a clock written with its leading zero is a 24-hour clock, the
// morning's, as "08:00" is in English (clock-forms.ts, which leaves Chinese text alone). Read as a 12-hour clock it
// was the next such hour, am or pm: a range's start took its end's half of the day (明天08:00-23:00 ran from 20:00),
// its end the start's (明天09:30-01:00 ended at 13:00), and 今天05:00开始 said at 10:00 was 17:00. Written with 凌晨 /
// 上午, as Chinese says it. Not after a part of the day (晚上09:00 is 21:00) or a length's word (持续01:30).
const LEADING_ZERO_CLOCK = new RegExp(
  String.raw`(?<![\d:：./]|(?:[午晚早夜上]|凌晨|夜里|夜间|白天|清晨|早晨|持续|时长|历时|为期|共计|总共|共|长达|播放?|直播|推流?|最多|至多|不超过)\s*[:：]?\s*)` +
    String.raw`0([1-9])[:：]([0-5]\d)(?![:：.]?\d|\s*(?:个|小时|钟头|分钟|h|[ap]\.?\s?m))`,
  'g',
);

function leadingZeroClock(_whole: string, hour: string, minutes: string): string {
  return `${Number(hour) < 6 ? '凌晨' : '上午'}${hour}:${minutes}`;
}

// 明天20h, 周六 21h, 20h 持续1小时, 20h到22h: a bare hour in h notation right after a day word or a part of the day, or
// right before a length, a range word or 开始, is a clock time, as "tomorrow 20h" and "20h for 1h" are in English.
// Read as a length, 明天20h 持续1小时 started twenty hours from now (明天 dropped without a word) and 20h到22h was
// refused. After a clock time it stays a length (明晚8点 2h), and so after a length's word or 过 (过2h开始).
// Before 播 / 推 and a length (20h 播1小时, 北京时间20h 推2小时) too: two lengths say nothing, and it had started twenty
// hours from now (at 17:00 Beijing time with the zone), silently.
const DAY_BEFORE_H = String.raw`(?:今天|明天|后天|今晚|明晚|今早|明早|今夜|明夜|(?:周|星期|礼拜)[一二三四五六日天1-7]|\d\s*[日号]|上午|下午|晚上|早上|中午|凌晨|傍晚|夜里)`;
const H_AFTER_DAY = new RegExp(String.raw`(?<=${DAY_BEFORE_H}\s*)(\d{1,2})h(?![a-z\d])`, 'gi');
const H_BEFORE_RANGE_OR_LENGTH =
  /(?<![\d.:：+]|(?:持续|时长|历时|播放?|直播|推流?|过|等|隔)\s*[:：]?\s*)(\d{1,2})h(?=\s*(?:持续|开始|开播|起|到|至|[-~～—]\s*\d|(?:播放?|直播|推流?)\s*\d))/gi;
// 20h 明天 持续2小时 / 21h，周五 / 20h，12月3日: an hour of the afternoon or evening in h notation right before a day is that
// day's clock time, as before a length's word (20h 明天 had started twenty hours from now, tomorrow at 07:00, silently). An
// hour up to 12 there may be a length (2h 明天晚上8点), and stays as it was.
const H_BEFORE_DAY = new RegExp(
  String.raw`(?<![\d.:：+]|(?:持续|时长|历时|播放?|直播|推流?|过|等|隔)\s*[:：]?\s*)(1[3-9]|2[0-3])h(?![a-z\d])` +
    String.raw`(?=\s*[,，]?\s*(?:大?后天|明天|今天|明晚|今晚|明日|(?:下下|下|这|本)?个?(?:周|星期|礼拜)[一二三四五六日天]|(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*[日号]|\d{1,2}\s*[日号]))`,
  'gi',
);
// Both ends in h notation (20h-22h, 20h到2h): a range of clock times. After another clock, "- 2h" stays a length
// (明晚8点 - 2h), as "8pm - 2h" is.
const H_RANGE = /(?<![\d.:：+])(\d{1,2})h(\s*(?:到|至|[-~～—])\s*)(\d{1,2})h(?![a-z\d])/gi;

// 持续1h30 / 播2h15 / 时长1h30min: after a length's word, hours and minutes written with h are a length (clock-forms.ts
// reads 1h30 as the clock 01:30, "3h18" being a French-style time: 明晚8点 持续1h30 ended at 01:30, five and a half
// hours on).
// So they are right after a Chinese clock time with nothing but a space or a comma between (明晚8点 1h30, 8点半，1h30),
// as "8pm 1h30" is in English: read as a clock, 明晚8点，1h30 ran from 20:00 to 01:30, and 明晚8点 1h30 was refused.
// Not a date's month after it (早上8点 2h 12月1日 became 2小时12分钟 and 月1日 was not understood).
// A range word between (8点到1h30) still makes it an end. And so after the start said as a word: 开始 / 起, now
// (现在开始 1h30 ran until 01:30, fourteen hours) or a start after a wait (10分钟后 1h30 was refused as two starts).
const CLOCK_BEFORE = String.raw`\d\s*点(?:\s*钟|\s*半|\s*整|\s*\d{1,2}(?!\d|\s*h)\s*分?)?\s*[,，、]?\s*`;
const START_WORD_BEFORE = String.raw`(?:开始|起|现在|立即|立刻|马上|即刻|(?:分钟|小时|钟头)\s*[以之]?后)\s*[,，、]?\s*`;
const LENGTH_H_MINUTES = new RegExp(
  String.raw`((?:持续|时长|历时|为期|共计|总共|共|长达|播放?|直播|推流?)\s*[:：]?\s*|${CLOCK_BEFORE}|${START_WORD_BEFORE})(\d{1,2})\s*h\s*([0-5]?\d)(?![\d:]|\s*(?:月|[日号]|[点时]|[./-]\d))(?:\s*(?:mins?|m)\b)?`,
  'g',
);
// 持续1时30分 / 时长2时 / 开始播1时30分: after a length's word, hours written with 时 (a formal 点) are a length, as 1h30
// is there: read as the clock 13:30 or 01:30, 现在开始 持续1时30分 ended at 13:30 and 明晚8点开始 播1时30分 at 01:30, five and
// a half hours on. 播 alone may stand before a start's clock (明天播1时30分到3时), so it counts only after 开始.
const LENGTH_SHI_HOURS =
  /((?:持续|时长|历时|为期|共计|总共|长达|开始\s*[,，]?\s*(?:播放?|直播|推流?))\s*[:：]?\s*)(\d{1,2})\s*时(?:\s*(\d{1,2})\s*分(?:钟)?)?(?![\d点:：])/g;
// 明天早上 9am, 明早 9-11am, 凌晨 1am: a morning word before an English am clock says what the am says; the date parser
// read 早上 beside it as a second time, today's, and the relay was refused as two days. Written 上午, as 明天上午 9am is.
const MORNING_BEFORE_AM = /([明今])?(?:早上|早晨|清晨|凌晨|早)(?=\s*\d{1,2}(?:\s*[:.]\s*\d{2})?(?:\s*[-~～到至]\s*\d{1,2}(?:\s*[:.]\s*\d{2})?)?\s*a\.?m\b)/g;
// A date written with dots: with a year always; without one only before the time of day it is the day of.
const DOT_DATE_YEAR = /(?<![\d.])(\d{4})\.(1[0-2]|0?[1-9])\.([12]\d|3[01]|0?[1-9])(?![\d.])/g;
// Its weekday may stand between (1.5（周二）晚上8点, 1.5 周二 20:00), and so may the 从 of a range (12.15从下午三点到五点,
// 12.15 从15:00到17:00: the dots were left as a clock and the range refused as words not understood).
const DOT_DATE = /(?<![\d.:])(1[0-2]|0?[1-9])\.([12]\d|3[01]|0?[1-9])(?![\d.:])(?=\s*(?:[(（]?\s*(?:周|星期|礼拜)[一二三四五六日天]\s*[)）]?\s*)?(?:从|自)?\s*(?:[上下中晚早凌傍午今明后夜]|半夜|白天|清晨|差\s*[\d一两二三]|\d{1,2}\s*(?:[点时]|[:：]\d|[ap]\.?m\b)))/g;
// 12-3 晚上8点 / 11-30 22时 / 12-3 20:00: a month and day joined by a dash, right before a part of the day and its hour or
// a clock time after a space, is that date (12-3 was refused as '12 3', 11-30 22时 read as the clock 11:30:22, accepted).
// Not after a day, a part of the day or a range's word (明天8-10 晚上 is a range of hours), and not 8-10点 (its 点 glued).
// A range's 从 / 自 may stand between (11-3从上午八点至十一点半, 12-3自21点30分-23点半).
const DASH_DATE = new RegExp(
  String.raw`(?<!(?:[天晚早午夜上下中凌傍从自到至点时日号]|(?:周|星期|礼拜)[一二三四五六日天])\s*|[\d.:/-])` +
    String.raw`(1[0-2]|0?[1-9])-([12]\d|3[01]|0?[1-9])(?![\d.:/-])` +
    String.raw`(?=\s*(?:[从自]\s*)?(?:上午|下午|中午|晚上|早上|凌晨|傍晚|夜里|夜间|半夜|白天|清晨|早晨|晚|早)\s*(?:差\s*)?\d|\s*[从自]\s*\d{1,2}\s*(?:[点时]|[:：]\d)|\s+\d{1,2}\s*(?:[点时]|[:：]\d))`,
  'g',
);
// 晚上20.30 / 明晚8.30-10.30 / 下午3.30到5.30: a clock written with a dot after a part of the day is a clock, made
// 20:30 here for the rules that read a part of the day before a clock (clock-forms.ts turns other dots into colons
// only after them: 明天晚上20.30到22.30 was refused, and 明晚20.30-22.30 lost its end).
const DOT_CLOCK_AFTER_PART = /(?<=(?:上午|下午|晚上|早上|中午|凌晨|傍晚|夜里|夜间|半夜|白天|晚|早)\s*)([01]?\d|2[0-3])\.([0-5]\d)(?![\d.])(?!\s*(?:个|小时|钟头|分钟|h|天))/g;
// And the range's end after such a clock (明早9:05到10.05: 10.05 might otherwise be 5 October).
const DOT_CLOCK_END = /(?<=\d[:：]\d\d\s*(?:到|至|[-~～—–])\s*(?:上午|下午|晚上|早上|中午|凌晨|傍晚|夜里|夜间|半夜|晚|早)?\s*)([01]?\d|2[0-4])\.([0-5]\d)(?![\d.])/g;
// 2月16晚上8点 / 12月5下午3点 / 2月16 20点: a month and day without 日, right before the time of day, is that date (the
// date parser read the month and day apart and the pair was refused as a day without a time).
const DATE_WITHOUT_RI = /(?<![\d.:/-])(1[0-2]|0?[1-9])\s*月\s*([12]\d|3[01]|0?[1-9])(?![\d日号])(?=\s*[,，]?\s*(?:上午|下午|晚上|早上|中午|凌晨|傍晚|夜里|夜间|半夜|白天|清晨|早晨|晚|早|\d{1,2}\s*(?:点|时|[:：]\d)))/g;
// 26年12月3日: a two-digit year is this century's (chrono read 1926).
const SHORT_YEAR = /(?<!\d)(\d{2})\s*年(?=\s*\d{1,2}\s*月)/g;

// 明天这个时候 / 后天这时间 / 明天这个点: the same clock time as now on that day. 两天后这个时候 / 3天以后的这个时间 too
// (refused as words not understood: the day was read, and the clock time asked for). 两天后的同一时间 / 3天后相同时间 /
// 一周后的这个时候 say the same (同 and 这个时候 were refused as not understood; same-time.ts reads 明天同一时间). The
// numerals are digits by now: 同一 is 同1.
const SAME_TIME =
  /(?<=(?:大?后天|明天|今天|周[一二三四五六日天]|星期[一二三四五六日天]|\d{1,2}\s*(?:天|周|个?星期|个?礼拜)\s*[以之]?后)\s*的?\s*)(?:这\s*个?\s*(?:时[候间]|点(?![\d:：]))|同\s*[一1]?\s*个?\s*时[间刻候]|相同\s*的?\s*时[间刻])/g;

/** Whether a Chinese text asks for now's clock time on a day (明天这个时候, 两天后的同一时间); numerals as digits. */
export function saysSameTimeZh(text: string): boolean {
  return text.search(SAME_TIME) >= 0;
}

function amPm(whole: string, hour: string, minutes: string | undefined, half: string): string {
  const h = Number(hour);
  if (h < 1 || h > 12) return whole;
  const m = minutes !== undefined ? `${minutes}分` : '';
  if (half === 'a') return h === 12 ? `0点${m}` : `上午${h}点${m}`;
  // 12pm is noon, which a bare 12点 is not (said in the afternoon, it would be the coming midnight).
  return h === 12 ? `中午12点${m}` : `${h + 12}点${m}`;
}

function daytime(whole: string, hour: string): string {
  const h = Number(hour);
  if (h >= 6 && h <= 11) return `上午${h}`;
  if (h === 12) return '中午12';
  if (h >= 1 && h <= 5) return `下午${h}`;
  return whole;
}

/** "中午1点到2点" -> "下午1点到2点", "明晚8到10点" -> "明晚8点到10点" (Chinese text only). */
export function rewriteChineseHours(text: string, now: WallTime, locale?: Locale): string {
  // A Chinese user's "12.31 20:00-22:00" has no Chinese word in it, and its dots are still month and day (read as a
  // clock, 12:31 to 20:00, it was accepted). Written 12月31日, the rest is read as Chinese, as if typed so: "4.12 8pm"
  // was refused as a day without a time (its 8pm left for the Chinese date parser, which does not read it).
  if (!CJK.test(text)) {
    if (locale !== 'zh-CN') return text;
    const dated = text
      .replace(DOT_DATE_YEAR, '$1年$2月$3日')
      .replace(DOT_DATE, '$1月$2日')
      .replace(DASH_DATE, '$1月$2日')
      .replace(TRAILING_DATE, '$1月$2日');
    return dated === text ? text : rewriteChineseHours(dated, now, locale);
  }
  return text
    .replace(SAME_TIME, sameTimeClock(now))
    .replace(H_RANGE, (whole, from: string, joiner: string, to: string) =>
      (Number(from) <= 24 && Number(to) <= 24 ? `${from}点${joiner}${to}点` : whole))
    .replace(H_AFTER_DAY, (whole, hour: string) => (Number(hour) <= 24 ? `${hour}点` : whole))
    .replace(H_BEFORE_RANGE_OR_LENGTH, (whole, hour: string) => (Number(hour) <= 24 ? `${hour}点` : whole))
    .replace(H_BEFORE_DAY, '$1点')
    .replace(DOT_DATE_YEAR, '$1年$2月$3日')
    .replace(DOT_DATE, '$1月$2日')
    .replace(DASH_DATE, '$1月$2日')
    .replace(DATE_WITHOUT_RI, '$1月$2日')
    // Before LENGTH_H_MINUTES, which would read 2h 12.1 as 2小时12分钟.
    .replace(TRAILING_DATE, '$1月$2日')
    .replace(DOT_CLOCK_AFTER_PART, '$1:$2')
    .replace(DOT_CLOCK_END, '$1:$2')
    .replace(SHORT_YEAR, '20$1年')
    .replace(LENGTH_H_MINUTES, '$1$2小时$3分钟')
    .replace(MORNING_BEFORE_AM, (_whole: string, day?: string) => `${day ? `${day}天` : ''}上午`)
    .replace(LENGTH_SHI_HOURS, (_whole: string, word: string, hours: string, minutes?: string) => `${word}${hours}小时${minutes ? `${minutes}分钟` : ''}`)
    .replace(LEADING_ZERO_CLOCK, leadingZeroClock)
    .replace(AM_PM_RANGE, amPmRange)
    .replace(PART_END_RANGE, partEndRange)
    .replace(AM_PM_FIRST, (whole, half: string, hour: string, minutes?: string) => amPm(whole, hour, minutes, half))
    .replace(AM_PM, amPm)
    .replace(PART_HOUR_SHI, '$1$2点')
    .replace(HOUR_SHI, '$1点')
    // The ranges first, so that 中午1到2点 and 白天10到12点 have their 点 when the parts of the day are read.
    .replace(PART_RANGE_WITHOUT_DIAN, '$1$2点$3$4点')
    .replace(H24_RANGE, '$1点$2$3点')
    .replace(HOUR_RANGE, '$1点$2')
    .replace(END_WITHOUT_DIAN, '$1$2点')
    .replace(EVENING_AFTER_CLOCK, '$2$1')
    .replace(DAY_AFTER_CLOCK, '$2$3 $1')
    .replace(DATE_AFTER_LENGTH, '$2 $1$3')
    .replace(MORNING_TWELVE, '中午')
    .replace(NOON_AFTERNOON, '下午')
    .replace(MIDNIGHT_EVENING, '晚上')
    .replace(NOON_THEN_LENGTH, '$1，')
    .replace(DAYTIME, daytime)
    .replace(PAST_MINUTES, '点$1分')
    .replace(PAST_QUARTER, (_w, q: string) => (q === '1' ? '点15分' : '点45分'))
    .replace(PAST_HALF, '点半')
    .replace(HALF_OCLOCK, '点半')
    .replace(HALF_BEFORE_DASH, '点30分')
    .replace(SHARP_BEFORE_DASH, '点')
    .replace(MINUTES_BEFORE_DASH, '点$1分')
    .replace(EVENING_TWELVE_COLON, '$1点$2分')
    .replace(SHORT_BEFORE, '差$1分')
    .replace(SHORT_AFTER, '$1')
    .replace(WAIT_HALF, '$1后');
}
