// The one way the runner makes an HTTP(S) request for a source, used by the loopback gateway (for ffmpeg) and
// by node's own file reader: the host is resolved and checked at connect time (so the checked address is the
// one used), the TLS server name and Host header stay the URL's, and redirects are followed here, each hop
// checked, so a redirect cannot lead into a private network or to a non-HTTP URL (file:, data:).
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { ConnectionOptions } from 'node:tls';
import { type AddressPolicy, assertHostAllowed, assertLiteralAllowed, guardedLookup } from './address-guard.js';

const MAX_REDIRECTS = 5;

export interface CheckedFetchOptions {
  policy: AddressPolicy;
  tls?: Pick<ConnectionOptions, 'ca'> | undefined;
  method?: string;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export async function fetchChecked(start: URL, options: CheckedFetchOptions): Promise<{ upstream: IncomingMessage; finalUrl: URL }> {
  if (start.protocol !== 'http:' && start.protocol !== 'https:') throw new Error('not an http(s) URL');
  assertHostAllowed(start.hostname, 'source', options.policy);
  let url = start;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop += 1) {
    const upstream = await fetchOnce(url, options);
    const location = upstream.headers.location;
    if (upstream.statusCode && upstream.statusCode >= 300 && upstream.statusCode < 400 && location) {
      upstream.resume();
      const next = new URL(location, url);
      if (next.protocol !== 'http:' && next.protocol !== 'https:') throw new Error('redirect to a non-http URL');
      assertHostAllowed(next.hostname, 'source', options.policy);
      url = next;
      continue;
    }
    return { upstream, finalUrl: url };
  }
  throw new Error('too many redirects');
}

function fetchOnce(url: URL, options: CheckedFetchOptions): Promise<IncomingMessage> {
  assertLiteralAllowed(url.hostname, 'source', options.policy);
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const outgoing = send(url, {
      method: options.method ?? 'GET',
      headers: options.headers ?? {},
      lookup: guardedLookup('source', options.policy),
      timeout: 15_000,
      ...(options.signal ? { signal: options.signal } : {}),
      ...(url.protocol === 'https:' ? options.tls : {}),
    });
    outgoing.on('response', resolve).on('error', reject);
    outgoing.on('timeout', () => outgoing.destroy(new Error('upstream timed out')));
    outgoing.end();
  });
}
