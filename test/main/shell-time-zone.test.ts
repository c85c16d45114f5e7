// `relaybot start`'s terminal chat, as a user sets their zone: an abbreviation is refused with the zones that keep
// it, a city is saved as its zone, and the next relay typed is read on that zone's clock.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startBot } from './child.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('relaybot start: tz in the terminal chat', () => {
  it('refuses tz EST, saves tz Tokyo, and reads the next relay on Tokyo’s clock', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'relaybot-tz-'));
    dirs.push(dir);
    const bot = startBot(
      {
        RELAYBOT_DATA_DIR: join(dir, 'data'),
        RELAYBOT_PORT: '0',
        RELAYBOT_HOST: '127.0.0.1',
        RELAYBOT_DEFAULT_TZ: 'America/New_York',
        RELAYBOT_LOCALE: 'en',
        RELAYBOT_PUSH_DOMAIN: 'push.example.com',
      },
      dir,
    );
    try {
      await bot.waitFor(/times are read and shown in America\/New_York/);
      let mark = bot.stdout().length;
      bot.type('tz EST');
      await bot.waitFor(/“EST” is a fixed offset \(UTC−5\), not a time zone.*`\/relay tz America\/New_York`/, mark);
      mark = bot.stdout().length;
      bot.type('tz Tokyo');
      await bot.waitFor(/Saved: times you type are read in Asia\/Tokyo/, mark);
      mark = bot.stdout().length;
      bot.type('https://cdn.example.com/show.mp4 to live/evening tomorrow 8pm for 2h');
      await bot.waitFor(/Create this relay\? \[y\/N\]/, mark);
      // Tokyo keeps UTC+9 all year: its 20:00 is 11:00 UTC, where New York's would be 01:00 or 00:00 UTC.
      expect(bot.stdout().slice(mark)).toMatch(/Start\s+.*, 20:00 \(Asia\/Tokyo\) · \d{4}-\d\d-\d\d 11:00 UTC/);
      bot.type('n');
      bot.type('quit');
      expect(await bot.exited).toBe(0);
    } finally {
      if (bot.child.exitCode === null) bot.child.kill('SIGKILL');
    }
  }, 60_000);
});
