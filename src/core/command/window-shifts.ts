// Edits that move a task's window by an amount, relative to the window it has: the end ("extend by 1h", "add an
// hour", "end 30 minutes earlier", "再延长半小时", "提前10分钟结束"), the start ("start 15 minutes later", "提前半小时开始"),
// or both ("delay by 1h", "push back 30 min", "bring forward 15 minutes", "推迟半小时"). Read as whole new schedules,
// these were refused as words not understood, or worse: "end 30 minutes earlier" ended at 23:30 and "start 30
// minutes later" started 30 minutes from now.

/** Which edges of the window move, and which way. */
export interface WindowShift {
  start: -1 | 0 | 1;
  end: -1 | 0 | 1;
  /** The amount as typed ("1h", "半小时"), read as a length by the caller. */
  amount: string;
}

type Form = [pattern: RegExp, start: -1 | 0 | 1, end: -1 | 0 | 1];

// The relay itself, as people name it after a verb ("extend it", "delay the stream"): adds nothing.
// "shift everything 30 minutes later", "push the whole thing back an hour" as well (refused as words not understood).
const IT = String.raw`(?:\s+(?:it|everything|the\s+(?:relay|stream|task|show|broadcast|end|start)|the\s+whole\s+(?:thing|relay|stream|show|broadcast)))?`;
const BY = String.raw`(?:\s+by)?\s+`;
// The relay as a whole, not one of its edges ("bump the end 30 min" is no move of the relay).
const WHOLE_RELAY = String.raw`(?:\s+(?:it|everything|the\s+(?:relay|stream|task|show|broadcast)|the\s+whole\s+(?:thing|relay|stream|show|broadcast)))?`;
// "more", "longer", "extra" after an amount only repeat the verb ("add 30 minutes more").
const TAIL = String.raw`(?:\s+(?:more|longer|extra|later))?`;

// The Chinese verbs that move an edge later or earlier, one list for every form below: the forms with 开始 / 结束 after
// the amount had fewer of them, so 往后延一小时结束 fell through to the form that moves the whole relay (its start too,
// without a word), and 提早半小时结束 was refused.
const ZH_LATER = '推迟|推后|延后|延迟|顺延|往后推|往后延|往后挪|向后推|向后延|后移';
const ZH_EARLIER = '提前|提早|往前挪|向前挪|往前推|前移';

const FORMS: Form[] = [
  // One edge named first ("结束时间推迟半小时", "开始时间提前10分钟"); "推迟到9点" is a new time, not an amount.
  [new RegExp(String.raw`^结束(?:时间)?\s*(?:${ZH_LATER}|延长)\s*(?![到至])(.+?)$`), 0, 1],
  [new RegExp(String.raw`^结束(?:时间)?\s*(?:${ZH_EARLIER}|缩短)\s*(?![到至])(.+?)$`), 0, -1],
  [new RegExp(String.raw`^开始(?:时间)?\s*(?:${ZH_LATER})\s*(?![到至])(.+?)$`), 1, 0],
  [new RegExp(String.raw`^开始(?:时间)?\s*(?:${ZH_EARLIER})\s*(?![到至])(.+?)$`), -1, 0],
  // 晚半小时开始, 早10分钟结束: a length only (晚上8点开始 is a clock time).
  [/^晚\s*([^点上间]+?(?:小时|钟头|分钟|个钟|刻钟))\s*(?:开始|开播)$/, 1, 0],
  [/^早\s*([^点上间]+?(?:小时|钟头|分钟|个钟|刻钟))\s*(?:开始|开播)$/, -1, 0],
  [/^晚\s*([^点上间]+?(?:小时|钟头|分钟|个钟|刻钟))\s*(?:结束|停止|下播)$/, 0, 1],
  [/^早\s*([^点上间]+?(?:小时|钟头|分钟|个钟|刻钟))\s*(?:结束|停止|下播)$/, 0, -1],
  // Chinese first with a 开始 / 结束 after the amount, which says which edge moves ("提前半小时开始", "推迟10分钟结束").
  [new RegExp(String.raw`^(?:${ZH_EARLIER})\s*(?![到至])(.+?)\s*(?:开始|开播)$`), -1, 0],
  [new RegExp(String.raw`^(?:${ZH_LATER})\s*(?![到至])(.+?)\s*(?:开始|开播)$`), 1, 0],
  [new RegExp(String.raw`^(?:${ZH_EARLIER})\s*(?![到至])(.+?)\s*(?:结束|停止|下播)$`), 0, -1],
  [new RegExp(String.raw`^(?:${ZH_LATER})\s*(?![到至])(.+?)\s*(?:结束|停止|下播)$`), 0, 1],
  // "cut 30 minutes off", "take 15 min off the end", "shave 10 minutes off the start", "trim 20 min from the beginning":
  // time taken off an edge, the end unless the start is named ("off" had been left over, and refused).
  [new RegExp(String.raw`^(?:cut|trim|take|knock|shave|chop)${IT}\s+(.+?)\s+(?:off|from)(?:\s+of)?\s+the\s+(?:start|beginning|front)$`, 'i'), 1, 0],
  [new RegExp(String.raw`^(?:cut|trim|take|knock|shave|chop)${IT}\s+(.+?)\s+(?:off|from)(?:(?:\s+of)?\s+the\s+(?:end|finish|back))?$`, 'i'), 0, -1],
  // The end.
  [new RegExp(String.raw`^(?:extend|lengthen|prolong|add)${IT}${BY}(.+?)${TAIL}$`, 'i'), 0, 1],
  [new RegExp(String.raw`^(?:shorten|cut|trim|reduce)${IT}${BY}(?!(?:to|until|till)\b)(.+?)$`, 'i'), 0, -1],
  // "make it 30 minutes shorter", "an hour shorter", "make the show an hour longer" (refused as words not understood).
  [new RegExp(String.raw`^(?:(?:make|keep)${IT}\s+)?(.+?)\s+shorter$`, 'i'), 0, -1],
  [new RegExp(String.raw`^(?:make|keep)${IT}\s+(.+?)\s+longer$`, 'i'), 0, 1],
  [/^(?:end|stop|finish)(?:\s+it)?\s+(.+?)\s+later$/i, 0, 1],
  // "go 20 minutes over", "run it 30 min over", "overrun by 15 minutes": the end later (refused as words not understood).
  [/^(?:go|run)(?:\s+it)?\s+(.+?)\s+over$/i, 0, 1],
  [/^(?:overrun|run\s+over|go\s+over)(?:\s+by)?\s+(.+?)$/i, 0, 1],
  [/^(?:end|stop|finish)(?:\s+it)?\s+(.+?)\s+(?:earlier|sooner|early)$/i, 0, -1],
  [/^(?:再|多)?(?:延长|加长|多播)\s*(.+?)$/, 0, 1],
  // 再播半小时, 再推20分钟: "play another half hour" (read as a length, it had cut the relay to half an hour).
  [/^(?:再|多)(?:播放?|推流?|转推|直播)\s*(?![到至])(.+?)$/, 0, 1],
  // 多加半个小时 as 再加 (it had been refused: 多加 not understood).
  [/^(?:再|多)?加\s*(?![到至])(.+?)$/, 0, 1],
  // "+30m", "+1h": more time, as "add" says it (read as a whole schedule, it was a relay of 30 minutes).
  [/^\+\s*(\d.*?)$/, 0, 1],
  // 减少半小时: "reduce by half an hour" (refused as words not understood).
  [/^(?:缩短|少播|减少)\s*(.+?)$/, 0, -1],
  // The start.
  [/^(?:start|begin)(?:\s+it)?\s+(.+?)\s+later$/i, 1, 0],
  [/^(?:start|begin)(?:\s+it)?\s+(.+?)\s+(?:earlier|sooner|early)$/i, -1, 0],
  // One edge named after the verb: "delay the start by 15 minutes", "push the end back 30 minutes", "bring the start
  // forward 30 min", "move the end up 15 minutes". The forms below take "the start" / "the end" for the relay itself,
  // and had moved both edges without a word.
  ...edgeForms('start', 1, 0),
  ...edgeForms('end', 0, 1),
  [/^(?:end|stop|finish)(?:\s+it)?\s+(?:earlier|sooner)(?:\s+by)?\s+(.+?)$/i, 0, -1],
  [/^(?:end|stop|finish)(?:\s+it)?\s+later(?:\s+by)?\s+(.+?)$/i, 0, 1],
  [/^(?:start|begin)(?:\s+it)?\s+(?:earlier|sooner)(?:\s+by)?\s+(.+?)$/i, -1, 0],
  [/^(?:start|begin)(?:\s+it)?\s+later(?:\s+by)?\s+(.+?)$/i, 1, 0],
  [/^(?:start|begin)(?:\s+it)?\s+(.+?)\s+late$/i, 1, 0],
  // Both: the relay moves, its length stays.
  [new RegExp(String.raw`^(?:delay|postpone|push${IT}\s+back|move${IT}\s+back|shift${IT}\s+back)${BY}(.+?)$`, 'i'), 1, 1],
  [new RegExp(String.raw`^(?:delay|postpone|push|move|shift)${IT}${BY}(.+?)\s+later$`, 'i'), 1, 1],
  // "push it 30 min", "bump it 30 min", "slide it back an hour", "push it out a day": later (refused as words not understood).
  [new RegExp(String.raw`^(?:push|bump|slide)${WHOLE_RELAY}(?:\s+(?:back|out))?${BY}(?!(?:to|until|till|up|forward|earlier|sooner|the)\b)(.+?)$`, 'i'), 1, 1],
  [new RegExp(String.raw`^(?:bring${IT}\s+forward|move${IT}\s+(?:up|forward)|shift${IT}\s+forward)${BY}(.+?)$`, 'i'), -1, -1],
  [new RegExp(String.raw`^(?:move|shift|bring)${IT}${BY}(.+?)\s+(?:earlier|sooner)$`, 'i'), -1, -1],
  // 提前 / 推迟 / 延后 with neither 开始 nor 结束 move the relay: "推迟半小时" is the show half an hour later.
  [new RegExp(String.raw`^(?:整体)?(?:${ZH_LATER})\s*(?![到至])(.+?)$`), 1, 1],
  [new RegExp(String.raw`^(?:整体)?(?:${ZH_EARLIER})\s*(?![到至])(.+?)$`), -1, -1],
];

/** The forms that move one edge named after the verb, later (`later` = 1) and earlier. */
function edgeForms(edge: 'start' | 'end', start: 0 | 1, end: 0 | 1): Form[] {
  const named = String.raw`\s+the\s+${edge}(?:\s+time)?`;
  // Not a new time ("move the end to 10pm"): only an amount follows.
  const amount = String.raw`(?!(?:to|until|till|at|up|forward|earlier)\b)(.+?)`;
  const earlier = [-start, -end] as [-1 | 0, -1 | 0];
  return [
    [new RegExp(String.raw`^(?:delay|postpone|push|move|shift)${named}(?:\s+back)?${BY}${amount}(?:\s+later)?$`, 'i'), start, end],
    [new RegExp(String.raw`^(?:bring|move|shift|pull)${named}\s+(?:forward|up|earlier)${BY}${amount}$`, 'i'), ...earlier],
    [new RegExp(String.raw`^(?:bring|move|shift|pull)${named}${BY}${amount}\s+(?:earlier|sooner|forward)$`, 'i'), ...earlier],
  ];
}

/**
 * More of a length, said with the word that makes it more: "30 more minutes", "another hour", "an extra 30 minutes",
 * "give it 30 minutes more", "for 2 more hours". Read as a length, each had become the relay's whole length from its
 * start: "30 more minutes" cut a two-hour relay to half an hour, without a word.
 */
const MORE_LEAD =
  /^(?:give\s+(?:it|me|us)\s+|allow\s+|for\s+|(?:run|go|play|stream)(?:\s+it)?\s+(?:for\s+)?|keep\s+(?:it\s+)?(?:going|running)\s+(?:for\s+)?)?/i;
const MORE_WORD = /\b(?:more|extra|additional|another|longer)\b/i;
const TRAILING_MORE = /\s+(?:more|longer|extra)$/i;
const ANOTHER_UNIT = /\banother\s+(?=(?:hour|hr|minute|min|second|sec|day|week)s?\b)/i;

/** The amount of "30 more minutes" and the like (to be read as a length by the caller), or null. */
export function readMoreTime(text: string): string | null {
  const amount = text.trim().replace(MORE_LEAD, '');
  if (!MORE_WORD.test(amount)) return null;
  // "another hour" is one more: the schedule reads "an hour", not "another" before a bare unit.
  return amount.replace(TRAILING_MORE, '').replace(ANOTHER_UNIT, '1 ');
}

/**
 * An amount with "later" / "earlier" and no edge named: "30 min later", "make it an hour earlier", "move to 30 min
 * later", "later by 30 min". Read as a new schedule they were a start counted from now ("30 min later" moved tomorrow
 * evening's relay to half an hour from now, without a word); on a relay that has its time they move it, as "move it
 * 30 min later" does. Only when the words are an amount (the caller checks), so "8pm later" is left to the schedule.
 */
const RELATIVE_LEAD = String.raw`(?:(?:make|move|change|shift|set|have|do|push)${IT}(?:\s+to)?\s+|(?:everything|the\s+whole\s+thing)\s+)?`;
const NO_EDGE = String.raw`(?!(?:start|begin|end|stop|finish|run|go|in|within|after)\b)`;
const RELATIVE_MOVES: Form[] = [
  [new RegExp(String.raw`^${RELATIVE_LEAD}${NO_EDGE}(.+?)\s+later$`, 'i'), 1, 1],
  [new RegExp(String.raw`^${RELATIVE_LEAD}${NO_EDGE}(.+?)\s+(?:earlier|sooner)$`, 'i'), -1, -1],
  // 晚半小时, 早10分钟 with no 开始 / 结束 after them: the relay (晚半小时开始 moves its start only, above).
  [/^(?:整体|全部)?晚\s*([^点上间]+?(?:小时|钟头|分钟|个钟|刻钟))$/, 1, 1],
  [/^(?:整体|全部)?早\s*([^点上间]+?(?:小时|钟头|分钟|个钟|刻钟))$/, -1, -1],
  [/^later\s+by\s+(.+?)$/i, 1, 1],
  [/^(?:earlier|sooner)\s+by\s+(.+?)$/i, -1, -1],
];

/** "30 min later" and the like (RELATIVE_MOVES): the whole relay moved, or null. */
export function readRelativeMove(text: string): WindowShift | null {
  for (const [pattern, start, end] of RELATIVE_MOVES) {
    const match = pattern.exec(text.trim());
    if (match) return { start, end, amount: match[1]!.trim() };
  }
  return null;
}

/** The shift the text asks for, or null when it is not one of these forms. */
export function readWindowShift(text: string): WindowShift | null {
  for (const [pattern, start, end] of FORMS) {
    const match = pattern.exec(text.trim());
    if (match) return { start, end, amount: match[1]!.trim() };
  }
  return null;
}
