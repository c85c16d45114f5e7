// One check for every URL a user can hand us (sources, backup, destination, watermark images, callback):
// a real URL, an allowed scheme, no user-info, no spaces or control characters, and a host that is not
// private or internal (core/address-policy.ts) unless the operator allows private networks.
import { checkHost } from '../address-policy.js';
import { displayHost, maskUrl } from '../redact.js';
import type { RelayError } from '../errors.js';

export const SOURCE_SCHEMES = ['http', 'https', 'rtmp', 'rtmps', 'rtsp', 'srt'] as const;
export const PUSH_SCHEMES = ['rtmp', 'rtmps', 'rtsp', 'rtp', 'srt'] as const;
export const WEB_SCHEMES = ['http', 'https'] as const;

/** Long enough for signed CDN URLs, short enough to keep a task record and a chat message sane. */
export const MAX_URL_LENGTH = 2048;

/** Files the API can pull: FLV, MP4 and HLS playlists. */
const FILE_EXTENSION = /\.(?:mp4|flv|m3u8)$/i;

/** Endings live streams are served with too (HTTP-FLV, HLS): a URL with one may be a live stream or a file. */
export const LIVE_OR_FILE_ENDING = /\.(?:flv|m3u8)$/i;
/** Source protocols that only carry live streams. */
export const STREAMING_SCHEME = /^(?:rtmps?|rtsp|srt):/i;

/**
 * Every extension that names an audio or video file, the pullable ones first. A URL ending in one of the others
 * (.mov, .mkv, .ts …) is a file all the same, in a format the API cannot pull: read as a live stream, it was
 * accepted and would have failed at the provider.
 */
export const MEDIA_FILE_EXTENSIONS = [
  'mp4', 'flv', 'm3u8',
  'mov', 'mkv', 'avi', 'ts', 'm2ts', 'mts', 'webm', 'm4v', 'wmv', 'mpg', 'mpeg', '3gp', 'f4v', 'ogv', 'vob',
  'mp3', 'aac', 'm4a', 'wav', 'flac', 'ogg',
] as const;
const MEDIA_FILE_EXTENSION = new RegExp(`\\.(?:${MEDIA_FILE_EXTENSIONS.join('|')})$`, 'i');

export interface UrlRule {
  field: string;
  code: string;
  schemes: readonly string[];
  allowPrivateNetworks: boolean;
  /** Mask the last path segment in messages whatever the scheme (a push URL's stream key). */
  secretPath?: boolean;
}

/** The URL's path (without query or fragment), also for URLs the WHATWG parser treats as opaque. */
function pathOf(raw: string): string {
  try {
    return new URL(raw).pathname;
  } catch {
    return raw.split(/[?#]/)[0] ?? raw;
  }
}

/**
 * The name that says what a URL serves: its path, or — when the path names no media file — a media file's name in
 * the query ("https://cdn/download?file=a.mp4", "get.php?f=show.flv", "play?url=https%3A%2F%2F…%2Fa.mp4"). Such a
 * link was read as a live stream for want of an extension at the end of its path, and the file relay became a live one.
 */
export function servedName(raw: string): string {
  const path = pathOf(raw);
  if (MEDIA_FILE_EXTENSION.test(path)) return path;
  return queryValues(raw).find((value) => MEDIA_FILE_EXTENSION.test(pathOf(value))) ?? path;
}

/** The query's values, percent-decoded (a value that is a URL is read as one by servedName). */
function queryValues(raw: string): string[] {
  const query = /\?([^#]*)/.exec(raw)?.[1];
  if (!query) return [];
  return query.split('&').map((pair) => {
    const value = pair.slice(pair.indexOf('=') + 1).replace(/\+/g, ' ');
    try {
      return decodeURIComponent(value);
    } catch {
      return value;
    }
  });
}

/** Whether a URL names a file the API can pull (by its extension), as opposed to a live stream. */
export function isFileUrl(raw: string): boolean {
  return FILE_EXTENSION.test(pathOf(servedName(raw)));
}

/** Whether a URL names an audio or video file by its extension, whether or not the API can pull that format. */
export function isMediaFileUrl(raw: string): boolean {
  return MEDIA_FILE_EXTENSION.test(pathOf(servedName(raw)));
}

/** A media file that no live stream is served as (.mp4, not .flv or .m3u8): a source that can only be a file. */
export function isFileOnlyUrl(raw: string): boolean {
  return isMediaFileUrl(raw) && !LIVE_OR_FILE_ENDING.test(servedName(raw));
}

/**
 * "https://cdn/show.mp4/": a media file's name with a slash after it. Without an extension at the end the URL had been
 * read as a live stream, and the file relay became a live one without a word; it is refused, to drop the slash.
 */
export function slashAfterMediaFile(raw: string): boolean {
  return SLASH_AFTER_MEDIA_FILE.test(pathOf(raw));
}
const SLASH_AFTER_MEDIA_FILE = new RegExp(`\\.(?:${MEDIA_FILE_EXTENSIONS.join('|')})/+$`, 'i');

/**
 * "https://cdn/show.html", "…/notes.txt", "…/show.mp4.zip", "https://www.youtube.com/watch?v=…": a page, a document, an
 * image or an archive — nothing a relay can pull. Without a media file's extension such a URL had been read as a live
 * stream and accepted, to fail at the provider when the broadcast was due. Pages of video sites are pages too.
 */
export function namesNoStream(raw: string): boolean {
  if (NOT_MEDIA_EXTENSION.test(pathOf(servedName(raw)))) return true;
  try {
    const url = new URL(raw);
    return /^https?:$/.test(url.protocol) && VIDEO_PAGE.test(`${url.hostname.replace(/^(?:www|m)\./, '')}${url.pathname}`);
  } catch {
    return false;
  }
}
const NOT_MEDIA_EXTENSION = /\.(?:html?|txt|json|xml|pdf|docx?|xlsx?|pptx?|zip|rar|7z|gz|tgz|tar|png|jpe?g|gif|webp|svg|ico|css|js|srt|vtt|ass)$/i;
const VIDEO_PAGE = /^(?:youtube\.com\/(?:watch|live\/|shorts\/|channel\/|@)|youtu\.be\/|bilibili\.com\/video\/|live\.bilibili\.com\/|twitch\.tv\/|vimeo\.com\/|douyin\.com\/|live\.douyin\.com\/|v\.qq\.com\/|youku\.com\/|huya\.com\/|douyu\.com\/)/i;

/** Whether a URL's path ends in one of the given extensions (watermark images). */
export function hasExtension(raw: string, extensions: readonly string[]): boolean {
  const path = pathOf(raw).toLowerCase();
  return extensions.some((ext) => path.endsWith(`.${ext}`));
}

/** Problems with one URL, as errors under `rule.code` / `rule.field`; empty when the URL is acceptable. */
export function checkUrl(raw: string, rule: UrlRule): RelayError[] {
  const fail = (key: string, params: Record<string, string | number> = {}): RelayError[] => [
    { code: rule.code, field: rule.field, key: `validation.url.${key}`, params: { url: maskUrl(raw, rule.secretPath ? { maskLastSegment: true } : {}), ...params } },
  ];
  if (raw.length > MAX_URL_LENGTH) return fail('tooLong', { max: MAX_URL_LENGTH });
  // eslint-disable-next-line no-control-regex -- control characters are exactly what we refuse
  if (/[\s\u0000-\u001f\u007f\\]/.test(raw)) return fail('chars');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(raw)?.[1]?.toLowerCase();
  if (!scheme) return fail('malformed');
  if (!rule.schemes.includes(scheme)) return fail('scheme', { scheme, allowed: rule.schemes.join(', ') });
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return fail('malformed');
  }
  if (!raw.slice(scheme.length + 1).startsWith('//') || url.hostname === '') return fail('malformed');
  // Checked on the raw text too: another URL parser (ffmpeg's) must not find a different host than ours. A parser
  // that does not end the host at "#" reads "https://cdn.example.com#@127.0.0.1/a.mp4" as user "cdn.example.com#" on
  // 127.0.0.1 (ours saw cdn.example.com and a fragment, and let it through), so an "@" before the path is refused
  // whatever comes between.
  const authority = raw.slice(scheme.length + 3).split(/[/?]/)[0] ?? '';
  if (url.username !== '' || url.password !== '' || authority.includes('@')) return fail('userInfo');
  // Port 0 reaches nothing; a URL that names it was mistyped.
  if (url.port === '0' || /:0+$/.test(authority.split('#')[0] ?? '')) return fail('malformed');
  const verdict = checkHost(url.hostname, { allowPrivateNetworks: rule.allowPrivateNetworks });
  if (verdict === 'private-address') return fail('privateAddress', { host: displayHost(url.hostname) });
  if (verdict === 'internal-name') return fail('internalName', { host: displayHost(url.hostname) });
  return [];
}
