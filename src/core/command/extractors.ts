// The option stages of the command pipeline, in the order they run (order matters: a destination path is
// claimed before "live" could be read as a kind keyword, "loop 3" before a bare "loop"). Each stage is a
// regular expression over the scanned text (URLs and quotes are placeholders) and a function that records
// what it found in the draft; the matched words are then blanked so that no later stage, and not the
// schedule layer, reads them again. English and Chinese forms live side by side in one pattern.
import type { Scanned } from './scan.js';
import { BOUNDARY, COMMENT_END, QUOTED_REF, URL_REF } from './scan.js';
import type { CommandDraft } from './draft.js';
import { COUNT_PATTERN, ORDINAL_PATTERN, parseCount, parseOrdinal } from './numbers.js';
import { CALLBACK_EVENTS, REGIONS, type SourceType, type VodRefreshType } from '../relay-request.js';
import type { BackendKind } from '../backend.js';
import { userZone } from '../schedule/zones.js';
import { LINK_WITHOUT_SCHEME } from './links-without-scheme.js';
import { CITY_PATTERN_EN, CITY_PATTERN_ZH, regionCode } from './region-names.js';
import { FILE_POSITION, FILE_POSITION_OR_CLOCK } from './file-position.js';
import { NAMED_DESTINATION } from './named-destination.js';
import { VAGUE_LOOPS } from './vague-loops.js';
import { RELATIVE_LOOPS } from './relative-loops.js';
import { PLAYLIST_EDITS } from './playlist-edits.js';
import { BACKUP_CLEARED } from './backup-clear.js';
import { COMMENT_CLEARED } from './comment-clear.js';
import { STATUS_WITH_TIME } from './status-with-time.js';
import { STREAM_KEY } from './stream-key.js';
import { CALLBACK_URL, NO_CALLBACKS } from './callback-words.js';
import { WORD_START as B, WORD_END as E } from './word-edges.js';

export interface Extractor {
  /** The option's name in messages ("loop", "comment" ...). */
  option: string;
  pattern: RegExp;
  /** Records the match; returns false to leave the words in place (they were not this option after all). */
  apply(groups: (string | undefined)[], draft: CommandDraft, scanned: Scanned): boolean;
  /** A mark left where the option stood (instead of a plain boundary), for a check after all stages ran. */
  marker?(groups: (string | undefined)[]): string | undefined;
}

// ASCII word boundaries: \b would also break between a Latin word and Chinese text glued to it.
const COUNT = `(${COUNT_PATTERN})`;
/** "with a backup …", "and comment …": joining words before an option keyword belong to the option. */
const JOIN = '(?:(?:with|and)\\s+(?:an?\\s+|the\\s+)?|w/\\s*)?';
const NUM = '(\\d+(?:\\.\\d+)?)';
/** A value: quoted text, or one word. */
const VALUE = `(?:${QUOTED_REF}|([^\\s\\uE000\\uE002，。；]+))`;
/**
 * A comment's value: quoted text, or one word without the sentence's punctuation after it ("comment: rerun." is
 * "rerun", "comment: rerun, loop 3" too, 备注：重播！ is 重播); a mark inside the word stays ("v2.1", "第2场：决赛").
 */
const COMMENT_MARKS = '.,;:!?、：';
const COMMENT_VALUE =
  `(?:${QUOTED_REF}|((?:[^\\s\\uE000\\uE002，。；！？${COMMENT_MARKS}]|[${COMMENT_MARKS}](?=[^\\s\\uE000\\uE002，。；！？${COMMENT_MARKS}]))+))`;
/** `app/stream` or `domain/app/stream`; a full stop after it ends the sentence ("to live/x."), not the stream. */
// Nor is a path with a query ("push.partner.com/live/KEY?txSecret=…"): that is a push URL without its scheme, which
// the link stage refuses by name (the query had come back as words not understood). A question mark that ends the
// sentence ("… to live/evening?", "to live/evening?, tomorrow …") opens no query: the path had been refused as no
// destination and "live/" not understood.
// Nor is a path whose last digits run straight into 点 / 时 / 号 / 日 / 分 ("推流到 live/20点 持续2小时"): the digits are a
// time's as much as the stream's, and the stream had been 'live/20' starting now with the 点 dropped (silently);
// a stream name holds no Chinese, so the command is refused by name (glued-path-time.ts).
const PATH = '([A-Za-z0-9_.-]+(?:/[A-Za-z0-9_.-]*[A-Za-z0-9_-]){1,2})(?![A-Za-z0-9_/#-]|(?<=\\d)[点时号日分]|\\?(?![\\s，。！？；、!?,;.)]|$)|\\.[A-Za-z0-9_])';
/** An offset: "90", "1:30", "90s", "2 min", "30秒", and minutes with seconds ("1分30秒", "1m30s", "1 min 30 s"). */
const OFFSET =
  '(\\d+\\s*(?:minutes?|mins?|m|分钟?)\\s*\\d{1,2}\\s*(?:seconds?|secs?|s|秒钟?)?(?![:\\d])|\\d+(?::\\d{1,2}){0,2}(?:\\.\\d+)?\\s*(?:seconds?|secs?|s|minutes?|mins?|m|秒钟?|分钟?)?)';

/** "as live", "as a file", "type: live", "source kind live": words that name the kind. */
const KIND_LABEL = 'as\\s+(?:an?\\s+)?|(?:source[\\s_-]*)?(?:kind|type)\\s*[:=]?\\s*';
/**
 * Right after the source URLs (the destination's is gone by then) and before a break (the end, another part, a
 * comma): the word describes them. Followed by more words of its phrase it starts them ("….mp4 live tomorrow 8pm").
 */
const AFTER_SOURCES = '(?<=\\uE000U\\d+\\uE001[\\s,，]*)';
/** The start of the command, past "/relay" and a verb said before the sources ("push", "restream" …). */
const COMMAND_START = '(?<=^\\s*(?:/?relay\\s+)?(?:(?:please\\s+)?(?:push|send|restream|re-stream|stream|forward|rebroadcast|relay)\\s+)?)';
const BEFORE_BREAK = '(?=\\s*(?:$|[\\uE000\\uE002,，;；。、]))';

/** "fallback to <url>", "backup to <url>": the backup's URL, not the destination. */
const NOT_AFTER_BACKUP = '(?<!(?:backup|fallback|failover|fall(?:s|ing)?[\\s-]*back|switch(?:es|ing)?(?:\\s+over)?)\\s+)';
/**
 * "if it drops, switch to <url>", "when the source fails fall back to <url>", 断流时切到 <url>, 主源断了就用 <url>: the
 * backup said as what to do when the live source stops (a second destination and words not understood before).
 */
const WHEN_SOURCE_DROPS =
  '(?:(?:if|when|should)\\s+(?:it|the\\s+(?:main\\s+|primary\\s+|live\\s+)?(?:source|stream|feed|signal))\\s+(?:drops|fails|dies|stops|goes\\s+(?:down|offline)|is\\s+(?:down|offline)|cuts\\s+out)(?:\\s+out)?\\s*,?\\s*(?:then\\s+)?' +
  '(?:switch(?:\\s+over)?|fail\\s*over|fall\\s*back|go|use)\\s+(?:to\\s+)?)';
const ZH_WHEN_SOURCE_DROPS =
  '(?:(?:主源|源|直播源?|信号|主流|直播流)?(?:断流|断开|断了|中断|挂了|掉线|出问题)(?:了)?(?:时|的时候|的话|后)?\\s*[，,]?\\s*(?:就|则)?\\s*(?:自动)?(?:切到|切换到|切换至|切至|改用|换成|换到|用))';

/** "30 min x 2", "2h x2" may be the whole length: a lone x2 right after a length or a clock is not read as loops. */
const NOT_AFTER_UNIT = '(?<!(?:\\d|h|hrs?|hours?|m|mins?|minutes?|s|secs?|seconds?|小时|分钟?|秒)\\s*)';
/** Right after a clock time a city names the time's zone ("8pm in Tokyo"), which the schedule layer reads. */
const NOT_AFTER_CLOCK = "(?<!(?:\\d|[ap]\\.?m\\.?|o'?clock|noon|midnight|\\dh|hrs?|hours?|mins?|minutes?|days?)\\s*)";
/**
 * Right after a length ("tomorrow 8pm for 2h in Tokyo") a city could be the time's zone or the region: the relay had
 * gone to the Tokyo region at 8pm New York time, 11 hours from 8pm in Tokyo. It is refused, asking which was meant.
 */
const AFTER_LENGTH = '(?<=(?:\\dh|hrs?|hours?|mins?|minutes?|days?)\\s*)';

/** What is looped, said after the verb: "loop it", "loop the playlist", "repeat the files". */
const LOOPED_THING = '(?:\\s+(?:it|them|the\\s+(?:playlist|files?|videos?|list|show)))?';
/** The looping as a thing to turn off: "looping", "the loop", "loops", "repeat". */
const THE_LOOP = '(?:the\\s+)?(?:loop(?:s|ing)?|repeat(?:s|ing)?)';
/** "play 2x" is two plays (one loop), read by the play stage; a lone "2x" is two loops. */
const NOT_AFTER_PLAY = '(?<!play(?:ed)?(?:\\s+it)?\\s+)';

const re = (source: string): RegExp => new RegExp(source, 'giu');

const CLOSING_BRACKETS: Record<string, string> = { ')': '(', ']': '[', '）': '（', '】': '【', '」': '「', '』': '『', '>': '<' };

/**
 * "[comment: finals]", 【备注：决赛】: the bracket that closes the whole phrase is not the comment's ("finals]" had been
 * sent); one the comment opened itself stays ("v2(final)").
 */
function withoutUnopenedBracket(word: string): string {
  const opener = CLOSING_BRACKETS[word.at(-1) ?? ''];
  return opener !== undefined && !word.includes(opener) ? word.slice(0, -1) : word;
}

function setOnce<K extends keyof CommandDraft>(draft: CommandDraft, key: K, value: CommandDraft[K], option: string): boolean {
  if (draft[key] !== undefined) {
    draft.errors.push({ code: 'InvalidParameter', field: 'command', key: 'parse.duplicateOption', params: { option } });
    return true;
  }
  draft[key] = value;
  return true;
}

function valueOf(scanned: Scanned, quotedIndex: string | undefined, bare: string | undefined): string {
  return quotedIndex !== undefined ? (scanned.quoted[Number(quotedIndex)] ?? '') : (bare ?? '');
}

const urlAt = (scanned: Scanned, index: string | undefined): string => scanned.urls[Number(index)] ?? '';

/** "90", "1:30", "1:02:03", "90s", "2 min", "30秒" → seconds (possibly fractional; validation wants whole). */
export function parseOffset(text: string): number | undefined {
  const trimmed = text.trim().toLowerCase();
  const clock = /^(\d+)(?::(\d{1,2}))(?::(\d{1,2}))?$/.exec(trimmed);
  if (clock) {
    const parts = clock.slice(1).filter((p): p is string => p !== undefined).map(Number);
    return parts.reduce((total, part) => total * 60 + part, 0);
  }
  const minutesAndSeconds = /^(\d+)\s*(?:minutes?|mins?|m|分钟?)\s*(\d{1,2})\s*(?:seconds?|secs?|s|秒钟?)?$/.exec(trimmed);
  if (minutesAndSeconds) return Number(minutesAndSeconds[1]) * 60 + Number(minutesAndSeconds[2]);
  const plain = /^(\d+(?:\.\d+)?)\s*(seconds?|secs?|s|minutes?|mins?|m|秒钟?|分钟?)?$/.exec(trimmed);
  if (!plain) return undefined;
  const value = Number(plain[1]);
  return plain[2] && /^(m|min|分)/.test(plain[2]) ? value * 60 : value;
}

/** Short names for the API's callback events, in English and Chinese ("file start" as typed, with its space). */
const EVENT_ALIASES: Record<string, string> = {
  start: 'TaskStart',
  exit: 'TaskExit',
  end: 'TaskExit',
  'file-start': 'VodSourceFileStart',
  'file-finish': 'VodSourceFileFinish',
  'file-end': 'VodSourceFileFinish',
  reset: 'ResetTaskConfig',
  config: 'ResetTaskConfig',
  alarm: 'TaskAlarm',
  alarms: 'TaskAlarm',
  // "notify me when it starts and ends": the events said as the relay's verbs.
  starts: 'TaskStart',
  ends: 'TaskExit',
  finish: 'TaskExit',
  finishes: 'TaskExit',
  stops: 'TaskExit',
  stop: 'TaskExit',
  // "callbacks on task start and task exit": the API's names said as two words.
  'task-start': 'TaskStart',
  'task-exit': 'TaskExit',
  'task-end': 'TaskExit',
  'task-alarm': 'TaskAlarm',
  // "only callbacks for errors": the alarm events are the errors (pull or push failed, unstable, file ended early).
  errors: 'TaskAlarm',
  error: 'TaskAlarm',
  failures: 'TaskAlarm',
  'config-change': 'ResetTaskConfig',
  'config-changes': 'ResetTaskConfig',
  // "notify on failure", "notify on begin and finish", "notify when each file finishes": more of the words people use.
  failure: 'TaskAlarm',
  fails: 'TaskAlarm',
  begin: 'TaskStart',
  begins: 'TaskStart',
  'file-starts': 'VodSourceFileStart',
  'file-finishes': 'VodSourceFileFinish',
  'file-ends': 'VodSourceFileFinish',
  'each-file-start': 'VodSourceFileStart',
  'each-file-starts': 'VodSourceFileStart',
  'each-file-finish': 'VodSourceFileFinish',
  'each-file-finishes': 'VodSourceFileFinish',
  'each-file-end': 'VodSourceFileFinish',
  'each-file-ends': 'VodSourceFileFinish',
  'config-changed': 'ResetTaskConfig',
  开始: 'TaskStart',
  任务开始: 'TaskStart',
  结束: 'TaskExit',
  退出: 'TaskExit',
  任务结束: 'TaskExit',
  任务退出: 'TaskExit',
  文件开始: 'VodSourceFileStart',
  文件结束: 'VodSourceFileFinish',
  文件完成: 'VodSourceFileFinish',
  配置变更: 'ResetTaskConfig',
  修改配置: 'ResetTaskConfig',
  重置: 'ResetTaskConfig',
  告警: 'TaskAlarm',
  报警: 'TaskAlarm',
  出错: 'TaskAlarm',
  异常: 'TaskAlarm',
  失败: 'TaskAlarm',
  配置修改: 'ResetTaskConfig',
  修改任务: 'ResetTaskConfig',
  每个文件开始: 'VodSourceFileStart',
  每个文件结束: 'VodSourceFileFinish',
};

/** Known names in any case, and short aliases, become the API's spelling; unknown names stay as typed. */
function canonicalEvent(name: string): string {
  const lower = name.toLowerCase().replace(/[\s_]+/g, '-');
  return CALLBACK_EVENTS.find((e) => e.toLowerCase() === lower) ?? EVENT_ALIASES[lower] ?? name;
}

/** An event's name: an API name, an alias ("file start" with its space, 任务开始), or any word (validation names it). */
const KNOWN_EVENT = [...CALLBACK_EVENTS, ...Object.keys(EVENT_ALIASES)]
  .sort((a, b) => b.length - a.length)
  .map((name) => name.replace(/-/g, '[\\s_-]'))
  .join('|');
/** Words that start the next option or the time, never an event's name ("events: start, loop 2" keeps its loop). */
const NOT_AN_EVENT =
  '(?:loops?|looping|repeat|play|no|comment|note|remark|memo|label|titled?|description|backup|fallback|region|in|on|via|using|to|refresh|watermark|logo|push|extra|file|from|for|until|till|at|tomorrow|today|tonight|now)';
const EVENT_NAME = `(?:(?:${KNOWN_EVENT})${E}|(?!${NOT_AN_EVENT}${E})[A-Za-z][A-Za-z-]*${E})`;
/**
 * The names after the first: after a comma, 、, "/", "&", "|" or ";" any name; after "and" ("events: start and end" had kept the
 * start and let the schedule swallow "and end") or a plain space ("events: start end") only a known one, so that
 * "events start and loop 3" keeps its loop.
 */
const MORE_EVENTS = `(?:\\s*[,，、/&+|;；]\\s*(?:and\\s+)?${EVENT_NAME}|(?:\\s*,)?\\s*(?:${B}and\\s+|\\s+|(?<=[^\\x00-\\x7f])\\s*和\\s*)(?:${KNOWN_EVENT})${E})`;
const EVENT_LIST = `(${EVENT_NAME}${MORE_EVENTS}*)`;
/**
 * "notify on all events", "events: all", 回调：全部事件: every event, as the API sends them when none is named ("all" had
 * been refused as an unknown event, and "events" as a word not understood).
 */
const ALL_EVENTS = `(all(?:\\s+(?:the\\s+)?events?)?|every(?:thing|\\s+event)|全部(?:事件)?|所有(?:事件)?)(?![A-Za-z0-9_-])`;
/** Chinese event names only, joined by 和 / 、 / 及: the list said before 时通知我. */
const ZH_EVENT_NAME = `(?:${Object.keys(EVENT_ALIASES).filter((name) => /[^\\x00-\\x7f]/.test(name)).sort((a, b) => b.length - a.length).join('|')})`;
// 开始结束都通知: two names side by side, with nothing between them.
const ZH_EVENT_LIST = `(${ZH_EVENT_NAME}(?:\\s*[和、，,及与/]?\\s*${ZH_EVENT_NAME})*)`;

const CORNERS: Record<string, number> = {
  'top-left': 0, 'top-right': 1, 'bottom-right': 2, 'bottom-left': 3, 左上: 0, 右上: 1, 右下: 2, 左下: 3,
};

function refreshType(word: string): VodRefreshType {
  return /^(immediate|now|right\s+away|at\s+once|immediatenewsource|立即|立刻|马上)/i.test(word) ? 'ImmediateNewSource' : 'ContinueBreakPoint';
}

function backendKind(word: string): BackendKind {
  return /^(local|ffmpeg|本地)$/i.test(word) ? 'local' : 'tencent';
}

function sourceKind(word: string): SourceType {
  return /^(live|直播|pulllive)/i.test(word) ? 'PullLivePushLive' : 'PullVodPushLive';
}

export const EXTRACTORS: Extractor[] = [
  NAMED_DESTINATION,
  {
    option: 'to',
    pattern: re(
      // "<url> push to rtmp://…", "and send it to live/x": the verb before "to" is the relay's (it had been a word not understood).
      // "server rtmp://…", 推流服务器 rtmp://… (a stream key said apart goes with it: stream-key.ts).
      `(?:${NOT_AFTER_BACKUP}${B}(?:(?:(?:rtmp|push|ingest|stream)\\s+)?server(?:\\s+url)?(?=\\s*[:=]?\\s*\\uE000U)|to[-_ ]?url|(?:(?:and\\s+)?(?:push|send|stream|relay|restream|re-stream|forward|publish|broadcast|simulcast)(?:\\s+it)?\\s+)?(?:to|into)|dest(?:ination)?|dst|target|push[\\s-]+(?:url|address|target))(?:\\s*[:=]\\s*|\\s+)|(?:->|→|=>)\\s*` +
        `|(?:转推到|推流到|转推至|推流至|推送到|推到|推流地址|推流链接|推流服务器(?:地址)?|服务器(?:地址)?|目标地址|目标|目的地)[:：]?\\s*|${AFTER_SOURCES}(?:到|至)\\s*)(?:${URL_REF}|${PATH})` +
        // "推到 live/x 上" (onto): the 上 is the destination's, not the 上 of 上午 after it.
        `(?:\\s*上(?=\\s|$|[，,。；]))?`,
    ),
    apply([url, path], draft, scanned) {
      if (url !== undefined) {
        draft.destinations.push({ kind: 'url', url: urlAt(scanned, url) });
        return true;
      }
      // "to 4/25" is a date, not a stream: an app/stream path has a letter in it.
      if (!path || !/[A-Za-z]/.test(path)) return false;
      const parts = path.split('/');
      const [domain, app, stream] = parts.length === 3 ? parts : [undefined, ...parts];
      draft.destinations.push({ kind: 'path', domain, app: app ?? '', stream: stream ?? '' });
      return true;
    },
  },
  {
    option: 'to',
    // The "to" forgotten: "https://… live/evening tomorrow 8pm". A lone app/stream path (starting with a letter,
    // so never a date like 12/5) is the destination when no other was named; a second one is left to be
    // reported; a time zone name (Asia/Shanghai) is not one. Runs before the kind stage, which would otherwise read the "live" of "live/evening".
    // Not after "@": "bob:pw@push.example.com/live/KEY" is a link with user info (the link stage refuses it), not a
    // destination path with a password left over.
    pattern: re(`(?<![A-Za-z0-9_./:@-])(?=[A-Za-z])${PATH}`),
    apply([path], draft) {
      if (draft.destinations.length > 0 || !path || /^(?:am|pm|and|w)\//i.test(path)) return false;
      // "8pm Asia/Shanghai" is the schedule's zone, not a stream.
      if (userZone(path)) return false;
      const parts = path.split('/');
      const [domain, app, stream] = parts.length === 3 ? parts : [undefined, ...parts];
      draft.destinations.push({ kind: 'path', domain, app: app ?? '', stream: stream ?? '' });
      return true;
    },
  },
  CALLBACK_URL,
  {
    option: 'backup',
    // "backup <url>", "w/ backup <url>", "backup: <url>", "backup = <url>", "a backup of <url>", "fallback to <url>",
    // "using <url> as backup"; 备用源 <url>, 备用流<url>, 备用地址 <url>, 备用源为 <url>, 用 <url> 做备用.
    pattern: re(
      `(?:${B}${JOIN}(?:backup|fallback|failover|fall(?:s|ing)?[\\s-]*back|slate|standby|secondary(?=[\\s_-]*(?:source|url|src|stream|feed)))(?:[\\s_-]*(?:source|url|src|stream|feed|file|video)){0,2}(?:\\s*[:=]\\s*|\\s+(?:of|is|to|on)\\s+|\\s+)` +
        `|${B}${WHEN_SOURCE_DROPS}|${ZH_WHEN_SOURCE_DROPS}\\s*` +
        // 备用直播流, 备用点播文件; 垫片 (the slate shown while the live source is down) is the backup as streaming people call it,
        // as "slate" is in English; 容灾源 (the disaster-recovery source) is one too.
        `|(?:备用源|备份源|备用流|备份流|备源|容灾(?:源|流)|备(?:用|份)(?:直播|点播)?(?:地址|链接|视频|文件|源地址|流地址|流|源)?|垫片(?:视频|文件|地址)?)(?:为|是|用)?[:：]?\\s*)${URL_REF}` +
        // 断流时用 <url> 垫片: the word for the backup said again after its URL.
        `(?:\\s*(?:做|作为|当|作)?\\s*(?:垫片|备用(?:源|流)?)(?![\\u4e00-\\u9fff]))?` +
        `|${B}(?:using|use|with)\\s+${URL_REF}\\s+as\\s+(?:an?\\s+|the\\s+)?(?:backup|fallback)(?:[\\s-]+(?:source|stream))?${E}` +
        // "as a backup use <url>", "for the fallback, use <url>": the role said before the URL.
        `|${B}(?:as|for)\\s+(?:an?\\s+|the\\s+)?(?:backup|fallback)(?:[\\s-]+(?:source|stream))?\\s*,?\\s+(?:use|take|pull)\\s+${URL_REF}` +
        `|(?:用|以)\\s*${URL_REF}\\s*(?:(?:做|作为|当|作)\\s*备用(?:源|流)?|(?:做|作为|当|作)?\\s*垫片)` +
        // 把 <url> 设为备用源, 将 <url> 作为备份流
        `|(?:把|将)\\s*${URL_REF}\\s*(?:设为|设置为|设成|作为|当作?|做)\\s*(?:备用|备份)(?:源|流|地址)?`,
    ),
    apply(groups, draft, scanned) {
      return setOnce(draft, 'backupUrl', urlAt(scanned, groups.find((group) => group !== undefined)), 'backup');
    },
  },
  {
    option: 'watermark',
    pattern: re(
      `(?:${B}${JOIN}(?:watermark|logo)\\s+|水印[:：]?\\s*)${URL_REF}` +
        `(?:\\s*(?:at|位置|坐标)\\s*${NUM}%?\\s*[,，x×]\\s*${NUM}%?)?` +
        `(?:\\s*(?:size|大小|尺寸)\\s*${NUM}%?(?:\\s*[,，x×]\\s*${NUM}%?)?)?` +
        // The corner with its label ("corner top-right", "location 2", 角 右下) or alone, as people name it ("top right
        // corner", "in the bottom-left", 右下角, 右上): a corner said without the label had been words not understood.
        `(?:\\s*(?:(?:location|corner|角|方位)\\s*[:：=]?\\s*([0-3]|top[-\\s]left|top[-\\s]right|bottom[-\\s]right|bottom[-\\s]left|左上|右上|右下|左下)${E}` +
        `|,?\\s*(?:(?:in|at)\\s+(?:the\\s+)?)?(top[-\\s]left|top[-\\s]right|bottom[-\\s]right|bottom[-\\s]left)(?:\\s+corner)?${E}|(?:在\\s*)?(左上|右上|右下|左下)(?:角|方)?))?`,
    ),
    apply([url, x, y, width, height, labelled, enCorner, zhCorner], draft, scanned) {
      const corner = (labelled ?? enCorner ?? zhCorner)?.toLowerCase().replace(/\s+/g, '-');
      draft.watermarks.push({
        PictureUrl: urlAt(scanned, url),
        XPosition: Number(x ?? 0),
        YPosition: Number(y ?? 0),
        Width: Number(width ?? 0),
        Height: Number(height ?? 0),
        Location: corner === undefined ? 0 : (CORNERS[corner] ?? Number(corner)),
      });
      return true;
    },
  },
  {
    option: 'comment',
    // The label's colon is kept: after "comment:" / 备注： the words are a comment even when they read as a time
    // (labelled-comment.ts).
    // "memo", "label", "titled", "description", 说明, 描述, 标题: the API's one free-text field under the names people give it
    // (they had been words not understood, and the quoted text "belonged to no option").
    // The verb between the word and the text is neither's: 备注为重播 had sent the comment "为重播" (silently), and
    // 'comment is "rerun"' had refused the quote as belonging to no option. 注释 is one more Chinese word for it.
    pattern: re(
      `(?:${B}${JOIN}(?:comment|note|remark|memo|label|titled?|description)(?:\\s*([:=])\\s*|\\s+(?:(?:is|reads|says|as)\\s+(?=\\S))?)` +
        `|(?:备注|说明|描述|标题|注释)(?:\\s*(?:为(?![了何什啥])|是(?!否)|写(?:上|着)?|叫做?|设为|设置为|填写?)(?=\\s*\\S))?(?:\\s*([:：]))?\\s*)${COMMENT_VALUE}`,
    ),
    apply([colon, zhColon, quoted, bare], draft, scanned) {
      if (quoted === undefined && (colon ?? zhColon) !== undefined) draft.commentLabelled = true;
      return setOnce(draft, 'comment', quoted !== undefined ? valueOf(scanned, quoted, bare) : withoutUnopenedBracket(bare ?? ''), 'comment');
    },
    // An unquoted comment is one word; what follows it is checked once every option is out (read.ts).
    marker: (groups) => (groups[2] === undefined ? COMMENT_END : undefined),
  },
  {
    option: 'push-args',
    pattern: re(`(?:${B}${JOIN}push[-_ ]?args?(?:\\s*[:=]\\s*|\\s+)|推流参数[:：]?\\s*)${VALUE}`),
    apply([quoted, bare], draft, scanned) {
      return setOnce(draft, 'pushArgs', valueOf(scanned, quoted, bare), 'push-args');
    },
  },
  {
    option: 'extra',
    // "extra-cmd …", "extra: …", 额外参数 … take one word. A bare "extra" is an English word first ("an extra 30
    // minutes", "2 extra minutes": more length): it takes only quoted text or a word shaped like an API parameter
    // (ignore_region, key=value), never a number.
    pattern: re(
      `(?:${B}extra[-_ ]?cmd(?:\\s*[:=]\\s*|\\s+)|${B}extra:\\s*|额外参数[:：]?\\s*)${VALUE}` +
        `|${B}extra\\s+(?:${QUOTED_REF}|([A-Za-z0-9]*[_=&][^\\s\\uE000\\uE002，。；]*))`,
    ),
    apply([quoted, bare, quotedAfterWord, parameter], draft, scanned) {
      const value = valueOf(scanned, quoted ?? quotedAfterWord, bare ?? parameter);
      return setOnce(draft, 'extraCmd', value, 'extra');
    },
  },
  LINK_WITHOUT_SCHEME,
  // Before the events stage, which would take "none" as an event's name.
  NO_CALLBACKS,
  // After the comment and the other text options: "comment key" is a comment, not a key.
  STREAM_KEY,
  {
    option: 'events',
    // "notify me on start and end", "only notify me when it starts", 只通知开始和结束, 通知我告警; and the events before the
    // verb: 开始和结束时通知我. All had been words not understood, and a relay without CallbackEvents reports every event.
    pattern: re(
      `(?:${B}${JOIN}(?:(?:only|just)\\s+)?(?:(?:callback|webhook)[\\s_-]*events?|events?|callbacks?|webhooks?|(?:callbacks?|webhooks?)\\s+(?:for|on)|notifications?|(?:(?:only|just)\\s+)?(?:notify|alert|ping)(?:\\s+(?:me|us))?(?:\\s+(?:only|just))?(?:\\s+(?:on|about|for|when(?:\\s+(?:it|the\\s+(?:relay|task|stream)))?)|(?=\\s*[:=])))(?:\\s*[:=]\\s*|\\s+)` +
        // 只回调开始; 并在开始和结束时通知我 (the 并 that joins it to the option before).
        `|(?:(?:并且?|同时)\\s*)?(?:(?:只|仅)\\s*)?(?:回调事件|回调|事件|(?:通知|提醒)我?)[:：=]?\\s*)(?:${ALL_EVENTS}|${EVENT_LIST})(?:\\s+only${E})?` +
        `|(?:(?:并且?|同时)\\s*)?(?:(?:只|仅)\\s*)?(?:在\\s*)?${ZH_EVENT_LIST}\\s*(?:(?:时|的时候)\\s*(?:才|都)?|都)\\s*(?:通知|提醒|回调)(?:我|一下)?` +
        // 只要告警回调, 只需要开始和结束的通知
        `|(?:(?:并且?|同时)\\s*)?(?:只|仅)(?:要|需要?)\\s*${ZH_EVENT_LIST}\\s*(?:的)?\\s*(?:回调|通知)`,
    ),
    apply([all, list, zhList, zhWanted], draft) {
      if (all !== undefined) return setOnce(draft, 'events', [...CALLBACK_EVENTS], 'events');
      const names = [...(list ?? zhList ?? zhWanted ?? '').matchAll(new RegExp(EVENT_NAME, 'giu'))].map(([name]) => name).filter((name) => !/^and$/i.test(name)).map(canonicalEvent);
      return setOnce(draft, 'events', names, 'events');
    },
  },
  FILE_POSITION,
  FILE_POSITION_OR_CLOCK,
  {
    option: 'start at file',
    pattern: re(
      // Only "offset …" (偏移, 跳过, 从…处) is a position in the file: "file 2 at 20:00", 从第2个文件开始 从8点 are when
      // the relay starts, and go to the schedule (read as offsets, they had started the relay now).
      `(?:${B}(?:(?:start(?:ing)?|begin(?:ning)?|resume)\\s+(?:at|from|with)\\s+)?(?:the\\s+)?file(?:[-_ ]?index\\s*[:=]?)?\\s*(?:#|no\\.?\\s*)?${COUNT}` +
        `(?:\\s*,?\\s*(?:(?:with\\s+|at\\s+)?(?:an?\\s+)?offset(?:[-_ ]?time)?(?:\\s+of|\\s*[:=])?)\\s*${OFFSET})?${E}` +
        `|从第\\s*${COUNT}\\s*个?(?:文件|视频)开始(?:播放?)?(?:\\s*[，,]?\\s*(?:(?:偏移|跳过)\\s*${OFFSET}|从\\s*${OFFSET}处)(?:开始)?)?` +
        // "start at the 2nd file", "begin with the second file": the ordinal had been left to the schedule, which took
        // "start at 2nd" as nothing, and the relay started at the first file without a word.
        `|${B}(?:(?:start(?:ing)?|begin(?:ning)?|resume)\\s+(?:at|from|with)\\s+)?(?:the\\s+)?(${ORDINAL_PATTERN})\\s+(?:file|video|clip)${E}` +
        `(?:\\s*,?\\s*(?:(?:with\\s+)?(?:an?\\s+)?offset(?:[-_ ]?time)?(?:\\s+of|\\s*[:=])?)\\s*${OFFSET})?${E})`,
    ),
    apply([enIndex, enOffset, zhIndex, zhOffset, zhOffsetAt, ordinal, ordinalOffset], draft) {
      const index = ordinal !== undefined ? parseOrdinal(ordinal) : parseCount(enIndex ?? zhIndex ?? '');
      const offsetText = enOffset ?? zhOffset ?? zhOffsetAt ?? ordinalOffset;
      if (index === undefined) return false;
      setOnce(draft, 'fileIndex', index, 'start at file');
      if (offsetText !== undefined) {
        const offset = parseOffset(offsetText);
        if (offset === undefined) return false;
        draft.offsetTime = offset;
      }
      return true;
    },
  },
  {
    option: 'start at file',
    // An offset said without its file ("offset 2m", "skip the first 30 seconds", 跳过前30秒, 偏移30秒): left to the schedule,
    // it was a second length ("an end and a length at once"); read here, validation asks for the file it belongs to.
    pattern: re(
      `(?:${B}(?:(?:with\\s+|at\\s+)?(?:an?\\s+)?offset(?:[-_ ]?time)?(?:\\s+of|\\s*[:=])?|skip(?:ping)?(?:\\s+the)?\\s+first)\\s*${OFFSET}${E}(?!\\s*(?:files?|videos?|clips?|items?)${E})` +
        // Not a count of files ("skip the first 2 files", 跳过前2个视频): that is no offset.
        `|(?:偏移|跳过前?)\\s*${OFFSET}(?!\\s*[个集部]))`,
    ),
    apply([en, zh], draft) {
      const offset = parseOffset(en ?? zh ?? '');
      if (offset === undefined) return false;
      return setOnce(draft, 'offsetTime', offset, 'start at file');
    },
  },
  VAGUE_LOOPS,
  {
    option: 'loop',
    pattern: re(
      // "loop 3", "loop it 3 times", "looped 3 times", "loop x3", "loops=2", "repeat twice"; "3 loops"; "x3" / "3x"
      // on their own; 循环3次, 重复3次, 循环播放三次: that many more times after the first (VodLoopTimes N). "loop for 3
      // times", "looping 3 times", "loop count 3", "loop 3 more times" too; "loop for 3 hours" stays a loop for a length.
      // "repeat the playlist 2 times", "loop ×3" (the multiplication sign phones offer) too.
      `(?:${B}${JOIN}(?:(?:vod[-_ ]?)?loop[-_ ]?times|loop(?:ed|s|ing)?|repeat(?:ed|ing)?)${LOOPED_THING}` +
        `(?:(?:\\s+count)?(?:\\s*[:=]\\s*|\\s+|\\s*[x×]\\s*)${COUNT}(?:\\s+more)?(?:\\s*(?:times?|x))?|\\s+for\\s+${COUNT}(?:\\s+more)?\\s*(?:times?|x))${E}` +
        `|${B}${JOIN}${COUNT}\\s*(?:loops|x\\s+loops?)${E}|${NOT_AFTER_UNIT}${B}[x×]\\s?([0-9]{1,3})${E}|${NOT_AFTER_PLAY}${B}([0-9]{1,3})[x×]${E}` +
        `|(?:循环|重复)(?:播放)?\\s*[:：]?\\s*${COUNT}\\s*[次遍回]` +
        // 循环次数3, 循环次数：3次: after 次数 the number is the count, with or without 次.
        `|(?:循环|重复)(?:播放)?次数\\s*[:：]?\\s*${COUNT}(?:\\s*[次遍回])?)`,
    ),
    apply(groups, draft) {
      const count = parseCount(groups.find((group) => group !== undefined) ?? '');
      if (count === undefined) return false;
      return setOnce(draft, 'loop', String(count), 'loop');
    },
  },
  {
    option: 'loop',
    pattern: re(
      // "play it twice", "play 3 times" (a bare "play 3" could be a length), 播两遍, 播放3次: that many plays in all,
      // so one loop fewer ("play twice" is the first play and one loop; it had looped twice, three plays). Not the 播 of
      // a word such as 重播, 首播, 直播 ("重播3次" is no count of plays).
      `(?:${B}play(?:ed)?(?:\\s+it)?\\s+(?:${COUNT}\\s*(?:times?|x|×)|(twice|thrice))${E}|(?<!循环|重复|[重首直转联开点广轮])(?:只)?播放?\\s*${COUNT}\\s*[次遍])`,
    ),
    apply(groups, draft) {
      const plays = parseCount(groups.find((group) => group !== undefined) ?? '');
      if (plays === undefined || plays < 1) return false;
      return setOnce(draft, 'loop', String(plays - 1), 'loop');
    },
  },
  {
    option: 'loop',
    pattern: re(
      `(?:${B}${JOIN}(?:no[-\\s]?loop(?:s|ing)?|without\\s+(?:an?\\s+)?loop(?:s|ing)?|(?:don['’]?t|do\\s+not)\\s+(?:loop|repeat)(?:(?:\\s+it)?\\s+(?:any\\s*more|again))?|no\\s+repeats?|stop\\s+looping|single\\s+play(?:back)?|(?:play\\s+)?(?:just\\s+|only\\s+)?once` +
        `|loop(?:s|ing)?\\s*(?:[:=]\\s*|\\s)(?:none|off|no|false)` +
        // An edit that ends the looping: "no more looping", "turn off looping", "turn the loop off", "disable looping", "stop
        // the loop", "don't loop anymore" (each was refused as words not understood).
        `|no\\s+more\\s+loop(?:s|ing)?|(?:turn|switch)\\s+off\\s+${THE_LOOP}|(?:turn|switch)\\s+${THE_LOOP}\\s+off|(?:disable|stop|end|cancel|remove)\\s+${THE_LOOP})${E}` +
        // 了 closing the sentence ("不要循环了"), and 取消 / 关闭 / 停止 循环 in an edit: no loop (the 了 had been refused).
        `|(?:不循环|不要循环|不用循环|无需循环|不需要循环|不必循环|别循环|无循环|不再循环|(?:取消|关闭|关掉|停止|去掉|去除)循环(?:播放)?|循环(?:关闭|取消))了?|只播一次|只播放一次|单次播放` +
        // 不重复(播放), 播完就停 / 播放完就停止: one play, then the relay stops pushing.
        `|不(?:要)?重复(?:播放)?|播(?:放)?完(?:就|后|即)?停(?:止)?)`,
    ),
    apply(_groups, draft) {
      return setOnce(draft, 'loop', '0', 'loop');
    },
  },
  {
    option: 'loop',
    pattern: re(
      // "loop: forever", "loops = infinite": the label's value said as a word (it had been left as words not understood).
      // "keep looping", "looped", "loop the playlist", "loop count: infinite"; 轮播, 循环无数次.
      `(?:${B}${JOIN}(?:keep\\s+)?(?:(?:infinite|endless|continuous|nonstop|non-stop)\\s+)?(?:loop(?:s|ing|ed)?|repeat(?:ing)?)${LOOPED_THING}` +
        `(?:(?:\\s+count)?\\s*[:=]\\s*(?:forever|infinite|infinitely|indefinitely|endless|unlimited|always|yes|on|true)|\\s+(?:forever|infinitely|indefinitely|endlessly|continuously|nonstop|non-stop))?` +
        // "loop until the end (of the relay)": the loop's, as 循环到结束 is. Left to an edit's time words, "until the end" was a
        // new end (refused as one before the start).
        `(?:\\s+(?:until|till|to)\\s+the\\s+end(?:\\s+of\\s+the\\s+(?:relay|show|stream|task|broadcast|slot))?)?${E}` +
        // 无限次循环播放, 反复播放: the 播放 after the loop word is part of it (its 播 had been left alone as a word not understood).
        `|(?:(?:无限次?|一直|永久|反复|单曲|列表|全部)循环(?:播放)?|循环(?:播放)?\\s*(?:无限|无数)次?|反复播放|重复播放|循环播放|循环)(?:\\s*(?:一直)?(?:直到|到)(?:任务)?结束)?|(?<![\\d零〇一二两三四五六七八九十]\\s*)轮播)`,
    ),
    apply(_groups, draft) {
      return setOnce(draft, 'loop', '-1', 'loop');
    },
  },
  {
    option: 'region',
    // A code (ap-tokyo) or the city of a region the API lists (Tokyo, Hong Kong, 东京), after "region" / 地域, or after
    // "in" / 在: a code anywhere ("in 2 hours" stays a time), a city not right after a clock time ("8pm in Tokyo" is
    // Tokyo's time, which the schedule reads) nor before 时间 (东京时间).
    pattern: re(
      `(?:${B}(?:(?:in|via|using|from|on)\\s+(?:the\\s+)?)?region(?:\\s*[:=]\\s*|\\s+)(?:(${CITY_PATTERN_EN})${E}|(${CITY_PATTERN_ZH})|([A-Za-z]+(?:-[A-Za-z]+)*)${E})` +
        // A Chinese name the API has no region for (地域 法兰克福) is taken as typed, so that validation names the regions
        // there are; it had been words not understood.
        `|(?:地域|区域|地区)(?:选择?|选用|用|为|是|设为|设置为)?[:：=]?\\s*(?:(${CITY_PATTERN_EN})${E}|(${CITY_PATTERN_ZH})|([A-Za-z]+(?:-[A-Za-z]+)*)|([\\u4e00-\\u9fff]{2,6})(?=$|[\\s，,。；;]))` +
        // The region's name before the word: "(in / from) the Tokyo region", "ap-tokyo region", 东京地域, 在东京节点.
        `|${B}(?:(?:in|from|via|using|on)\\s+)?(?:the\\s+)?(${CITY_PATTERN_EN}|${REGIONS.join('|')})\\s+region${E}` +
        // 用香港地域, 走东京节点: the verb that picks it is the region's too ("via region ap-seoul" above).
        `|(?:(?:在|用|选|选择|走)\\s*)?(${CITY_PATTERN_ZH})\\s*(?:地域|区域|地区|节点|机房)` +
        `|${B}in\\s+(${REGIONS.join('|')})${E}|${NOT_AFTER_CLOCK}${B}in\\s+(${CITY_PATTERN_EN})${E}|在\\s*(${CITY_PATTERN_ZH})(?!\\s*(?:时间|时区|的))` +
        `|${AFTER_LENGTH}${B}in\\s+(${CITY_PATTERN_EN})${E}` +
        `)`,
    ),
    apply(groups, draft) {
      const afterLength = groups.at(-1);
      if (afterLength !== undefined) {
        draft.errors.push({ code: 'InvalidParameter', field: 'command', key: 'parse.cityZoneOrRegion', params: { city: afterLength } });
        return true;
      }
      const value = groups.find((group) => group !== undefined) ?? '';
      return setOnce(draft, 'region', regionCode(value), 'region');
    },
  },
  {
    option: 'refresh',
    pattern: re(
      `(?:${B}(?:(?:vod[-_ ]?)?refresh(?:[-_ ]?type)?|on[-\\s]change)(?:\\s*[:=]\\s*|\\s+)(immediate(?:ly)?|now|immediatenewsource|breakpoint|after[-\\s]current|continue|continuebreakpoint)${E}` +
        // The refresh said as what happens when the files are changed: "when the files change, switch immediately",
        // "if the playlist is updated, play the new files after the current one"; 换源后立即播放新源, 换源时播完当前再切换.
        // Without the condition, "switch immediately" is not read (it could be about the start).
        `|${B}(?:when|if|after|once)\\s+(?:the\\s+)?(?:files?|sources?|source\\s+files|playlist|videos?)\\s+(?:changes?|(?:are|is|get|gets)\\s+(?:changed|replaced|updated|swapped))\\s*,?\\s*(?:then\\s+)?` +
        `(?:switch(?:\\s+over)?|play\\s+(?:the\\s+)?new\\s+(?:ones?|files?|videos?|sources?)|change\\s+over)\\s+` +
        `(immediately|right\\s+away|at\\s+once|after\\s+the\\s+current\\s+(?:file|video|one)(?:\\s+(?:ends|finishes|is\\s+done))?)${E}` +
        `|(?:(?:换源|更换源|换片源|源变更|源更新|更新源|换文件|换视频)(?:后|时|之后|以后)?\\s*[，,]?\\s*)?((?:立即|立刻|马上)(?:切换|播放新源)|断点续播|播完当前再切换|播完再切换))`,
    ),
    apply([en, enWhen, zh], draft) {
      return setOnce(draft, 'refresh', refreshType(en ?? enWhen ?? zh ?? ''), 'refresh');
    },
  },
  {
    option: 'on',
    pattern: re(
      `(?:${B}(?:on|via|using|backend)\\s+(?:the\\s+)?(local|ffmpeg|tencent(?:[-\\s]cloud)?|css)(?:\\s+(?:runner|backend))?${E}` +
        `|(?:在|用|使用|通过)\\s*(本地|腾讯云)(?:上|运行|执行)?)`,
    ),
    apply([en, zh], draft) {
      return setOnce(draft, 'backend', backendKind(en ?? zh ?? ''), 'on');
    },
  },
  {
    option: 'kind',
    // The kind said as a kind: with a kind noun or label ("live source", "as a live stream", "type: vod", 直播源,
    // 类型 直播), or "live" / 直播 alone right after the source URLs ("…/index.m3u8 live to …": live HLS); vod, file,
    // 点播 and 文件 anywhere. Elsewhere "live" and 直播 are the verb of the schedule ("live tomorrow 8pm", 明晚8点直播,
    // 直播时间明晚8点): they had made an .mp4 a live source; the schedule layer reads them, and the URLs decide.
    // Not the 点 of a clock time ("8点播到10点" is "play from 8 until 10").
    pattern: re(
      `(?:${B}(?:${KIND_LABEL})?(live|vod|files?)\\s+(?:source|stream|mode|feed|input)s?${E}|${B}(?:${KIND_LABEL})(live|vod|files?|pull(?:live|vod)pushlive)${E}` +
        `|${AFTER_SOURCES}${B}(live)${BEFORE_BREAK}|${B}(vod|files?)${E}` +
        `|(?:拉取?)?(直播源|直播流)|(?:源类型|类型|模式|作为)\\s*[:：]?\\s*(直播|点播|文件)` +
        `|${AFTER_SOURCES}(直播)${BEFORE_BREAK}` +
        // "….m3u8 (live)", "…m3u8（直播）"; "live https://…/index.m3u8 to …" as the command's first word (after its verb):
        // both had left a live HLS a file relay without a word.
        `|${AFTER_SOURCES}[(（]\\s*(live|vod|直播|点播)\\s*[)）]` +
        `|${COMMAND_START}${B}(live)\\s*[:：]?\\s*(?=\\uE000U)` +
        // 直播 <url> as the command's first word (with 拉, 转推 or 把 before it): it had been read as the schedule's verb,
        // and a live HLS became a file relay without a word. "live HLS <url>", "HLS live …", m3u8直播流, ….m3u8 是直播流:
        // the format said with the kind.
        `|(?<=^\\s*(?:/?relay\\s+)?)(?:转推|转播|推流|拉取?|把|将)?\\s*(直播)\\s*[:：]?\\s*(?=\\uE000U)` +
        `|${B}(?:(live)\\s+(?:hls|flv|m3u8|rtmp)|(?:hls|flv|m3u8|rtmp)\\s+(live))(?:\\s+(?:stream|source|feed|input))?${E}` +
        `|${B}(?:hls|flv|m3u8|rtmp)\\s*(直播)(?:流|源)?` +
        `|${AFTER_SOURCES}(?:是|为|这是|属于)\\s*(直播)(?:流|源)?` +
        `|((?<![\\d零〇一二两三四五六七八九十]\\s*)点播文件|(?<![\\d零〇一二两三四五六七八九十]\\s*)点播|文件))`,
    ),
    apply(groups, draft) {
      return setOnce(draft, 'kind', sourceKind(groups.find((group) => group !== undefined) ?? ''), 'kind');
    },
  },
];

/** Edits also understand pause and resume. */
export const EDIT_EXTRACTORS: Extractor[] = [
  // Before the loop stages, which would take "loop 3 more times" as 3 in all (and "loop 2 fewer times" too).
  ...RELATIVE_LOOPS,
  // Before the destination stage, which would take "add <url> to the playlist" for a push URL and a path.
  ...PLAYLIST_EDITS,
  // Before the comment stage, which would take "comment" for a label and the word after it for the comment.
  COMMENT_CLEARED,
  // Before the backup stage, which would take "no backup" for nothing and leave its words not understood.
  BACKUP_CLEARED,
  ...EXTRACTORS,
  {
    option: 'kind',
    // An edit names no source for "live" to follow: a bare "live" / 直播 there is still the kind, which an edit
    // cannot change (and says so). "go live", 直播到10点, 直播2小时 stay the verb.
    pattern: re(`(?:${B}(?<!\\b(?:go|goes|going|went)\\s+)(live)${E}|(?<!一)(直播)(?!\\s*(?:[\\d０-９零〇一二两兩三四五六七八九十半]|到|至)))`),
    apply([en, zh], draft) {
      return setOnce(draft, 'kind', sourceKind(en ?? zh ?? ''), 'kind');
    },
  },
  {
    option: 'refresh',
    // "<url> immediately", "换成 <url> 立即": the new sources take over at once. Left to the schedule, "immediately" had
    // moved the relay to start now.
    pattern: re(`(?<=\\uE000U\\d+\\uE001\\s*)(?:${B}(?:immediately|right\\s+away|at\\s+once)${E}|(?:立即|立刻|马上)(?:生效|切换|换)?)${BEFORE_BREAK}`),
    apply(_groups, draft) {
      return setOnce(draft, 'refresh', 'ImmediateNewSource', 'refresh');
    },
  },
  // Before the pause stage, which would take the verb and leave its time to move the relay.
  STATUS_WITH_TIME,
  {
    option: 'pause',
    // 继续 is "resume" only when it is all the edit says (status-phrases.ts); elsewhere it is "further" (继续延长半小时).
    // "pause it", "resume the relay": the relay named after the verb is no time ("it" had been left to the schedule).
    pattern: re(`(?:${B}(pause|resume|enable|unpause)(?:\\s+(?:it|the\\s+(?:relay|stream|task|broadcast|push)))?${E}|(暂停|恢复))`),
    apply([en, zh], draft) {
      return setOnce(draft, 'status', /^(pause|暂停)$/i.test(en ?? zh ?? '') ? 'pause' : 'enable', 'pause');
    },
  },
];

/**
 * Words that only join things: separators between source URLs ("a.mp4, b.mp4 and c.mp4", "a.mp4 & b.mp4", "a.mp4
 * then b.mp4", 及, 与), a leading "relay", "from" before a URL, and the verb said before the sources ("push <url> to
 * …", "restream <url> to …", 转推 <url> 到 …, 推流 <url> 到 …): it names the relay itself, and had been refused as a
 * word not understood. 先播 <a> 再播 <b> ("first play a, then b"): the order the list already has (先 had been refused).
 */
export const FILLERS: RegExp[] = [
  re(`(?<=\\uE001)\\s*(?:,|，|、|;|；|\\+|&|${B}(?:and|plus|then|followed\\s+by)${E}|,?\\s*${B}and(?:\\s+then)?${E}|和|以及|及|与|然后)\\s*(?=\\uE000U)`),
  re(`^\\s*/?relay${E}`),
  re(`(?:${B}(?:pull\\s+from|from|sources?(?:[\\s_-]*urls?)?|src|pull)|从|把|将|(?:拉流|源|视频|片源|播放)(?:地址|链接)|拉流|源)\\s*[:：=]?\\s*(?=\\uE000U)`),
  re(`(?:${B}(?:please\\s+)?(?:relay|push|send|restream|re-stream|stream|forward|rebroadcast|re-broadcast|simulcast)${E}|转推|推流|转播|推送|播放|先(?:播放?|放)?)[\\s\\uE002]*(?=\\uE000U)`),
];

/** Chinese sentence punctuation ends a phrase as a comma does: "10点，2" must not read as 10:02. */
const ZH_PUNCTUATION = /[，。；、！]/g;
// ...except ，；and 、 between two clock times, which list them (下午3点；晚上8点, 下午3点、晚上8点): made a phrase's end, they
// left the juxtaposition 下午3点 晚上8点, a range, and the relay ran from 15:00 to 20:00 without a word. Kept as the
// half-width mark, the schedule refuses them as it refuses "3pm; 8pm" (schedule/two-clocks.ts).
const ZH_NUMBER = '(?:[0-9０-９]{1,2}|[零〇一二两三四五六七八九十]{1,3})';
// The full-width comma too (下午3点，晚上8点 ran from 15:00 to 20:00, silently), as "3pm, 8pm" is refused; a range's end
// after it stays one: 晚上8点，到10点 has no clock right after it, and 晚上8点，10点结束 is read as its end (the schedule's
// markChineseEnds makes it 到10点). The second may have its own day (下午3点；周五晚上8点, 下午3点，明天晚上8点).
const LISTED_CLOCK_DAY = '(?:大?后天|明天|今天|(?:下下|下|这|本)?个?(?:周|星期|礼拜)[一二三四五六日天1-7])?';
// An am/pm clock on either side too, as typed with a Chinese keyboard ("3pm，8pm", "tomorrow 3pm；8pm", 下午3点，8pm ran
// from 15:00 to 20:00, silently).
const AM_PM_CLOCK = '[0-9]{1,2}(?:[:：.][0-5][0-9])?\\s*[aApP]\\.?[mM]';
const EN_LISTED_DAY = '(?:(?:today|tonight|tomorrow|tmrw|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\\s+)?';
const LISTED_CLOCK_MARK = new RegExp(
  `(${AM_PM_CLOCK}\\.?|${ZH_NUMBER}\\s*点(?:\\s*(?:半|钟|[13一三]\\s*刻|${ZH_NUMBER}\\s*分?))?|[0-9]{1,2}[:：][0-5][0-9])\\s*[，；、]\\s*` +
    `(?=${LISTED_CLOCK_DAY}\\s*(?:上午|下午|中午|晚上|早上|凌晨|傍晚|今晚|明晚|晚|早)?\\s*${ZH_NUMBER}\\s*(?:点|[:：][0-5][0-9])|${EN_LISTED_DAY}${AM_PM_CLOCK}\\b)`,
  'gi',
);

/** Runs stages over the text; returns the text with every claimed match blanked out. */
export function runExtractors(text: string, extractors: Extractor[], draft: CommandDraft, scanned: Scanned): string {
  let rest = text;
  for (const extractor of extractors) rest = claim(rest, extractor, draft, scanned, 0);
  for (const filler of FILLERS) rest = rest.replace(filler, ' ');
  return rest.replace(LISTED_CLOCK_MARK, '$1;').replace(ZH_PUNCTUATION, ` ${BOUNDARY} `);
}

/**
 * Runs stages over the text from `from` on: what lies before is there only for the stages' look-behinds (重播3次 is
 * no count of plays). Returns the text from `from`, claimed matches blanked out.
 */
export function runExtractorsFrom(text: string, from: number, extractors: Extractor[], draft: CommandDraft, scanned: Scanned): string {
  let rest = text;
  for (const extractor of extractors) rest = claim(rest, extractor, draft, scanned, from);
  return rest.slice(from);
}

/** One stage's matches that start at `from` or later, recorded in the draft and blanked out. */
function claim(text: string, extractor: Extractor, draft: CommandDraft, scanned: Scanned, from: number): string {
  return text.replace(extractor.pattern, (whole: string, ...args: unknown[]) => {
    const groups = args.slice(0, -2) as (string | undefined)[];
    const offset = args.at(-2) as number;
    if (offset < from || !extractor.apply(groups, draft, scanned)) return whole;
    // Not a plain space: the words on either side were never next to each other, and must not be read as
    // one phrase ("for 2h loop 3 8" is not 2h08, "to 10pm comment ep 12" not 22:12).
    return ` ${extractor.marker?.(groups) ?? BOUNDARY} `;
  });
}
