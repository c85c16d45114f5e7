// ffmpeg must never open a URL a source names by itself: every segment, key, map and variant of an HLS playlist is
// rewritten by the runner's gateway to a loopback URL it fetches (address checked) on ffmpeg's behalf. A playlist
// the gateway read differently from ffmpeg let URLs through unrewritten, and ffmpeg then connected to them directly
// — a cloud metadata service or the bot's own port, past the address policy. Each playlist below is one such
// difference: lines ended by "\r" or NUL, an unquoted or escaped URI attribute, a playlist served as text/plain
// at a URL without ".m3u8", behind a byte-order mark or an ID3 tag. Real gateway, real bundled ffmpeg, run as the
// runner runs it; a second loopback server (the "trap") stands for the private address. The runner's own requests
// are told from ffmpeg's by ffmpeg's "Icy-MetaData: 1" header, which the gateway does not forward.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import { join } from 'node:path';
import { pino } from 'pino';
import { prepareAccess } from '../../../src/backends/ffmpeg/access.js';
import { parseEndpoint } from '../../../src/backends/ffmpeg/endpoint.js';
import { probeArgs } from '../../../src/backends/ffmpeg/ffmpeg-args.js';
import { HttpGateway } from '../../../src/backends/ffmpeg/http-gateway.js';
import { rewritePlaylist } from '../../../src/backends/ffmpeg/playlist-rewrite.js';
import { sniffPlaylist } from '../../../src/backends/ffmpeg/playlist-sniff.js';
import { FFMPEG, makeMedia } from '../../support/media.js';
import { readFileSync } from 'node:fs';
import { RtmpServer } from '../../support/rtmp-server.js';
import { relayRequest, startBackend, tempDir, type Harness } from './harness.js';

interface Seen {
  path: string;
  headers: IncomingHttpHeaders;
}

async function listen(handler: (path: string, headers: IncomingHttpHeaders) => { type: string; body: Buffer } | null) {
  const seen: Seen[] = [];
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    seen.push({ path, headers: req.headers });
    const answer = handler(path, req.headers);
    if (!answer) res.writeHead(404).end();
    else res.writeHead(200, { 'content-type': answer.type, 'content-length': answer.body.length }).end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    origin,
    seen,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}

/** ffmpeg's own request, not the gateway's (the gateway forwards only range, user-agent, accept and if-range). */
const fromFfmpegItself = (request: Seen) => request.headers['icy-metadata'] !== undefined;

describe('HLS playlists that ffmpeg reads differently from a careless rewriter', () => {
  const policy = { allowPrivateNetworks: true };
  const gateway = new HttpGateway({ policy, logger: pino({ level: 'silent' }) });
  let trap: Awaited<ReturnType<typeof listen>>;
  let origin: Awaited<ReturnType<typeof listen>>;
  const playlists = new Map<string, { type: string; body: Buffer }>();

  /** Serves `body` at `path` on the origin; `${trap}` in it is the trap's origin. */
  function serve(path: string, type: string, body: string | Buffer): string {
    const bytes = typeof body === 'string' ? Buffer.from(body.replaceAll('${trap}', trap.origin), 'latin1') : body;
    playlists.set(path, { type, body: bytes });
    return `${origin.origin}${path}`;
  }

  /** Opens a source as the runner does (endpoint, gateway, ffmpeg's whitelists) and lets ffmpeg read it. */
  async function readAsRunner(url: string): Promise<void> {
    const session = gateway.openSession();
    const access = await prepareAccess(parseEndpoint(url, 'source', policy, false), {
      gateway: session,
      tunnel: { policy, logger: pino({ level: 'silent' }) },
      policy,
    });
    try {
      await new Promise<void>((resolve) => {
        // fd 3 takes -progress, as in the runner.
        const child = spawn(FFMPEG, probeArgs(access, 3000), { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        child.on('close', () => {
          clearTimeout(timer);
          resolve();
        });
      });
    } finally {
      access.release();
      session.close();
    }
  }

  beforeAll(async () => {
    trap = await listen(() => null);
    origin = await listen((path) => playlists.get(path) ?? null);
    await gateway.start();
  });

  afterAll(async () => {
    await gateway.stop();
    trap?.close();
    origin?.close();
  });

  // what, path, Content-Type, playlist; each names the trap in a way ffmpeg reads as a URL to open.
  const cases: [string, string, string, string][] = [
    ['lines ended by a carriage return alone', '/cr.m3u8', 'application/vnd.apple.mpegurl',
      '#EXTM3U\r#EXT-X-TARGETDURATION:1\r#EXTINF:1,\r${trap}/cr.ts\r#EXT-X-ENDLIST\r'],
    ['a carriage return inside a tag line', '/inner-cr.m3u8', 'application/vnd.apple.mpegurl',
      '#EXTM3U\n#EXT-X-TARGETDURATION:1\n#EXTINF:1,\r${trap}/inner-cr.ts\n#EXT-X-ENDLIST\n'],
    ['a NUL byte inside a tag line', '/nul.m3u8', 'application/vnd.apple.mpegurl',
      '#EXTM3U\n#EXT-X-TARGETDURATION:1\n#EXTINF:1,\0${trap}/nul.ts\n#EXT-X-ENDLIST\n'],
    ['an unquoted key URI', '/unquoted-key.m3u8', 'application/vnd.apple.mpegurl',
      '#EXTM3U\n#EXT-X-TARGETDURATION:1\n#EXT-X-KEY:METHOD=AES-128,URI=${trap}/unquoted.key\n#EXTINF:1,\nseg.ts\n#EXT-X-ENDLIST\n'],
    ['an unquoted map URI', '/unquoted-map.m3u8', 'application/vnd.apple.mpegurl',
      '#EXTM3U\n#EXT-X-TARGETDURATION:1\n#EXT-X-MAP:URI=${trap}/map.mp4\n#EXTINF:1,\nseg.ts\n#EXT-X-ENDLIST\n'],
    ['a playlist served as text/plain without .m3u8', '/channel', 'text/plain',
      '#EXTM3U\n#EXT-X-TARGETDURATION:1\n#EXTINF:1,\n${trap}/plain.ts\n#EXT-X-ENDLIST\n'],
    ['a playlist behind an ID3 tag', '/tagged', 'application/octet-stream',
      'ID3\x04\x00\x00\x00\x00\x00\x05hello#EXTM3U\n#EXT-X-TARGETDURATION:1\n#EXTINF:1,\n${trap}/id3.ts\n#EXT-X-ENDLIST\n'],
  ];

  for (const [what, path, type, body] of cases) {
    it(`fetches what is named by ${what} through the runner, never by ffmpeg itself`, async () => {
      const before = trap.seen.length;
      await readAsRunner(serve(path, type, body));
      const reached = trap.seen.slice(before);
      // The URL was asked for (through the gateway, which this test lets reach loopback)...
      expect(reached.length, what).toBeGreaterThan(0);
      // ...and never by ffmpeg's own connection.
      expect(reached.filter(fromFfmpegItself).map((r) => r.path), what).toEqual([]);
    }, 20_000);
  }

  it('reads an escaped quote inside a URI as ffmpeg does: part of one URI, not the start of a second', async () => {
    const before = { trap: trap.seen.length, origin: origin.seen.length };
    await readAsRunner(serve('/escaped.m3u8', 'application/vnd.apple.mpegurl',
      '#EXTM3U\n#EXT-X-TARGETDURATION:1\n#EXT-X-MAP:URI="\\",URI=${trap}/escaped.mp4"\n#EXTINF:1,\nseg.ts\n#EXT-X-ENDLIST\n'));
    // ffmpeg's one URI is the text '",URI=http://…/escaped.mp4', a path on the playlist's own server.
    expect(trap.seen.slice(before.trap)).toEqual([]);
    expect(origin.seen.slice(before.origin).filter(fromFfmpegItself)).toEqual([]);
    expect(origin.seen.slice(before.origin).map((r) => decodeURIComponent(r.path))).toContain(`/",URI=${trap.origin}/escaped.mp4`);
  }, 20_000);

  it('still plays an ordinary playlist (CRLF, quoted URIs) and passes media through byte for byte', async () => {
    const dir = tempDir('relaybot-smuggling-');
    try {
      const clip = readFileSync(await makeMedia(dir.path, { name: 'clip.flv', seconds: 1, format: 'flv' }));
      serve('/clip.flv', 'video/x-flv', clip);
      // Bytes that start like an ID3-tagged audio file: sniffed, then passed on whole.
      const tagged = Buffer.concat([Buffer.from('ID3\x04\x00\x00\x00\x00\x00\x02hi', 'latin1'), Buffer.alloc(5000, 0xff)]);
      serve('/tagged.aac', 'audio/aac', tagged);
      const session = gateway.openSession();
      try {
        for (const [path, bytes] of [['/clip.flv', clip], ['/tagged.aac', tagged]] as const) {
          const through = await new Promise<Buffer>((resolve, reject) => {
            httpRequest(session.urlFor(`${origin.origin}${path}`), (res) => {
              const chunks: Buffer[] = [];
              res.on('data', (chunk: Buffer) => chunks.push(chunk)).on('end', () => resolve(Buffer.concat(chunks)));
            }).on('error', reject).end();
          });
          expect(through.equals(bytes), path).toBe(true);
        }
      } finally {
        session.close();
      }
      const before = origin.seen.length;
      await readAsRunner(serve('/ordinary.m3u8', 'application/vnd.apple.mpegurl', '#EXTM3U\r\n#EXT-X-TARGETDURATION:1\r\n#EXT-X-MAP:URI="clip.flv"\r\n#EXTINF:1,\r\nclip.flv\r\n#EXT-X-ENDLIST\r\n'));
      const fetched = origin.seen.slice(before).map((r) => r.path);
      expect(fetched).toContain('/clip.flv');
      expect(origin.seen.slice(before).filter(fromFfmpegItself)).toEqual([]);
    } finally {
      dir.remove();
    }
  }, 30_000);
});

describe('a live relay whose source answers with a smuggling playlist', () => {
  const dir = tempDir('relaybot-smuggling-relay-');
  let trap: Awaited<ReturnType<typeof listen>>;
  let origin: Awaited<ReturnType<typeof listen>>;
  let rtmp: RtmpServer;
  let harness: Harness;

  beforeAll(async () => {
    trap = await listen(() => null);
    const playlist = `#EXTM3U\r#EXT-X-TARGETDURATION:1\r#EXTINF:1,\r${trap.origin}/live-segment.ts\r`;
    origin = await listen(() => ({ type: 'text/plain', body: Buffer.from(playlist) }));
    rtmp = await RtmpServer.start();
    harness = await startBackend(join(dir.path, 'data'));
  });

  afterAll(async () => {
    await harness?.backend.close();
    harness?.db.close();
    await rtmp?.stop();
    trap?.close();
    origin?.close();
    dir.remove();
  });

  it('never lets the runner\'s ffmpeg connect to a segment address by itself', async () => {
    const request = relayRequest(
      { SourceType: 'PullLivePushLive', SourceUrls: [`${origin.origin}/channel`], ToUrl: rtmp.url('live/smuggled') },
      30,
    );
    await harness.backend.create(request);
    const deadline = Date.now() + 20_000;
    while (trap.seen.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    await harness.backend.delete(request.SpecifyTaskId, 'test');
    expect(trap.seen.length).toBeGreaterThan(0);
    expect(trap.seen.filter(fromFfmpegItself).map((r) => r.path)).toEqual([]);
  }, 40_000);
});

describe('the rewriter and the sniffer, alone', () => {
  const base = new URL('https://cdn.example.com/live/index.m3u8');
  const numbered = () => {
    let n = 0;
    return () => `http://127.0.0.1:1/t/${(n += 1)}`;
  };

  it('refuses a playlist whose line ffmpeg would cut, since the cut could fall inside a loopback URL', () => {
    const padded = `#EXTM3U\n#EXT-X-KEY:METHOD=AES-128,PAD=${'x'.repeat(4060)},URI=http://169.254.169.254/k\n#EXTINF:1,\nseg.ts\n`;
    expect(() => rewritePlaylist(padded, base, numbered())).toThrow(/too long/);
    const ordinary = `#EXTM3U\n#EXT-X-KEY:METHOD=AES-128,PAD=${'x'.repeat(3900)},URI="k.bin"\n#EXTINF:1,\nseg.ts\n`;
    expect(rewritePlaylist(ordinary, base, numbered())).toContain('URI="http://127.0.0.1:1/t/1"');
  });

  it('writes every URI quoted, with nothing in it that could end the quotes', () => {
    const out = rewritePlaylist('#EXTM3U\n#EXT-X-MEDIA:TYPE=AUDIO,URI=a.m3u8,NAME="x"\n', base, () => 'http://127.0.0.1:1/t/a?b="c"\\');
    expect(out).toBe('#EXTM3U\n#EXT-X-MEDIA:TYPE=AUDIO,URI="http://127.0.0.1:1/t/a?b=%22c%22%5C",NAME="x"\n');
  });

  it('knows a playlist by its first bytes, waiting for a whole ID3 tag before it decides', () => {
    const tag = Buffer.from('ID3\x04\x00\x00\x00\x00\x00\x05hello', 'latin1');
    expect(sniffPlaylist(tag.subarray(0, 8), false)).toEqual({ kind: 'more' });
    expect(sniffPlaylist(Buffer.concat([tag, Buffer.from('#EXT')]), false)).toEqual({ kind: 'more' });
    expect(sniffPlaylist(Buffer.concat([tag, Buffer.from('#EXTM3U\n')]), false)).toEqual({ kind: 'playlist', textStart: 15 });
    expect(sniffPlaylist(Buffer.from('\xEF\xBB\xBF#EXTM3U\n', 'latin1'), false)).toEqual({ kind: 'playlist', textStart: 3 });
    expect(sniffPlaylist(Buffer.from('FLV\x01'), false)).toEqual({ kind: 'media' });
    expect(sniffPlaylist(Buffer.concat([tag, Buffer.from([0xff, 0xf1])]), false)).toEqual({ kind: 'media' });
    expect(sniffPlaylist(Buffer.from('#EXT'), true)).toEqual({ kind: 'media' });
  });
});
