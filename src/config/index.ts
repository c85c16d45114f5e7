// All settings, validated once at start-up. A missing or malformed setting stops start-up with a message
// naming it; every problem is reported at once, not the first only.
import { z } from 'zod';
import { coreConfigSchema, type CoreConfig } from './core.js';
import type { Env } from './env.js';
import { ffmpegConfigSchema, type FfmpegConfig } from './ffmpeg.js';
import { slackConfigSchema, type SlackConfig } from './slack.js';
import { tencentSettingsSchema, type TencentConfig } from './tencent.js';
import { loadDiscordSettings, type DiscordSettings } from './discord.js';
import { httpConfigSchema, type HttpConfig } from './http.js';

export class ConfigError extends Error {
  constructor(readonly problems: { setting: string; problem: string }[]) {
    super(`invalid settings: ${problems.map((p) => `${p.setting}: ${p.problem}`).join('; ')}`);
    this.name = 'ConfigError';
  }
}

/** Validates one part's settings with its schema; throws ConfigError naming each bad setting. */
export function parseSettings<S extends z.ZodType>(schema: S, env: Env): z.infer<S> {
  const parsed = schema.safeParse(env);
  if (parsed.success) return parsed.data;
  throw new ConfigError(
    parsed.error.issues.map((issue) => ({ setting: issue.path.join('.') || '(settings)', problem: issue.message })),
  );
}

export interface Config {
  core: CoreConfig;
  ffmpeg: FfmpegConfig;
  slack: SlackConfig;
  /** Null when the Discord adapter is off (no bot token). */
  discord: DiscordSettings | null;
  /** Null when the Tencent backend is off (no API keys). */
  tencent: TencentConfig | null;
  http: HttpConfig;
  // Each part adds its settings here, loaded by its own file (tencent.ts, ffmpeg.ts, http.ts, slack.ts, discord.ts).
}

const parts: { [K in keyof Config]: (env: Env) => Config[K] } = {
  http: (env) => parseSettings(httpConfigSchema, env),
  core: (env) => parseSettings(coreConfigSchema, env),
  ffmpeg: (env) => parseSettings(ffmpegConfigSchema, env),
  slack: (env) => parseSettings(slackConfigSchema, env),
  discord: loadDiscordSettings,
  tencent: (env) => parseSettings(tencentSettingsSchema, env),
};

export function loadConfig(env: Env): Config {
  const problems: ConfigError['problems'] = [];
  const config: Partial<Config> = {};
  for (const [name, load] of Object.entries(parts) as [keyof Config, (env: Env) => never][]) {
    try {
      config[name] = load(env);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config as Config;
}
