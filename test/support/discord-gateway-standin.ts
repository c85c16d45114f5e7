// A local stand-in for Discord's gateway (v10, JSON, no compression), enough for discord.js to log in and
// receive interactions: HELLO, IDENTIFY → READY, heartbeats acknowledged, and dispatches on demand.
import { WebSocketServer, type WebSocket } from 'ws';
import type { AddressInfo } from 'node:net';

export interface GatewayStandin {
  url: string;
  /** Resolves when a client has identified with this token. */
  identified: Promise<{ token: string; intents: number }>;
  dispatch(event: string, data: unknown): void;
  close(): Promise<void>;
}

export async function startGatewayStandin(application: { id: string; botUserId: string }): Promise<GatewayStandin> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const sockets = new Set<WebSocket>();
  let sequence = 0;
  let onIdentify: (value: { token: string; intents: number }) => void = () => {};
  const identified = new Promise<{ token: string; intents: number }>((resolve) => (onIdentify = resolve));
  const { port } = server.address() as AddressInfo;
  const url = `ws://127.0.0.1:${port}`;

  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 30_000 }, s: null, t: null }));
    socket.on('message', (raw) => {
      const packet = JSON.parse(String(raw)) as { op: number; d: { token?: string; intents?: number } };
      if (packet.op === 1) socket.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
      if (packet.op === 2) {
        onIdentify({ token: packet.d.token ?? '', intents: packet.d.intents ?? 0 });
        socket.send(
          JSON.stringify({
            op: 0,
            s: ++sequence,
            t: 'READY',
            d: {
              v: 10,
              user: { id: application.botUserId, username: 'relaybot', discriminator: '0', bot: true, avatar: null, global_name: null },
              guilds: [],
              session_id: 'standin-session',
              resume_gateway_url: url,
              shard: [0, 1],
              application: { id: application.id, flags: 0 },
            },
          }),
        );
      }
    });
  });

  return {
    url,
    identified,
    dispatch(event, data) {
      for (const socket of sockets) socket.send(JSON.stringify({ op: 0, s: ++sequence, t: event, d: data }));
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.terminate();
        server.close(() => resolve());
      }),
  };
}
