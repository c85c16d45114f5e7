// Lengths of time, in English and Chinese: "2h", "1h30m", "2.5 hours", "an hour and a half", "1 hour thirty",
// "one and three quarters hour", "30'", "两个小时", "一个半小时", "1小时30分", "五分三十秒" (numbers are already
// digits here). A parse reads from a position and says how far it got, so callers can anchor it ("for",
// "in", "持续", "...后") and blank exactly what it used.

import { MONTH } from './calendar-words.js';

export interface Duration {
  ms: number;
  /** Only days or weeks were named ("in 7 days"): a calendar offset rather than a clock one. */
  wholeDays: boolean;
  /** Where the duration text ends in the scanned string. */
  end: number;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const EN_UNITS: Record<string, number> = {
  s: SECOND, sec: SECOND, secs: SECOND, second: SECOND, seconds: SECOND,
  m: MINUTE, min: MINUTE, mins: MINUTE, minute: MINUTE, minutes: MINUTE, "'": MINUTE,
  h: HOUR, hr: HOUR, hrs: HOUR, hour: HOUR, hours: HOUR,
  d: DAY, day: DAY, days: DAY,
  w: 7 * DAY, wk: 7 * DAY, wks: 7 * DAY, week: 7 * DAY, weeks: 7 * DAY,
  fortnight: 14 * DAY, fortnights: 14 * DAY,
  // Far beyond the provider's seven days, but read, so that "for 1 year 2 days" is refused as too long rather
  // than quietly cut to "2 days". (A month or a year ahead as a *start* is a calendar date: clock-forms.ts.)
  month: 30 * DAY, months: 30 * DAY, year: 365 * DAY, years: 365 * DAY, yr: 365 * DAY, yrs: 365 * DAY,
};
/** What a bare number after a unit counts ("1 hour thirty" = 1 h 30 min). */
const NEXT_SMALLER: Record<number, number> = { [HOUR]: MINUTE, [MINUTE]: SECOND, [DAY]: HOUR };
/** Above these a bare number is no part of the length ("for 1h 2014" is not 1 h and 2014 minutes). */
const BARE_LIMIT: Record<number, number> = { [MINUTE]: 60, [SECOND]: 60, [HOUR]: 24 };

interface Token {
  text: string;
  start: number;
  end: number;
}

// Numbers (decimals, fractions), words, and the minute mark: "1/2h" -> 1/2, h ; "30'" -> 30, '. A decimal
// without its leading zero (".5h") is one number: left unread, chrono took ".5" for something else and
// "for .5h" became an hour and a half.
// "&" is "and" ("2 hours & 30 minutes", "an hour & a half": the 30 minutes were read as a second length).
const TOKEN = /\s*(\d+(?:\.\d+)?\/\d+|\d+(?:\.\d+)?|\.\d+|[a-z]+|'|\+|&)/y;

function tokenAt(text: string, position: number): Token | null {
  TOKEN.lastIndex = position;
  const m = TOKEN.exec(text);
  if (!m || m[1] === undefined) return null;
  return { text: m[1] === '&' ? 'and' : m[1], start: TOKEN.lastIndex - m[1].length, end: TOKEN.lastIndex };
}

function numberOf(token: Token | null): number | null {
  if (!token || !/^\.?\d/.test(token.text)) return null;
  const [num, den] = token.text.split('/');
  return den ? Number(num) / Number(den) : Number(num);
}

const HEDGES = new Set(['about', 'around', 'approximately', 'approx', 'roughly', 'some', 'another', 'exactly', 'just']);
const ARTICLES = new Set(['a', 'an']);
// "2 more minutes", "two additional minutes": words between an amount and its unit that do not change it.
// "a full hour", "a whole day", "2 full hours" too.
const AMOUNT_FILLERS = new Set(['of', 'more', 'additional', 'extra', 'full', 'whole', 'entire']);

/** A fraction word group at `position`: "a half", "a quarter", "3 quarters", "3-quarters", "half". */
function fractionAt(text: string, position: number): { value: number; end: number } | null {
  let token = tokenAt(text, position);
  if (token && ARTICLES.has(token.text)) {
    const next = tokenAt(text, token.end);
    if (next?.text === 'half') return { value: 0.5, end: next.end };
    if (next?.text === 'quarter') return { value: 0.25, end: next.end };
    return null;
  }
  if (token?.text === 'half') return { value: 0.5, end: token.end };
  // "one and quarter hour": the article is often left out.
  if (token?.text === 'quarter') return { value: 0.25, end: token.end };
  const count = numberOf(token);
  if (count !== null && token) {
    const afterHyphen = text[token.end] === '-' ? token.end + 1 : token.end;
    token = tokenAt(text, afterHyphen);
    if (token && /^quarters?$/.test(token.text)) return { value: count / 4, end: token.end };
  }
  return null;
}

/** Skips "of", "a", "an", "more" between an amount and its unit ("quarter of an hour", "2 more minutes"). */
function skipLinkWords(text: string, position: number): number {
  let end = position;
  for (let token = tokenAt(text, end); token && (AMOUNT_FILLERS.has(token.text) || ARTICLES.has(token.text)); ) {
    end = token.end;
    token = tokenAt(text, end);
  }
  return end;
}

const MORE_WORDS = new Set(['extra', 'additional']);

/**
 * Past "an extra" / "additional" before a number ("for an extra 30 minutes", "2 hours and an additional 15 min"):
 * more of a length, said before its amount as readily as after it ("2 extra minutes"). Null when not there; "an
 * extra hour" is left to the article, which is its amount.
 */
function pastMoreWords(text: string, position: number): number | null {
  let token = tokenAt(text, position);
  if (token && ARTICLES.has(token.text)) token = tokenAt(text, token.end);
  if (!token || !MORE_WORDS.has(token.text)) return null;
  return numberOf(tokenAt(text, token.end)) !== null ? token.end : null;
}

const UNIT_WITHOUT_ARTICLE = new Set(['hour', 'minute', 'day', 'week']);

/** An amount: "2", "1.5", "1/2", "a", "an", "half", "a quarter", "3 quarters", "5 and a half", "1 and 2 quarters". */
function amountAt(text: string, position: number): { value: number; end: number } | null {
  position = pastMoreWords(text, position) ?? position;
  let token = tokenAt(text, position);
  while (token && HEDGES.has(token.text)) {
    position = token.end;
    token = tokenAt(text, position);
  }
  if (!token) return null;
  const fraction = fractionAt(text, position);
  if (fraction) return { value: fraction.value, end: skipLinkWords(text, fraction.end) };
  let value = numberOf(token);
  let end = token.end;
  // "for hour and a half", "for hour and 45 minutes": the article left out before a singular unit (refused as a word
  // not understood); one of it, the unit itself not taken here. Plural "for hours" stays an amount with no number.
  // Only before "and" ("for day 2 of the festival" is no length).
  if (value === null && UNIT_WITHOUT_ARTICLE.has(token.text) && tokenAt(text, token.end)?.text === 'and') return { value: 1, end: position };
  if (value === null) {
    if (!ARTICLES.has(token.text)) return null;
    value = 1;
  } else {
    const and = tokenAt(text, end);
    const extra = and?.text === 'and' ? fractionAt(text, and.end) : null;
    if (extra) {
      value += extra.value;
      end = extra.end;
    }
  }
  return { value, end: skipLinkWords(text, end) };
}

/** One "amount unit [and a half]" group. */
function termAt(text: string, position: number): { ms: number; unit: number; end: number } | null {
  const amount = amountAt(text, position);
  if (!amount) return null;
  const unitToken = tokenAt(text, amount.end);
  const unit = unitToken ? EN_UNITS[unitToken.text] : undefined;
  if (!unitToken || unit === undefined) return null;
  let ms = amount.value * unit;
  let end = unitToken.end;
  const and = tokenAt(text, end);
  const half = and?.text === 'and' ? fractionAt(text, and.end) : null;
  // "an hour and a half" adds half an hour; "an hour and a half minute" would not (it starts a new term).
  const afterHalf = half ? tokenAt(text, half.end) : null;
  if (half && !(afterHalf && (afterHalf.text === 'of' || afterHalf.text in EN_UNITS))) {
    ms += half.value * unit;
    end = half.end;
  }
  return { ms, unit, end };
}

// Only a whole term (amount and unit) follows a comma, never a bare number ("for 2h, 10 pm"), nor a relative
// start ("for 2h, 10 minutes from now": clock-forms.ts puts that comma there to keep the two apart).
const COMMA = /^\s*,\s*(?:and\s+)?/;
const RELATIVE_AFTER = /^\s*(?:from\s+(?:right\s+)?now|later|hence|ago|after\s+now)\b/;

function commaTermAt(text: string, position: number): { ms: number; unit: number; end: number } | null {
  const term = termAt(text, position);
  return term && !RELATIVE_AFTER.test(text.slice(term.end)) ? term : null;
}

const TERM_JOINERS = new Set(['and', 'plus', '+']);

/** An English duration starting at `position`, or null. */
export function englishDurationAt(text: string, position: number): Duration | null {
  const first = termAt(text, position);
  if (!first) return null;
  let { ms, end } = first;
  let lastUnit = first.unit;
  let wholeDays = first.unit >= DAY;
  for (;;) {
    const joiner = tokenAt(text, end);
    // "2 hours plus 15 minutes", "2h +30m", "2h plus an extra 15 minutes": plus joins a smaller term as "and"
    // does (but not a bare number: "2h plus 10" is refused, not guessed as minutes).
    const from = joiner && TERM_JOINERS.has(joiner.text) ? joiner.end : end;
    // "1 hour, 30 minutes", "2 days, 3 hours (and 4 minutes)": a comma joins terms as "and" does.
    const comma = COMMA.exec(text.slice(end));
    const next = termAt(text, from) ?? (comma ? commaTermAt(text, end + comma[0].length) : null);
    // Only up to one of the unit before it ("6 days 24 hours" is a week): "in 3 hours, 90 minutes" and "in 2 hours 90
    // minutes" are a start and a length (no one counts 90 minutes as the rest of an hour); they were one amount of 4.5
    // hours, a start with no end.
    if (next && next.unit < lastUnit && next.ms <= lastUnit) {
      ms += next.ms;
      end = next.end;
      lastUnit = next.unit;
      wholeDays &&= next.unit >= DAY;
      continue;
    }
    // "1 hour thirty", "1 hour and thirty": a bare number after a unit counts the next smaller unit.
    // Not a number with a unit of its own ("in 3 hours 2 hours": two lengths, not 3 h 2 min and a stray "hours").
    const bare = (joiner && joiner.text !== 'and' && TERM_JOINERS.has(joiner.text)) || next ? null : tokenAt(text, from);
    const count = numberOf(bare);
    const smaller = NEXT_SMALLER[lastUnit];
    if (bare && count !== null && smaller && count < BARE_LIMIT[smaller]! && !/[/.]/.test(bare.text) && !isFollowedByClockWord(text, bare.end)) {
      ms += count * smaller;
      end = bare.end;
      wholeDays = false;
    }
    break;
  }
  return { ms, wholeDays: wholeDays && ms % DAY === 0, end };
}

// "for 1:30", "lasting 2:00 h", "时长1:30": hours and minutes written as on a clock. Only after a length's own
// word (lengths.ts): without it "1:30" is a clock time. Read as a clock, "8pm for 1:30" ended at 1:30 am.
const CLOCK_LENGTH = /\s*(\d{1,2}):([0-5]\d)(?::([0-5]\d))?(?!\s*(?:[ap]\.?m\b|o'?clock|[\d:.]|点|am|pm))(?:\s*(?:hours?|hrs?|h)\b)?/y;

/** A length written "h:mm" (or "h:mm:ss") at `position`, or null. */
export function clockLengthAt(text: string, position: number): Duration | null {
  CLOCK_LENGTH.lastIndex = position;
  const m = CLOCK_LENGTH.exec(text);
  if (!m) return null;
  const ms = Number(m[1]) * HOUR + Number(m[2]) * MINUTE + Number(m[3] ?? 0) * SECOND;
  return { ms, wholeDays: false, end: CLOCK_LENGTH.lastIndex };
}

/**
 * "for 2 hours 10 pm"? "for 2h 20 feb"? A number followed by am/pm, ":" or a month is a clock time or a date,
 * not part of the duration.
 */
function isFollowedByClockWord(text: string, position: number): boolean {
  return CLOCK_OR_DATE_AFTER.test(text.slice(position, position + 16));
}
const CLOCK_OR_DATE_AFTER = new RegExp(String.raw`^\s*(?::|[ap]\.?m\b|o'clock|(?:of\s+)?${MONTH}[a-z]*\b|[/-]\d)`);

// 刻 / 刻钟, a quarter of an hour, after the hours of a length: 1小时1刻, 两个钟头三刻 (一小时一刻 had left 刻 not understood;
// after 点 it is a clock's minutes, which numbers.ts has written as 15分 by now).
const QUARTER_HOUR = 15 * MINUTE;
const ZH_UNITS: Record<string, number> = {
  秒: SECOND, 秒钟: SECOND, 分: MINUTE, 分钟: MINUTE, 刻: QUARTER_HOUR, 刻钟: QUARTER_HOUR, 小时: HOUR, 钟头: HOUR, 个钟: HOUR, 天: DAY, 日: DAY,
  周: 7 * DAY, 星期: 7 * DAY, 礼拜: 7 * DAY, 个月: 30 * DAY, 年: 365 * DAY,
};
// How a count takes its half: 2个半小时, 2 个半, 2半小时. Nothing but 个 may stand between them: "七点五十 半小时" is
// 7:50 and half an hour, not 50 and a half hours (a relay of two days, accepted). clock-forms.ts puts that space into
// "七点五十半小时".
export const ZH_COUNT_HALF = String.raw`(?:\s*(个)\s*(半)?|(半))?`;
// "五点五分钟" = 5.5 minutes: 点 is a decimal point only before a unit no clock time uses (分钟, 小时...), and
// with one digit after it: "明晚8点90分钟" had been 8.9 minutes, where 90 minutes from 8 o'clock is meant (a decimal
// of two digits said in characters, 一点二五小时, is numbers.ts's). "五分半钟" = five and a half minutes.
const ZH_TERM = new RegExp(
  String.raw`\s*(\d+(?:\/\d+|\.\d+|点\d(?!\d)(?=\s*个?\s*(?:小时|钟头|个钟|分钟|秒钟)))?)?${ZH_COUNT_HALF}\s*(小时|钟头|个钟|个月|分钟|分|刻钟|刻|秒钟|秒|天|日|星期|礼拜|周|年)(半钟?)?`,
  'y',
);
// One or two digits, and not the start of a clock time, date or range ("持续1小时 8 点", "持续2小时 12月3日",
// "1小时 8-10点"): read as minutes, those became a silently longer relay.
// Nor a number with a unit of its own that could not join (播两小时 两小时后开始: 2小时 and 2 minutes, 小时后 left over).
const ZH_BARE_NUMBER = /\s*(\d{1,2})(?![\d.:点])(?!\s*(?:[-/.:：~～年月日号点时到至]|[ap]\.?m\b|个|半|小时|钟|分|刻|秒|天|周|星期|礼拜))/y;
// 播两小时 过20分钟开始 / 持续90分钟 半小时后开始: after a length's word, a next term across a space with 后 after it is the start
// in so long, not more of the length (read as 2小时20分钟, 后 was left, not understood). Without the word (两小时 30分钟后)
// the two stay one wait.
const LENGTH_WORD_BEFORE = /(?:持续|时长|历时|为期|长达|播放?|直播|推流?|连播)\s*[:：]?\s*$/;
const WAIT_AFTER = /^\s*(?:[以之]?后)/;

/** A Chinese duration starting at `position`: "2个小时", "1个半小时", "半小时", "1小时30分", "5分30秒". */
export function chineseDurationAt(text: string, position: number): Duration | null {
  let ms = 0;
  let end = position;
  let lastUnit = Infinity;
  let wholeDays = true;
  for (;;) {
    ZH_TERM.lastIndex = end;
    const m = ZH_TERM.exec(text);
    const [, number, measure, halfAfterMeasure, halfGlued, unitWord, halfAfter] = m ?? [];
    const halfBefore = halfAfterMeasure ?? halfGlued;
    const unit = m ? ZH_UNITS[(measure && unitWord === '月' ? '个月' : unitWord)!] : undefined;
    if (!m || unit === undefined || unit >= lastUnit || (number === undefined && !halfBefore && !halfAfter)) break;
    if (end > position && /^\s/.test(m[0]) && WAIT_AFTER.test(text.slice(ZH_TERM.lastIndex)) && LENGTH_WORD_BEFORE.test(text.slice(0, position))) break;
    // 半刻 (一时半刻: a moment) is no amount.
    if (unit === QUARTER_HOUR && number === undefined) break;
    // With no number, "半小时" is half an hour, but "个半小时" (一 left out) and "分半" are one and a half.
    // "1/2小时" is half an hour.
    const [top, bottom] = (number ?? '').replace('点', '.').split('/');
    const count = number !== undefined ? Number(top) / (bottom ? Number(bottom) : 1) : measure || halfAfter ? 1 : 0;
    ms += (count + (halfBefore || halfAfter ? 0.5 : 0)) * unit;
    end = ZH_TERM.lastIndex;
    lastUnit = unit;
    // 半个月 (15 days) is whole days; 一天半 (36 hours) is not: the total decides (below).
    wholeDays &&= unit >= DAY;
  }
  if (end === position) return null;
  const smaller = NEXT_SMALLER[lastUnit];
  ZH_BARE_NUMBER.lastIndex = end;
  const bare = smaller ? ZH_BARE_NUMBER.exec(text) : null;
  if (bare && smaller && Number(bare[1]) < BARE_LIMIT[smaller]!) {
    ms += Number(bare[1]) * smaller;
    end = ZH_BARE_NUMBER.lastIndex;
    wholeDays = false;
  }
  return { ms, wholeDays: wholeDays && ms % DAY === 0, end };
}
