// Files added to or taken from a relay's playlist in an edit: "add <url>", "append <url> to the playlist", "also play
// <url>", 添加 / 追加 / 再加 <url>; "remove <url>", "drop <url> from the playlist", 删除 / 去掉 <url>. They had been refused
// as a time nobody gave ("I could not find when the relay should run"), which says nothing of what to write. The new
// SourceUrls are the relay's own with these added at the end, or without these; a URL to take out that is not in the
// list is refused by name, as the whole list replaced ("new source <url>") still is by the plain URL.
// One file replaced in its place: "replace <old> with <url>", "swap <old> for <url>", "change <old> to <url>", "use <url>
// instead of <old>", 把 <old> 换成 / 替换为 <url>, 用 <url> 替换 <old>, where <old> is a URL of the list or its file name
// ("b.mp4"). They had replaced the whole list with both URLs (把 … 换成 …, silently) or been refused.
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
const REMOVE =
  `${B}(?:remove|drop|delete|take\\s+out)\\s+${URLS}(?:\\s+from\\s+${THE_LIST})?${E}` +
  `|(?:删除|删掉|去掉|移除|拿掉)\\s*[:：]?\\s*${URLS}`;

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
const ZH_REPLACE_VERB = '换成|换为|替换成|替换为|改成|改为|更换为|更换成';
const REPLACE_OLD_FIRST =
  `${B}(?:replace|swap(?:\\s+out)?|switch(?:\\s+out)?|exchange)\\s+${OLD}\\s+(?:with|for|by)\\s+${URLS}${E}` +
  `|${B}change\\s+${OLD}\\s+(?:to|into|for)\\s+${URLS}${E}` +
  `|(?:(?:把|将)\\s*)?${OLD}\\s*(?:${ZH_REPLACE_VERB})\\s*[:：]?\\s*${URLS}`;
const REPLACE_NEW_FIRST =
  `${B}use\\s+${URLS}\\s*(?:instead\\s+of|in\\s+place\\s+of|rather\\s+than)\\s+${OLD}` +
  `|用\\s*${URLS}\\s*(?:替换掉?|换掉|代替|取代|替代)\\s*${OLD}`;

const urlsOf = (refs: string, scanned: Scanned): string[] => [...refs.matchAll(/\uE000U(\d+)\uE001/g)].map((m) => scanned.urls[Number(m[1])] ?? '');

function playlistStage(option: 'add' | 'remove', pattern: string): Extractor {
  return {
    option: 'source',
    pattern: new RegExp(pattern, 'giu'),
    apply(groups, draft, scanned) {
      const refs = groups.find((group) => group !== undefined) ?? '';
      if (draft.playlist !== undefined && draft.playlist.option !== option) {
        draft.errors.push({ code: 'InvalidParameter', field: 'command', key: 'parse.duplicateOption', params: { option: 'source' } });
        return true;
      }
      const urls = [...(draft.playlist?.urls ?? []), ...urlsOf(refs, scanned)];
      draft.playlist = { option, urls };
      return true;
    },
  };
}

function replaceStage(pattern: string, oldFirst: boolean): Extractor {
  return {
    option: 'source',
    pattern: new RegExp(pattern, 'giu'),
    apply(groups, draft, scanned) {
      const said = groups.filter((group) => group !== undefined);
      const [old, refs] = oldFirst ? [said[0]!, said[1]!] : [said[1]!, said[0]!];
      if (draft.playlist !== undefined) {
        draft.errors.push({ code: 'InvalidParameter', field: 'command', key: 'parse.duplicateOption', params: { option: 'source' } });
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
  playlistStage('add', ADD),
  playlistStage('remove', REMOVE),
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
  const missing = playlist.urls.find((url) => !current.SourceUrls.includes(url));
  if (missing !== undefined) {
    return { error: { code: 'InvalidParameter', field: 'SourceUrls', key: 'parse.changes.notInPlaylist', params: { url: maskUrl(missing) } } };
  }
  return { urls: current.SourceUrls.filter((url) => !playlist.urls.includes(url)) };
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
 * The list with `replaced` (a URL of it, the file name of exactly one of its URLs, or a place in it) swapped for `urls`
 * in its place. A name or place that is no file of the list, or the name of two, is refused: which file was meant is
 * the user's to say.
 */
function replacedIn(sources: string[], replaced: string, urls: string[]): { urls: string[] } | { error: RelayError } {
  const isUrl = replaced.includes('://');
  const position = isUrl ? undefined : positionOf(replaced, sources.length);
  const matches =
    position !== undefined
      ? position >= 1 && position <= sources.length ? [position - 1] : []
      : sources.flatMap((url, index) => ((isUrl ? url === replaced : fileNameOf(url) === replaced) ? [index] : []));
  const shown = isUrl ? maskUrl(replaced) : replaced;
  if (matches.length !== 1) {
    const key = matches.length === 0 ? 'parse.changes.notInPlaylistToReplace' : 'parse.changes.fileNameTwice';
    return { error: { code: 'InvalidParameter', field: 'SourceUrls', key, params: { url: shown } } };
  }
  const at = matches[0]!;
  return { urls: [...sources.slice(0, at), ...urls, ...sources.slice(at + 1)] };
}
