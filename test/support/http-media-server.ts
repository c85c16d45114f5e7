// Serves a directory over HTTP on 127.0.0.1 with byte ranges (ffmpeg seeks in MP4 files), counting requests so
// tests can tell what was fetched. Optional redirects let a test check that redirects are followed safely.
import { createReadStream, statSync } from 'node:fs';
import { createServer, type RequestListener, type Server } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { join, normalize } from 'node:path';

export class HttpMediaServer {
  readonly requests: string[] = [];
  private readonly redirects = new Map<string, string>();

  private constructor(
    private readonly server: Server,
    readonly port: number,
    readonly scheme: 'http' | 'https',
  ) {}

  /** Plain HTTP, or HTTPS with `tls` (PEM key and certificate). */
  static async start(dir: string, tls?: { key: string; cert: string }): Promise<HttpMediaServer> {
    // The handler needs the instance, which needs the server: a holder breaks the cycle.
    const holder: { instance?: HttpMediaServer } = {};
    const handler: RequestListener = (req, res) => {
      const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
      holder.instance?.requests.push(path);
      const redirect = holder.instance?.redirects.get(path);
      if (redirect) {
        res.writeHead(302, { location: redirect }).end();
        return;
      }
      const file = join(dir, normalize(path).replace(/^(\.\.[/\\])+/, ''));
      let size: number;
      try {
        size = statSync(file).size;
      } catch {
        res.writeHead(404).end();
        return;
      }
      const type = file.endsWith('.mp4') ? 'video/mp4' : file.endsWith('.m3u8') ? 'application/vnd.apple.mpegurl' : 'video/x-flv';
      const range = /bytes=(\d+)-(\d*)/.exec(req.headers.range ?? '');
      if (range) {
        const start = Number(range[1]);
        const end = range[2] ? Number(range[2]) : size - 1;
        res.writeHead(206, {
          'content-type': type,
          'content-length': end - start + 1,
          'content-range': `bytes ${start}-${end}/${size}`,
          'accept-ranges': 'bytes',
        });
        createReadStream(file, { start, end }).pipe(res);
        return;
      }
      res.writeHead(200, { 'content-type': type, 'content-length': size, 'accept-ranges': 'bytes' });
      createReadStream(file).pipe(res);
    };
    const server = tls ? createTlsServer(tls, handler) : createServer(handler);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    holder.instance = new HttpMediaServer(server, typeof address === 'object' && address ? address.port : 0, tls ? 'https' : 'http');
    return holder.instance;
  }

  url(path: string, host = '127.0.0.1'): string {
    return `${this.scheme}://${host}:${this.port}/${path.replace(/^\//, '')}`;
  }

  redirect(from: string, to: string): void {
    this.redirects.set(from, to);
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
