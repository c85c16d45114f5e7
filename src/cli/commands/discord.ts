// `relaybot discord register [--guild ID]`: sends manifests/discord-commands.json to Discord.
import { parseArgs } from 'node:util';
import { loadDiscordSettings } from '../../config/discord.js';
import { readEnv } from '../../config/env.js';
import { ConfigError } from '../../config/index.js';
import { t } from '../../core/i18n.js';
import { createDiscordRest } from '../../adapters/discord/rest-client.js';
import { registerCommands } from '../../adapters/discord/register-commands.js';

export async function run(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { guild: { type: 'string' } } });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${t('en', 'discord.register.usage')}\n`);
    return 64;
  }
  if (parsed.positionals[0] !== 'register') {
    process.stderr.write(`${t('en', 'discord.register.usage')}\n`);
    return 64;
  }
  const guild = parsed.values.guild;
  if (guild !== undefined && !/^\d{15,22}$/.test(guild)) {
    process.stderr.write(`${t('en', 'discord.register.badGuild')}\n`);
    return 64;
  }
  let settings;
  try {
    settings = loadDiscordSettings(readEnv());
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    for (const p of error.describe('en')) process.stderr.write(`${p.setting}: ${p.problem}\n`);
    return 78;
  }
  if (!settings) {
    process.stderr.write(`${t('en', 'discord.register.noToken')}\n`);
    return 78;
  }
  try {
    const { registered } = await registerCommands(createDiscordRest(settings), settings.applicationId, guild);
    process.stdout.write(`${t('en', guild ? 'discord.register.doneGuild' : 'discord.register.doneGlobal', { count: registered, guild: guild ?? '' })}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`${t('en', 'discord.register.failed', { reason: (error as Error).message })}\n`);
    return 1;
  }
}
