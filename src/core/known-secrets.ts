// The secrets one relay's own URLs carry (a push URL's stream key, every query value), to be masked wherever they
// turn up outside a URL: a provider's alarm or exit message may name the stream key alone ("key KEY9xyz rejected")
// or quote a query pair ("txSecret=…"), which no URL pattern finds. Pure.
import { maskText } from './redact.js';

/** Shorter values are ordinary words as often as secrets ("live", "1"), and masking them would garble messages. */
const MIN_SECRET_LENGTH = 5;
const PUSH_SCHEME = /^(?:rtmps?|rtsp|rtp|srt):$/i;

/** The stream key (last path segment of a push-scheme URL) and query values of one URL, as typed and decoded. */
export function secretsOfUrl(raw: string): string[] {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return [];
  }
  const found: string[] = [];
  const last = url.pathname.split('/').filter(Boolean).at(-1);
  if (last && PUSH_SCHEME.test(url.protocol)) found.push(last, decoded(last));
  for (const [, value] of url.searchParams) found.push(value, encodeURIComponent(value));
  if (url.hash.length > 1) found.push(url.hash.slice(1));
  return found;
}

/** `text` with each of `secrets` (any case, longest first) masked as the preview masks a key. */
export function maskKnownSecrets(text: string, secrets: readonly string[]): string {
  const usable = [...new Set(secrets.filter((secret) => secret.length >= MIN_SECRET_LENGTH))].sort((a, b) => b.length - a.length);
  let masked = text;
  for (const secret of usable) masked = masked.replace(new RegExp(escaped(secret), 'giu'), (found) => maskText(found));
  return masked;
}

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
