// "all day tomorrow", "the whole day on friday", "明天全天", "周六一整天": the named day from its first minute to the
// midnight that ends it, written as that range ("00:00 to 24:00", "0点到24点") for the stages after. Refused before
// as a day without a time. "all day" with no day named is today's (refused as past once today has begun).
// Not a length ("for the whole day", "持续一整天": 24 hours from the start given), nor 一整天 / 整天 / 全天 after a start
// already said ("明晚8点 一整天", "明天20:00，全天", "现在开始 一整天", "5分钟后开始 一整天"): that is 24 hours from it, as
// 持续一整天 is. Read as the named day's 0点到24点 it ran "明天20:00 一整天" from 20:00 to midnight (four hours, without a
// word), and after 现在 or 5分钟后 it was refused as past or as two starts.
import { MONTH, WEEKDAY } from './calendar-words.js';

const ENGLISH = /(?<!\b(?:for|lasting|lasts)\s+(?:the\s+|an?\s+)?)\b(?:all[\s-]+day(?:\s+long)?|(?:the\s+)?(?:whole|entire|full)\s+day)\b/g;
const CHINESE = /(?<!(?:持续|时长|为期|一共|共|播放?|直播|长达)\s*一?)(?:全天|一整天|整天|一天到晚)/g;
const MAY_SAY_IT = /day|全天|整天|一天到晚/;
// What a start ends with, right before the whole day: a clock time (8点, 8点半, 8点一刻, 20:00, 8pm), a "now" word, or a
// relative start (5分钟后, 半小时以后), each perhaps with 开始 / 开播 and a comma.
const START_BEFORE =
  /(?:[点分半刻整]|\d[:：]\d\d|\d\s*[ap]\.?m\.?|现在|马上|立即|立刻|即刻|此刻|[以之]?后)\s*(?:开始|开播|起)?\s*[,，、]?\s*$/;
// A day named beside it: a day word, a weekday, a month, a date or a number of a day.
const DAY_NAMED = new RegExp(String.raw`\b(?:today|tonight|tomorrow|tmrw|tmr|${WEEKDAY}|${MONTH})|\d|今|明|后天|周|星期|礼拜|[号日月]`);

export function rewriteWholeDay(text: string): string {
  if (!MAY_SAY_IT.test(text)) return text;
  const written = text
    .replace(ENGLISH, ' 00:00 to 24:00 ')
    .replace(CHINESE, (_whole: string, at: number) => (START_BEFORE.test(text.slice(0, at)) ? '持续一整天' : '0点到24点'));
  if (written === text) return text;
  if (!written.includes('0点到24点') && !/00:00 to 24:00/.test(written)) return written;
  return DAY_NAMED.test(text.replace(ENGLISH, '').replace(CHINESE, '')) ? written : `today ${written}`;
}
