// The shared argv helper for `relaybot <command>`: node:util parseArgs in strict mode, with its failures
// returned as values (the caller prints them and exits 64, EX_USAGE) instead of thrown with a stack trace.
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** sysexits.h: the command was used incorrectly (bad flag, missing argument). */
export const EX_USAGE = 64;
/** sysexits.h: an internal software error. */
export const EX_SOFTWARE = 70;

export type FlagSpec = NonNullable<ParseArgsConfig['options']>;

type FlagValues<S extends FlagSpec> = {
  [K in keyof S]?: S[K] extends { type: 'boolean' } ? boolean : S[K] extends { multiple: true } ? string[] : string;
};

export type ParsedFlags<S extends FlagSpec> =
  | { ok: true; values: FlagValues<S>; positionals: string[] }
  | { ok: false; problem: string };

/**
 * Parses flags strictly: unknown flags, missing values and flags given a value they do not take are
 * problems. Everything after `--` is positional, untouched (command text may start with a dash).
 */
export function parseFlags<S extends FlagSpec>(args: string[], spec: S, options: { allowPositionals?: boolean } = {}): ParsedFlags<S> {
  try {
    const parsed = parseArgs({ args, options: spec, strict: true, allowPositionals: options.allowPositionals ?? true });
    return { ok: true, values: parsed.values as FlagValues<S>, positionals: parsed.positionals };
  } catch (error) {
    // parseArgs reports usage problems as TypeErrors with an ERR_PARSE_ARGS_* code and a readable message.
    const problem = error instanceof Error ? error.message.replace(/\.$/, '') : String(error);
    return { ok: false, problem };
  }
}
