// One API 3.0 request made by hand (not through the SDK), signed by our TC3 signer, for tests that need to send
// what the SDK never would: another key, another service in the scope, a body changed after signing, a region
// the page does not list.
import { SECRET_ID, SECRET_KEY } from './harness.js';
import { signTc3 } from './signature.js';

export interface RawRequest {
  body?: object;
  /** Sent instead of `body` after signing `body` (a tampered request). */
  sentBody?: object;
  secretKey?: string;
  service?: string;
  region?: string;
  timestamp?: number;
}

export type RawAnswer = { Response: { Error?: { Code: string }; RequestId: string; TotalNum?: number } };

export async function rawDescribe(url: string, request: RawRequest = {}): Promise<RawAnswer> {
  const timestamp = request.timestamp ?? Math.floor(Date.now() / 1000);
  const signed = JSON.stringify(request.body ?? {});
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-tc-action': 'DescribeLivePullStreamTasks',
      'x-tc-version': '2018-08-01',
      'x-tc-region': request.region ?? 'ap-guangzhou',
      'x-tc-timestamp': String(timestamp),
      authorization: signTc3({
        secretId: SECRET_ID,
        secretKey: request.secretKey ?? SECRET_KEY,
        // What the SDK derives for http://127.0.0.1:PORT: the host's first label.
        host: '127.0.0.1',
        service: request.service ?? '127',
        body: signed,
        timestamp,
      }),
    },
    body: request.sentBody ? JSON.stringify(request.sentBody) : signed,
  });
  return (await response.json()) as RawAnswer;
}
