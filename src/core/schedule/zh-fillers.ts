// Chinese words around a schedule that say nothing of its time, dropped before the numerals are read:
// courtesy (请, 麻烦, 谢谢), the act (推流, 开播, 下播, 上线), the end's own verb (10点结束, 为止), booking words
// (预约, 预计), and set phrases that begin with 一 (一直, 一到就, 一次性). Left in, the date parser read the 一
// after 点 as minutes: "晚上10点一直到明天早上6点" started at 22:01, "晚上8点一到就开始" at 20:01.
import { hasHan } from './han.js';

// 转推 (relay, the command's own verb) as 转播 is: "明晚8点转推两小时", "转推到10点" had left 转 not understood.
// Thanks and greetings with their particle (谢谢了, 麻烦了, 辛苦了, 拜托啦, 谢啦) come first, whole: 麻烦 alone had left 了
// not understood, and 辛苦了, 拜托了, 你好, 好的 had been refused.
const ZH_FILLERS = /(?:谢谢|多谢|麻烦|辛苦|拜托|谢)[了啦]|辛苦|拜托|[你您]好|好的|请|麻烦|谢谢|多谢|感谢|帮忙|帮我|推流|拉流|转播|转推|开播|下播|停播|上线|结束|停止|为止|截止|准时|按时|差不多|就行|就好|即可|预约|预计|预定/g;
// The set phrases with 一, except where that 一 is a weekday's (周一下午, 星期一直播, 礼拜一起) or a number's last
// digit (12月二十一下午): taken there, Monday lost its day ("周一下午3点" became "周午3点", refused).
const ZH_ONE_FILLERS = /(?<!周|星期|礼拜|[零〇一二两三四五六七八九十百\d])(?:一下|一直|一到就|一次性|一起)/g;
// 一直到 after a clock's minutes written in digits ("8点15一直到10点", "10:30一直到凌晨1点"): no digit ends in 一, and left
// in, the date parser read it as one more second (08:15:01). After minutes in numerals too (九点四十一直到十一点 had started
// at 9:41, 十点十五一直到 at 10:11): 一直到 is the phrase, as it is everywhere else; a 41st minute is written 九点四十一分.
const ONE_AFTER_DIGITS = /(?<=\d|点\s*[零〇一二两三四五六七八九十]+)一直(?=\s*到)/g;
// 直到 (until) is 到: the rules that read a range's two ends know 到 only ("明天9:30直到第二天凌晨4点半" ran 19 hours
// from 09:30, where 到 makes it 21:30, an evening hour before the next morning's end).
const UNTIL = /直(?=\s*到)/g;
// 直播 (a live broadcast) as the act, not the verb of a length or an end ("直播2小时", "直播到10点"): alone, or
// before a clock time ("周一直播 晚上8点到10点", "周一晚上直播 8点到10点", "明晚直播 20:00-22:00").
const ZH_NUMERAL = String.raw`[\d零〇一二两三四五六七八九十]`;
const NOTHING_COUNTED = String.raw`(?!\s*(?:${ZH_NUMERAL}|半|到|至|直到))`;
// An hour, not the 点 of a decimal length ("直播两点五小时").
const BEFORE_HOUR = String.raw`(?=\s*${ZH_NUMERAL}+\s*点(?!\s*${ZH_NUMERAL}*\s*(?:个|半|小时|钟头|分钟)))`;
// "20:00-22:00", not "1:30" alone (a length of 1h30).
const BEFORE_CLOCK_RANGE = String.raw`(?=\s*\d{1,2}[:：]\d{2}\s*(?:到|至|[-~～—–]))`;
const LIVE_ACT = new RegExp(`直播(?:${NOTHING_COUNTED}|${BEFORE_HOUR}|${BEFORE_CLOCK_RANGE})`, 'g');
// 大约 / 大概 / 约 (about) right before a clock time ("明晚大概8点开始", "明天晚上大约8点到10点"): the time is read at its
// value, as 8点左右 and English "around 8pm" are. Left between the day and its hour, the word kept them apart: the
// day was refused as one without a time, or 明晚 and a bare 8点 of today as two days. Before a length ("大约2小时")
// the word stays, for the lengths to read.
// An hour and its half is a clock ("大约3点半"), not the length "大约两点半小时".
const BEFORE_CLOCK_HOUR = String.raw`(?=\s*${ZH_NUMERAL}+\s*点(?!\s*${ZH_NUMERAL}*\s*(?:个|小时|钟头|分钟)|\s*半\s*(?:个|小时|钟头)))`;
const ABOUT_BEFORE_CLOCK = new RegExp(String.raw`(?:大约|大概|约莫|约)(?:${BEFORE_CLOCK_HOUR}|(?=\s*\d{1,2}[:：]\d{2}))`, 'g');
// 前后 / 许 (about) right after one ("明晚8点前后开始", "明晚八时许"), likewise, as 左右 there is. Not after 小时 or
// 分钟 ("两小时前后" is no clock).
const ABOUT_AFTER_CLOCK = new RegExp(
  String.raw`(?<=${ZH_NUMERAL}\s*(?:(?<!小)[点时](?:\s*钟|\s*半|\s*整)?|分)|\d[:：]\d{2})\s*(?:前后|许)`,
  'g',
);

// The start's own act right after a clock time ("晚上8点开播10点下播", "8点上线10点下线", "六点十五开播", "8pm开播",
// "8点启播", "8点推流两小时") says what 开始 says there: it parts the start from the end or the length after it.
// Dropped as a filler, it left the two clocks side by side, "8点10点", read as 08:10 with the relay starting now
// (silently); 启播 / 上播 / 开流, no fillers, were words not understood.
const START_ACT_AFTER_CLOCK = /(?<=(?:[点分半刻整钟]|(?<!小)时|\d[:：]\d\d|点\s*[\d零〇一二三四五六七八九十]{1,3}|\d\s*[ap]\.?m\.?)\s*)(?:开播|上线|推流|开推|启播|上播|开流)(?!\s*开始)/gi;

// 档 (a broadcast's time slot) right after an hour: 八点档 is the 8 o'clock slot, the hour itself (周六晚上八点档 两小时 was
// refused for 档 not understood).
const SLOT_AFTER_HOUR = new RegExp(String.raw`(?<=${ZH_NUMERAL}\s*点(?:\s*半)?)档(?![案次位期])`, 'g');

export function dropChineseFillers(text: string): string {
  // Every filler is Chinese words.
  if (!hasHan(text)) return text;
  // 一共 is 共 (a length's word, lengths.ts), without the 一 the parser would take for minutes.
  return text
    .replace(START_ACT_AFTER_CLOCK, '开始')
    .replace(ZH_FILLERS, '')
    .replace(ZH_ONE_FILLERS, '')
    .replace(ONE_AFTER_DIGITS, '')
    .replace(UNTIL, '')
    .replace(LIVE_ACT, ' ')
    .replace(ABOUT_BEFORE_CLOCK, '')
    .replace(ABOUT_AFTER_CLOCK, '')
    .replace(SLOT_AFTER_HOUR, '')
    .replace(/一共/g, '共');
}
