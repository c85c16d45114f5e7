// An RTSP source is opened by ffmpeg, which follows an RTSP redirect (a 3xx answer's Location) to any host and port
// by itself — past the address policy that checked the server it was given. The runner puts RTSP behind a loopback
// tunnel whose guard ends the connection at a redirect. Real runner parts (endpoint, access, tunnel) and the
// bundled ffmpeg, run as the runner runs it, against hand-written RTSP servers on loopback; a second listener (the
// "trap") stands for the private address a redirect names.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { pino } from 'pino';
import { prepareAccess } from '../../../src/backends/ffmpeg/access.js';
import { parseEndpoint } from '../../../src/backends/ffmpeg/endpoint.js';
import { probeArgs } from '../../../src/backends/ffmpeg/ffmpeg-args.js';
import { HttpGateway } from '../../../src/backends/ffmpeg/http-gateway.js';
import { RtspRedirectGuard } from '../../../src/backends/ffmpeg/rtsp-redirect-guard.js';
import { FFMPEG } from '../../support/media.js';

/** A TCP listener that answers each RTSP request (first line and CSeq) with what `answer` returns. */
async function rtspServer(answer: (requestLine: string, cseq: string) => string) {
  const requests: string[] = [];
  const server: Server = createServer((socket) => {
    let pending = '';
    socket.on('error', () => undefined);
    socket.on('data', (data: Buffer) => {
      pending += data.toString('latin1');
      let end: number;
      while ((end = pending.indexOf('\r\n\r\n')) >= 0) {
        const request = pending.slice(0, end);
        pending = pending.slice(end + 4);
        const line = request.split('\r\n')[0]!;
        requests.push(line);
        socket.write(answer(line, /CSeq:\s*(\d+)/i.exec(request)?.[1] ?? '0'));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { port, requests, close: () => server.close() };
}

describe('RTSP sources that redirect', () => {
  const policy = { allowPrivateNetworks: true };
  const logger = pino({ level: 'silent' });
  const gateway = new HttpGateway({ policy, logger });
  const trapConnections: string[] = [];
  let trap: Server;
  let trapPort: number;

  /** ffmpeg's stderr after reading `url` as the runner would. */
  async function readAsRunner(url: string): Promise<string> {
    const session = gateway.openSession();
    const access = await prepareAccess(parseEndpoint(url, 'source', policy, false), { gateway: session, tunnel: { policy, logger }, policy });
    try {
      return await new Promise<string>((resolve) => {
        let stderr = '';
        const child = spawn(FFMPEG, probeArgs(access, 3000), { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
        child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        child.on('close', () => {
          clearTimeout(timer);
          resolve(stderr);
        });
      });
    } finally {
      access.release();
      session.close();
    }
  }

  beforeAll(async () => {
    trap = createServer((socket) => {
      socket.once('data', (data: Buffer) => {
        trapConnections.push(data.toString('latin1').split('\r\n')[0]!);
        socket.destroy();
      });
      socket.on('error', () => undefined);
    });
    await new Promise<void>((resolve) => trap.listen(0, '127.0.0.1', resolve));
    const address = trap.address();
    trapPort = typeof address === 'object' && address ? address.port : 0;
    await gateway.start();
  });

  afterAll(async () => {
    await gateway.stop();
    trap?.close();
  });

  const redirects: [string, (cseq: string) => string][] = [
    ['302 to OPTIONS', (cseq) => `RTSP/1.0 302 Moved\r\nCSeq: ${cseq}\r\nLocation: rtsp://127.0.0.1:${trapPort}/inside\r\n\r\n`],
    ['301 with a zero-padded status', (cseq) => `RTSP/1.0 0301 Moved\r\nCSeq: ${cseq}\r\nLocation: rtsp://127.0.0.1:${trapPort}/inside\r\n\r\n`],
    ['307 with a carriage return inside its status', (cseq) => `RTSP/1.0 3\r07 Moved\r\nCSeq: ${cseq}\r\nLocation: rtsp://127.0.0.1:${trapPort}/inside\r\n\r\n`],
  ];

  for (const [what, answer] of redirects) {
    it(`refuses a ${what}: ffmpeg never connects to where it points`, async () => {
      const server = await rtspServer((_line, cseq) => answer(cseq));
      try {
        const before = trapConnections.length;
        await readAsRunner(`rtsp://127.0.0.1:${server.port}/cam?token=abc`);
        expect(server.requests.length, what).toBeGreaterThan(0);
        expect(trapConnections.slice(before), what).toEqual([]);
      } finally {
        server.close();
      }
    }, 20_000);
  }

  it('still carries an ordinary exchange: requests reach the server and its answers reach ffmpeg', async () => {
    const server = await rtspServer((line, cseq) =>
      line.startsWith('OPTIONS')
        ? `RTSP/1.0 200 OK\r\nCSeq: ${cseq}\r\nPublic: OPTIONS, DESCRIBE, SETUP, PLAY, TEARDOWN\r\n\r\n`
        : `RTSP/1.0 404 Stream Not Found\r\nCSeq: ${cseq}\r\n\r\n`,
    );
    try {
      const stderr = await readAsRunner(`rtsp://127.0.0.1:${server.port}/cam`);
      expect(server.requests.map((line) => line.split(' ')[0])).toEqual(['OPTIONS', 'DESCRIBE']);
      // ffmpeg read the server's own answer (not a connection cut by the tunnel).
      expect(stderr).toMatch(/404 Stream Not Found/);
    } finally {
      server.close();
    }
  }, 20_000);
});

describe('the RTSP redirect guard, alone', () => {
  async function through(chunks: (string | Buffer)[]): Promise<{ out: Buffer; error?: Error }> {
    const guard = new RtspRedirectGuard();
    const out: Buffer[] = [];
    guard.on('data', (chunk: Buffer) => out.push(chunk));
    const ended = new Promise<Error | undefined>((resolve) => {
      guard.on('end', () => resolve(undefined));
      guard.on('error', (error) => resolve(error));
    });
    for (const chunk of chunks) guard.write(typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : chunk);
    guard.end();
    const error = await ended;
    return { out: Buffer.concat(out), ...(error ? { error } : {}) };
  }

  it('finds a redirect split across chunks, in any case, with a plus sign or zeros, and passes none of it on', async () => {
    for (const chunks of [
      ['RTSP/1.0 200 OK\r\nCSeq: 1\r\n\r\n', 'RTS', 'P/1.0 30', '2 Found\r\nLocation: rtsp://10.0.0.1/\r\n\r\n'],
      ['rtsp/1.0 +303 See Other\r\n\r\n'],
      ['RTSP/2.0\t\t00000305 Use Proxy\r\n\r\n'],
    ]) {
      const { out, error } = await through(chunks);
      expect(error?.name, chunks.join('')).toBe('RtspRedirectError');
      expect(out.toString('latin1')).not.toMatch(/30\d/);
    }
  });

  it('passes ordinary answers and interleaved media through byte for byte', async () => {
    const frame = Buffer.concat([Buffer.from([0x24, 0x00, 0x00, 0x10]), Buffer.from('RTSP/1.0 x 3'), Buffer.from([0x0d, 0x0a, 0, 0])]);
    const chunks = [
      'RTSP/1.0 200 OK\r\nCSeq: 2\r\nContent-Length: 12\r\n\r\nv=0\r\ns=300\r\n',
      frame,
      'RTSP/1.0 404 Not Found\r\nCSeq: 3\r\nX-Note: RTSP/1.0 is 300 years old? no, 30\r\n\r\n',
      'RTSP/1.0 3 odd\r\n\r\n',
    ];
    const { out, error } = await through(chunks);
    expect(error).toBeUndefined();
    expect(out.equals(Buffer.concat(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c, 'latin1') : c))))).toBe(true);
  });
});
