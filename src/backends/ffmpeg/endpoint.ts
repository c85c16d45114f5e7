// A source or destination URL, parsed and checked before anything reaches ffmpeg: only the network protocols
// the provider supports, never file:, concat:, data: or a local path. Pure (no DNS): names are resolved at
// connect time by address-guard.ts.
import { CodedError } from '../../core/errors.js';
import { type AddressPolicy, assertHostAllowed, errorCodeFor, type UrlRole } from './address-guard.js';

export type EndpointProtocol = 'http' | 'https' | 'rtmp' | 'rtmps' | 'rtsp' | 'srt';

const ALLOWED: Record<UrlRole, readonly EndpointProtocol[]> = {
  source: ['http', 'https', 'rtmp', 'rtmps', 'rtsp', 'srt'],
  destination: ['rtmp', 'rtmps', 'srt'],
};

const DEFAULT_PORTS: Record<EndpointProtocol, number> = {
  http: 80,
  https: 443,
  rtmp: 1935,
  rtmps: 443,
  rtsp: 554,
  srt: 9000,
};

export interface Endpoint {
  role: UrlRole;
  raw: string;
  protocol: EndpointProtocol;
  /** As typed, without brackets for IPv6. */
  host: string;
  port: number;
  /** Path and query, e.g. `/live/stream?txSecret=...`. */
  pathAndQuery: string;
}

/** Parses and checks one URL; throws CodedError (InvalidSourceUrl / InvalidToUrl) with a locale key. */
export function parseEndpoint(raw: string, role: UrlRole, policy: AddressPolicy, srtAvailable: boolean): Endpoint {
  const code = errorCodeFor(role);
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new CodedError(code, 'runner.badUrl', {});
  }
  const protocol = url.protocol.slice(0, -1).toLowerCase() as EndpointProtocol;
  if (!ALLOWED[role].includes(protocol)) {
    throw new CodedError(code, 'runner.unsupportedScheme', { scheme: protocol, schemes: ALLOWED[role].join(', ') });
  }
  if (protocol === 'srt' && !srtAvailable) throw new CodedError(code, 'runner.srtUnsupported', {});
  if (!url.hostname) throw new CodedError(code, 'runner.badUrl', {});
  // Credentials in URLs end up in process listings and ffmpeg's own messages.
  if (url.username || url.password) throw new CodedError(code, 'runner.credentialsInUrl', {});
  const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  assertHostAllowed(url.hostname, role, policy);
  const port = url.port ? Number(url.port) : DEFAULT_PORTS[protocol];
  return { role, raw: raw.trim(), protocol, host, port, pathAndQuery: `${url.pathname}${url.search}` };
}

/** The destination the task pushes to: ToUrl, or rtmp://DomainName/AppName/StreamName, plus PushArgs. */
export function destinationUrl(request: {
  ToUrl?: string;
  DomainName: string;
  AppName: string;
  StreamName: string;
  PushArgs?: string;
}): string {
  const base = request.ToUrl || `rtmp://${request.DomainName}/${request.AppName}/${request.StreamName}`;
  if (!request.PushArgs) return base;
  const args = request.PushArgs.replace(/^[?&]/, '');
  return `${base}${base.includes('?') ? '&' : '?'}${args}`;
}

/** RTMP splits a path into the application (first segment) and the play path (the rest, query included). */
export function rtmpParts(endpoint: Endpoint): { app: string; playpath: string; tcUrl: string } {
  const path = endpoint.pathAndQuery.replace(/^\/+/, '');
  const slash = path.indexOf('/');
  const app = slash < 0 ? path : path.slice(0, slash);
  const playpath = slash < 0 ? '' : path.slice(slash + 1);
  const hostPart = endpoint.host.includes(':') ? `[${endpoint.host}]` : endpoint.host;
  return { app, playpath, tcUrl: `${endpoint.protocol}://${hostPart}:${endpoint.port}/${app}` };
}
