// Runs `relaybot` as users do — a child process of bin/relaybot.mjs — against the Tencent stand-in (started
// in this test process and reached by the CLI's real SDK over loopback) with a fresh data directory.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startTencentStandin, type TencentStandin } from '../support/tencent-standin.js';

const BIN = fileURLToPath(new URL('../../bin/relaybot.mjs', import.meta.url));
export const SECRET_ID = 'AKIDclitest00000000000000000000000000';
export const SECRET_KEY = 'cli-test-secret-key-00000000000000';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
  json: { ok: boolean; [key: string]: unknown };
}

export interface CliHarness {
  standin: TencentStandin;
  dataDir: string;
  /** The settings every run gets (tests override single ones). */
  env: Record<string, string>;
  run(args: string[], env?: Record<string, string | undefined>): Promise<CliResult>;
  close(): Promise<void>;
}

export async function startCli(): Promise<CliHarness> {
  const standin = await startTencentStandin({ secretId: SECRET_ID, secretKey: SECRET_KEY });
  const dataDir = mkdtempSync(join(tmpdir(), 'relaybot-cli-'));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dataDir,
    LANG: 'C',
    TENCENTCLOUD_SECRET_ID: SECRET_ID,
    TENCENTCLOUD_SECRET_KEY: SECRET_KEY,
    TENCENTCLOUD_REGION: 'ap-shanghai',
    RELAYBOT_TENCENT_ENDPOINT: standin.url,
    RELAYBOT_PUBLIC_URL: 'https://relaybot.example.com',
    RELAYBOT_PUSH_DOMAIN: 'push.example.com',
    RELAYBOT_DATA_DIR: dataDir,
  };
  return {
    standin,
    dataDir,
    env,
    run(args, overrides = {}) {
      const childEnv = Object.fromEntries(Object.entries({ ...env, ...overrides }).filter(([, v]) => v !== undefined)) as Record<string, string>;
      // stdin is not a terminal here (as in a script or CI): create needs --yes.
      const child = spawn(process.execPath, [BIN, ...args], { cwd: dataDir, env: childEnv, stdio: ['pipe', 'pipe', 'pipe'] });
      child.stdin.end();
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
      return new Promise((resolve, reject) => {
        child.on('error', reject);
        child.on('close', (code) => {
          let json: CliResult['json'] = { ok: false };
          if (args.includes('--json')) json = JSON.parse(stdout) as CliResult['json'];
          resolve({ code, stdout, stderr, json });
        });
      });
    },
    async close() {
      await standin.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
