// Files added to or taken from a relay's playlist in an edit: "add <url>", "append <url> to the playlist", "also play
// <url>", 添加 / 追加 / 再加 <url>; "remove <url>", "drop <url> from the playlist", 删除 / 去掉 <url>. They had been refused
// as a time nobody gave ("I could not find when the relay should run"), which says nothing of what to write. The new
// SourceUrls are the relay's own with these added at the end, or without these; a URL to take out that is not in the
// list is refused by name, as the whole list replaced ("new source <url>") still is by the plain URL.
// One file replaced in its place: "replace <old> with <url>", "swap <old> for <url>", "change <old> to <url>", "use <url>
// instead of <old>", 把 <old> 换成 / 替换为 <url>, 用 <url> 替换 <old>, where <old> is a URL of the list or its file name
// ("b.mp4") or its place ("the second file"). They had replaced the whole list with both URLs (把 … 换成 …, silently) or
// been refused. One file taken out by its name or place ("remove b.mp4", "drop the last video", 去掉第二个文件); taking
// out every file is refused, since a relay needs a source.
import type { RelayError } from '../errors.js';
import type { RelayRequest } from '../relay-request.js';
import { maskUrl } from '../redact.js';
import { MEDIA_FILE_EXTENSIONS } from '../validation/urls.js';
import { ORDINAL_PATTERN, parseCount, parseOrdinal } from './numbers.js';
import type { CommandDraft } from './draft.js';
import type { Extractor } from './extractors.js';
import type { Scanned } from './scan.js';
import { WORD_START as B, WORD_END as E } from './word-edges.js';

/** One or more URL placeholders, with the separators people put between them. */
const URLS = '((?:\\uE000U\\d+\\uE001(?:\\s*(?:,|，|、|&|\\band\\b|和|及|以及)?\\s*(?=\\uE000U))?)+)';
const THE_LIST = '(?:the\\s+)?(?:playlist|list|queue|files|sources)';
const ZH_LIST = '(?:播放)?列表|队列|源列表';

const ADD =
  `${B}(?:add|append|also\\s+play|queue(?:\\s+up)?)\\s+${URLS}(?:\\s+(?:to|at)\\s+(?:the\\s+end(?:\\s+of\\s+${THE_LIST})?|${THE_LIST}))?${E}` +
  `|(?:添加|追加|加上|再加|增加|加)(?:一个|几个)?(?:文件|视频)?\\s*[:：]?\\s*${URLS}(?:\\s*(?:到|进|放到|加到)\\s*(?:(?:${ZH_LIST})\\s*的?\\s*(?:最后|末尾|后面|里|中)?|最后|末尾|后面))?`;

/**
 * The file to replace by its place in the list: "the second file", "the last video", "file 2", 第二个(文件), 最后一个. Read
 * back by positionOf.
 */
const ITEM = '(?:file|video|clip|item|source|one)';
/** 第二个(文件), 最后一个(视频): a place in the list said in Chinese (edit-verbs.ts keeps its 换成 for this stage). */
export const ZH_POSITION = '第\\s*(?:[0-9]+|[一二两三四五六七八九十]+)\\s*(?:个|条)?(?:文件|视频|素材|源)?|最后(?:一个|一条)(?:文件|视频|素材|源)?';
const POSITION = `(?:the\\s+)?(?:${ORDINAL_PATTERN}|last|final)\\s+${ITEM}${E}|${B}(?:file|video|clip|item)\\s*(?:#|no\\.?\\s*)?[0-9]+${E}|${ZH_POSITION}`;
/** The file to replace: a URL placeholder, a file name as the relay's list ends one ("b.mp4", "第2场.mp4"), or its place. */
const OLD = `(\\uE000U\\d+\\uE001|[\\w.%()\\-\\u3400-\\u9fff]+\\.(?:${MEDIA_FILE_EXTENSIONS.join('|')})${E}|${POSITION})`;
/** One file of the list as an edit names it (OLD, one capturing group): shared-verb.ts finds it after "and". */
export const ONE_FILE = OLD;
/**
 * The space after the file to replace, or a comma typed there ("replace <b>, with <c>", 把 <b>，换成 <c>): with the comma
 * the replacement had been missed and the edit read as the whole new list [b, c], silently.
 */
const PAUSE = '\\s*,?\\s+';
const ZH_REPLACE_VERB = '换成|换为|替换成|替换为|改成|改为|更换为|更换成';
const REPLACE_OLD_FIRST =
  `${B}(?:replace|swap(?:\\s+out)?|switch(?:\\s+out)?|exchange)\\s+${OLD}${PAUSE}(?:with|for|by)\\s+${URLS}${E}` +
  `|${B}change\\s+${OLD}${PAUSE}(?:to|into|for)\\s+${URLS}${E}` +
  `|(?:(?:把|将)\\s*)?${OLD}\\s*[,，、]?\\s*(?:${ZH_REPLACE_VERB})\\s*[:：]?\\s*${URLS}`;
const REPLACE_NEW_FIRST =
  `${B}use\\s+${URLS}\\s*(?:instead\\s+of|in\\s+place\\s+of|rather\\s+than)\\s+${OLD}` +
  `|用\\s*${URLS}\\s*(?:替换掉?|换掉|代替|取代|替代)\\s*${OLD}`;

const ZH_REMOVE_VERB = '删除|删掉|去掉|移除|拿掉|去除';
/**
 * Files taken out: URLs, or one file by its name or place ("remove b.mp4", "drop the last video", 去掉第二个文件, 把 b.mp4
 * 删掉). A name or a place had reached the link stage ("b.mp4" refused as a link without its scheme) or the schedule.
 */
const REMOVE =
  `${B}(?:remove|drop|delete|take\\s+out)\\s+(?:${URLS}|${OLD})(?:\\s+from\\s+${THE_LIST})?${E}` +
  `|(?:${ZH_REMOVE_VERB})\\s*[:：]?\\s*(?:${URLS}|${OLD})` +
  `|(?:(?:把|将)\\s*)?(?:${URLS}|${OLD})\\s*(?:从\\s*(?:${ZH_LIST})\\s*(?:里|中)?\\s*)?(?:${ZH_REMOVE_VERB})`;

const urlsOf = (refs: string, scanned: Scanned): string[] => [...refs.matchAll(/\uE000U(\d+)\uE001/g)].map((m) => scanned.urls[Number(m[1])] ?? '');

const duplicateSource = (draft: CommandDraft): void => {
  draft.errors.push({ code: 'InvalidParameter', field: 'command', key: 'parse.duplicateOption', params: { option: 'source' } });
};

const ADD_STAGE: Extractor = {
  option: 'source',
  pattern: new RegExp(ADD, 'giu'),
  apply(groups, draft, scanned) {
    const refs = groups.find((group) => group !== undefined) ?? '';
    if (draft.playlist !== undefined && draft.playlist.option !== 'add') {
      duplicateSource(draft);
      return true;
    }
    draft.playlist = { option: 'add', urls: [...(draft.playlist?.urls ?? []), ...urlsOf(refs, scanned)] };
    return true;
  },
};

const REMOVE_STAGE: Extractor = {
  option: 'source',
  pattern: new RegExp(REMOVE, 'giu'),
  apply(groups, draft, scanned) {
    const said = groups.find((group) => group !== undefined) ?? '';
    if (draft.playlist !== undefined && draft.playlist.option !== 'remove') {
      duplicateSource(draft);
      return true;
    }
    const named = /\uE000U/.test(said) ? urlsOf(said, scanned) : [said];
    draft.playlist = { option: 'remove', removed: [...(draft.playlist?.removed ?? []), ...named] };
    return true;
  },
};

function replaceStage(pattern: string, oldFirst: boolean): Extractor {
  return {
    option: 'source',
    pattern: new RegExp(pattern, 'giu'),
    apply(groups, draft, scanned) {
      const said = groups.filter((group) => group !== undefined);
      const [old, refs] = oldFirst ? [said[0]!, said[1]!] : [said[1]!, said[0]!];
      if (draft.playlist !== undefined) {
        duplicateSource(draft);
        return true;
      }
      const ref = /^\uE000U(\d+)\uE001$/.exec(old);
      draft.playlist = { option: 'replace', replaced: ref ? scanned.urls[Number(ref[1])] ?? '' : old, urls: urlsOf(refs, scanned) };
      return true;
    },
  };
}

// Replacing first: "replace <a> with <b>" is no "remove <a>", and "change <a> to <b>" no push URL <b>.
export const PLAYLIST_EDITS: Extractor[] = [
  replaceStage(REPLACE_OLD_FIRST, true),
  replaceStage(REPLACE_NEW_FIRST, false),
  ADD_STAGE,
  REMOVE_STAGE,
];

/** The last part of a URL's path, as a file name is typed ("https://cdn/vod/b.mp4?sign=1" is "b.mp4"). */
function fileNameOf(url: string): string {
  const last = url.split(/[?#]/)[0]!.split('/').at(-1) ?? '';
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** The relay's sources with the files added, taken out or replaced, or the error that says why not. */
export function editedPlaylist(current: RelayRequest, playlist: NonNullable<CommandDraft['playlist']>): { urls: string[] } | { error: RelayError } {
  if (playlist.option === 'add') return { urls: [...current.SourceUrls, ...playlist.urls] };
  if (playlist.option === 'replace') return replacedIn(current.SourceUrls, playlist.replaced, playlist.urls);
  return removedFrom(current.SourceUrls, playlist.removed);
}

/** The place (from 1) a POSITION names in a list of `length` files; undefined when the words are a file name. */
function positionOf(words: string, length: number): number | undefined {
  if (/^(?:the\s+)?(?:last|final)\s/i.test(words) || /^最后/.test(words)) return length;
  const ordinal = /^(?:the\s+)?(\S+)\s+\S+$/i.exec(words);
  const said = ordinal && parseOrdinal(ordinal[1]!);
  if (said) return said;
  const numbered = /^(?:file|video|clip|item)\s*(?:#|no\.?\s*)?([0-9]+)$/i.exec(words) ?? /^第\s*([0-9]+|[一二两三四五六七八九十]+)/.exec(words);
  return numbered ? parseCount(numbered[1]!) : undefined;
}

/**
 * The one file of `sources` that `said` names (a URL of it, the file name of exactly one of its URLs, or a place in it),
 * as its index, or the error that says why not (with the key for no such file). Which file was meant is the user's to
 * say: a name of two files is asked, never guessed.
 */
function fileNamed(sources: string[], said: string, notFoundKey: string): { at: number } | { error: RelayError } {
  const isUrl = said.includes('://');
  const position = isUrl ? undefined : positionOf(said, sources.length);
  const matches =
    position !== undefined
      ? position >= 1 && position <= sources.length ? [position - 1] : []
      : sources.flatMap((url, index) => ((isUrl ? url === said : fileNameOf(url) === said) ? [index] : []));
  if (matches.length === 1) return { at: matches[0]! };
  const key = matches.length === 0 ? notFoundKey : 'parse.changes.fileNameTwice';
  return { error: { code: 'InvalidParameter', field: 'SourceUrls', key, params: { url: shownName(said) } } };
}

const shownName = (said: string): string => (said.includes('://') ? maskUrl(said) : said);

/** The list with `replaced` swapped for `urls` in its place. */
function replacedIn(sources: string[], replaced: string, urls: string[]): { urls: string[] } | { error: RelayError } {
  const found = fileNamed(sources, replaced, 'parse.changes.notInPlaylistToReplace');
  if ('error' in found) return found;
  return { urls: [...sources.slice(0, found.at), ...urls, ...sources.slice(found.at + 1)] };
}

/**
 * The list without the files named. Taking out every file is refused with why (a relay needs a source) and what to do
 * instead; validation alone had said only "add a source URL", as if the user had forgotten one.
 */
function removedFrom(sources: string[], removed: string[]): { urls: string[] } | { error: RelayError } {
  const places = new Set<number>();
  for (const said of removed) {
    const found = fileNamed(sources, said, 'parse.changes.notInPlaylist');
    if ('error' in found) return found;
    places.add(found.at);
  }
  if (places.size === sources.length) {
    return { error: { code: 'InvalidParameter', field: 'SourceUrls', key: 'parse.changes.removeEveryFile', params: { url: shownName(removed[0]!) } } };
  }
  return { urls: sources.filter((_url, index) => !places.has(index)) };
}
