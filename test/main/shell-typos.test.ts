// A mistyped verb at the terminal chat gets the command it most likely meant, not the "add a source… say where
// to push… say when" answer of a relay nobody typed; real relays and real verbs are untouched.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startBot } from './child.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function botIn(locale: string) {
  const dir = mkdtempSync(join(tmpdir(), 'relaybot-typos-'));
  dirs.push(dir);
  const env = {
    RELAYBOT_DATA_DIR: join(dir, 'data'),
    RELAYBOT_PORT: '0',
    RELAYBOT_HOST: '127.0.0.1',
    RELAYBOT_LOCALE: locale,
    RELAYBOT_LOG_LEVEL: 'warn',
    RELAYBOT_PUSH_DOMAIN: 'push.example.com',
    RELAYBOT_DEFAULT_TZ: 'UTC',
  };
  return startBot(env, dir);
}

describe('the terminal chat and a mistyped verb', () => {
  it('suggests the verb, keeps its arguments, and still reads real verbs and relays', async () => {
    const bot = botIn('en');
    try {
      await bot.waitFor(/Relaybot terminal chat\./);
      let mark = bot.stdout().length;
      bot.type('lsit');
      await bot.waitFor(/“lsit” is not a command\. Did you mean `list`\? Type it again, or `help` for every command\./, mark);
      expect(bot.stdout().slice(mark)).not.toContain('Add a source');

      mark = bot.stdout().length;
      bot.type('/relay stpo r7kq2m');
      await bot.waitFor(/“stpo r7kq2m” is not a command\. Did you mean `stop r7kq2m`\?/, mark);

      mark = bot.stdout().length;
      bot.type('list');
      await bot.waitFor(/No relays|relays: 0|Active and upcoming relays/, mark);

      mark = bot.stdout().length;
      bot.type('https://cdn.example.com/show.mp4 to live/evening tomorrow 8pm for 2h');
      await bot.waitFor(/Create this relay\? \[y\/N\]/, mark);
      bot.type('n');
      await bot.waitFor(/Cancelled: nothing was created\./, mark);
    } finally {
      bot.child.kill('SIGTERM');
      expect(await bot.exited).toBe(0);
    }
  });

  it('says so in Chinese when the terminal speaks Chinese', async () => {
    const bot = botIn('zh-CN');
    try {
      await bot.waitFor(/\S/);
      const mark = bot.stdout().length;
      bot.type('hlep');
      await bot.waitFor(/“hlep”不是命令。是否想输入 `help`？/, mark);
    } finally {
      bot.child.kill('SIGTERM');
      expect(await bot.exited).toBe(0);
    }
  });
});
