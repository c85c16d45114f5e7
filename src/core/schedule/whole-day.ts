// "all day tomorrow", "the whole day on friday", "明天全天", "周六一整天": the named day from its first minute to the
// midnight that ends it, written as that range ("00:00 to 24:00", "0点到24点") for the stages after. Refused before
// as a day without a time. "all day" with no day named is today's (refused as past once today has begun).
// Not a length ("for the whole day", "持续一整天": 24 hours from the start given).
import { MONTH, WEEKDAY } from './calendar-words.js';

const ENGLISH = /(?<!\b(?:for|lasting|lasts)\s+(?:the\s+|an?\s+)?)\b(?:all[\s-]+day(?:\s+long)?|(?:the\s+)?(?:whole|entire|full)\s+day)\b/g;
const CHINESE = /(?<!(?:持续|时长|为期|一共|共|播放?|直播|长达)\s*一?)(?:全天|一整天|整天|一天到晚)/g;
const MAY_SAY_IT = /day|全天|整天|一天到晚/;
// A day named beside it: a day word, a weekday, a month, a date or a number of a day.
const DAY_NAMED = new RegExp(String.raw`\b(?:today|tonight|tomorrow|tmrw|tmr|${WEEKDAY}|${MONTH})|\d|今|明|后天|周|星期|礼拜|[号日月]`);

export function rewriteWholeDay(text: string): string {
  if (!MAY_SAY_IT.test(text)) return text;
  const written = text.replace(ENGLISH, ' 00:00 to 24:00 ').replace(CHINESE, '0点到24点');
  if (written === text) return text;
  return DAY_NAMED.test(text.replace(ENGLISH, '').replace(CHINESE, '')) ? written : `today ${written}`;
}
