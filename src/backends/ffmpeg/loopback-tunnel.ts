// A loopback TCP listener that forwards each connection ffmpeg makes to one checked endpoint, over TCP or TLS.
// ffmpeg only ever sees 127.0.0.1; the runner resolves the name (through the address policy) and, for rtmps,
// speaks TLS with the real server name, so certificates and virtual hosts work as they would directly. RTSP comes
// this way too, so that what its server answers is watched for redirects (rtsp-redirect-guard.ts).
import { createServer, connect as tcpConnect, type Server, type Socket } from 'node:net';
import { connect as tlsConnect, type ConnectionOptions } from 'node:tls';
import type { Logger } from 'pino';
import { type AddressPolicy, assertLiteralAllowed, guardedLookup } from './address-guard.js';
import type { Endpoint } from './endpoint.js';
import { RtspRedirectGuard } from './rtsp-redirect-guard.js';

export interface Tunnel {
  port: number;
  close(): void;
}

export interface TunnelOptions {
  policy: AddressPolicy;
  logger: Logger;
  /** Extra trust for TLS (tests with their own CA); the system store otherwise. */
  tls?: Pick<ConnectionOptions, 'ca'>;
}

function connectUpstream(endpoint: Endpoint, options: TunnelOptions): Socket {
  const lookup = guardedLookup(endpoint.role, options.policy);
  assertLiteralAllowed(endpoint.host, endpoint.role, options.policy);
  if (endpoint.protocol === 'rtmps') {
    return tlsConnect({ host: endpoint.host, port: endpoint.port, servername: endpoint.host, lookup, ...options.tls });
  }
  return tcpConnect({ host: endpoint.host, port: endpoint.port, lookup });
}

export async function openTunnel(endpoint: Endpoint, options: TunnelOptions): Promise<Tunnel> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((local) => {
    sockets.add(local);
    let upstream: Socket;
    try {
      upstream = connectUpstream(endpoint, options);
    } catch (error) {
      options.logger.warn({ err: error, host: endpoint.host }, 'tunnel refused a connection');
      local.destroy();
      return;
    }
    sockets.add(upstream);
    const teardown = (error?: Error) => {
      if (error) options.logger.debug({ err: error, host: endpoint.host }, 'tunnel connection failed');
      local.destroy();
      upstream.destroy();
      sockets.delete(local);
      sockets.delete(upstream);
    };
    local.pipe(upstream);
    if (endpoint.protocol === 'rtsp') {
      const guard = new RtspRedirectGuard();
      guard.on('error', (error) => {
        options.logger.warn({ err: error, host: endpoint.host }, 'tunnel refused an RTSP redirect');
        teardown();
      });
      upstream.pipe(guard).pipe(local);
    } else upstream.pipe(local);
    local.on('error', teardown).on('close', () => teardown());
    upstream.on('error', teardown).on('close', () => teardown());
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('tunnel did not get a port');
  return {
    port: address.port,
    close() {
      server.close();
      for (const socket of sockets) socket.destroy();
    },
  };
}
