// The whole bot in this process with Discord settings: the real discord.js REST client pointed at the Discord
// stand-in, the real Tencent SDK pointed at the Tencent stand-in, interactions POSTed over loopback and signed
// with a test Ed25519 key exactly as Discord signs them.
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { startRelaybot, type RunningBot } from '../../../src/main.js';
import { createLogger } from '../../../src/log.js';
import { messageProblems } from '../../support/discord-message-limits.js';
import { callbackBody, postCallback } from '../../support/relay-fixtures.js';
import { startDiscordStandin, type DiscordStandin } from '../../support/discord-standin.js';
import { startTencentStandin, type TencentStandin } from '../../support/tencent-standin.js';

export const BOT_TOKEN = 'discord-test-bot-token-aaaaaaaaaaaaaaaa';
export const APP_ID = '111111111111111111';
export const GUILD_ID = '222222222222222222';
export const CHANNEL_ID = '444444444444444444';
export const OPERATOR_ROLE = '333333333333333333';
const SECRET_ID = 'AKIDdiscordtest000000000000000000000';
const SECRET_KEY = 'discord-test-secret-key-000000000000';

export interface DiscordHarness {
  bot: RunningBot;
  discord: DiscordStandin;
  tencent: TencentStandin;
  logs: () => string;
  /** POSTs an interaction signed with the application's key (or as given). */
  // Interaction answers are read field by field in tests, as Discord's JSON.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  interact(body: object, signWith?: KeyObject | 'none'): Promise<{ status: number; json: any }>;
  /** The headers Discord would send with this raw body (for load generators that post it themselves). */
  signedHeaders(raw: string): Record<string, string>;
  close(): Promise<void>;
}

function rawPublicKeyHex(publicKey: KeyObject): string {
  // SPKI DER for Ed25519 ends with the 32-byte key.
  return publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
}

export async function startDiscordHarness(env: Record<string, string> = {}, options: { gatewayUrl?: string } = {}): Promise<DiscordHarness> {
  const keys = generateKeyPairSync('ed25519');
  const discord = await startDiscordStandin({ botToken: BOT_TOKEN, ...options });
  const tencent = await startTencentStandin({ secretId: SECRET_ID, secretKey: SECRET_KEY });
  const dir = mkdtempSync(join(tmpdir(), 'relaybot-discord-'));
  let logged = '';
  const logger = createLogger({
    level: 'info',
    destination: new Writable({ write: (chunk: Buffer, _e, done) => void ((logged += chunk.toString()), done()) }),
  });
  const bot = await startRelaybot({
    env: {
      RELAYBOT_DATA_DIR: join(dir, 'data'),
      RELAYBOT_PORT: '0',
      RELAYBOT_HOST: '127.0.0.1',
      RELAYBOT_PUBLIC_URL: 'https://relaybot.example.com',
      RELAYBOT_PUSH_DOMAIN: 'push.example.com',
      RELAYBOT_DEFAULT_TZ: 'Asia/Shanghai',
      TENCENTCLOUD_SECRET_ID: SECRET_ID,
      TENCENTCLOUD_SECRET_KEY: SECRET_KEY,
      RELAYBOT_TENCENT_ENDPOINT: tencent.url,
      DISCORD_BOT_TOKEN: BOT_TOKEN,
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_PUBLIC_KEY: rawPublicKeyHex(keys.publicKey),
      DISCORD_API_URL: discord.apiUrl,
      DISCORD_ALLOWED_ROLES: OPERATOR_ROLE,
      ...env,
    },
    logger,
  });
  return {
    bot,
    discord,
    tencent,
    logs: () => logged,
    signedHeaders(raw) {
      const timestamp = String(Math.floor(Date.now() / 1000));
      return {
        'content-type': 'application/json',
        'x-signature-timestamp': timestamp,
        'x-signature-ed25519': sign(null, Buffer.from(timestamp + raw), keys.privateKey).toString('hex'),
      };
    },
    async interact(body, signWith = keys.privateKey) {
      const raw = JSON.stringify(body);
      const timestamp = String(Math.floor(Date.now() / 1000));
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (signWith !== 'none') {
        headers['x-signature-timestamp'] = timestamp;
        headers['x-signature-ed25519'] = sign(null, Buffer.from(timestamp + raw), signWith).toString('hex');
      }
      const response = await fetch(`${bot.url}/discord/interactions`, { method: 'POST', headers, body: raw });
      const text = await response.text();
      const json = text ? JSON.parse(text) : null;
      // An answer Discord would refuse (a field over its limit) fails the test, as it would fail the person.
      if (json && (json.type === 4 || json.type === 7)) {
        const problems = messageProblems(json.data, { edit: json.type === 7 });
        if (problems.length > 0) throw new Error(`Discord would refuse this interaction answer: ${problems.join('; ')}`);
      }
      return { status: response.status, json };
    },
    async close() {
      await bot.stop();
      await discord.close();
      await tencent.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

let nextId = 1_200_000_000_000_000_000n;

/** An interaction as Discord sends it from the guild channel; `options` are the `/relay` subcommand's. */
export function commandInteraction(
  subcommand: string,
  options: { name: string; value: string; focused?: boolean }[] = [],
  user: { id: string; roles?: string[]; locale?: string } = { id: '555555555555555555', roles: [OPERATOR_ROLE] },
  type = 2,
): object {
  return {
    id: String(nextId++),
    application_id: APP_ID,
    type,
    token: `token-${nextId}`,
    version: 1,
    guild_id: GUILD_ID,
    channel_id: CHANNEL_ID,
    channel: { id: CHANNEL_ID, type: 0 },
    locale: user.locale ?? 'en-US',
    guild_locale: 'en-US',
    app_permissions: '2048',
    entitlements: [],
    authorizing_integration_owners: { '0': GUILD_ID },
    context: 0,
    member: { user: { id: user.id, username: `user${user.id.slice(-3)}`, global_name: null }, roles: user.roles ?? [], nick: null },
    data: { id: '999', name: 'relay', type: 1, options: [{ type: 1, name: subcommand, options: options.map((o) => ({ type: 3, ...o })) }] },
  };
}

export function buttonInteraction(customId: string, user: { id: string; roles?: string[] } = { id: '555555555555555555', roles: [OPERATOR_ROLE] }): object {
  return {
    id: String(nextId++),
    application_id: APP_ID,
    type: 3,
    token: `token-${nextId}`,
    version: 1,
    guild_id: GUILD_ID,
    channel_id: CHANNEL_ID,
    channel: { id: CHANNEL_ID, type: 0 },
    locale: 'en-US',
    app_permissions: '2048',
    entitlements: [],
    authorizing_integration_owners: { '0': GUILD_ID },
    context: 0,
    member: { user: { id: user.id, username: 'user', global_name: null }, roles: user.roles ?? [], nick: null },
    message: { id: '1', channel_id: CHANNEL_ID },
    data: { custom_id: customId, component_type: 2 },
  };
}

export async function waitFor<T>(probe: () => T | undefined | null | false, what: string, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * Presses a button and waits until the bot has answered it in full. An answer that takes over the bot's deferral
 * time is deferred first (type 6) and edited in later: the work behind it is still going on when the POST returns,
 * and a second press meanwhile joins that work rather than starting its own, as it should.
 */
export async function pressButton(h: DiscordHarness, customId: string): ReturnType<DiscordHarness['interact']> {
  const click = buttonInteraction(customId) as { token: string };
  const answer = await h.interact(click);
  if (answer.json?.type === 6) {
    await waitFor(() => h.discord.calls.find((c) => c.method === 'PATCH' && c.path.includes(`/${click.token}/messages/@original`)), 'the deferred answer');
  }
  return answer;
}

/**
 * Creates a relay to `live/<stream>` with `/relay new` and Confirm, and waits for its status message in the channel
 * (the first new one that shows a relay scheduled, not an earlier relay's news posted meanwhile).
 */
export async function createRelayByConfirm(h: DiscordHarness, stream: string): Promise<{ id: string; statusId: string }> {
  const preview = await h.interact(commandInteraction('new', [{ name: 'command', value: `https://cdn.example.com/a.mp4 to live/${stream} tomorrow 8pm for 2h` }]));
  const confirm = (preview.json.data.components[0].components as { custom_id: string }[])[0]!.custom_id;
  const before = new Set(h.discord.messages.keys());
  await pressButton(h, confirm);
  const status = await waitFor(
    () => [...h.discord.messages.values()].find((m) => !before.has(m.id) && m.channel_id === CHANNEL_ID && JSON.stringify(m.body).includes('· scheduled')),
    'the status message',
  );
  return { id: /Relay (\w+)/.exec(JSON.stringify(status.body))![1]!, statusId: status.id };
}

/** Sends `stream`'s relay a provider callback, as Tencent Cloud would. */
export async function sendProviderEvent(h: DiscordHarness, stream: string, eventTime: number, event: 'TaskStart' | 'ResetTaskConfig'): Promise<void> {
  const task = [...h.tencent.tasks.values()].find((t) => t.StreamName === stream)!;
  const answer = await postCallback(`${h.bot.url}${new URL(task.CallbackUrl!).pathname}`, callbackBody({ providerTaskId: task.TaskId }, event, { eventTime }));
  if (answer.status !== 200) throw new Error(`the callback was answered ${answer.status}`);
}
