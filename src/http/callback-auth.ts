// Authentication of relay callbacks, as pure functions. Comparisons are constant-time (over SHA-256 digests,
// so inputs of different lengths cost the same) so that response timing leaks nothing about a secret.
// One-shot crypto.hash, not createHash(): the same digests without a Hash object per call (this runs three
// times per callback).
import { hash, timingSafeEqual } from 'node:crypto';

export function secretsEqual(given: string, expected: string): boolean {
  return timingSafeEqual(hash('sha256', given, 'buffer'), hash('sha256', expected, 'buffer'));
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
  const expected = hash('md5', `${key}${String(t)}`, 'hex');
  if (!secretsEqual(sign.toLowerCase(), expected)) return 'bad';
  const expiresAt = Number(t);
  if (!Number.isFinite(expiresAt) || expiresAt * 1000 < nowMs) return 'expired';
  return 'ok';
}
