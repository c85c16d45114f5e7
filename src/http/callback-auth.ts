// Authentication of relay callbacks, as pure functions. Comparisons are constant-time (over SHA-256 digests,
// so inputs of different lengths cost the same) so that response timing leaks nothing about a secret.
import { createHash, timingSafeEqual } from 'node:crypto';

export function secretsEqual(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given, 'utf8').digest();
  const b = createHash('sha256').update(expected, 'utf8').digest();
  return timingSafeEqual(a, b);
}

/** Callback tokens are base64url (core/task-id.ts); anything else cannot be one and is not looked up. */
export function looksLikeCallbackToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{16,128}$/.test(token);
}

export type SignatureCheck = 'ok' | 'missing' | 'bad' | 'expired';

/**
 * Tencent's callback signature: sign = hex MD5(key + t), where t is the expiry time (unix seconds). A
 * callback whose t is past is refused even when signed correctly: that is what makes a captured callback
 * useless for replay once it expires (and replays before then are duplicates, stored once).
 */
export function checkCallbackSignature(key: string, t: unknown, sign: unknown, nowMs: number): SignatureCheck {
  if ((typeof t !== 'number' && typeof t !== 'string') || typeof sign !== 'string' || String(t) === '') return 'missing';
  const expected = createHash('md5').update(`${key}${String(t)}`, 'utf8').digest('hex');
  if (!secretsEqual(sign.toLowerCase(), expected)) return 'bad';
  const expiresAt = Number(t);
  if (!Number.isFinite(expiresAt) || expiresAt * 1000 < nowMs) return 'expired';
  return 'ok';
}
