// Argument parsing for the lifecycle commands (node:util parseArgs), with every complaint as a RelayError so
// that it reaches the user localised, in text or in the --json error list.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { resolveLocale, type Locale } from '../../core/i18n.js';
import type { RelayError } from '../../core/errors.js';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

/** Options every lifecycle command takes. */
export const COMMON_OPTIONS = {
  json: { type: 'boolean' },
  locale: { type: 'string' },
} as const satisfies OptionSpec;

export interface ParsedArgs {
  values: Record<string, string | boolean | undefined>;
  /** Positionals before `--`. */
  before: string[];
  /** Positionals after `--` (the command text). */
  after: string[];
}

/** The reader's language: --locale, else the terminal's (LC_ALL / LC_MESSAGES / LANG, e.g. zh_CN.UTF-8). */
export function cliLocale(flag: unknown, env: NodeJS.ProcessEnv = process.env): Locale {
  const tag = typeof flag === 'string' && isSpokenLocale(flag) ? flag : (env.LC_ALL || env.LC_MESSAGES || env.LANG);
  return resolveLocale(tag?.split('.')[0]);
}

/**
 * Whether --locale names a language we answer in (en, zh-CN and their spellings: en_US, zh_CN, zh-Hans). Anything
 * else is refused, as `relaybot parse` refuses it, rather than answered in English as if it had been understood.
 */
export function isSpokenLocale(tag: string): boolean {
  const bare = tag.split('.')[0]!;
  return /^en(?:[-_][a-z]+)?$/i.test(bare) || resolveLocale(bare) === 'zh-CN';
}

function problem(code: string, key: string, params: Record<string, string>): RelayError {
  return { code, key, params };
}

export function parseCommandArgs(args: string[], options: OptionSpec): { ok: true; value: ParsedArgs } | { ok: false; error: RelayError } {
  try {
    const { values, tokens } = parseArgs({ args, options, allowPositionals: true, strict: true, tokens: true });
    const before: string[] = [];
    const after: string[] = [];
    let terminated = false;
    for (const token of tokens) {
      if (token.kind === 'option-terminator') terminated = true;
      else if (token.kind === 'positional') (terminated ? after : before).push(token.value);
    }
    return { ok: true, value: { values: values as ParsedArgs['values'], before, after } };
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    const option = /'(-{1,2}[^' ]+)/.exec((error as Error).message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      return { ok: false, error: problem('InvalidParameter.Usage', 'cli.lifecycle.missingValue', { option }) };
    }
    return { ok: false, error: problem('InvalidParameter.Usage', 'cli.lifecycle.unknownOption', { option }) };
  }
}
