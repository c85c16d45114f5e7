// Stream keys, signatures and tokens must never reach chat or logs. A push URL's secret is its last path
// segment (the stream key) and its query string (txSecret, sign, token ...): both are masked.

const SECRET_QUERY = /^(?:tx)?(?:secret|sign|signature|token|key|auth|auth_key|pass|password|passphrase|streamid|t|expires?)$/i;

function maskText(secret: string): string {
  if (secret.length <= 4) return '****';
  return `${secret.slice(0, 2)}****`;
}

/** A URL for display: stream key and secret query values masked, user info removed. */
export function maskUrl(raw: string, options: { maskLastSegment?: boolean } = {}): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return raw.length > 8 ? `${raw.slice(0, 8)}****` : '****';
  }
  url.username = '';
  url.password = '';
  for (const [name] of [...url.searchParams]) {
    if (SECRET_QUERY.test(name)) url.searchParams.set(name, '****');
  }
  const pushLike = /^(rtmps?|rtsp|rtp|srt):$/i.test(url.protocol);
  if (options.maskLastSegment ?? pushLike) {
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
