// Tencent's callback signature (sign = hex MD5(key + t), t the expiry) and the constant-time comparisons.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkCallbackSignature, looksLikeCallbackToken, secretsEqual } from '../../src/http/callback-auth.js';

const md5 = (text: string) => createHash('md5').update(text).digest('hex');

describe('checkCallbackSignature', () => {
  const now = 1_712_893_433_000;
  const t = 1_712_893_733; // five minutes ahead

  it('accepts MD5(key + t) while t is not past, in either case of hex digits', () => {
    expect(checkCallbackSignature('k3y', t, md5(`k3y${t}`), now)).toBe('ok');
    expect(checkCallbackSignature('k3y', String(t), md5(`k3y${t}`).toUpperCase(), now)).toBe('ok');
  });

  it('refuses a missing, wrong or expired signature', () => {
    expect(checkCallbackSignature('k3y', undefined, md5(`k3y${t}`), now)).toBe('missing');
    expect(checkCallbackSignature('k3y', t, undefined, now)).toBe('missing');
    expect(checkCallbackSignature('k3y', t, md5(`other${t}`), now)).toBe('bad');
    expect(checkCallbackSignature('k3y', t + 1, md5(`k3y${t}`), now)).toBe('bad');
    const past = Math.floor(now / 1000) - 1;
    expect(checkCallbackSignature('k3y', past, md5(`k3y${past}`), now)).toBe('expired');
  });
});

describe('secretsEqual / looksLikeCallbackToken', () => {
  it('compares secrets of any length', () => {
    expect(secretsEqual('abc', 'abc')).toBe(true);
    expect(secretsEqual('abc', 'abd')).toBe(false);
    expect(secretsEqual('abc', 'abcd')).toBe(false);
  });

  it('only looks up what could be a base64url token', () => {
    expect(looksLikeCallbackToken('Zm9vYmFyYmF6cXV4cXV1eA-_')).toBe(true);
    expect(looksLikeCallbackToken('short')).toBe(false);
    expect(looksLikeCallbackToken('../../etc/passwd/xxxxxxxxxxxx')).toBe(false);
  });
});
