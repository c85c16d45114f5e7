// TC3-HMAC-SHA256 verification as Tencent Cloud's public "signature v3" page defines it, written from the
// spec (not from the SDK) so that the stand-in really checks what the SDK sends:
//   CanonicalRequest = METHOD \n URI \n QUERY \n CanonicalHeaders \n SignedHeaders \n hex(sha256(payload))
//   StringToSign     = "TC3-HMAC-SHA256" \n timestamp \n date/service/tc3_request \n hex(sha256(CanonicalRequest))
//   key              = HMAC(HMAC(HMAC("TC3"+secretKey, date), service), "tc3_request")
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export const MAX_CLOCK_SKEW_SECONDS = 300;

export interface SignedRequest {
  method: string;
  path: string;
  query: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export type SignatureVerdict =
  | { ok: true; secretId: string }
  | { ok: false; code: string; message: string };

interface ParsedAuthorization {
  secretId: string;
  date: string;
  service: string;
  signedHeaders: string[];
  signature: string;
}

const AUTHORIZATION =
  /^TC3-HMAC-SHA256 Credential=([^/]+)\/(\d{4}-\d{2}-\d{2})\/([^/]+)\/tc3_request, SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$/;

function parseAuthorization(value: string | undefined): ParsedAuthorization | null {
  const match = value ? AUTHORIZATION.exec(value) : null;
  if (!match) return null;
  const [, secretId, date, service, signedHeaders, signature] = match as unknown as string[];
  return { secretId: secretId!, date: date!, service: service!, signedHeaders: signedHeaders!.split(';'), signature: signature! };
}

const sha256Hex = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest();

/** The host a request was addressed to, without the port (the SDK signs the host name alone). */
export function requestHostName(headers: IncomingHttpHeaders): string {
  const host = (headers.host ?? '').trim().toLowerCase();
  return host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.replace(/:\d+$/, '');
}

/**
 * The service a server answering at this host expects in the credential scope: the host's first label
 * (`live` for live.tencentcloudapi.com). For the stand-in on 127.0.0.1 that is `127`, which is also what the
 * SDK derives from an endpoint of `127.0.0.1:PORT`.
 */
export function expectedService(headers: IncomingHttpHeaders): string {
  return requestHostName(headers).split('.')[0] ?? '';
}

function headerValue(headers: IncomingHttpHeaders, name: string): string {
  if (name === 'host') return requestHostName(headers);
  const raw = headers[name];
  return (Array.isArray(raw) ? raw.join(',') : (raw ?? '')).trim().toLowerCase();
}

export function utcDate(timestampSeconds: number): string {
  return new Date(timestampSeconds * 1000).toISOString().slice(0, 10);
}

/** Checks an API 3.0 request's Authorization header; `secrets` maps SecretId → SecretKey. */
export function verifyTc3Signature(
  request: SignedRequest,
  secrets: ReadonlyMap<string, string>,
  nowSeconds: number,
): SignatureVerdict {
  const auth = parseAuthorization(request.headers.authorization);
  if (!auth) return { ok: false, code: 'AuthFailure.InvalidAuthorization', message: 'The Authorization header is malformed.' };
  const secretKey = secrets.get(auth.secretId);
  if (secretKey === undefined) return { ok: false, code: 'AuthFailure.SecretIdNotFound', message: 'The SecretId is not found.' };

  const timestamp = Number(headerValue(request.headers, 'x-tc-timestamp'));
  if (!Number.isInteger(timestamp) || Math.abs(nowSeconds - timestamp) > MAX_CLOCK_SKEW_SECONDS) {
    return { ok: false, code: 'AuthFailure.SignatureExpire', message: 'Signature expired: X-TC-Timestamp is more than 5 minutes off.' };
  }
  const signedHeaders = [...auth.signedHeaders];
  const signsRequired = signedHeaders.includes('host') && signedHeaders.includes('content-type');
  const sorted = signedHeaders.join(';') === [...signedHeaders].sort().join(';');
  if (!signsRequired || !sorted || auth.date !== utcDate(timestamp) || auth.service !== expectedService(request.headers)) {
    return { ok: false, code: 'AuthFailure.SignatureFailure', message: 'The credential scope or signed headers are wrong.' };
  }

  const canonicalHeaders = signedHeaders.map((name) => `${name}:${headerValue(request.headers, name)}\n`).join('');
  const canonicalRequest = [
    request.method.toUpperCase(),
    request.path,
    request.query,
    canonicalHeaders,
    signedHeaders.join(';'),
    sha256Hex(request.body),
  ].join('\n');
  const scope = `${auth.date}/${auth.service}/tc3_request`;
  const stringToSign = ['TC3-HMAC-SHA256', String(timestamp), scope, sha256Hex(canonicalRequest)].join('\n');
  const signingKey = hmac(hmac(hmac(`TC3${secretKey}`, auth.date), auth.service), 'tc3_request');
  const expected = createHmac('sha256', signingKey).update(stringToSign).digest();
  const given = Buffer.from(auth.signature, 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, code: 'AuthFailure.SignatureFailure', message: 'The request signature does not match.' };
  }
  return { ok: true, secretId: auth.secretId };
}

/** Signs a request the way the spec says (used by tests to send a request signed with another key). */
export function signTc3(options: {
  secretId: string;
  secretKey: string;
  host: string;
  service: string;
  body: string;
  timestamp: number;
}): string {
  const date = utcDate(options.timestamp);
  const canonicalRequest = ['POST', '/', '', `content-type:application/json\nhost:${options.host}\n`, 'content-type;host', sha256Hex(options.body)].join('\n');
  const scope = `${date}/${options.service}/tc3_request`;
  const stringToSign = ['TC3-HMAC-SHA256', String(options.timestamp), scope, sha256Hex(canonicalRequest)].join('\n');
  const key = hmac(hmac(hmac(`TC3${options.secretKey}`, date), options.service), 'tc3_request');
  const signature = createHmac('sha256', key).update(stringToSign).digest('hex');
  return `TC3-HMAC-SHA256 Credential=${options.secretId}/${scope}, SignedHeaders=content-type;host, Signature=${signature}`;
}
