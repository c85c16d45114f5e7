// Tencent CSS pulls sources and pushes to destinations from its own network, but what the bot sends it is still the
// bot's to vouch for: a host NAME whose DNS record points at a private, loopback or link-local address (169.254.169.254,
// a metadata service, 10.x) would aim the provider's fetcher there, and core refuses only literal addresses and
// internal names (core/address-policy.ts: no DNS there). So right before a create or a modify leaves, each host name
// it carries is resolved once and refused when any of its addresses is not public, as the local runner refuses it.
// A name that does not resolve here, or not in time, is left to the provider: its resolver may know names ours does not.
import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { isPublicAddress } from '../../core/address-policy.js';
import { BackendError } from '../../core/backend.js';
import { CodedError } from '../../core/errors.js';
import type { RelayChanges, RelayRequest } from '../../core/relay-request.js';
import { maskUrl } from '../../core/redact.js';

/** A host name's addresses, as the system resolver gives them. */
export type HostLookup = (host: string) => Promise<string[]>;

export const systemLookup: HostLookup = async (host) => (await dnsLookup(host, { all: true })).map((found) => found.address);

const LOOKUP_TIMEOUT_MS = 2_000;

/** How long an answer is reused, found or not: about a DNS record's usual TTL, far shorter than a preview waits. */
const REMEMBERED_MS = 60_000;
const MAX_REMEMBERED = 1_000;

/**
 * `lookup`, its answers (and its failures) reused for a minute. Without it every create and edit paid a resolver
 * round trip before being sent (28 ms for a name that does not resolve, on this machine; up to the 2 s timeout
 * where the resolver does not answer), where a bot creating tasks in a row asks about the same few hosts.
 */
export function rememberedLookup(lookup: HostLookup, clock: () => number = Date.now): HostLookup {
  const answers = new Map<string, { addresses: Promise<string[]>; until: number }>();
  return (host) => {
    const now = clock();
    const known = answers.get(host);
    if (known && known.until > now) return known.addresses;
    if (answers.size >= MAX_REMEMBERED) answers.delete(answers.keys().next().value!);
    const addresses = withinTimeout(lookup(host));
    answers.delete(host); // re-inserted last, so that the oldest answer is the first one dropped
    answers.set(host, { addresses, until: now + REMEMBERED_MS });
    return addresses;
  };
}

interface NamedUrl {
  field: string;
  url: string;
  code: string;
}

type UrlFields = Partial<Pick<RelayRequest, 'SourceUrls' | 'BackupSourceUrl' | 'ToUrl' | 'DomainName' | 'WatermarkList'>>;

/** The URLs of a create or a modify whose hosts the provider will connect to, with the field and error code of each. */
export function urlsToCheck(fields: UrlFields | RelayChanges): NamedUrl[] {
  const source = 'InvalidParameter.InvalidSourceUrl';
  const destination = 'InvalidParameter.InvalidToUrl';
  const domain = 'DomainName' in fields ? fields.DomainName : undefined;
  return [
    ...(fields.SourceUrls ?? []).map((url) => ({ field: 'SourceUrls', url, code: source })),
    ...(fields.BackupSourceUrl ? [{ field: 'BackupSourceUrl', url: fields.BackupSourceUrl, code: source }] : []),
    ...(fields.ToUrl ? [{ field: 'ToUrl', url: fields.ToUrl, code: destination }] : []),
    ...(domain && !fields.ToUrl ? [{ field: 'DomainName', url: `rtmp://${domain}/`, code: destination }] : []),
    ...(fields.WatermarkList ?? []).map((mark) => ({ field: 'WatermarkList', url: mark.PictureUrl, code: 'InvalidParameter.InvalidWatermark' })),
  ];
}

/** Throws a BackendError (its cause the message to show) when a host name among `urls` resolves to a private address. */
export async function refusePrivateNames(urls: NamedUrl[], lookup: HostLookup): Promise<void> {
  await Promise.all(
    urls.map(async ({ field, url, code }) => {
      const host = hostOf(url);
      if (!host || isIP(host)) return; // literal addresses were judged in core, with the command
      const addresses = await lookup(host).catch(() => [] as string[]);
      if (!addresses.some((address) => !isPublicAddress(address))) return;
      const shown = maskUrl(url);
      throw new BackendError(code, `${field} ${shown}: ${host} resolves to a private address`, undefined, false, {
        cause: new CodedError(code, 'validation.url.privateAddress', { field, url: shown, host }),
      });
    }),
  );
}

function hostOf(url: string): string | null {
  try {
    const host = new URL(url).hostname;
    return host.startsWith('[') ? host.slice(1, -1) : host;
  } catch {
    return null;
  }
}

function withinTimeout<T>(promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error('lookup timed out')), LOOKUP_TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
