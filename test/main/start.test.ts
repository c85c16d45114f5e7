// `relaybot start` as a user runs it: a child process with piped stdin, a temporary data directory, the HTTP
// server on a free port, and the Tencent backend pointed at the loopback stand-in.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTencentStandin, type TencentStandin } from '../support/tencent-standin.js';
import { startBot } from './child.js';

const SECRET_ID = 'AKIDstarttest000000000000000000000';
const SECRET_KEY = 'start-test-secret-key-00000000000';

let standin: TencentStandin;
const dirs: string[] = [];
beforeAll(async () => {
  standin = await startTencentStandin({ secretId: SECRET_ID, secretKey: SECRET_KEY });
});
afterAll(async () => {
  await standin.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'relaybot-start-'));
  dirs.push(dir);
  return dir;
}

function botEnv(dir: string): Record<string, string> {
  return {
    RELAYBOT_DATA_DIR: join(dir, 'data'),
    RELAYBOT_PORT: '0',
    RELAYBOT_HOST: '127.0.0.1',
    RELAYBOT_DEFAULT_TZ: 'Asia/Shanghai',
    RELAYBOT_LOCALE: 'en',
    RELAYBOT_PUSH_DOMAIN: 'push.example.com',
    RELAYBOT_LOG_LEVEL: 'info',
    TENCENTCLOUD_SECRET_ID: SECRET_ID,
    TENCENTCLOUD_SECRET_KEY: SECRET_KEY,
    RELAYBOT_TENCENT_ENDPOINT: standin.url,
    RELAYBOT_PUBLIC_URL: 'https://relaybot.example.com',
  };
}

describe('relaybot start with no chat tokens: the terminal chat', () => {
  it('creates a relay at a y/N prompt, lists it, prints its news, stops it, and exits 0 on SIGTERM', async () => {
    const dir = tempDir();
    const bot = startBot(botEnv(dir), dir);
    try {
      await bot.waitFor(/Relaybot terminal chat\. You are \S+; times are read and shown in Asia\/Shanghai/);

      let mark = bot.stdout().length;
      bot.type('/relay https://cdn.example.com/show.mp4 to live/evening tomorrow 8pm for 2h');
      await bot.waitFor(/Create this relay\? \[y\/N\]/, mark);
      expect(standin.tasks.size).toBe(0);
      mark = bot.stdout().length;
      bot.type('y');
      const [, id] = await bot.waitFor(/✓ Relay (\w+) · scheduled/, mark);
      expect(standin.tasks.size).toBe(1);
      const created = bot.stdout().slice(mark);
      expect(created).toMatch(/20:00.*Asia\/Shanghai.*12:00 UTC/);
      expect(created).toContain(`Type: stop ${id}  |  restart ${id}  |  show ${id}`);
      expect(created).not.toContain('evening');

      mark = bot.stdout().length;
      bot.type('list');
      await bot.waitFor(new RegExp(`Active and upcoming relays: 1[\\s\\S]*${id}`), mark);

      // News from the provider reaches the terminal, prefixed with the task it is about.
      const url = /"url":"(http:\/\/127\.0\.0\.1:\d+)\/?"/.exec(bot.stderr())?.[1];
      expect(url).toBeDefined();
      // The same server answers health, readiness (store and both backends) and metrics.
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      const ready = await fetch(`${url}/readyz`);
      expect(ready.status).toBe(200);
      expect(Object.keys(((await ready.json()) as { checks: object }).checks).length).toBeGreaterThanOrEqual(3);
      expect(await (await fetch(`${url}/metrics`)).text()).toMatch(/relaybot_\w+\{[^}]*state="scheduled"[^}]*\} 1/);

      const db = new Database(join(dir, 'data', 'relaybot.sqlite'), { readonly: true });
      const row = db.prepare('SELECT callback_token, provider_task_id FROM tasks WHERE id = ?').get(id) as {
        callback_token: string;
        provider_task_id: string;
      };
      db.close();
      mark = bot.stdout().length;
      const answer = await fetch(`${url}/callbacks/tencent/${row.callback_token}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          appid: 1,
          callback_event: 'TaskAlarm',
          event_type: 314,
          interface: 'general_callback',
          product_name: 'pullpush',
          source_urls: '["https://cdn.example.com/show.mp4"]',
          to_url: 'rtmp://push.example.com/live/evening',
          stream_id: 'evening',
          task_id: row.provider_task_id,
          event_time: String(Math.floor(Date.now() / 1000)),
          msg: JSON.stringify({ type: 'PullFileUnstable' }),
        }),
      });
      expect(answer.status).toBe(200);
      await bot.waitFor(new RegExp(`\\[${id}\\] `), mark);

      mark = bot.stdout().length;
      bot.type(`stop ${id}`);
      await bot.waitFor(new RegExp(`Stopped relay ${id}`), mark);
      expect(standin.tasks.size).toBe(0);

      // Piped input ending is not a request to leave: the bot keeps relaying and answering until SIGTERM.
      bot.child.stdin.end();
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      expect(bot.child.exitCode).toBeNull();

      bot.child.kill('SIGTERM');
      expect(await bot.exited).toBe(0);
      expect(bot.stderr()).toMatch(/relaybot started: backend tencent, local runner on ffmpeg \S+.*, port \d+, adapters shell/);
      expect(bot.stderr()).toContain('relaybot stopped');
    } finally {
      if (bot.child.exitCode === null) bot.child.kill('SIGKILL');
    }
  }, 60_000);

  it('answers "no" at the prompt by creating nothing, and leaves on `quit`', async () => {
    const dir = tempDir();
    const before = standin.requests.filter((call) => call.action === 'CreateLivePullStreamTask').length;
    const bot = startBot({ ...botEnv(dir), RELAYBOT_LOCALE: 'zh-CN' }, dir);
    try {
      await bot.waitFor(/Relaybot 终端聊天/);
      bot.type('https://cdn.example.com/show.mp4 转推到 live/evening 明天晚上8点 持续2小时');
      await bot.waitFor(/创建这个转推任务吗？\[y\/N\]/);
      bot.type('n');
      await bot.waitFor(/已取消，没有创建任何任务。/);
      bot.type('quit');
      expect(await bot.exited).toBe(0);
      expect(standin.requests.filter((call) => call.action === 'CreateLivePullStreamTask').length).toBe(before);
    } finally {
      if (bot.child.exitCode === null) bot.child.kill('SIGKILL');
    }
  }, 60_000);

  it('on the embedded defaults (no push domain, no cloud keys), the relay its greeting suggests is understood', async () => {
    for (const [locale, prompt] of [['en', /Create this relay\? \[y\/N\]/], ['zh-CN', /创建这个转推任务吗？\[y\/N\]/]] as const) {
      const dir = tempDir();
      const bot = startBot({ RELAYBOT_DATA_DIR: join(dir, 'data'), RELAYBOT_PORT: '0', RELAYBOT_HOST: '127.0.0.1', RELAYBOT_LOCALE: locale }, dir);
      try {
        const [, example] = await bot.waitFor(/(?:such as|例如) `([^`]+)`/);
        bot.type(example!);
        await bot.waitFor(prompt);
        bot.type('n');
        bot.type('quit');
        expect(await bot.exited).toBe(0);
      } finally {
        if (bot.child.exitCode === null) bot.child.kill('SIGKILL');
      }
    }
  }, 60_000);

  it('refuses to start on bad settings, naming each, with exit code 78', async () => {
    const dir = tempDir();
    const bot = startBot({ ...botEnv(dir), RELAYBOT_PORT: 'eighty', RELAYBOT_DEFAULT_TZ: 'Mars/Base' }, dir);
    expect(await bot.exited).toBe(78);
    expect(bot.stderr()).toContain('Relaybot cannot start. Fix these settings');
    expect(bot.stderr()).toMatch(/RELAYBOT_PORT: /);
    expect(bot.stderr()).toMatch(/RELAYBOT_DEFAULT_TZ: not valid\. Set it to an IANA time zone/);
  }, 30_000);

  it('refuses a second bot on the same data directory, naming the first one’s pid; a killed bot’s lock is taken over', async () => {
    const dir = tempDir();
    const first = startBot(botEnv(dir), dir);
    let third: ReturnType<typeof startBot> | undefined;
    try {
      await first.waitFor(/Relaybot terminal chat/);
      // Another port, same data directory: it would run the same relays, so it does not start at all.
      const second = startBot(botEnv(dir), dir);
      expect(await second.exited).toBe(75);
      expect(second.stderr()).toContain(`Relaybot is already running on ${join(dir, 'data')} (pid ${first.child.pid})`);
      expect(second.stdout()).not.toContain('Relaybot terminal chat');

      // A bot that dies without shutting down leaves nothing that keeps the next one out.
      first.child.kill('SIGKILL');
      await first.exited;
      third = startBot(botEnv(dir), dir);
      await third.waitFor(/Relaybot terminal chat/);
      third.child.kill('SIGTERM');
      expect(await third.exited).toBe(0);
    } finally {
      for (const bot of [first, third]) if (bot && bot.child.exitCode === null && bot.child.signalCode === null) bot.child.kill('SIGKILL');
    }
  }, 60_000);
});
