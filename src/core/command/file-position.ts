// The position in the file list said as a place in a file ("45 seconds into file 2", "file #2 at 45 seconds in",
// 从第2个文件的第30秒开始, 从第2个文件1分钟处开始): FileIndex and OffsetTime together. Left to the schedule, the seconds
// had been a second length ("an end and a length at once") or words not understood. Runs before the plain
// "file 2" stage, which would take the file and leave its seconds behind.
import type { Extractor } from './extractors.js';
import { COUNT_PATTERN, ORDINAL_PATTERN, parseCount, parseOrdinal } from './numbers.js';
import type { CommandDraft } from './draft.js';
import { WORD_START as B, WORD_END as E } from './word-edges.js';

/** An offset with its unit or as m:ss: a bare number next to "file 2" could be anything. */
const OFFSET = '(\\d+\\s*(?:minutes?|mins?|m)\\s*\\d{1,2}\\s*(?:seconds?|secs?|s)|\\d+(?::\\d{1,2}){1,2}|\\d+\\s*(?:seconds?|secs?|s|minutes?|mins?|m))';
// The same with its unit only: after "at" / "from", m:ss could as well be a clock time (see FILE_POSITION_OR_CLOCK).
const UNIT_OFFSET = '(\\d+\\s*(?:minutes?|mins?|m)\\s*\\d{1,2}\\s*(?:seconds?|secs?|s)|\\d+\\s*(?:seconds?|secs?|s|minutes?|mins?|m))';
const ZH_OFFSET = '(\\d+\\s*分钟?\\s*\\d{1,2}\\s*秒钟?|\\d+(?::\\d{1,2}){1,2}|\\d+\\s*(?:秒钟?|分钟?))';
const ZH_UNIT_OFFSET = '(\\d+\\s*分钟?\\s*\\d{1,2}\\s*秒钟?|\\d+\\s*(?:秒钟?|分钟?))';
const FILE = `(?:the\\s+)?(?:file\\s*(?:#|no\\.?\\s*)?(${COUNT_PATTERN})|(${ORDINAL_PATTERN})\\s+(?:file|video|clip))`;
const START = '(?:(?:start(?:ing)?|begin(?:ning)?|resume)\\s+)';

/** "1m30s", "1:30", "45 seconds", 1分30秒, 30秒 → seconds. */
function seconds(text: string): number | undefined {
  const t = text.replace(/\s+/g, '').toLowerCase();
  const clock = /^(\d+)(?::(\d{1,2}))(?::(\d{1,2}))?$/.exec(t);
  if (clock) return clock.slice(1).filter((p): p is string => p !== undefined).map(Number).reduce((sum, p) => sum * 60 + p, 0);
  const both = /^(\d+)(?:minutes?|mins?|m|分钟?)(\d{1,2})(?:seconds?|secs?|s|秒钟?)$/.exec(t);
  if (both) return Number(both[1]) * 60 + Number(both[2]);
  const one = /^(\d+)(seconds?|secs?|s|秒钟?|minutes?|mins?|m|分钟?)$/.exec(t);
  if (!one) return undefined;
  return /^(m|分)/.test(one[2]!) ? Number(one[1]) * 60 : Number(one[1]);
}

function record(draft: CommandDraft, index: number | undefined, offset: number | undefined): boolean {
  if (index === undefined || offset === undefined) return false;
  if (draft.fileIndex !== undefined || draft.offsetTime !== undefined) {
    draft.errors.push({ code: 'InvalidParameter', field: 'command', key: 'parse.duplicateOption', params: { option: 'start at file' } });
    return true;
  }
  draft.fileIndex = index;
  draft.offsetTime = offset;
  return true;
}

export const FILE_POSITION: Extractor = {
  option: 'start at file',
  pattern: new RegExp(
    [
      // "start 45 seconds into file 2", "1:30 into the second file"
      `${B}${START}?(?:at\\s+)?${OFFSET}\\s+in(?:to)?\\s+${FILE}${E}`,
      // "start at file 2, 45 seconds in", "begin with file #2 at 1:30 in"
      `${B}${START}?(?:(?:at|from|with)\\s+)?${FILE}\\s*,?\\s*(?:at\\s+|from\\s+)?${OFFSET}\\s+in${E}`,
      // "start from the second file at 90 seconds", "file 2 from 2 minutes": with its unit the place is in the file; in an
      // edit the seconds had been the relay's new length (a 90-second relay) without a word.
      `${B}${START}?(?:(?:at|from|with)\\s+)?${FILE}\\s*,?\\s*(?:at|from)\\s+${UNIT_OFFSET}${E}`,
      // 从第2个文件的第30秒开始, 从第2个文件1分钟处开始, 从第二个视频的1分30秒处开始播放
      `从第\\s*(${COUNT_PATTERN})\\s*个?(?:文件|视频)\\s*的?\\s*(?:第\\s*${ZH_OFFSET}|${ZH_OFFSET}\\s*处)\\s*开始(?:播放?)?`,
      // 第二个文件从1分钟开始, 第2个视频从第30秒处开始播放: only with a unit, since 第2个文件从20:00开始 is a clock time.
      `(?<!从)第\\s*(${COUNT_PATTERN})\\s*个?(?:文件|视频)\\s*(?:从|的)\\s*(?:第\\s*)?${ZH_UNIT_OFFSET}\\s*处?\\s*开始(?:播放?)?`,
    ].join('|'),
    'giu',
  ),
  apply(groups, draft) {
    const [offA, countA, ordA, countB, ordB, offB, countC, ordC, offC, zhCount, zhOffA, zhOffB, zhCount2, zhOffD] = groups;
    const count = countA ?? countB ?? countC ?? zhCount ?? zhCount2;
    const ordinal = ordA ?? ordB ?? ordC;
    const index = ordinal !== undefined ? parseOrdinal(ordinal) : count !== undefined ? parseCount(count) : undefined;
    const offset = offA ?? offB ?? offC ?? zhOffA ?? zhOffB ?? zhOffD;
    return record(draft, index, offset === undefined ? undefined : seconds(offset));
  },
};

/**
 * "file 2 at 1:30", "start the second file from 1:30": a minute and second in the file, or the relay's start at 1:30? In
 * an edit it had moved the relay to 13:30 (or 01:30, the end kept), without a word. Asked, with both ways to say it; said
 * with "in" after it ("1:30 in") or with am/pm, it is clear and read above or by the schedule.
 */
export const FILE_POSITION_OR_CLOCK: Extractor = {
  option: 'start at file',
  pattern: new RegExp(`${B}${START}?(?:(?:at|from|with)\\s+)?${FILE}\\s*,?\\s*(?:at|from)\\s+((?:[1-9]|1[0-2]):[0-5]\\d)(?!\\s*(?:[ap]\\.?m\\b|in\\b|[:\\d]))`, 'giu'),
  apply([count, ordinal, time], draft) {
    const index = ordinal !== undefined ? parseOrdinal(ordinal) : count !== undefined ? parseCount(count) : undefined;
    if (index === undefined || time === undefined) return false;
    draft.errors.push({ code: 'InvalidParameter', field: 'command', key: 'parse.fileOffsetOrClock', params: { file: index, time } });
    return true;
  },
};
