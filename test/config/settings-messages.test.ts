// A settings mistake stops `relaybot start` and the lifecycle commands before anything starts: each bad setting
// named, in the operator's language, with what to write instead, every one in the same round, and no value echoed
// (a value in the wrong place may be a secret).
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runRelaybot } from './run-relaybot.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function workDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'relaybot-settings-'));
  dirs.push(dir);
  return dir;
}

/** Settings that would start a bot at once (terminal chat, a free port) if nothing were wrong. */
const STARTABLE = { RELAYBOT_PORT: '0', RELAYBOT_HOST: '127.0.0.1', RELAYBOT_LOCALE: 'en' };

describe('a misspelt RELAYBOT_* name', () => {
  it('stops relaybot start with the name it meant, before the bot or its data directory exists', async () => {
    const dir = workDir();
    const { RELAYBOT_PORT: _port, ...rest } = STARTABLE;
    const result = await runRelaybot(['start'], { ...rest, RELAYBOT_PORTT: '0', RELAYBOT_DATADIR: join(dir, 'relays') }, dir);
    expect(result.code).toBe(78);
    expect(result.stderr).toContain('RELAYBOT_PORTT: Relaybot has no such setting, so it would be ignored. Did you mean RELAYBOT_PORT? Rename it.');
    expect(result.stderr).toContain('Did you mean RELAYBOT_DATA_DIR?');
    expect(result.stdout).not.toContain('terminal chat');
    expect(existsSync(join(dir, 'data'))).toBe(false);
    expect(existsSync(join(dir, 'relays'))).toBe(false);
  });

  it('in a .env file, is refused by the lifecycle commands too, as one JSON object and exit 78', async () => {
    const dir = workDir();
    writeFileSync(join(dir, '.env'), 'RELAYBOT_DEFAULT_ZONE=Asia/Shanghai\n');
    const result = await runRelaybot(['list', '--json'], {}, dir);
    expect(result.code).toBe(78);
    const body = JSON.parse(result.stdout) as { ok: boolean; errors: { code: string; field: string; message: string }[] };
    expect(body.ok).toBe(false);
    expect(body.errors).toEqual([
      expect.objectContaining({ code: 'InvalidSetting', field: 'RELAYBOT_DEFAULT_ZONE', message: expect.stringContaining('Correct its name') }),
    ]);
    expect(existsSync(join(dir, 'data'))).toBe(false);
  });
});

describe('malformed and contradictory settings', () => {
  it('are all named at once, in Chinese under LANG=zh_CN, each saying what to write, with no value printed', async () => {
    const dir = workDir();
    const secret = 'AKIDdoNotPrintThis0000000000000000';
    const result = await runRelaybot(
      ['start'],
      {
        ...STARTABLE,
        RELAYBOT_LOCALE: '',
        LANG: 'zh_CN.UTF-8',
        RELAYBOT_PORT: 'eighty',
        TENCENTCLOUD_REGION: 'eu-moscow',
        TENCENTCLOUD_SECRET_ID: secret,
        SLACK_SIGNING_SECRET: 'signing-secret-do-not-print',
      },
      dir,
    );
    expect(result.code).toBe(78);
    const lines = result.stderr.trim().split('\n');
    expect(lines[0]).toBe('Relaybot 无法启动。请修正以下设置（环境变量或 ./.env）后重新启动：');
    expect(lines).toContain('  RELAYBOT_PORT：值无效。请设为：0 到 65535 之间的端口号，例如 3000（0 表示自动选一个空闲端口）。');
    expect(lines.find((line) => line.startsWith('  TENCENTCLOUD_REGION：'))).toContain('ap-singapore');
    // The missing half of the key pair is reported in the same round as the bad region, not after it is fixed.
    expect(lines.find((line) => line.startsWith('  TENCENTCLOUD_SECRET_KEY：'))).toContain('请设为同一 API 密钥对的 SecretKey');
    expect(lines.find((line) => line.startsWith('  SLACK_BOT_TOKEN：'))).toContain('xoxb-');
    expect(lines).toHaveLength(5);
    // Nothing of the validation library's own English, and no value echoed back.
    expect(result.stderr).not.toMatch(/Invalid|expected|received/);
    expect(result.stderr).not.toContain(secret);
    expect(result.stderr).not.toContain('signing-secret-do-not-print');
    expect(existsSync(join(dir, 'data'))).toBe(false);
  });

  it('a lifecycle command words them in its --locale', async () => {
    const dir = workDir();
    const result = await runRelaybot(['list', '--json', '--locale', 'zh-CN'], { RELAYBOT_MAX_SPAN_DAYS: 'a week' }, dir);
    expect(result.code).toBe(78);
    const body = JSON.parse(result.stdout) as { errors: { field: string; message: string }[] };
    expect(body.errors).toEqual([
      {
        code: 'InvalidSetting',
        field: 'RELAYBOT_MAX_SPAN_DAYS',
        message: 'RELAYBOT_MAX_SPAN_DAYS：值无效。请设为：大于 0 且不超过 30 的天数，例如 7。请在环境变量或 .env 文件中修正后重新运行命令。',
        params: expect.objectContaining({ setting: 'RELAYBOT_MAX_SPAN_DAYS' }),
      },
    ]);
  });
});

describe('contradictory runner settings', () => {
  it('refuses a first restart delay above the longest one, naming both', async () => {
    const dir = workDir();
    const result = await runRelaybot(['start'], { ...STARTABLE, RELAYBOT_RUNNER_BACKOFF_MS: '60000', RELAYBOT_RUNNER_BACKOFF_MAX_MS: '30000' }, dir);
    expect(result.code).toBe(78);
    expect(result.stderr).toContain(
      'RELAYBOT_RUNNER_BACKOFF_MS: 60000 ms is longer than RELAYBOT_RUNNER_BACKOFF_MAX_MS (30000 ms), the longest delay between restarts. Make it at most 30000, or raise RELAYBOT_RUNNER_BACKOFF_MAX_MS.',
    );
    expect(existsSync(join(dir, 'data'))).toBe(false);
  });
});

describe('language and yes/no settings', () => {
  it('refuses a RELAYBOT_LOCALE it does not speak instead of silently answering in English', async () => {
    const dir = workDir();
    const result = await runRelaybot(['start'], { ...STARTABLE, RELAYBOT_LOCALE: 'fr_FR.UTF-8' }, dir);
    expect(result.code).toBe(78);
    expect(result.stderr).toContain('RELAYBOT_LOCALE: not valid. Set it to en or zh-CN (or leave it unset to follow LANG).');
  });

  it('reads TRUE and Yes as true, and LANG-style zh_CN.UTF-8 as Chinese', async () => {
    const dir = workDir();
    const env = { RELAYBOT_DATA_DIR: join(dir, 'store'), RELAYBOT_ALLOW_PRIVATE_NETWORKS: 'TRUE', RELAYBOT_DISCORD_GATEWAY: 'Yes', RELAYBOT_LOCALE: 'zh_CN.UTF-8' };
    const result = await runRelaybot(['list', '--json'], env, dir);
    expect(result.stdout).toBe('{"ok":true,"tasks":[]}\n');
    expect(result.code).toBe(0);
  });
});

describe('an empty value in .env', () => {
  it('means "not set" (the default), not a malformed value', async () => {
    const dir = workDir();
    writeFileSync(join(dir, '.env'), `RELAYBOT_DATA_DIR=${join(dir, 'store')}\nRELAYBOT_PUSH_DOMAIN=\nRELAYBOT_MAX_SPAN_DAYS=\nRELAYBOT_LOCALE=\n`);
    const result = await runRelaybot(['list', '--json'], {}, dir);
    expect(JSON.parse(result.stdout)).toEqual({ ok: true, tasks: [] });
    expect(result.code).toBe(0);
  });
});

describe('RELAYBOT_PUBLIC_URL with the Tencent backend', () => {
  const keys = { TENCENTCLOUD_SECRET_ID: 'AKIDpublicurltest000000000000000', TENCENTCLOUD_SECRET_KEY: 'public-url-test-key-000000000' };

  for (const url of ['http://relaybot.example.com', 'https://relaybot.example.com/?x=1', 'https://ops@relaybot.example.com']) {
    it(`refuses ${url}: callbacks carry task tokens (https), and a query or user name would land inside every callback URL`, async () => {
      const dir = workDir();
      const result = await runRelaybot(['start'], { ...STARTABLE, ...keys, RELAYBOT_PUBLIC_URL: url }, dir);
      expect(result.code).toBe(78);
      expect(result.stderr).toContain(
        'RELAYBOT_PUBLIC_URL: not valid. Set it to the bot\'s public https address with no query or user name, such as https://relaybot.example.com',
      );
      expect(result.stderr).not.toContain(keys.TENCENTCLOUD_SECRET_KEY);
      expect(existsSync(join(dir, 'data'))).toBe(false);
    });
  }

  it('names it as missing, saying what to set, when only the key pair is given', async () => {
    const dir = workDir();
    const result = await runRelaybot(['start'], { ...STARTABLE, ...keys }, dir);
    expect(result.code).toBe(78);
    expect(result.stderr).toContain('RELAYBOT_PUBLIC_URL: missing: it is required with the Tencent backend');
  });
});
