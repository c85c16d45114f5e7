// `relaybot parse [--json] [--tz Z] [--now T] [--locale L] [--domain D] [--operator O] -- "<command>"`:
// shows what a relay command would create, without creating it. With --json, exactly one JSON object on
// stdout: the request exactly as it would be sent (exit 0), or the errors (exit 2). Bad flags exit 64.
// Imports only the command language: check-corpus spawns this once per case, so start-up time counts.
import { userInfo } from 'node:os';
import { readEnv, type Env } from '../../config/env.js';
import { parseRelayCommand, type CommandContext } from '../../core/command/index.js';
import { describeErrorFor } from '../../core/error-text.js';
import { LOCALES, t, type Locale } from '../../core/i18n.js';
import { buildPreview, renderPlainText } from '../../core/preview.js';
import { EX_SOFTWARE, EX_USAGE, parseFlags } from '../args.js';
import { isTimeZone } from '../../core/time-zone.js';
import { fixedOffsetName } from '../../core/fixed-offset-zone.js';

const EXIT_REJECTED = 2;
const DEFAULT_SPAN_DAYS = 7;
const ISO_INSTANT = /^\d{4}-\d\d-\d\d(?:T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?$/i;

const FLAGS = {
  json: { type: 'boolean' },
  tz: { type: 'string' },
  now: { type: 'string' },
  locale: { type: 'string' },
  domain: { type: 'string' },
  operator: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function defaultOperator(): string {
  try {
    return userInfo().username || 'relaybot';
  } catch {
    return process.env.USER ?? 'relaybot';
  }
}

/** The settings parse shares with the bot, read straight from the environment (no full config load). */
function settingsFromEnv(env: Env): { maxSpanDays: number; allowPrivateNetworks: boolean; domain?: string } {
  const span = Number(env.RELAYBOT_MAX_SPAN_DAYS);
  return {
    maxSpanDays: Number.isFinite(span) && span > 0 ? span : DEFAULT_SPAN_DAYS,
    allowPrivateNetworks: /^(?:true|1|yes)$/i.test(env.RELAYBOT_ALLOW_PRIVATE_NETWORKS ?? ''),
    ...(env.RELAYBOT_PUSH_DOMAIN ? { domain: env.RELAYBOT_PUSH_DOMAIN } : {}),
  };
}

/**
 * A usage problem, exit 64. With --json it is the one JSON object on stdout, shaped like a rejected command's
 * (and like the other commands' errors), so a script reads every failure the same way.
 */
function usageError(json: boolean, code: string, message: string): number {
  if (json) process.stdout.write(`${JSON.stringify({ ok: false, errors: [{ code, field: null, message }] })}\n`);
  else process.stderr.write(`${message}\n`);
  return EX_USAGE;
}

/** Whether --json was asked for, also when the flags could not be parsed (only before `--`: after it is text). */
function wantsJson(args: string[]): boolean {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).includes('--json');
}

export async function run(args: string[]): Promise<number> {
  try {
    return execute(args);
  } catch (error) {
    // Never a stack trace for the user; the message is for whoever reports the bug.
    process.stderr.write(`relaybot parse: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return EX_SOFTWARE;
  }
}

function execute(args: string[]): number {
  const flags = parseFlags(args, FLAGS);
  const json = flags.ok ? flags.values.json === true : wantsJson(args);
  if (!flags.ok) return usageError(json, 'InvalidParameter.Usage', t('en', 'cli.badFlags', { problem: flags.problem }));
  const { values } = flags;
  const localeFlag = values.locale ?? 'en';
  if (!(LOCALES as readonly string[]).includes(localeFlag)) {
    return usageError(json, 'InvalidParameter.Locale', t('en', 'cli.badLocale', { value: localeFlag }));
  }
  const locale = localeFlag as Locale;
  if (values.help) {
    process.stdout.write(`${t(locale, 'cli.parse.usage')}\n`);
    return 0;
  }
  const timeZone = values.tz ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!isTimeZone(timeZone)) return usageError(json, 'InvalidParameter.TimeZone', t(locale, 'cli.badZone', { value: timeZone }));
  // "EST" is America/Panama to the runtime (no summer time): refused as the chat's `tz EST` is, naming the zones.
  const fixed = values.tz === undefined ? null : fixedOffsetName(timeZone);
  if (fixed) return usageError(json, 'InvalidParameter.TimeZone', t(locale, 'cli.fixedOffsetZone', { value: timeZone, ...fixed }));
  const now = values.now === undefined ? new Date() : new Date(values.now);
  if (values.now !== undefined && (!ISO_INSTANT.test(values.now) || Number.isNaN(now.getTime()))) {
    return usageError(json, 'InvalidParameter.Usage', t(locale, 'cli.badNow', { value: values.now }));
  }
  const text = flags.positionals.join(' ').trim();
  if (text === '') return usageError(json, 'InvalidParameter.Usage', t(locale, 'cli.missingText'));

  // The .env file too, as every other command reads it (README: "--domain defaults to RELAYBOT_PUSH_DOMAIN").
  const settings = settingsFromEnv(readEnv());
  const domain = values.domain ?? settings.domain;
  const ctx: CommandContext = {
    timeZone,
    now,
    locale,
    operator: values.operator ?? defaultOperator(),
    maxSpanDays: settings.maxSpanDays,
    allowPrivateNetworks: settings.allowPrivateNetworks,
    ...(domain ? { defaultDomain: domain } : {}),
  };
  const parsed = parseRelayCommand(text, ctx);

  if (json) {
    const body = parsed.ok
      ? { ok: true, request: parsed.value.request, notes: parsed.value.notes.map((n) => ({ code: n.code, field: n.field ?? null, message: describeErrorFor({ locale, timeZone }, n) })) }
      : { ok: false, errors: parsed.error.map((e) => ({ code: e.code, field: e.field ?? null, message: describeErrorFor({ locale, timeZone }, e) })) };
    process.stdout.write(`${JSON.stringify(body)}\n`);
    return parsed.ok ? 0 : EXIT_REJECTED;
  }
  if (!parsed.ok) {
    const lines = parsed.error.map((e) => `- ${describeErrorFor({ locale, timeZone }, e)}`);
    process.stderr.write(`${t(locale, 'cli.parse.rejected')}\n${lines.join('\n')}\n`);
    return EXIT_REJECTED;
  }
  const { request, backend, startsNow, notes } = parsed.value;
  const doc = buildPreview(request, { locale, timeZone, startsNow, notes, ...(backend ? { backend } : {}) });
  process.stdout.write(`${renderPlainText(doc)}\n`);
  return 0;
}
