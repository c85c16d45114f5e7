// Discord settings. The adapter is on when DISCORD_BOT_TOKEN is set; it then needs the application id, and the
// public key unless it runs over the gateway (RELAYBOT_DISCORD_GATEWAY=1: no public URL needed).
import { z } from 'zod';
import { booleanFlag } from './core.js';
import { ConfigError, parseSettings } from './index.js';
import type { SettingProblem } from './problems.js';
import type { Env } from './env.js';

const snowflake = z.string().regex(/^\d{15,22}$/);
const snowflakeList = z
  .string()
  .default('')
  .transform((value) => value.split(',').map((s) => s.trim()).filter(Boolean))
  .pipe(z.array(snowflake));

export const discordConfigSchema = z.object({
  DISCORD_BOT_TOKEN: z.string().min(20).optional(),
  DISCORD_APPLICATION_ID: snowflake.optional(),
  DISCORD_PUBLIC_KEY: z.string().regex(/^[0-9a-f]{64}$/i).optional(),
  DISCORD_API_URL: z.url({ protocol: /^https?$/ }).default('https://discord.com/api'),
  RELAYBOT_DISCORD_GATEWAY: booleanFlag.default(false),
  DISCORD_ALLOWED_ROLES: snowflakeList,
  DISCORD_ALLOWED_CHANNELS: snowflakeList,
});

export interface DiscordSettings {
  botToken: string;
  applicationId: string;
  publicKey?: string;
  apiUrl: string;
  gateway: boolean;
  /** Role ids allowed to create or change relays; empty = everyone who can use the command. */
  allowedRoles: string[];
  /** Channels where relays may be created or changed (looking works everywhere); empty = everywhere. */
  allowedChannels: string[];
}

export function loadDiscordSettings(env: Env): DiscordSettings | null {
  // `DISCORD_PUBLIC_KEY=` in a .env file means "not set", not "set to an empty key".
  const s = parseSettings(discordConfigSchema, Object.fromEntries(Object.entries(env).filter(([, value]) => value !== '')));
  if (!s.DISCORD_BOT_TOKEN) return null;
  const problems: SettingProblem[] = [];
  if (!s.DISCORD_APPLICATION_ID) problems.push({ setting: 'DISCORD_APPLICATION_ID', key: 'settings.required.discordApplicationId' });
  if (!s.RELAYBOT_DISCORD_GATEWAY && !s.DISCORD_PUBLIC_KEY) problems.push({ setting: 'DISCORD_PUBLIC_KEY', key: 'settings.required.discordPublicKey' });
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    botToken: s.DISCORD_BOT_TOKEN,
    applicationId: s.DISCORD_APPLICATION_ID!,
    ...(s.DISCORD_PUBLIC_KEY ? { publicKey: s.DISCORD_PUBLIC_KEY.toLowerCase() } : {}),
    apiUrl: s.DISCORD_API_URL.replace(/\/+$/, ''),
    gateway: s.RELAYBOT_DISCORD_GATEWAY,
    allowedRoles: s.DISCORD_ALLOWED_ROLES,
    allowedChannels: s.DISCORD_ALLOWED_CHANNELS,
  };
}
