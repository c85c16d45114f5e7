// Slack's v0 request signature, against a vector computed independently with node:crypto.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signSlackRequest, verifySlackSignature } from '../../../src/adapters/slack/verify-signature.js';

const secret = '8f742231b10e8888abcd99yyyzzz85a5';
const body = 'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&command=%2Frelay&text=list';
const now = 1_531_420_618;

describe('verifySlackSignature', () => {
  it('accepts exactly HMAC-SHA256 over "v0:timestamp:body" with the signing secret', () => {
    const expected = `v0=${createHmac('sha256', secret).update(`v0:${now}:${body}`).digest('hex')}`;
    expect(signSlackRequest(secret, now, body)).toBe(expected);
    expect(verifySlackSignature(secret, { rawBody: body, timestamp: String(now), signature: expected }, now * 1000)).toBe('ok');
  });

  it('refuses a changed body, another secret, a stale or future timestamp, and missing headers', () => {
    const good = signSlackRequest(secret, now, body);
    expect(verifySlackSignature(secret, { rawBody: `${body}&x=1`, timestamp: String(now), signature: good }, now * 1000)).toBe('mismatch');
    expect(verifySlackSignature('another-secret-value', { rawBody: body, timestamp: String(now), signature: good }, now * 1000)).toBe('mismatch');
    expect(verifySlackSignature(secret, { rawBody: body, timestamp: String(now), signature: good }, (now + 301) * 1000)).toBe('stale');
    expect(verifySlackSignature(secret, { rawBody: body, timestamp: String(now), signature: good }, (now - 301) * 1000)).toBe('stale');
    expect(verifySlackSignature(secret, { rawBody: body, timestamp: undefined, signature: good }, now * 1000)).toBe('missing');
    expect(verifySlackSignature(secret, { rawBody: body, timestamp: String(now), signature: 'v0=short' }, now * 1000)).toBe('mismatch');
  });
});
