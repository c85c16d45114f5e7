// The last guard before errors leave the command parser: the secrets a command carries — a push URL's stream key,
// the user and password before a host, query values and fragments — are masked wherever a message would quote them,
// also when they come back as loose words. "to rtmp://…/live/KEY9xyz stream key KEY9xyz" quoted "key KEY9xyz" back
// as words not understood; a channel would then have the key. Words right after a word that names a secret ("key",
// "password", 密钥, 推流码 …) are masked too, whatever URL they belong to.
import type { RelayError } from '../errors.js';
import type { RelayRequest } from '../relay-request.js';
import { isMediaFileName, maskText } from '../redact.js';

/** Shorter values are words of the sentence as often as secrets ("x", "abc"), and masking them would garble it. */
const MIN_SECRET_LENGTH = 4;
/** Schemes whose last path segment is the stream key. */
const PUSH_SCHEME = /^(?:rtmps?|rtsp|rtp|srt):/i;
/** A word after one of these is a secret, typed loose ("stream key abcd1234", 密码 abcd1234). */
const SECRET_LABEL = /((?:^|[^A-Za-z0-9_])(?:key|secret|token|password|passwd|passphrase|pwd)\s*[:=：]?\s*|(?:密钥|秘钥|密码|推流码|串流密钥|口令)\s*[:：=]?\s*)([^\s,，。；;]+)/gi;

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The secret parts of one URL as typed (and percent-decoded). */
function urlSecrets(raw: string, isDestination: boolean): string[] {
  const found: string[] = [];
  const afterScheme = raw.replace(/^[a-z][a-z0-9+.-]*:\/*/i, '');
  const authority = afterScheme.split(/[/?#]/)[0] ?? '';
  const at = authority.lastIndexOf('@');
  if (at >= 0) found.push(...authority.slice(0, at).split(':'));
  const [beforeFragment = '', fragment] = raw.split('#', 2) as [string, string | undefined];
  if (fragment) found.push(fragment);
  const [path = '', query] = beforeFragment.split('?', 2) as [string, string | undefined];
  for (const pair of query?.split('&') ?? []) {
    const value = pair.slice(pair.indexOf('=') + 1);
    if (pair.includes('=')) found.push(value, ...value.split(/[/:,]/));
  }
  if (isDestination || PUSH_SCHEME.test(raw)) {
    const last = path.replace(/^[a-z][a-z0-9+.-]*:\/*[^/]*/i, '').split('/').filter(Boolean).at(-1);
    if (last && !isMediaFileName(last)) found.push(last); // a media file's name is the file, not a key
  }
  return found.flatMap((secret) => [secret, decoded(secret)]);
}

/**
 * "user:password@host" typed without a scheme ("to bob:pw@push.example.com/live/KEY"): no URL to any parser, so the
 * scheme-less link stage takes the host and path, and the user info was quoted back as words not understood.
 */
const USER_INFO_IN_TEXT = /(?:^|[\s"“'(<（/])([^\s"“'(<（@/]+)@(?=[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g;

function userInfoInText(text: string): string[] {
  return [...text.matchAll(USER_INFO_IN_TEXT)].flatMap(([, info = '']) => [info, ...info.split(':')]);
}

/**
 * A stream key typed apart from its push URL, with the query glued to it ("to rtmp://push…/live/ KEY9xyz?txSecret=…"):
 * no URL holds it, and it was quoted back in full beside the masked query as words not understood.
 */
const KEY_BEFORE_QUERY = /(?:^|[\s"“'(<（])([^\s"“'(<（?/]+)\?[A-Za-z_][\w-]*=/g;

function keysBeforeQueryInText(text: string): string[] {
  return [...text.matchAll(KEY_BEFORE_QUERY)].map(([, key = '']) => key);
}

/**
 * The URLs an existing relay already carries, for an edit of it: its secrets are as secret when typed again loose in
 * the edit ("blah secretW5v4u3" quoted back as "secretW5****"), though the edit's own words name no URL that holds them.
 */
export function relaySecretUrls(relay: Pick<RelayRequest, 'SourceUrls' | 'BackupSourceUrl' | 'ToUrl' | 'DomainName' | 'AppName' | 'StreamName' | 'PushArgs'>): {
  urls: string[];
  destinations: string[];
} {
  const destinations = [
    ...(relay.ToUrl ? [relay.ToUrl] : []),
    ...(relay.StreamName ? [`rtmp://${relay.DomainName || 'push'}/${relay.AppName || 'live'}/${relay.StreamName}`] : []),
    ...(relay.PushArgs ? [`rtmp://push/live/stream?${relay.PushArgs.replace(/^[?&]/, '')}`] : []),
  ];
  return { urls: [...relay.SourceUrls, ...(relay.BackupSourceUrl ? [relay.BackupSourceUrl] : []), ...destinations], destinations };
}

/** Every secret of the command's URLs, longest first (so a key is masked whole before any part of it). */
export function commandSecrets(urls: readonly string[], destinationUrls: readonly string[], streamKey?: string, text = ''): string[] {
  const all = [...urls.flatMap((url) => urlSecrets(url, destinationUrls.includes(url))), ...(streamKey ? [streamKey] : []), ...userInfoInText(text), ...keysBeforeQueryInText(text)];
  return [...new Set(all.filter((secret) => secret.length >= MIN_SECRET_LENGTH))].sort((a, b) => b.length - a.length);
}

/**
 * A secret in any case: words not understood are quoted back lowercased, so "https://…/show.mp4 KEY9xyz to
 * rtmp://…/live/KEY9xyz" quoted the stream key in full as "key9xyz" (it matched no secret as typed).
 */
function anyCase(secret: string): RegExp {
  return new RegExp(secret.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu');
}

// The command's own secrets first, whole: a key that begins with a label's word ("SECRETKEY123", "tokenQ8x7…") was
// read as the label "secret" and the word "KEY123", masked as "secretke****", and no longer matched the key itself.
// Then a word that is a piece of a secret: the reader can take a length out of a word ("zzQ8x7w6v" is quoted back as
// "zzq8x 6v", its "7w" read as seven weeks), which leaves the secret in pieces that no longer match it whole.
function maskString(text: string, secrets: readonly string[]): string {
  let masked = text;
  for (const secret of secrets) masked = masked.replace(anyCase(secret), (found) => maskText(found));
  const lowered = secrets.map((secret) => secret.toLowerCase());
  masked = masked.replace(WORD, (word) =>
    word.length >= MIN_SECRET_LENGTH && !word.includes('*') && lowered.some((secret) => secret.includes(word.toLowerCase())) ? maskText(word) : word,
  );
  return masked.replace(SECRET_LABEL, (_whole, label: string, word: string) => `${label}${maskText(word)}`);
}

/** A word as a message quotes it: up to a space, a quote, a bracket or punctuation. */
const WORD = /[^\s"“”'‘’()（）,，。;；:：]+/g;

/** The errors with every secret of the command masked in their quoted values. */
export function maskCommandSecrets(errors: RelayError[], secrets: readonly string[]): RelayError[] {
  return errors.map((error) => {
    if (!error.params) return error;
    const params = Object.fromEntries(
      Object.entries(error.params).map(([name, value]) => [name, typeof value === 'string' ? maskString(value, secrets) : value]),
    );
    return { ...error, params };
  });
}
