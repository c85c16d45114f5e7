// Turns a checked Endpoint into what ffmpeg opens. ffmpeg never resolves a name (the static build cannot, and a
// second resolution could answer differently): HTTP(S) goes through the runner's gateway (which also follows
// redirects safely), RTMPS through a loopback TLS tunnel with the real server name, RTSP through a loopback tunnel
// that refuses redirects, and RTMP and SRT straight to the checked address, RTMP with the real tcUrl so virtual
// hosts still see their own name. Each prepared URL is released when its process ends.
import { CodedError } from '../../core/errors.js';
import { type AddressPolicy, errorCodeFor, resolveChecked } from './address-guard.js';
import type { PreparedUrl } from './ffmpeg-args.js';
import type { Endpoint } from './endpoint.js';
import { rtmpParts } from './endpoint.js';
import type { GatewaySession } from './http-gateway.js';
import { openTunnel, type TunnelOptions } from './loopback-tunnel.js';

export interface Access extends PreparedUrl {
  release(): void;
}

export interface AccessContext {
  gateway: GatewaySession;
  tunnel: TunnelOptions;
  policy: AddressPolicy;
}

export async function prepareAccess(endpoint: Endpoint, context: AccessContext): Promise<Access> {
  const input = endpoint.role === 'source';
  switch (endpoint.protocol) {
    case 'http':
    case 'https':
      return {
        url: context.gateway.urlFor(endpoint.raw),
        // crypto: AES-128 HLS keys, fetched through the gateway like everything else.
        options: ['-protocol_whitelist', 'http,tcp,crypto'],
        release: () => undefined,
      };
    case 'rtmp':
    case 'rtmps': {
      const { app, playpath, tcUrl } = rtmpParts(endpoint);
      const options = [
        '-protocol_whitelist',
        'rtmp,tcp',
        // The server still sees the name it was addressed by (virtual hosts, push domains).
        '-rtmp_tcurl',
        tcUrl,
        '-rtmp_app',
        app,
        '-rtmp_playpath',
        playpath,
        ...(input ? ['-rtmp_live', 'live'] : []),
      ];
      if (endpoint.protocol === 'rtmp') {
        // Plain RTMP goes straight to the checked address: no copy through this process.
        const host = await pinnedHost(endpoint, context.policy);
        return { url: `rtmp://${host}:${endpoint.port}/${app}/${playpath}`, options, format: 'flv', release: () => undefined };
      }
      // RTMPS needs the real server name in TLS: the tunnel speaks TLS, ffmpeg plain RTMP to the tunnel.
      const tunnel = await openTunnel(endpoint, context.tunnel);
      return { url: `rtmp://127.0.0.1:${tunnel.port}/${app}/${playpath}`, options, format: 'flv', release: () => tunnel.close() };
    }
    case 'rtsp': {
      // Through a loopback tunnel, not straight to the checked address: ffmpeg follows an RTSP redirect to any
      // address by itself, and the tunnel's guard ends the connection at one (rtsp-redirect-guard.ts).
      const tunnel = await openTunnel(endpoint, context.tunnel);
      return {
        url: `rtsp://127.0.0.1:${tunnel.port}${endpoint.pathAndQuery}`,
        // TCP interleaving: one connection to the checked address, nothing on other ports.
        options: ['-protocol_whitelist', 'rtsp,rtp,tcp', '-rtsp_transport', 'tcp'],
        release: () => tunnel.close(),
      };
    }
    case 'srt': {
      const host = await pinnedHost(endpoint, context.policy);
      return {
        url: `srt://${host}:${endpoint.port}${endpoint.pathAndQuery}`,
        options: ['-protocol_whitelist', 'srt,udp'],
        format: 'mpegts',
        release: () => undefined,
      };
    }
    default:
      throw new CodedError(errorCodeFor(endpoint.role), 'runner.badUrl', {});
  }
}

/** The endpoint's host resolved once and checked; ffmpeg is given this literal address, never the name. */
async function pinnedHost(endpoint: Endpoint, policy: AddressPolicy): Promise<string> {
  const found = await resolveChecked(endpoint.host, endpoint.role, policy);
  return found.family === 6 ? `[${found.address}]` : found.address;
}
