// A TCP proxy in front of a real RTMP server that can hang up on every connection a moment after accepting it:
// a destination that takes the stream, then drops it, again and again (a flaky CDN edge, a load balancer).
import { connect, createServer, type Server, type Socket } from 'node:net';

export class DroppingProxy {
  /** When each connection was accepted (ms since the epoch). */
  readonly connections: number[] = [];
  /** Milliseconds after which each connection is cut; null lets connections live. */
  dropAfterMs: number | null;
  private readonly open = new Set<Socket>();

  private constructor(
    private readonly server: Server,
    readonly port: number,
    dropAfterMs: number | null,
  ) {
    this.dropAfterMs = dropAfterMs;
  }

  static async start(targetPort: number, dropAfterMs: number | null): Promise<DroppingProxy> {
    const holder: { proxy?: DroppingProxy } = {};
    const server = createServer((client) => {
      const proxy = holder.proxy!;
      proxy.connections.push(Date.now());
      const upstream = connect(targetPort, '127.0.0.1');
      for (const socket of [client, upstream]) {
        proxy.open.add(socket);
        socket.on('error', () => undefined).on('close', () => proxy.open.delete(socket));
      }
      client.pipe(upstream).pipe(client);
      const drop = proxy.dropAfterMs;
      if (drop !== null) {
        setTimeout(() => {
          // Still dropping when the time comes (a test may have stopped it meanwhile).
          if (proxy.dropAfterMs === null) return;
          client.destroy();
          upstream.destroy();
        }, drop);
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    holder.proxy = new DroppingProxy(server, typeof address === 'object' && address ? address.port : 0, dropAfterMs);
    return holder.proxy;
  }

  url(path: string): string {
    return `rtmp://127.0.0.1:${this.port}/${path.replace(/^\//, '')}`;
  }

  /** Cuts every connection now, as a dying edge would. */
  dropAll(): void {
    for (const socket of this.open) socket.destroy();
  }

  async stop(): Promise<void> {
    this.dropAll();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
