// Host names are resolved here, by the runner, never by ffmpeg: the static ffmpeg build cannot resolve names
// at all, and a name checked once but resolved again later could point somewhere else (DNS rebinding). The
// lookup below is handed to node:net/tls/http as their `lookup`, so the address that passes the policy is
// exactly the address connected to, on every connection.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { isIP } from 'node:net';
import { checkHost, isPublicAddress } from '../../core/address-policy.js';
import { CodedError } from '../../core/errors.js';

export interface AddressPolicy {
  allowPrivateNetworks: boolean;
}

export type UrlRole = 'source' | 'destination';

export function errorCodeFor(role: UrlRole): string {
  return role === 'source' ? 'InvalidParameter.InvalidSourceUrl' : 'InvalidParameter.InvalidToUrl';
}

function refused(role: UrlRole, host: string): CodedError {
  return new CodedError(errorCodeFor(role), 'runner.privateAddress', { host });
}

/** Checks a host as typed (literal IPs in every spelling, internal names). Throws CodedError. */
export function assertHostAllowed(host: string, role: UrlRole, policy: AddressPolicy): void {
  if (checkHost(host, policy) !== 'ok') throw refused(role, host);
}

/** Resolves a name (or literal) to its addresses and refuses when any of them is not public. */
export async function resolveChecked(host: string, role: UrlRole, policy: AddressPolicy): Promise<LookupAddress> {
  assertHostAllowed(host, role, policy);
  const bare = host.startsWith('[') ? host.slice(1, -1) : host;
  let addresses: LookupAddress[];
  try {
    addresses = await new Promise<LookupAddress[]>((resolve, reject) =>
      dnsLookup(bare, { all: true, order: 'ipv4first' }, (error, found) => (error ? reject(error) : resolve(found))),
    );
  } catch (error) {
    throw new CodedError(errorCodeFor(role), 'runner.unresolvable', { host }, { cause: error });
  }
  const first = addresses[0];
  if (!first) throw new CodedError(errorCodeFor(role), 'runner.unresolvable', { host });
  // All of them: a name with one public and one private address would let the OS pick the private one.
  if (!policy.allowPrivateNetworks && addresses.some((a) => !isPublicAddress(a.address))) throw refused(role, host);
  return first;
}

/** A `lookup` for node:net/tls/http that applies the policy to what it resolves. */
export function guardedLookup(role: UrlRole, policy: AddressPolicy): LookupFunction {
  return (hostname, options, callback) => {
    resolveChecked(hostname, role, policy).then(
      (found) => {
        if ((options as { all?: boolean }).all) (callback as (e: null, a: LookupAddress[]) => void)(null, [found]);
        else callback(null, found.address, found.family);
      },
      (error: Error) => callback(error as NodeJS.ErrnoException, '', 0),
    );
  };
}

/** node:net skips `lookup` for literal IPs, so connections to literals are checked here first. */
export function assertLiteralAllowed(host: string, role: UrlRole, policy: AddressPolicy): void {
  const bare = host.startsWith('[') ? host.slice(1, -1) : host;
  if (isIP(bare) && !policy.allowPrivateNetworks && !isPublicAddress(bare)) throw refused(role, host);
}
