// Identifiers a task carries: our short id (typed by people in chat and the CLI), the SpecifyTaskId that makes
// a create idempotent at the provider, and the secret token in its CallbackUrl.
import { hash } from 'node:crypto';
import { secureRandomText } from './task-service/secure-random.js';

/** No 0/o, 1/l/i: every character reads unambiguously, in any font, aloud or on a phone. */
const SHORT_ID_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const SHORT_ID_LETTERS = 'abcdefghjkmnpqrstuvwxyz';
const SHORT_ID_LENGTH = 6;

function pick(alphabet: string, byte: number): string {
  // 256 is not a multiple of the alphabet's size; the slight bias is harmless for ids checked for uniqueness.
  return alphabet[byte % alphabet.length]!;
}

/**
 * A short id such as `r7kq2m`: starts with a letter (so it never looks like a number), 31^5×23 ≈ 650 million
 * values. `isTaken` is asked before an id is handed out; after a few collisions the ids grow by one character.
 */
export function newShortTaskId(isTaken: (id: string) => boolean): string {
  for (let attempt = 0; ; attempt += 1) {
    const length = SHORT_ID_LENGTH + Math.floor(attempt / 5);
    // One character per random byte, its code the byte.
    const bytes = secureRandomText(length, 'latin1');
    let id = pick(SHORT_ID_LETTERS, bytes.charCodeAt(0));
    for (let i = 1; i < length; i += 1) id += pick(SHORT_ID_ALPHABET, bytes.charCodeAt(i));
    if (!isTaken(id)) return id;
  }
}

/** What people type back: case and surrounding spaces (or a leading `#`) do not matter. */
export function normalizeTaskId(typed: string): string {
  return typed.trim().replace(/^#/, '').toLowerCase();
}

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

/** The first `length` bytes of `bytes` in base32 (read in place: no view of them is made). */
function base32(bytes: Buffer, length: number): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (let i = 0; i < length; i += 1) {
    value = (value << 8) | bytes[i]!;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}

/**
 * The provider's SpecifyTaskId for an idempotency key: `rb-` + 26 base32 characters of SHA-256 (130 bits),
 * 29 characters of [a-z0-9-]. The API page sets no format, so this stays well inside what any ID field takes
 * (letters, digits, hyphen; short). Deterministic: the same key always names the same task.
 */
export function specifyTaskIdFor(idempotencyKey: string): string {
  // One-shot crypto.hash (Node ≥ 20.12): the same digest as createHash().update().digest() without building a
  // Hash object, which cost 15–40 µs more per create on a cold cache. The value must never change (a test pins it).
  // 26 characters are 130 bits: the digest's first 17 bytes are all they are made of.
  return `rb-${base32(hash('sha256', idempotencyKey, 'buffer'), 17).slice(0, 26)}`;
}

/** The unguessable per-task token in the CallbackUrl path: 192 random bits, URL-safe. */
export function newCallbackToken(): string {
  return secureRandomText(24, 'base64url');
}
