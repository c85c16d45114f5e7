// Stream keys and signed query values of one task, masked in every line the runner logs or reports. URL-shaped
// text is masked by core/redact.ts already; this also catches the pieces ffmpeg and servers print on their own (a
// play path, a query value, "Stream KEY?txSecret=… is already publishing"): as written in the URL (percent-encoded,
// which is how ffmpeg was given them and prints them) and decoded, in any case.
import { redactText } from '../../core/redact.js';

/** Shorter values are ordinary words as often as secrets ("live", "1"). */
const MIN_SECRET_LENGTH = 5;

export function secretsOf(rawUrl: string): string[] {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return [];
  }
  const found: string[] = [];
  const segments = url.pathname.split('/').filter(Boolean);
  const last = segments[segments.length - 1];
  if (last && /^(rtmps?|srt|rtsp):$/.test(url.protocol)) found.push(last, decoded(last));
  for (const pair of url.search.slice(1).split('&')) {
    const equals = pair.indexOf('=');
    if (equals >= 0) found.push(pair.slice(equals + 1), decoded(pair.slice(equals + 1)));
  }
  for (const [, value] of url.searchParams) found.push(value);
  return found.filter((secret) => secret.length >= MIN_SECRET_LENGTH);
}

export function makeRedactor(urls: string[]): (text: string) => string {
  const secrets = [...new Set(urls.flatMap(secretsOf))].sort((a, b) => b.length - a.length);
  const patterns = secrets.map((secret) => new RegExp(secret.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu'));
  return (text) => {
    let out = redactText(text);
    for (const pattern of patterns) out = out.replace(pattern, '****');
    return out;
  };
}

/** "%zz" is no escape (decodeURIComponent throws on it): such a piece is kept as written. */
function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
