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
 * A lookup that also tells, without waiting, what it already concluded of a host: whether any of its addresses is
 * private (undefined: no answer yet).
 */
export interface RememberedLookup extends HostLookup {
  resolvesPrivate(host: string): boolean | undefined;
}

interface RememberedAnswer {
  addresses: Promise<string[]>;
  until: number;
  /** Set once the answer is in; a failure counts as no addresses (the name is left to the provider). */
  resolvesPrivate?: boolean;
}

/**
 * `lookup`, its answers (and its failures) reused for a minute. Without it every create and edit paid a resolver
 * round trip before being sent (28 ms for a name that does not resolve, on this machine; up to the 2 s timeout
 * where the resolver does not answer), where a bot creating tasks in a row asks about the same few hosts. The
 * verdict on an answer that has arrived is kept with it, so that a create about hosts already known is checked at
 * once, without a promise or an address parsed per host (resolvesPrivate()).
 */
export function rememberedLookup(lookup: HostLookup, clock: () => number = Date.now): RememberedLookup {
  const answers = new Map<string, RememberedAnswer>();
  const fresh = (host: string) => {
    const known = answers.get(host);
    return known && known.until > clock() ? known : undefined;
  };
  const remembered = (host: string) => {
    const known = fresh(host);
    if (known) return known.addresses;
    if (answers.size >= MAX_REMEMBERED) answers.delete(answers.keys().next().value!);
    const addresses = withinTimeout(lookup(host));
    const answer: RememberedAnswer = { addresses, until: clock() + REMEMBERED_MS };
    addresses.then(
      (found) => (answer.resolvesPrivate = anyPrivate(found)),
      () => (answer.resolvesPrivate = false),
    );
    answers.delete(host); // re-inserted last, so that the oldest answer is the first one dropped
    answers.set(host, answer);
    return addresses;
  };
  return Object.assign(remembered, { resolvesPrivate: (host: string) => fresh(host)?.resolvesPrivate });
}

function anyPrivate(addresses: readonly string[]): boolean {
  return addresses.some((address) => !isPublicAddress(address));
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
  const urls: NamedUrl[] = [];
  for (const url of fields.SourceUrls ?? []) urls.push({ field: 'SourceUrls', url, code: source });
  if (fields.BackupSourceUrl) urls.push({ field: 'BackupSourceUrl', url: fields.BackupSourceUrl, code: source });
  if (fields.ToUrl) urls.push({ field: 'ToUrl', url: fields.ToUrl, code: destination });
  const domain = 'DomainName' in fields ? fields.DomainName : undefined;
  if (domain && !fields.ToUrl) urls.push({ field: 'DomainName', url: `rtmp://${domain}/`, code: destination });
  for (const mark of fields.WatermarkList ?? []) urls.push({ field: 'WatermarkList', url: mark.PictureUrl, code: 'InvalidParameter.InvalidWatermark' });
  return urls;
}

/**
 * Throws a BackendError (its cause the message to show) when a host name among `urls` resolves to a private address.
 * Answers at once (undefined) when `lookup` has a verdict on every host already; otherwise returns the wait for the rest.
 */
export function refusePrivateNames(urls: NamedUrl[], lookup: HostLookup & Partial<Pick<RememberedLookup, 'resolvesPrivate'>>): Promise<void> | undefined {
  let waiting: Promise<void>[] | undefined;
  for (const named of urls) {
    const host = hostNameOf(named.url);
    if (!host) continue; // literal addresses were judged in core, with the command
    const known = lookup.resolvesPrivate?.(host);
    if (known !== undefined) {
      if (known) refuse(named, host);
      continue;
    }
    (waiting ??= []).push(
      lookup(host).then(
        (addresses) => {
          if (anyPrivate(addresses)) refuse(named, host);
        },
        () => undefined,
      ),
    );
  }
  return waiting && Promise.all(waiting).then(() => undefined);
}

function refuse({ field, url, code }: NamedUrl, host: string): never {
  const shown = maskUrl(url);
  throw new BackendError(code, `${field} ${shown}: ${host} resolves to a private address`, undefined, false, {
    cause: new CodedError(code, 'validation.url.privateAddress', { field, url: shown, host }),
  });
}

/** Host names by URL (null: no name to resolve): the same few sources and destinations come back create after create. */
const hostNamesByUrl = new Map<string, string | null>();
const MAX_HOST_NAMES_BY_URL = 1_000;

/** The host name a URL connects to; null for a literal address or a URL without a host. */
function hostNameOf(url: string): string | null {
  let host = hostNamesByUrl.get(url);
  if (host !== undefined) return host;
  try {
    host = new URL(url).hostname;
    if (host.startsWith('[')) host = host.slice(1, -1);
    if (!host || isIP(host)) host = null;
  } catch {
    host = null;
  }
  if (hostNamesByUrl.size >= MAX_HOST_NAMES_BY_URL) hostNamesByUrl.delete(hostNamesByUrl.keys().next().value!);
  hostNamesByUrl.set(url, host);
  return host;
}

function withinTimeout<T>(promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error('lookup timed out')), LOOKUP_TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
