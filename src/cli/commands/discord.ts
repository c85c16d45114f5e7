// `relaybot discord register [--guild ID] [--locale L]`: sends manifests/discord-commands.json to Discord, and says
// how it went in the reader's language (--locale, else the terminal's), as every other command does.
import { parseArgs } from 'node:util';
import { loadDiscordSettings } from '../../config/discord.js';
import { readEnv } from '../../config/env.js';
import { ConfigError } from '../../config/index.js';
import { t } from '../../core/i18n.js';
import { cliLocale, isSpokenLocale } from './lifecycle-args.js';
import { createDiscordRest } from '../../adapters/discord/rest-client.js';
import { registerCommands } from '../../adapters/discord/register-commands.js';

export async function run(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { guild: { type: 'string' }, locale: { type: 'string' } } });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${t(cliLocale(undefined), 'discord.register.usage')}\n`);
    return 64;
  }
  const localeFlag = parsed.values.locale;
  if (localeFlag !== undefined && !isSpokenLocale(localeFlag)) {
    process.stderr.write(`${t(cliLocale(undefined), 'cli.badLocale', { value: localeFlag })}\n`);
    return 64;
  }
  const locale = cliLocale(localeFlag);
  if (parsed.positionals[0] !== 'register') {
    process.stderr.write(`${t(locale, 'discord.register.usage')}\n`);
    return 64;
  }
  const guild = parsed.values.guild;
  if (guild !== undefined && !/^\d{15,22}$/.test(guild)) {
    process.stderr.write(`${t(locale, 'discord.register.badGuild')}\n`);
    return 64;
  }
  let settings;
  try {
    settings = loadDiscordSettings(readEnv());
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    for (const p of error.describe(locale)) process.stderr.write(`${p.setting}: ${p.problem}\n`);
    return 78;
  }
  if (!settings) {
    process.stderr.write(`${t(locale, 'discord.register.noToken')}\n`);
    return 78;
  }
  try {
    const { registered } = await registerCommands(createDiscordRest(settings), settings.applicationId, guild);
    process.stdout.write(`${t(locale, guild ? 'discord.register.doneGuild' : 'discord.register.doneGlobal', { count: registered, guild: guild ?? '' })}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`${t(locale, 'discord.register.failed', { reason: (error as Error).message })}\n`);
    return 1;
  }
}
