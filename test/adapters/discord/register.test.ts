import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscordStandin, type DiscordStandin } from '../../support/discord-standin.js';

const BOT_TOKEN = 'test-bot-token-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const APP_ID = '111111111111111111';
const manifest = JSON.parse(readFileSync(new URL('../../../manifests/discord-commands.json', import.meta.url), 'utf8'));

function relaybot(args: string[], env: Record<string, string>): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/relaybot.mjs', ...args], {
      cwd: new URL('../../..', import.meta.url).pathname,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (b) => (out += b));
    child.stderr.on('data', (b) => (err += b));
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

describe('relaybot discord register', () => {
  let discord: DiscordStandin;
  let env: Record<string, string>;
  beforeAll(async () => {
    discord = await startDiscordStandin({ botToken: BOT_TOKEN });
    env = { DISCORD_API_URL: discord.apiUrl, DISCORD_BOT_TOKEN: BOT_TOKEN, DISCORD_APPLICATION_ID: APP_ID, DISCORD_PUBLIC_KEY: 'ab'.repeat(32) };
  });
  afterAll(() => discord.close());

  it('bulk-overwrites the guild commands with the manifest', async () => {
    const result = await relaybot(['discord', 'register', '--guild', '222222222222222222'], env);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const call = discord.calls.find((c) => c.method === 'PUT');
    expect(call?.path).toBe(`/applications/${APP_ID}/guilds/222222222222222222/commands`);
    expect(call?.body).toEqual(manifest);
    expect(result.out).toContain('222222222222222222');
  });

  it('registers globally without --guild', async () => {
    const result = await relaybot(['discord', 'register'], env);
    expect(result.code).toBe(0);
    expect(discord.calls.filter((c) => c.method === 'PUT').at(-1)?.path).toBe(`/applications/${APP_ID}/commands`);
  });

  it('says which setting is missing instead of calling Discord', async () => {
    const before = discord.calls.length;
    const result = await relaybot(['discord', 'register'], { DISCORD_API_URL: discord.apiUrl });
    expect(result.code).toBe(78);
    expect(result.err).toContain('DISCORD_BOT_TOKEN');
    expect(discord.calls.length).toBe(before);
  });
  it('answers in the reader’s language: --locale, else the terminal’s, and refuses a language it does not speak', async () => {
    const chinese = await relaybot(['discord', 'register', '--guild', '333333333333333333'], { ...env, LANG: 'zh_CN.UTF-8' });
    expect(chinese.code).toBe(0);
    expect(chinese.out).toContain('已在服务器 333333333333333333 注册');
    const flagged = await relaybot(['discord', 'register', '--locale', 'zh-CN', '--guild', 'not-a-server'], env);
    expect(flagged.code).toBe(64);
    expect(flagged.err).toContain('--guild 需要 Discord 服务器 ID');
    const before = discord.calls.length;
    const unknown = await relaybot(['discord', 'register', '--locale', 'fr'], env);
    expect(unknown.code).toBe(64);
    expect(unknown.err).toContain('--locale “fr” is not supported');
    expect(discord.calls.length).toBe(before);
  });
});

describe('the command manifest', () => {
  it('localises every name and description into Simplified Chinese', () => {
    const missing: string[] = [];
    const walk = (node: { name: string; description?: string; name_localizations?: Record<string, string>; description_localizations?: Record<string, string>; options?: unknown[]; choices?: unknown[] }, path: string) => {
      const here = `${path}/${node.name}`;
      if (!node.name_localizations?.['zh-CN']) missing.push(`${here} name`);
      if (node.description !== undefined && !node.description_localizations?.['zh-CN']) missing.push(`${here} description`);
      for (const child of [...(node.options ?? []), ...(node.choices ?? [])]) walk(child as typeof node, here);
    };
    for (const command of manifest) walk(command, '');
    expect(missing).toEqual([]);
  });

  it('stays within Discord limits (names ≤ 32 lowercase, descriptions ≤ 100, ≤ 25 options)', () => {
    const problems: string[] = [];
    const walk = (node: { name: string; description?: string; options?: unknown[]; choices?: unknown[]; name_localizations?: Record<string, string> }) => {
      if (!/^[-_\p{L}\p{N}]{1,32}$/u.test(node.name) || node.name !== node.name.toLowerCase()) problems.push(node.name);
      for (const local of Object.values(node.name_localizations ?? {})) if ([...local].length > 32) problems.push(local);
      if (node.description !== undefined && (node.description.length < 1 || node.description.length > 100)) problems.push(`${node.name} description`);
      if ((node.options ?? []).length > 25 || (node.choices ?? []).length > 25) problems.push(`${node.name} options`);
      for (const child of node.options ?? []) walk(child as typeof node);
    };
    for (const command of manifest) walk(command);
    expect(problems).toEqual([]);
  });
});
