// Chinese words for days, parts of the day and lengths that the later stages do not know, written as the
// ones they do (read before the numerals become digits, so that 一早 and 一整天 still show their 一).
// Each was refused as a word not understood, or, worse, read as something else: chrono took "明天夜晚8点"
// for 08:00.

import { hasHan } from './han.js';

const ZH_WORDS: Array<[RegExp, string]> = [
  // Colloquial (北方话) and Cantonese day words: 明儿(个), 今儿(个), 后儿; 听日 is tomorrow, 听朝(早) tomorrow
  // morning, 听晚 tomorrow evening, 今朝 this morning, 朝(头)早 the morning, 今晚黑 tonight.
  [/明儿个?|明个(?=\s*(?:早|晚|上|下|中|白|夜|凌|[\d零〇一二两三四五六七八九十]))/g, '明天'],
  [/今儿个?/g, '今天'],
  [/后儿个?/g, '后天'],
  // 明天的明天 is the day after tomorrow (read as tomorrow: the second 明天 was dropped).
  [/明天\s*的\s*明天/g, '后天'],
  [/晚黑/g, '晚'],
  [/听朝(?:头早|早)?/g, '明天早上'],
  [/听晚/g, '明晚'],
  [/听日/g, '明天'],
  [/今朝(?=\s*[\d零〇一二两三四五六七八九十])/g, '今天早上'],
  [/朝头?早/g, '早上'],
  // Cantonese 呢个礼拜六 / 呢个星期六 is 这个礼拜六 (this week's).
  [/呢\s*(个)?(?=\s*(?:周|星期|礼拜|月))/g, '这$1'],
  [/下昼/g, '下午'],
  // Written day words: 今晨 / 明晨 (this / tomorrow morning), 本日 (today); 清早, 大清早, 一大早 (early morning).
  [/今晨/g, '今天早上'],
  [/明晨/g, '明天早上'],
  [/本日/g, '今天'],
  [/一?大?清早|一大早/g, '早上'],
  // 明早早上7点, 今早上午9点, 明晚晚上8点, 今夜夜里1点: a day word with its part of the day, then that part again, says one
  // thing once (明早早上7点 was refused as two days, 明早上午9点 as 早 not understood). Only the same part: 明晚早上7点
  // and 今早晚上8点 contradict themselves and stay refused (impossible-clocks.ts).
  [/([今明])早\s*(?=早上|上午|早晨|清晨)/g, '$1天'],
  [/([今明])[晚夜]\s*(?=晚上|夜里|夜间|夜晚|晚间|深夜)/g, '$1天'],
  // 今晚上9点 (今天晚上 with the day shortened): 上 was left, not understood. Not 今晚上午 (an evening, then the morning:
  // refused) nor 明晚上海时间.
  [/([今明昨])晚\s*(?=上(?![午海]))/g, '$1天晚'],
  // 明天早上上午9点: two words for the morning, one after the other.
  [/(?:早上|早晨|清晨)\s*(?=上午)|上午\s*(?=早上|早晨|清晨)/g, ''],
  // 明早上 / 明天一早: the morning said twice or with 一 (which the numerals would turn into minutes).
  [/明早上/g, '明天早上'],
  [/(明天|今天|后天)\s*一早/g, '$1早上'],
  // 一早8点 with no day before it (refused as "1", a word not understood).
  [/一早(?=\s*[\d零〇一二两三四五六七八九十])/g, '早上'],
  // 下半夜 / 后半夜 are the small hours after midnight, 上半夜 / 前半夜 the night before it (下半夜2点 was refused as "下").
  [/[下后]半夜/g, '凌晨'],
  [/[上前]半夜/g, '晚上'],
  // The evening under other names. 深夜 is late at night: 深夜11点 is 23:00, 深夜1点 the small hours after.
  [/夜晚|晚间|深夜/g, '晚上'],
  // 晌午 is noon as 中午 is, alone too (明天晌午 was refused as a day without a time; 晌午2点 was read already).
  [/正午|午间|晌午/g, '中午'],
  // 黄昏 (dusk) is 傍晚 (黄昏6点 was refused as a word not understood).
  [/黄昏/g, '傍晚'],
  // 中午时分 / 傍晚时分: "at the time of" adds nothing to the part of the day.
  [/(上午|下午|晚上|早上|中午|凌晨|傍晚|夜里|清晨|早晨)时分/g, '$1'],
  // "明天晚上的8点", "今晚的1点", "周五的晚上": the 的 only links a day or a part of the day to what follows.
  [/(晚上|下午|上午|早上|中午|凌晨)的/g, '$1'],
  [/(今晚|明晚|今夜|明夜|今天|明天|后天|[日号]|(?:周|星期|礼拜)[一二三四五六日天])\s*的\s*(?=[上下中晚早凌傍夜白午\d零〇一二两三四五六七八九十])/g, '$1'],
  // 今年的2月20号, 本月的15号, 下个月的3号, 明年的1月8号: the 的 links a year or a month to its date (left in, the year or
  // month was a word not understood).
  [/(今年|明年|后年|本月|这个?月|下下个?月|下个?月)\s*的\s*(?=[\d零〇一二两三四五六七八九十廿卅元])/g, '$1'],
  // 元旦当天 / 12月3日当天 / 周五当天 (on that very day): 当天 after the day it names adds nothing (the holiday's date,
  // then 当天, was refused as a day without a time). A 当天 with no day before it is left, not understood.
  [/(?<=[日号]|(?:周|星期|礼拜)[一二三四五六日天])\s*当天/g, ''],
  // 通宵到早上6点 (all night, until 6am): the end says how long the night is ("overnight until 6"). 通宵 with no end is
  // left, not understood.
  [/通宵\s*(?=(?:直播|播|推流?)?\s*(?:到|至|直到|一直到))/g, ' '],
  // 俩 / 仨 are two and three ("俩小时").
  // 元月 is January.
  [/元月/g, '1月'],
  [/俩/g, '两'],
  [/仨/g, '三'],
  // 一整天 is a day; 两小时整 is exactly two hours.
  [/整(?=天)/g, ''],
  [/(小时|钟头|分钟|天)整/g, '$1'],
  // 最多两小时, 不超过两小时, 整整两小时, 足足两个小时, 播满两小时, 连续播两小时: words around a length that do not
  // change it (each was refused as words not understood); 两小时以内 likewise, unless it says when to start.
  // The verb may follow the word too: 最多播两小时, 最长推90分钟.
  [/(?:连续|一直)?\s*(?:播|推)?\s*(?:满|足足|整整|最多|最长|至多|不超过|不多于)\s*(?:播放?|推流?|直播)?\s*(?=[\d零〇一二两三四五六七八九十半])/g, ' 持续'],
  // 最晚10点结束 / 最迟到10点 (done by 10 at the latest): the end is 10 o'clock (markChineseEnds has made the first
  // 到最晚10点). 最晚10点开始, a start said as a deadline, is left, not understood.
  [/(到|至)\s*(?:最晚|最迟)|(?:最晚|最迟)\s*(?=到|至)/g, '$1'],
  [/连续\s*(?:播|推)\s*(?=[\d零〇一二两三四五六七八九十半])/g, ' 持续'],
  // 连播3小时 / 播出两小时 / 总时长120分钟: a length after other words for broadcasting it (each was refused as words not
  // understood).
  [/(?:连播|连推|播出)\s*(?=[\d零〇一二两三四五六七八九十半])/g, ' 持续'],
  [/总\s*(?=时长)/g, ''],
  [/(小时|钟头|分钟)\s*(?:以内|之内)(?!\s*开始)/g, '$1'],
  // 接下来的90分钟 / 未来的两小时: a length from now with 的 (接下来90分钟 was read; with 的, refused).
  [/(接下来|未来)\s*的\s*(?=[\d零〇一二两三四五六七八九十半])/g, '$1'],
  // 时长为2小时 / 持续时间：2小时: the length's label.
  [/(?:持续时间|时长)\s*(?:为|是)?(?=\s*[:：]?\s*[\d零〇一二两三四五六七八九十半])/g, '时长'],
  // 下周星期三 says the week twice.
  // 下一周的周一, 下周的星期五, 这周的周三, 本周周日: the week said with its weekday, with 一/个/的 between.
  // 上周的周五, 上个星期的星期五 too (last week's, refused as past; they were refused as 上周 not understood).
  [/(下|(?<![早晚])上)\s*(?:一|个|一个)?\s*(?:周|星期|礼拜)\s*的?\s*(?=周|星期|礼拜)/g, '$1'],
  [/(这|本)\s*(?:一|个)?\s*(?:周|星期|礼拜)\s*的?\s*(?=周|星期|礼拜)/g, '$1'],
  // 明天（周三）晚上8点到10点, 明晚周三8点, 明天（三）: the weekday beside a day word, in brackets or not, goes before
  // it, where the later stages check the two against each other (周四 明天 is refused as two days). After 明晚 or
  // 明天 it was read as a day of its own: a range was refused as a day without a time, or the weekday taken for
  // last week's.
  [/(大后天|后天|明天|明日|今天|今日|今晚|明晚|今早|明早|今夜|明夜)\s*[(（[【]?\s*((?:周|星期|礼拜)[一二三四五六日天1-7])\s*[)）\]】]?/g, ' $2 $1'],
  [/(大后天|后天|明天|明日|今天|今日|今晚|明晚|今早|明早|今夜|明夜)\s*[(（[【]\s*([一二三四五六日天])\s*[)）\]】]/g, ' 周$2 $1'],
  // 12月3日(四): a weekday in brackets after a date, without its 周; 周四(12月3日): the date in brackets after its
  // weekday. Written as the forms repeated-weekday.ts checks against the date.
  // 1/5（二）, 1.5（二）: after a date written with a slash or a dot too (refused as words not understood).
  [/(?<=(?:[日号]|\d{1,2}[/.]\d{1,2})\s*)([(（])\s*([一二三四五六日天])\s*(?=[)）])/g, '$1周$2'],
  // 周四晚（12月31日）8点: the part of the day may come between the weekday and its date, and goes after the date
  // (left there, the date split the part from its hour: refused as a day without a time).
  [/((?:周|星期|礼拜)[一二三四五六日天])\s*(上午|下午|晚上|早上|中午|凌晨|傍晚|夜里|晚|早)?\s*[(（]\s*([^()（）]{1,16}?[日号])\s*[)）]/g, '$1 $3 $2'],
  // 8点到10点（明晚）: a day word in brackets is the day word.
  [/[(（]\s*(大后天|后天|明天|明日|今天|今日|今晚|明晚|今早|明早|今夜|明夜)\s*[)）]/g, ' $1 '],
  // Except a clock-shaped amount in 【】 right after a clock time (明晚8点【1:30】, 明晚8:15起【1h30】): the length, as in
  // round brackets (clock-forms.ts); made a bare "1:30" it was an end at 01:30 (silently) or no end.
  [/(?<=(?:\d\s*(?:点[半钟]?|分|刻)|\d:\d\d|\d\s*[ap]m)\s*(?:起|开始)?\s*[,，]?\s*)【\s*(\d{1,2}(?::|h)[0-5]\d)\s*】/g, '($1)'],
  // 在下午3点和晚上8点之间 ("between 3pm and 8pm"): 和 / 与 / 跟 / 及 between a range's bounds is its 到 (it was refused as
  // 和 not understood). Without 之间 two clock times joined by 和 are a list, refused as such (two-clocks.ts).
  [/(?<=(?:点[半钟]?|\d\s*分|刻|\d[:：][0-5]\d)\s*)[和与跟及](?=\s*(?:上午|下午|中午|晚上|早上|凌晨|傍晚|晚|早)?\s*[\d零〇一二两三四五六七八九十]{1,3}\s*(?:点[半钟]?(?:\s*[\d零〇一二两三四五六七八九十]{1,3}\s*分?)?|[:：][0-5]\d)\s*(?:之间|中间))/g, '到'],
  // Brackets and 在...之间 wrap the time without changing it.
  [/[【】〔〕「」『』]/g, ' '],
  [/之间/g, ' '],
  // "开始：明晚8点 结束：10点": once 结束 is dropped (zh-fillers.ts), its label's colon is left before the end.
  [/(?<=[\u4e00-\u9fff]\s+)[:：]\s*/g, ' '],
  // Sentence-final particles (吧, 哈, 哦, 呀...) soften the request without changing it.
  [/[吧哈哦呀啊嘛啦喔噢]+(?=\s*(?:[,，。.!！~～]|$))/g, ' '],
  // "明晚从8点到10点": 从 between the day and its hour (chrono read 晚上 apart, as tonight). 自 likewise, and after 明早 /
  // 今早 (明早从9点整~12点整, 明天晚上自八点一刻~晚上十点半 were refused as two days, tomorrow and today).
  [/(晚上|下午|上午|早上|中午|凌晨|傍晚|明晚|今晚|明早|今早|明天|今天|后天)\s*(?:从|自(?=\s*[\d零〇一二两三四五六七八九十上下中晚早凌傍夜差]))\s*/g, '$1'],
];

/** "明儿晚上8点" -> "明天晚上8点", "明天夜晚8点" -> "明天晚上8点", "两小时整" -> "两小时". */
// Each pattern above needs a Chinese character, except the brackets 【】〔〕「」『』 (outside that block).
const CJK_BRACKET = /[【】〔〕「」『』]/;

export function rewriteChineseWords(text: string): string {
  if (!hasHan(text) && !CJK_BRACKET.test(text)) return text;
  return ZH_WORDS.reduce((written, [pattern, word]) => written.replace(pattern, word), text);
}

// "半小时后开始，晚上10点结束": a clause closed by an end word (结束, 为止, 停止, 下播, 下线, 关播, 收工, 断流, 停, 完,
// 10点前结束...) is the end, written with 到 as the later stages read an end (left as a time alone, "晚上10点" read
// as a second start), and the end word goes. A clause with its own range word or 开始 is read whole already and
// loses only its end word. (结束, 为止, 停止, 下播, 停播 and 截止 are fillers besides, dropped wherever they stand.)
// 止 alone too (晚上11点起，次日凌晨2点止 was refused as 次日 not understood), and before a bracket (十点半停（北京时间）: 停( was
// not understood).
const END_WORD = '(?:之前|以前|前)?(?:结束|为止|停止|下播|停播|截止|下线|关播|关闭|关掉|关|收工|收播|收|断流|断开|停|完|止)';
const END_CLAUSE = new RegExp(`(^|[，,。;；\\s])([^，,。;；\\s]+?)(${END_WORD})(?=$|[，,。;；\\s(（])`, 'g');
const TIME_ALONE = /^(?!.*(?:到|至|[-~～]|开始|从|起))(?=.*(?:[\d零〇一二两三四五六七八九十]|午夜|中午))/;
// 10点前结束 (done by 10): 前 after a clock time only ("两小时前结束" says something else).
const CLOCK_LAST = /(?:点|分|半|整|刻|(?<!个)钟|\d[:：]\d\d)$/;

// "晚上8点开始，两小时后结束", "播到两小时后": the end as a length after the start (read as a second start, two hours
// from now, and refused). Not when the start is itself in so many hours ("半小时后开始，两小时后结束" is unclear).
const ZH_LENGTH = String.raw`[\d零〇一二两三四五六七八九十百半.]+\s*个?\s*半?\s*(?:小时|钟头|个钟|分钟)`;
const END_AFTER_LENGTH = new RegExp(
  String.raw`(${ZH_LENGTH})\s*(?:以后|之后|后)\s*(?:结束|停止|下播|停播|关闭|关掉|下线|关播|收工|断流|停)|(?:播|推)?到\s*(${ZH_LENGTH})\s*(?:以后|之后|后)(?!\s*开始)`,
  'g',
);
// The start may be said with another verb: 半小时后开播 / 推流 / 起播 / 上线, 两小时后结束 is as unclear (read as two hours
// after the start, it had been accepted).
const RELATIVE_START = /(?:以后|之后|后)\s*(?:再)?\s*(?:开始|开播|起播|开推|推流?|直播|上线|播)|(?:再)?过\s*[\d零〇一二两三四五六七八九十半]/;

// 明晚8点到10点前, 至晚上10点之前: "until before 10" is the end at 10, as 10点前结束 is (前 was refused as a word not
// understood). Only after a range word and a clock time: "两小时前" and "10点前" alone say something else.
const BEFORE_AFTER_RANGE_END = /((?:到|至)\s*[^，,。;；\s到至]*?(?:点|分|半|整|刻|(?<!个)钟|\d[:：]\d\d))\s*(?:之前|以前|前)(?=$|[，,。;；\s(（])/g;

/** "半小时后开始，晚上10点结束" -> "半小时后开始，到晚上10点结束" (before the fillers are dropped). */
export function markChineseEnds(text: string): string {
  // Both patterns need a Chinese word (an end word such as 结束, or 后).
  if (!hasHan(text)) return text;
  const lengths = text.includes('后') && !RELATIVE_START.test(text)
    ? text.replace(END_AFTER_LENGTH, (_w, ending?: string, reaching?: string) => ` 持续${ending ?? reaching} `)
    : text;
  return lengths.replace(END_CLAUSE, (whole, lead: string, clause: string, ending: string) => {
    const byThen = /^(?:之前|以前|前)/.test(ending);
    if (TIME_ALONE.test(clause) && (!byThen || CLOCK_LAST.test(clause))) return `${lead}到${clause} `;
    // "8点开播到10点关播", "8点开始10点下线": a clause with its own start and end; the end word only closes it.
    return CLOCK_LAST.test(clause) ? `${lead}${clause} ` : whole;
  }).replace(BEFORE_AFTER_RANGE_END, '$1 ');
}
