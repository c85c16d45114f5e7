// `--locale` on a lifecycle command names a language we answer in, or it is refused as a usage error (exit 64),
// as `relaybot parse` refuses it, instead of a French speaker silently getting English.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runRelaybot } from '../config/run-relaybot.js';

const dir = mkdtempSync(join(tmpdir(), 'relaybot-cli-locale-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const env = { RELAYBOT_DATA_DIR: join(dir, 'data') };

describe('relaybot list --locale', () => {
  it('refuses a language it does not speak, in text and in --json', async () => {
    const text = await runRelaybot(['list', '--locale', 'fr'], env, dir);
    expect(text.code).toBe(64);
    expect(text.stdout).toBe('');
    expect(text.stderr.trim()).toBe('--locale “fr” is not supported. Use en or zh-CN.');

    const json = await runRelaybot(['list', '--json', '--locale', 'fr'], env, dir);
    expect(json.code).toBe(64);
    expect(JSON.parse(json.stdout)).toEqual({
      ok: false,
      errors: [{ code: 'InvalidParameter.Locale', message: '--locale “fr” is not supported. Use en or zh-CN.', params: { value: 'fr' } }],
    });
  });

  it('answers in Chinese for zh-CN and its other spellings', async () => {
    for (const tag of ['zh-CN', 'zh_CN']) {
      const result = await runRelaybot(['list', '--locale', tag], env, dir);
      expect(result.code, tag).toBe(0);
      expect(result.stdout, tag).toContain('还没有任务');
    }
  });
});

describe('relaybot --help', () => {
  it('is in the terminal’s language', async () => {
    const result = await runRelaybot(['--help'], { LANG: 'zh_CN.UTF-8' }, dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^用法：relaybot <命令> \[选项\]。命令：parse, start, create/);
  });
});
