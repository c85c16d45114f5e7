// A real RTMP server for tests: node-media-server 4 (from npm), in its own child process so that a test can
// kill it outright (a destination dying) and start it again on the same port. Bound to 127.0.0.1 only.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const nmsEntry = createRequire(import.meta.url).resolve('node-media-server');

// node-media-server keeps its store and recordings on disk and starts an HTTP admin by default: all of that
// is switched off or pointed at a temporary directory.
const SERVER_SCRIPT = `
const NodeMediaServer = require(process.argv[2]);
const config = JSON.parse(process.argv[1]);
const nms = new NodeMediaServer(config);
nms.run();
process.on('SIGTERM', () => nms.stop().finally(() => process.exit(0)));
process.stdin.on('end', () => process.exit(0)); // the test process is gone
process.stdin.resume();
`;

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject).listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitForPort(port: number, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`RTMP server did not listen on ${port}`);
}

export class RtmpServer {
  private child: ChildProcess | null = null;
  private readonly dir = mkdtempSync(join(tmpdir(), 'relaybot-nms-'));

  private constructor(
    readonly port: number,
    /** RTMPS as well, on this port, with this key and certificate (PEM file paths). */
    readonly tls?: { port: number; key: string; cert: string },
  ) {}

  static async start(port?: number, tls?: { key: string; cert: string }): Promise<RtmpServer> {
    const server = new RtmpServer(port ?? (await freePort()), tls ? { ...tls, port: await freePort() } : undefined);
    await server.up();
    return server;
  }

  url(path: string): string {
    return `rtmp://127.0.0.1:${this.port}/${path.replace(/^\//, '')}`;
  }

  /** (Re)starts the server on its port. */
  async up(): Promise<void> {
    if (this.child) return;
    const config = {
      bind: '127.0.0.1',
      rtmp: { port: this.port },
      ...(this.tls ? { rtmps: this.tls } : {}),
      store: { path: join(this.dir, 'store') },
      record: { auto: false, path: join(this.dir, 'record') },
      webadmin: { enable: false },
      notify: { url: '' },
      auth: { play: false, publish: false, secret: '' },
    };
    this.child = spawn(process.execPath, ['-e', SERVER_SCRIPT, JSON.stringify(config), nmsEntry], {
      stdio: ['pipe', 'ignore', 'ignore'],
      cwd: this.dir,
    });
    await waitForPort(this.port);
    if (this.tls) await waitForPort(this.tls.port);
  }

  /** Kills the server at once, as a crash would. */
  async kill(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null) return;
    const gone = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await gone;
  }

  async stop(): Promise<void> {
    await this.kill();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
