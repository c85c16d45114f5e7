// A push destination given as streaming sites hand it out: a server URL and, apart, its stream key ("to
// rtmp://a.rtmp.youtube.com/live2 key abcd-efgh", "server rtmp://… stream key: …", 推流地址 rtmp://… 推流码 …). The
// key had been left as words not understood, so the relay could not be made; it now ends the server's path, as OBS
// joins them (a key that starts with "?" — a query, as some sites give — is put right after the server).
import type { Extractor } from './extractors.js';
import { QUOTED_REF } from './scan.js';
import { WORD_START as B } from './word-edges.js';

/**
 * A key as sites give them: letters, digits and the marks of a query ("live_1_2?sign=…&t=…"), with a digit or a mark
 * in it — a plain word after "key" ("key tomorrow") is the sentence's, not a key.
 */
const KEY = '((?=[A-Za-z.~]*[0-9_=&?%+!-])[A-Za-z0-9_.~=&?%+!-]{4,})';

export const STREAM_KEY: Extractor = {
  option: 'stream key',
  pattern: new RegExp(
    // "key" as a word of its own, then a space or a colon: not the "key12345" at the end of a link's path.
    `(?:${B}(?<![/.])(?:(?:with|and)\\s+)?(?:(?:the|its|a)\\s+)?(?:stream[\\s_-]*key|key)(?:\\s*[:=]\\s*|\\s+)` +
      `|(?:推流码|串流密钥|推流密钥|流密钥|密钥)\\s*[:：=]?\\s*)(?:${QUOTED_REF}|${KEY})`,
    'giu',
  ),
  apply([quoted, bare], draft, scanned) {
    const key = quoted !== undefined ? (scanned.quoted[Number(quoted)] ?? '') : (bare ?? '');
    if (draft.streamKey !== undefined) {
      draft.errors.push({ code: 'InvalidParameter', field: 'command', key: 'parse.duplicateOption', params: { option: 'key' } });
      return true;
    }
    draft.streamKey = key;
    // The "to" stages ran over the whole command first: the server is known wherever it was said.
    const server = draft.destinations.find((destination) => destination.kind === 'url');
    if (server?.kind !== 'url') {
      draft.errors.push({ code: 'InvalidParameter.InvalidToUrl', field: 'ToUrl', key: 'parse.streamKeyWithoutServer' });
      return true;
    }
    const joined = joinStreamKey(server.url, key);
    if (joined === undefined) draft.errors.push({ code: 'InvalidParameter.InvalidToUrl', field: 'ToUrl', key: 'parse.streamKeyTwice' });
    else server.url = joined;
    return true;
  },
};

/**
 * The server URL with the key at the end of its path (before any query), or with the key's own query after the
 * path's slash. The URL as typed when it already ends in this key (said twice); undefined when it already names
 * another stream ("…/live/KEY1" and "key KEY2": which one was meant?).
 */
export function joinStreamKey(url: string, key: string): string | undefined {
  const parts = /^([a-z][a-z0-9+.-]*:\/\/[^/?#]*)([^?#]*)(.*)$/i.exec(url);
  if (!parts) return undefined;
  const [, origin = '', path = '', rest = ''] = parts;
  const segments = path.split('/').filter(Boolean);
  if (key.startsWith('?')) return rest === '' ? `${origin}${path.replace(/\/*$/, '/')}${key}` : undefined;
  if (segments.at(-1) === key) return url;
  if (segments.length >= 2) return undefined;
  return `${origin}/${[...segments, key.replace(/^\/+/, '')].join('/')}${rest}`;
}
