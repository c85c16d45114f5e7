// Stream keys, signatures and tokens must never reach chat or logs. A push URL's secret is its last path
// segment (the stream key); any URL's secrets are in its query string and fragment. Every query VALUE is masked
// (names stay, so people still see what the URL carries): the names of secrets are not a list anyone can finish —
// txSecret, wsSecret, X-Amz-Signature, X-Amz-Credential, access_token, hdnts, sig, Policy ... — and a preview needs
// none of the values. The fragment is masked whole: an SRT streamid such as "#!::r=live/x,m=publish&passphrase=…"
// leaves the query at its "#".

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
    const last = segments.length - 1;
    if (last > 0 && segments[last]) segments[last] = maskText(decodeURIComponent(segments[last]!));
    url.pathname = segments.join('/');
  }
  return url.toString().replace(/%2A/g, '*');
}

/** Masks every URL inside free text (log lines, ffmpeg stderr, provider messages). */
export function redactText(text: string, options: { maskLastSegment?: boolean } = {}): string {
  return text.replace(/\b(?:https?|rtmps?|rtsp|rtp|srt):\/\/[^\s"'<>]+/gi, (found) => maskUrl(found, options));
}

/**
 * Words quoted back to the user ("I did not understand …"): URLs masked as everywhere, and the value of any
 * `name=value` pair — a query string that lost its URL (`live/evening?txSecret=…` leaves `txsecret=…` over) is
 * still a secret, and echoing it into a channel would publish it.
 */
export function maskSecretWords(text: string): string {
  return redactText(text).replace(/([^\s?&=]+)=[^\s&]*/g, (_pair, name: string) => `${name}=****`);
}
