// The frame every lifecycle command runs in: parse the arguments, open the store and the backends, run the
// command, print one JSON object (--json) or readable lines, and map every failure to a localised message and
// an exit code. Commands only describe what they do and what they print.
import { ConfigError } from '../../config/index.js';
import { StartupProblem } from '../../wiring/startup-problem.js';
import { CodedError, type RelayError } from '../../core/errors.js';
import { describeErrorFor } from '../../core/error-text.js';
import { t, type Locale } from '../../core/i18n.js';
import { cliLocale, isSpokenLocale, parseCommandArgs, type OptionSpec, type ParsedArgs } from './lifecycle-args.js';
import { openLifecycle, type LifecycleContext } from './lifecycle-context.js';

/** sysexits-style codes, so scripts can tell a typo from a refusal from a broken setup. */
export const EXIT = { ok: 0, failed: 1, invalidCommand: 2, usage: 64, unexpected: 70, config: 78 } as const;

/** A failure the command itself reports (bad usage, unparseable text), with its exit code. */
export class CliFailure extends Error {
  constructor(
    readonly errors: RelayError[],
    readonly exitCode: number,
    /** The zone the command's times were read in: the times an error names are written in it. */
    readonly timeZone?: string,
  ) {
    super(errors.map((e) => e.code).join(', '));
    this.name = 'CliFailure';
  }
}

export interface Outcome {
  /** Merged into `{"ok": true, ...}` for --json. */
  json: Record<string, unknown>;
  text: string[];
}

export interface CommandBody {
  options: OptionSpec;
  /**
   * Does the work. `open` gives the store, backends and service, opened on first use, so that a usage error
   * is reported without touching the data directory or loading a backend.
   */
  run(args: ParsedArgs, locale: Locale, open: () => Promise<LifecycleContext>): Promise<Outcome>;
}

/** Who reads an error: their language, and the zone their command's times were read in, when known. */
type ErrorReader = Parameters<typeof describeErrorFor>[0];

function errorJson(reader: ErrorReader, error: RelayError): Record<string, unknown> {
  return {
    code: error.code,
    message: describeErrorFor(reader, error),
    ...(error.field ? { field: error.field } : {}),
    ...(error.params && Object.keys(error.params).length > 0 ? { params: error.params } : {}),
  };
}

function classify(error: unknown, locale: Locale): { errors: RelayError[]; exitCode: number } {
  if (error instanceof CliFailure) return { errors: error.errors, exitCode: error.exitCode };
  if (error instanceof CodedError) return { errors: [error.toRelayError()], exitCode: EXIT.failed };
  if (error instanceof ConfigError) {
    return {
      errors: error.describe(locale).map((p) => ({
        code: 'InvalidSetting',
        field: p.setting,
        key: 'cli.lifecycle.settingInvalid',
        params: { setting: p.setting, problem: p.problem },
      })),
      exitCode: EXIT.config,
    };
  }
  if (error instanceof StartupProblem) {
    // The data directory cannot be used: a setting to change, not a failure to report.
    return { errors: [{ code: 'InvalidSetting', field: 'RELAYBOT_DATA_DIR', key: error.key, params: error.params }], exitCode: EXIT.config };
  }
  return {
    errors: [{ code: 'InternalError', key: 'cli.lifecycle.unexpected', params: { message: (error as Error)?.message ?? String(error) } }],
    exitCode: EXIT.unexpected,
  };
}

export async function runLifecycleCommand(args: string[], body: CommandBody): Promise<number> {
  const parsed = parseCommandArgs(args, body.options);
  const json = parsed.ok ? parsed.value.values.json === true : args.includes('--json');
  const locale = cliLocale(parsed.ok ? parsed.value.values.locale : undefined);
  let context: LifecycleContext | undefined;
  try {
    if (!parsed.ok) throw new CliFailure([parsed.error], EXIT.usage);
    const localeFlag = parsed.value.values.locale;
    if (typeof localeFlag === 'string' && !isSpokenLocale(localeFlag)) {
      throw new CliFailure([{ code: 'InvalidParameter.Locale', key: 'cli.badLocale', params: { value: localeFlag } }], EXIT.usage);
    }
    const outcome = await body.run(parsed.value, locale, async () => (context ??= await openLifecycle()));
    process.stdout.write(json ? `${JSON.stringify({ ok: true, ...outcome.json })}\n` : `${outcome.text.join('\n')}\n`);
    return EXIT.ok;
  } catch (error) {
    const { errors, exitCode } = classify(error, locale);
    const reader: ErrorReader = { locale, ...(error instanceof CliFailure && error.timeZone ? { timeZone: error.timeZone } : {}) };
    if (exitCode === EXIT.unexpected) context?.logger.error({ err: error }, 'lifecycle command failed');
    if (json) process.stdout.write(`${JSON.stringify({ ok: false, errors: errors.map((e) => errorJson(reader, e)) })}\n`);
    else process.stderr.write(`${errors.map((e) => describeErrorFor(reader, e)).join('\n')}\n`);
    return exitCode;
  } finally {
    await context?.close();
  }
}

/** The usage line of a command, for messages that point at it. */
export function usage(locale: Locale, command: string): string {
  const key = ['create', 'list', 'edit'].includes(command) ? command : 'verb';
  return t(locale, `cli.lifecycle.usage.${key}`, { command });
}
