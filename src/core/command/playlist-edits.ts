// Files added to or taken from a relay's playlist in an edit: "add <url>", "append <url> to the playlist", "also play
// <url>", 添加 / 追加 / 再加 <url>; "remove <url>", "drop <url> from the playlist", 删除 / 去掉 <url>. They had been refused
// as a time nobody gave ("I could not find when the relay should run"), which says nothing of what to write. The new
// SourceUrls are the relay's own with these added at the end, or without these; a URL to take out that is not in the
// list is refused by name, as the whole list replaced ("new source <url>") still is by the plain URL.
import type { RelayError } from '../errors.js';
import type { RelayRequest } from '../relay-request.js';
import { maskUrl } from '../redact.js';
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

export const PLAYLIST_EDITS: Extractor[] = [playlistStage('add', ADD), playlistStage('remove', REMOVE)];

/** The relay's sources with the files added or taken out, or the error that says why not. */
export function editedPlaylist(current: RelayRequest, playlist: { option: 'add' | 'remove'; urls: string[] }): { urls: string[] } | { error: RelayError } {
  if (playlist.option === 'add') return { urls: [...current.SourceUrls, ...playlist.urls] };
  const missing = playlist.urls.find((url) => !current.SourceUrls.includes(url));
  if (missing !== undefined) {
    return { error: { code: 'InvalidParameter', field: 'SourceUrls', key: 'parse.changes.notInPlaylist', params: { url: maskUrl(missing) } } };
  }
  return { urls: current.SourceUrls.filter((url) => !playlist.urls.includes(url)) };
}
