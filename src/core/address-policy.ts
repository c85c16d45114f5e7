// Which network addresses a user-supplied URL may reach. Pure: no DNS here. Literal IPs and well-known internal
// names are refused in core (so the user hears about it before anything is created); names that resolve to
// private addresses are caught at the edges, where the runner resolves a host once and pins the address.
import ipaddr from 'ipaddr.js';

export type HostVerdict = 'ok' | 'private-address' | 'internal-name';

/** IPv6 global unicast is 2000::/3; everything outside it (and the special blocks inside it) is refused. */
const GLOBAL_UNICAST_V6 = ipaddr.IPv6.parseCIDR('2000::/3');

/**
 * True only for globally routable unicast addresses. Loopback, private, link-local, unique-local, CGNAT,
 * multicast, unspecified, broadcast, reserved and documentation ranges are refused, and so are IPv6 forms
 * that embed or translate to IPv4 (mapped, compatible, NAT64, 6to4, Teredo), because the IPv4 inside them
 * could be anything.
 */
export function isPublicAddress(ip: string): boolean {
  let address: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    address = ipaddr.parse(stripBrackets(ip));
  } catch {
    return false;
  }
  if (address.kind() === 'ipv4') return address.range() === 'unicast';
  const v6 = address as ipaddr.IPv6;
  if (v6.zoneId) return false; // a zone id only makes sense for link-local addresses
  if (v6.isIPv4MappedAddress()) return false;
  return v6.match(GLOBAL_UNICAST_V6) && v6.range() === 'unicast';
}

/** Exact names that reach the local machine or a cloud metadata service. */
const INTERNAL_NAMES = new Set([
  'localhost',
  'localhost.localdomain',
  'ip6-localhost',
  'ip6-loopback',
  'metadata',
  'instance-data',
  'metadata.google.internal',
  'metadata.tencentyun.com',
  'metadata.azure.com',
  'instance-data.ec2.internal',
]);

/** Suffixes reserved for private or local use (RFC 6761, 6762, 8375 and common site-local conventions). */
const INTERNAL_SUFFIXES = [
  '.localhost',
  '.local',
  '.localdomain',
  '.internal',
  '.intranet',
  '.home.arpa',
  '.in-addr.arpa',
  '.ip6.arpa',
  '.lan',
  '.home',
  '.corp',
  '.private',
  '.test',
  '.invalid',
];

/**
 * Judges a URL's host (as `URL.hostname` gives it, or as typed). Handles literal IPs in every spelling the
 * C resolver accepts (`2130706433`, `0x7f.1`, `0177.0.0.1`, `127.1`), because WHATWG URL only normalises
 * them for http(s) — an `rtmp://2130706433/` host reaches ffmpeg untouched — plus bracketed IPv6 and
 * internal names.
 */
export function checkHost(hostname: string, options: { allowPrivateNetworks: boolean }): HostVerdict {
  const host = normaliseHost(hostname);
  if (host === undefined) return 'internal-name';

  const literal = literalAddress(host);
  if (literal === 'malformed') return 'private-address';
  if (literal !== undefined) {
    return options.allowPrivateNetworks || isPublicAddress(literal) ? 'ok' : 'private-address';
  }
  if (options.allowPrivateNetworks) return 'ok';
  if (!host.includes('.')) return 'internal-name'; // single-label names resolve through local search domains
  if (INTERNAL_NAMES.has(host)) return 'internal-name';
  if (INTERNAL_SUFFIXES.some((suffix) => host.endsWith(suffix))) return 'internal-name';
  return 'ok';
}

/** Lower-cased, percent-decoded, without trailing dots; undefined when it cannot be a host at all. */
function normaliseHost(hostname: string): string | undefined {
  let host = hostname.trim();
  try {
    host = decodeURIComponent(host);
  } catch {
    return undefined;
  }
  host = host.toLowerCase().replace(/\.+$/, '');
  if (host === '' || /[\s/\\@?#]/.test(host)) return undefined;
  return host;
}

function stripBrackets(host: string): string {
  return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}

/**
 * The dotted-quad (or IPv6 text) a host denotes when it is a literal address; 'malformed' when it looks
 * numeric but is not a valid address (refused rather than guessed); undefined for names.
 */
function literalAddress(host: string): string | 'malformed' | undefined {
  if (host.startsWith('[') || host.includes(':')) {
    const inner = stripBrackets(host);
    return ipaddr.IPv6.isValid(inner) ? inner : 'malformed';
  }
  const parts = host.split('.');
  const last = parts[parts.length - 1]!;
  // As in WHATWG and inet_aton: a host whose last label is numeric is an IPv4 address or nothing.
  if (!NUMERIC_PART.test(last)) return undefined;
  return inetAton(parts) ?? 'malformed';
}

const NUMERIC_PART = /^(?:0x[0-9a-f]*|[0-9]+)$/i;

/** inet_aton(3): 1 to 4 parts, each decimal, octal (leading 0) or hex (0x); the last part fills the rest. */
function inetAton(parts: string[]): string | undefined {
  if (parts.length > 4) return undefined;
  const values: number[] = [];
  for (const part of parts) {
    const value = parseNumericPart(part);
    if (value === undefined) return undefined;
    values.push(value);
  }
  const head = values.slice(0, -1);
  const tail = values[values.length - 1]!;
  if (head.some((v) => v > 255)) return undefined;
  const tailBits = 8 * (4 - head.length);
  if (tail >= 2 ** tailBits) return undefined;
  let whole = tail;
  head.forEach((v, i) => {
    whole += v * 2 ** (8 * (3 - i));
  });
  return [24, 16, 8, 0].map((shift) => Math.floor(whole / 2 ** shift) % 256).join('.');
}

function parseNumericPart(part: string): number | undefined {
  if (!NUMERIC_PART.test(part)) return undefined;
  let value: number;
  if (/^0x/i.test(part)) value = part.length === 2 ? 0 : Number.parseInt(part.slice(2), 16);
  else if (part.length > 1 && part.startsWith('0')) {
    if (!/^[0-7]+$/.test(part)) return undefined;
    value = Number.parseInt(part, 8);
  } else value = Number.parseInt(part, 10);
  return Number.isSafeInteger(value) ? value : undefined;
}
