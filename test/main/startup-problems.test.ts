// `relaybot start` when the data directory or the port cannot be used: one sentence naming the setting to
// change, in the operator's language, exit 78 (not Node's "EADDRINUSE ..." as an unexpected failure, exit 70),
// and nothing left behind that would stop the next start.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runRelaybot } from '../config/run-relaybot.js';
import { startBot } from './child.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function workDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'relaybot-startup-'));
  dirs.push(dir);
  return dir;
}

function occupyPort(): Promise<{ server: Server; port: number }> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, port: typeof address === 'object' && address ? address.port : 0 });
    });
  });
}

describe('relaybot start when its port is taken', () => {
  it('names the port and RELAYBOT_PORT, exits 78, and leaves the data directory free for the next start', async () => {
    const dir = workDir();
    const { server, port } = await occupyPort();
    const env = { RELAYBOT_DATA_DIR: join(dir, 'data'), RELAYBOT_HOST: '127.0.0.1', RELAYBOT_LOCALE: 'en', RELAYBOT_LOG_LEVEL: 'warn' };
    try {
      const refused = await runRelaybot(['start'], { ...env, RELAYBOT_PORT: String(port) }, dir);
      expect(refused.code).toBe(78);
      expect(refused.stderr.trim()).toBe(
        `Relaybot cannot start: port ${port} on 127.0.0.1 is already in use. Stop the program that uses it, or set RELAYBOT_PORT to a free port (0 picks one).`,
      );
      expect(refused.stdout).not.toContain('terminal chat');
    } finally {
      server.close();
    }
    // The instance lock and the store were let go: the same data directory starts at once on a free port.
    const bot = startBot({ ...env, RELAYBOT_PORT: '0' }, dir);
    try {
      await bot.waitFor(/Relaybot terminal chat\./);
    } finally {
      bot.child.kill('SIGTERM');
      expect(await bot.exited).toBe(0);
    }
  });

  it('names RELAYBOT_HOST, in Chinese, when the address is not one of this machine', async () => {
    const dir = workDir();
    // 192.0.2.1 is TEST-NET-1 (RFC 5737): never an address of this machine.
    const result = await runRelaybot(['start'], { RELAYBOT_DATA_DIR: join(dir, 'data'), RELAYBOT_HOST: '192.0.2.1', RELAYBOT_PORT: '0', LANG: 'zh_CN.UTF-8' }, dir);
    expect(result.code).toBe(78);
    expect(result.stderr).toContain('Relaybot 无法启动：无法监听 192.0.2.1（RELAYBOT_HOST），它不是本机的地址。请把 RELAYBOT_HOST 设为 0.0.0.0');
  });
});

describe('relaybot start when its data directory cannot be used', () => {
  it('names RELAYBOT_DATA_DIR and says what to change when a file stands where the directory should be', async () => {
    const dir = workDir();
    writeFileSync(join(dir, 'data'), 'not a directory');
    const result = await runRelaybot(['start'], { RELAYBOT_DATA_DIR: join(dir, 'data', 'store'), RELAYBOT_PORT: '0', RELAYBOT_HOST: '127.0.0.1', RELAYBOT_LOCALE: 'en' }, dir);
    expect(result.code).toBe(78);
    expect(result.stderr.trim()).toBe(
      `Relaybot cannot use its data directory ${join(dir, 'data', 'store')} (RELAYBOT_DATA_DIR): it is a file, or lies under one. Set RELAYBOT_DATA_DIR to a directory (it is created if missing), or move that file away.`,
    );
  });
});
