// Slack signs every HTTP request: X-Slack-Signature = "v0=" + hex HMAC-SHA256(signing secret,
// "v0:" + X-Slack-Request-Timestamp + ":" + raw body). A pure check, so it can be proven on its own.
import { createHmac, timingSafeEqual } from 'node:crypto';

/** Slack's own advice: refuse requests older (or newer) than five minutes, so a captured one can't be replayed. */
export const MAX_REQUEST_AGE_SECONDS = 5 * 60;

export type SignatureVerdict = 'ok' | 'missing' | 'stale' | 'mismatch';

export interface SignedRequest {
  rawBody: string;
  timestamp: string | undefined;
  signature: string | undefined;
}

export function signSlackRequest(signingSecret: string, timestamp: string | number, rawBody: string): string {
  return `v0=${createHmac('sha256', signingSecret).update(`v0:${timestamp}:${rawBody}`).digest('hex')}`;
}

export function verifySlackSignature(signingSecret: string, request: SignedRequest, nowMs = Date.now()): SignatureVerdict {
  const { timestamp, signature, rawBody } = request;
  if (!timestamp || !signature || !/^\d+$/.test(timestamp)) return 'missing';
  if (Math.abs(Math.floor(nowMs / 1000) - Number(timestamp)) > MAX_REQUEST_AGE_SECONDS) return 'stale';
  const expected = Buffer.from(signSlackRequest(signingSecret, timestamp, rawBody));
  const given = Buffer.from(signature);
  // timingSafeEqual needs equal lengths; a length difference is itself a mismatch.
  return given.length === expected.length && timingSafeEqual(given, expected) ? 'ok' : 'mismatch';
}
