// Stream keys, signatures and tokens must never reach chat or logs. A push URL's secret is its last path
// segment (the stream key); any URL's secrets are in its query string and fragment. Every query VALUE is masked
// (names stay, so people still see what the URL carries): the names of secrets are not a list anyone can finish —
// txSecret, wsSecret, X-Amz-Signature, X-Amz-Credential, access_token, hdnts, sig, Policy ... — and a preview needs
// none of the values. The fragment is masked whole: an SRT streamid such as "#!::r=live/x,m=publish&passphrase=…"
// leaves the query at its "#".
import { domainToUnicode } from 'node:url';

/** A secret for display: its first two characters, never more (a stream name, which is the push URL's key). */
export function maskText(secret: string): string {
  if (secret.length <= 4) return '****';
  return `${secret.slice(0, 2)}****`;
}

// Parsing a URL is the costly part of masking, and the same URLs come back (a preview masks each source and the
// destination; chat replies and logs mask them again). The mask depends only on the URL and the option, so each
// answer is remembered. Bounded; clearing it only costs speed.
const MASKED_LIMIT = 2_000;
const masked = new Map<string, string>();

/** A URL for display: stream key and secret query values masked, user info removed. */
export function maskUrl(raw: string, options: { maskLastSegment?: boolean } = {}): string {
  const key = `${options.maskLastSegment ?? 'auto'} ${raw}`;
  let text = masked.get(key);
  if (text === undefined) {
    text = maskUrlNow(raw, options.maskLastSegment);
    if (masked.size >= MASKED_LIMIT) masked.clear();
    masked.set(key, text);
  }
  return text;
}

function maskUrlNow(raw: string, maskLastSegment: boolean | undefined): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return raw.length > 8 ? `${raw.slice(0, 8)}****` : '****';
  }
  url.username = '';
  url.password = '';
  for (const [name] of [...url.searchParams]) url.searchParams.set(name, '****');
  if (url.hash) url.hash = '****';
  const pushLike = /^(rtmps?|rtsp|rtp|srt):$/i.test(url.protocol);
  if (maskLastSegment ?? pushLike) {
    const segments = url.pathname.split('/');
    let last = segments.length - 1;
    // "…/live/KEY/": the slash at the end leaves an empty last segment; the key is the one before it.
    if (last > 1 && segments[last] === '') last -= 1;
    if (last > 0 && segments[last]) segments[last] = maskText(decodedSegment(segments[last]!));
    url.pathname = segments.join('/');
  }
  // Chinese in the path as typed ("/视频/第2场.mov", which the URL parser percent-encodes); ASCII escapes such as %20 stay,
  // and so do invisible characters (a right-to-left override would turn the rest of the message around).
  const text = url.toString().replace(/%2A/g, '*').replace(/(?:%[89A-F][0-9A-F])+/gi, readableEscapes);
  // The host as typed: "例子.测试", not the "xn--fsqu00a.xn--0zwm56d" it is sent as (command/idn-host.ts).
  return url.hostname.includes('xn--') ? text.replace(`//${url.hostname}`, `//${displayHost(url.hostname)}`) : text;
}

/** A host for display: in its own script when it was typed so ("例子.测试"), as it is otherwise. */
export function displayHost(hostname: string): string {
  return hostname.includes('xn--') ? domainToUnicode(hostname) || hostname : hostname;
}

function readableEscapes(escapes: string): string {
  const text = decodedSegment(escapes);
  return /[\p{C}\p{Z}]/u.test(text.replace(/ /g, '')) ? escapes : text;
}

/** A path segment as typed: "%zz" is no escape (decodeURIComponent throws on it), so it is kept as it is. */
function decodedSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

// A link typed without its scheme, or with the scheme mistyped ("rtmp:/", "rtmp//", "rtmp:"): not a URL to any parser,
// but as secret as the URL it was meant to be. Only the schemes people push and pull with are known as mistyped.
const MISTYPED_SCHEME = String.raw`(?:https?|rtmps?|rtsp|rtp|srt)(?::\/?(?!\/)|\/\/?(?!\/))`;
const LEADING_MISTYPED_SCHEME = new RegExp(`^${MISTYPED_SCHEME}`, 'i');
const MEDIA_FILE = /\.(?:mp4|flv|m3u8|ts|mov|mkv|webm|m4v|mp3|aac|png|jpe?g|gif)$/i;

/** Whether a link's last path segment names a media file (readable) rather than, say, a stream key (masked). */
export function isMediaFileName(segment: string): boolean {
  return MEDIA_FILE.test(segment);
}

/**
 * A link without a (correct) scheme for display, masked as the URL it was meant to be: query values always, and the
 * last path segment — a stream key when the link is a push address — unless it is a media file's name
 * ("cdn.example.com/2026-12-01/show.mp4" stays readable; "push.example.com/live/KEY" is "push.example.com/live/KE****").
 */
export function maskLinkText(text: string): string {
  const scheme = LEADING_MISTYPED_SCHEME.exec(text)?.[0] ?? '';
  const link = text.slice(scheme.length);
  const path = link.split(/[?#]/)[0] ?? link;
  const prefix = 'rtmp://';
  return scheme + maskUrl(`${prefix}${link}`, { maskLastSegment: !isMediaFileName(path) }).slice(prefix.length);
}

/**
 * Masks every URL inside free text (log lines, ffmpeg stderr, provider messages): as written, and as a message
 * quoting a request body writes it, JSON-escaped ("rtmp:\/\/push…\/live\/KEY") or percent-encoded
 * ("rtmp%3A%2F%2Fpush…%2FKEY%3FtxSecret%3D…"), which the plain pattern does not see as a URL at all.
 */
export function redactText(text: string, options: { maskLastSegment?: boolean } = {}): string {
  return text
    .replace(/\b(?:https?|rtmps?|rtsp|rtp|srt):\/\/[^\s"'<>]+/gi, (found) => maskUrl(found, options))
    .replace(/\b(?:https?|rtmps?|rtsp|rtp|srt)(?::\\\/\\\/|%3A%2F%2F)[^\s"'<>]+/gi, (found) => maskUrl(unescapedUrl(found), options));
}

/** A JSON-escaped or percent-encoded URL as written plainly. */
function unescapedUrl(text: string): string {
  const plain = text.replace(/\\\//g, '/').replace(/\\u0026/gi, '&');
  return /%3A%2F%2F/i.test(plain) ? decodedSegment(plain) : plain;
}

/**
 * Words quoted back to the user ("I did not understand …"): URLs masked as everywhere, and the value of any
 * `name=value` pair — a query string that lost its URL (`live/evening?txSecret=…` leaves `txsecret=…` over) is
 * still a secret, and echoing it into a channel would publish it.
 */
export function maskSecretWords(text: string): string {
  return redactText(text)
    .replace(LINK_IN_WORDS, (link) => maskLinkText(link))
    .replace(DESTINATION_PATH_IN_WORDS, (_whole, lead: string, path: string) => `${lead}${maskStreamPath(path)}`)
    .replace(/([^\s?&=]+)=[^\s&]*/g, (_pair, name: string) => `${name}=****`);
}

/** "live/KEY9xyz" → "live/KE****": a destination's app/stream path with its stream name masked, as in the preview. */
export function maskStreamPath(path: string): string {
  return path.replace(/[^/]+(?=\/?$)/, (last) => maskText(last));
}

// In free text: a word that is a link without its scheme (a host name with a dot, then a path), or with a mistyped
// scheme; and an app/stream path after a destination word ("to live/KEY", "转推到 live/KEY"). Not a date such as
// "to 4/25": a path has a letter in it.
const LINK_IN_WORDS = new RegExp(String.raw`(?<![^\s"“「(<])(?:${MISTYPED_SCHEME})?(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}(?::\d+)?\/[^\s"”」)>]*`, 'gi');
const DESTINATION_PATH_IN_WORDS =
  /((?:^|\s)(?:to|into|dest(?:ination)?|target)(?::\s*|\s+)|(?:转推到|推流到|转推至|推流至|推送到|推到|目标|目的地)[:：]?\s*)(?=\S*[A-Za-z])([A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-]+){1,3}\/?)(?![A-Za-z0-9_./*-])/gi;
