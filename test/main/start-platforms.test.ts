// `relaybot start` with platform settings: each adapter whose settings are present, on the bot's own HTTP server,
// and no terminal chat.
import { generateKeyPairSync, sign } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signSlackRequest } from '../../src/adapters/slack/verify-signature.js';
import { startDiscordStandin } from '../support/discord-standin.js';
import { startSlackStandin, type SlackStandin } from '../support/slack-standin.js';
import { slashBody } from '../adapters/slack/harness.js';
import { startBot, type BotProcess } from './child.js';

const BOT_TOKEN = 'xoxb-start-test-token';
const SIGNING_SECRET = 'start-test-signing-secret-0123456789';

let slack: SlackStandin;
let dir: string;
beforeAll(async () => {
  slack = await startSlackStandin({ botToken: BOT_TOKEN, users: { U0ALICE: { tz: 'Asia/Shanghai', locale: 'en-US', name: 'alice' } } });
  dir = mkdtempSync(join(tmpdir(), 'relaybot-start-slack-'));
});
afterAll(async () => {
  await slack.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Resolves once the start-up line is logged; returns the server's base URL. */
async function started(bot: BotProcess): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (bot.stderr().includes('relaybot started')) {
        clearInterval(timer);
        resolve();
      } else if (bot.child.exitCode !== null) {
        clearInterval(timer);
        reject(new Error(`bot exited: ${bot.stderr()}`));
      }
    }, 50);
  });
  return /"url":"(http:\/\/127\.0\.0\.1:\d+)\/?"/.exec(bot.stderr())![1]!;
}

describe('relaybot start with platform settings', () => {
  it('serves /relay at POST /slack/events on its own HTTP server and starts no terminal chat', async () => {
    const bot = startBot(
      {
        RELAYBOT_DATA_DIR: join(dir, 'data'),
        RELAYBOT_PORT: '0',
        RELAYBOT_HOST: '127.0.0.1',
        RELAYBOT_LOG_LEVEL: 'info',
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: slack.apiUrl,
      },
      dir,
    );
    try {
      const url = await started(bot);
      expect(bot.stderr()).toMatch(/relaybot started: backend local, .*adapters slack \(http\)/);

      const body = slashBody(slack, 'help', 'U0ALICE');
      const timestamp = Math.floor(Date.now() / 1000);
      const answer = await fetch(`${url}/slack/events`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-slack-request-timestamp': String(timestamp),
          'x-slack-signature': signSlackRequest(SIGNING_SECRET, timestamp, body),
        },
        body,
      });
      expect(answer.status).toBe(200);
      expect(await answer.text()).toContain('/relay stop');
      expect(bot.stdout()).not.toContain('Relaybot terminal chat');

      bot.child.kill('SIGTERM');
      expect(await bot.exited).toBe(0);
    } finally {
      if (bot.child.exitCode === null) bot.child.kill('SIGKILL');
    }
  }, 60_000);

  it('serves Discord interactions at POST /discord/interactions, verified with the application key', async () => {
    const discord = await startDiscordStandin({ botToken: 'discord-start-test-token' });
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const rawPublicKey = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
    const bot = startBot(
      {
        RELAYBOT_DATA_DIR: join(dir, 'data-discord'),
        RELAYBOT_PORT: '0',
        RELAYBOT_HOST: '127.0.0.1',
        RELAYBOT_LOG_LEVEL: 'info',
        DISCORD_BOT_TOKEN: 'discord-start-test-token',
        DISCORD_APPLICATION_ID: '123456789012345678',
        DISCORD_PUBLIC_KEY: rawPublicKey,
        DISCORD_API_URL: discord.apiUrl,
      },
      dir,
    );
    try {
      const url = await started(bot);
      expect(bot.stderr()).toMatch(/adapters discord \(http\)/);
      const body = JSON.stringify({ type: 1, id: '1', application_id: '123456789012345678', token: 'x', version: 1 });
      const timestamp = String(Math.floor(Date.now() / 1000));
      const post = (signature: string) =>
        fetch(`${url}/discord/interactions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-signature-ed25519': signature, 'x-signature-timestamp': timestamp },
          body,
        });
      expect((await post('00'.repeat(64))).status).toBe(401);
      const ping = await post(sign(null, Buffer.from(timestamp + body), privateKey).toString('hex'));
      expect(ping.status).toBe(200);
      expect(await ping.json()).toEqual({ type: 1 });
      expect(bot.stdout()).not.toContain('Relaybot terminal chat');

      bot.child.kill('SIGTERM');
      expect(await bot.exited).toBe(0);
    } finally {
      if (bot.child.exitCode === null) bot.child.kill('SIGKILL');
      await discord.close();
    }
  }, 60_000);
});
