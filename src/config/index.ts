// All settings, validated once at start-up. A missing or malformed setting stops start-up with a message
// naming it; every problem is reported at once, not the first only.
import { z } from 'zod';
import type { Locale } from '../core/i18n.js';
import { coreConfigSchema, type CoreConfig } from './core.js';
import type { Env } from './env.js';
import { ffmpegConfigSchema, type FfmpegConfig } from './ffmpeg.js';
import { slackConfigSchema, type SlackConfig } from './slack.js';
import { tencentSettingsSchema, type TencentConfig } from './tencent.js';
import { loadDiscordSettings, type DiscordSettings } from './discord.js';
import { httpConfigSchema, type HttpConfig } from './http.js';
import { describeSettingProblem, type SettingProblem } from './problems.js';
import { unknownSettings } from './unknown-settings.js';

export type { SettingProblem } from './problems.js';

export class ConfigError extends Error {
  /** The same problems in English (logs, and callers that do not know the reader's language). */
  readonly problems: { setting: string; problem: string }[];

  constructor(readonly found: SettingProblem[]) {
    const problems = found.map((p) => ({ setting: p.setting, problem: describeSettingProblem('en', p) }));
    super(`invalid settings: ${problems.map((p) => `${p.setting}: ${p.problem}`).join('; ')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }

  /** Each problem in the reader's language, saying what to change. */
  describe(locale: Locale): { setting: string; problem: string }[] {
    return this.found.map((p) => ({ setting: p.setting, problem: describeSettingProblem(locale, p) }));
  }
}

/** A zod issue as a problem: a rule's own message key (see ruleIssue), else "malformed" for its setting. */
function problemOf(issue: z.core.$ZodIssue): SettingProblem {
  const setting = issue.path.join('.') || '(settings)';
  const rule = issue.code === 'custom' ? (issue.params as { key?: string; params?: Record<string, string> } | undefined) : undefined;
  if (rule?.key) return { setting, key: rule.key, ...(rule.params ? { params: rule.params } : {}) };
  return { setting, key: 'settings.invalid' };
}

/** Validates one part's settings with its schema; throws ConfigError naming each bad setting. */
export function parseSettings<S extends z.ZodType>(schema: S, env: Env): z.infer<S> {
  const parsed = schema.safeParse(env);
  if (parsed.success) return parsed.data;
  throw new ConfigError(parsed.error.issues.map(problemOf));
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

export function loadConfig(rawEnv: Env): Config {
  // `RELAYBOT_PORT=` in a .env file means "not set" (its default), as a shell treats an empty LC_ALL; read as a
  // value it would be port 0 (a random port) or a malformed host name.
  const env = Object.fromEntries(Object.entries(rawEnv).filter(([, value]) => value !== ''));
  // A misspelt name is a setting silently left at its default: as much a mistake as a malformed value.
  const problems: SettingProblem[] = unknownSettings(env);
  const config: Partial<Config> = {};
  for (const [name, load] of Object.entries(parts) as [keyof Config, (env: Env) => never][]) {
    try {
      config[name] = load(env);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      problems.push(...error.found);
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config as Config;
}
