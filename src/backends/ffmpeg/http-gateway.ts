// A loopback HTTP server through which ffmpeg reads every HTTP(S) source it opens. The runner makes the real
// request (checked-fetch.ts: address checked and pinned at connect time, TLS name and Host kept, every redirect
// hop checked) and rewrites HLS playlists so that every segment and key is fetched the same way. Node's own
// FLV reader calls the same request logic directly (`fetch`), without the loopback hop.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { ConnectionOptions } from 'node:tls';
import type { Logger } from 'pino';
import { type AddressPolicy, assertHostAllowed } from './address-guard.js';
import { fetchChecked } from './checked-fetch.js';
import { rewritePlaylist } from './playlist-rewrite.js';
import { MAX_SNIFF_BYTES, sniffPlaylist, type Sniffed } from './playlist-sniff.js';

const MAX_PLAYLIST_BYTES = 2 * 1024 * 1024;
const FORWARDED_REQUEST_HEADERS = ['range', 'user-agent', 'accept', 'if-range'];
const FORWARDED_RESPONSE_HEADERS = ['content-type', 'content-length', 'content-range', 'accept-ranges', 'last-modified', 'etag'];

export interface GatewayOptions {
  policy: AddressPolicy;
  logger: Logger;
  tls?: Pick<ConnectionOptions, 'ca'>;
}

/** The URLs one task run hands to ffmpeg; closing it makes them all stop working. */
export interface GatewaySession {
  /** The loopback URL ffmpeg should open for a checked http(s) URL. */
  urlFor(raw: string): string;
  close(): void;
}

export class HttpGateway {
  private server: Server | null = null;
  private port = 0;
  /** token → origin ("https://host:port"), per session. */
  private readonly origins = new Map<string, string>();

  constructor(private readonly options: GatewayOptions) {}

  async start(): Promise<void> {
    if (this.server) return;
    const server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('gateway did not get a port');
    this.server = server;
    this.port = address.port;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    this.origins.clear();
    this.playlistTokens.clear();
    if (server) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  }

  openSession(): GatewaySession {
    const mine = new Set<string>();
    return {
      urlFor: (raw) => this.loopbackUrl(raw, mine),
      close: () => {
        for (const token of mine) this.origins.delete(token);
        mine.clear();
      },
    };
  }

  /** The loopback URL for a checked http(s) URL; its origin gets a token, remembered in `tokens`. */
  private loopbackUrl(raw: string, tokens: Set<string>): string {
    const url = new URL(raw);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not an http(s) URL');
    assertHostAllowed(url.hostname, 'source', this.options.policy);
    let token = [...tokens].find((t) => this.origins.get(t) === url.origin);
    if (!token) {
      token = randomBytes(12).toString('base64url');
      tokens.add(token);
      this.origins.set(token, url.origin);
    }
    return `http://127.0.0.1:${this.port}/${token}${url.pathname}${url.search}`;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const [, token = '', ...rest] = (req.url ?? '/').split('/');
    const origin = this.origins.get(token);
    if (!origin || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404).end();
      return;
    }
    const session = this.sessionForOrigins();
    // ffmpeg hung up (a seek, a stop) or the answer is complete: nothing more is fetched for it.
    const hangUp = new AbortController();
    res.on('close', () => hangUp.abort());
    try {
      const forwarded: Record<string, string> = {};
      for (const name of FORWARDED_REQUEST_HEADERS) {
        const value = req.headers[name];
        if (typeof value === 'string') forwarded[name] = value;
      }
      const { upstream, finalUrl } = await fetchChecked(new URL(`${origin}/${rest.join('/')}`), {
        policy: this.options.policy,
        tls: this.options.tls,
        method: req.method,
        headers: forwarded,
        signal: hangUp.signal,
      });
      // Every answer is looked at, not only those called playlists: ffmpeg knows a playlist by its first bytes.
      const head = await readHead(upstream);
      if (isPlaylist(upstream, finalUrl) || head.sniffed.kind === 'playlist') {
        const bytes = Buffer.concat([head.bytes, await readLimited(upstream, MAX_PLAYLIST_BYTES - head.bytes.length)]);
        const text = bytes.subarray(head.sniffed.kind === 'playlist' ? head.sniffed.textStart : 0).toString('utf8');
        const body = rewritePlaylist(text, finalUrl, session.urlFor);
        res.writeHead(upstream.statusCode ?? 200, { 'content-type': 'application/vnd.apple.mpegurl' });
        res.end(body);
        return;
      }
      if (head.bytes.length > 0) upstream.unshift(head.bytes);
      const headers: Record<string, string> = {};
      for (const name of FORWARDED_RESPONSE_HEADERS) {
        const value = upstream.headers[name];
        if (typeof value === 'string') headers[name] = value;
      }
      res.writeHead(upstream.statusCode ?? 502, headers);
      upstream.pipe(res);
      res.on('close', () => upstream.destroy());
      // The origin hung up mid-answer: pipe() would leave ffmpeg's connection open, waiting for bytes that never
      // come until its I/O timeout (a stall alarm, then "no data for 10 s"). Hang up on ffmpeg too, at once.
      upstream.on('error', () => res.destroy());
      upstream.on('aborted', () => res.destroy());
    } catch (error) {
      this.options.logger.warn({ err: error }, 'gateway request failed');
      if (!res.headersSent) res.writeHead(502);
      res.end();
    }
  }

  /**
   * URLs found inside a playlist are checked like the first and served the same way. Their tokens live as long
   * as the gateway (a playlist names a handful of origins at most).
   */
  private sessionForOrigins(): GatewaySession {
    return { urlFor: (raw) => this.loopbackUrl(raw, this.playlistTokens), close: () => undefined };
  }

  private readonly playlistTokens = new Set<string>();

  /**
   * Text (an ffmpeg error line) with the gateway's loopback URLs put back as the origins they stand for: people
   * gave "https://cdn.example.com/show.mp4", not "http://127.0.0.1:40123/<token>/show.mp4". Unknown tokens (a
   * closed session) are left as they are.
   */
  restoreUrls(text: string): string {
    const prefix = `http://127.0.0.1:${this.port}/`;
    if (!this.port || !text.includes(prefix)) return text;
    return text.split(prefix).reduce((out, part) => {
      const slash = part.indexOf('/');
      const origin = slash > 0 ? this.origins.get(part.slice(0, slash)) : undefined;
      return out + (origin ? `${origin}${part.slice(slash)}` : `${prefix}${part}`);
    });
  }

  /** A checked request for a source URL, for node's own reader (see checked-fetch.ts). */
  fetch(url: URL, signal?: AbortSignal): ReturnType<typeof fetchChecked> {
    return fetchChecked(url, { policy: this.options.policy, tls: this.options.tls, ...(signal ? { signal } : {}) });
  }
}

function isPlaylist(response: IncomingMessage, url: URL): boolean {
  const type = String(response.headers['content-type'] ?? '').toLowerCase();
  return type.includes('mpegurl') || url.pathname.toLowerCase().endsWith('.m3u8');
}

async function readLimited(stream: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new Error('playlist too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** The first bytes of an answer, enough to tell a playlist from media; the stream stays paused for the rest. */
async function readHead(stream: IncomingMessage): Promise<{ bytes: Buffer; sniffed: Sniffed }> {
  let bytes = Buffer.alloc(0);
  for (;;) {
    const chunk = await nextChunk(stream);
    if (chunk) bytes = Buffer.concat([bytes, chunk]);
    const sniffed = sniffPlaylist(bytes, chunk === null);
    if (sniffed.kind !== 'more') return { bytes, sniffed };
    // Megabytes of ID3 tags before anything else: no source needs that, and the answer could still be a playlist.
    if (bytes.length > MAX_SNIFF_BYTES) throw new Error('cannot tell whether the answer is a playlist');
  }
}

/** The next chunk of a paused stream, or null at its end. */
async function nextChunk(stream: IncomingMessage): Promise<Buffer | null> {
  for (;;) {
    const chunk = stream.read() as Buffer | null;
    if (chunk !== null) return chunk;
    if (stream.readableEnded || stream.destroyed) return null;
    await new Promise<void>((resolve, reject) => {
      const settle = (error?: Error) => {
        stream.off('readable', ready).off('end', ready).off('close', ready).off('error', failed);
        if (error) reject(error);
        else resolve();
      };
      const ready = () => settle();
      const failed = (error: Error) => settle(error);
      stream.on('readable', ready).on('end', ready).on('close', ready).on('error', failed);
    });
  }
}
