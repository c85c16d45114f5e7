// `relaybot create [--json] [--yes] [--tz Z] [--domain D] [--locale L] [--operator NAME] [--request-id ID] -- "<text>"`:
// parse the command text as chat would, show what was understood and ask (unless --yes), then create.
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline/promises';
import { CodedError } from '../../core/errors.js';
import { parseRelayCommand } from '../../core/command/index.js';
import { warnOfConflicts } from '../../core/destination-conflicts.js';
import type { RelayError } from '../../core/errors.js';
import { describeError, t, type Locale } from '../../core/i18n.js';
import { buildPreview, renderPlainText } from '../../core/preview.js';
import { COMMON_OPTIONS } from './lifecycle-args.js';
import { conflictsFor, conflictWarning, noBotWarning } from './lifecycle-create-checks.js';
import { cliActor } from './lifecycle-context.js';
import { taskJson, taskText } from './lifecycle-render.js';
import { CliFailure, EXIT, runLifecycleCommand, usage, type Outcome } from './lifecycle-run.js';
import { zoneFlag } from './lifecycle-zone.js';

const OPTIONS = {
  ...COMMON_OPTIONS,
  yes: { type: 'boolean', short: 'y' },
  tz: { type: 'string' },
  // The push domain for `to app/stream`, as `relaybot parse --domain` takes it (else RELAYBOT_PUSH_DOMAIN).
  domain: { type: 'string' },
  operator: { type: 'string' },
  'request-id': { type: 'string' },
} as const;

/**
 * What a --request-id stands for: the command text and the options that change what it means. A script that
 * retries repeats these; "now" in the text is read afresh each time, so the parsed request would not match.
 */
function askedFingerprint(text: string, timeZone: string, domain: string | undefined): string {
  return JSON.stringify({ text: text.replace(/\s+/g, ' '), timeZone, domain: domain ?? null });
}

/**
 * Asks y/N on the terminal; the answer must be an explicit yes in either language. Ctrl-D (end of input) or
 * Ctrl-C at the question is a "no", as at any y/N prompt: the person chose not to answer yes.
 */
async function confirm(locale: Locale, out: NodeJS.WritableStream): Promise<boolean> {
  const prompt = createInterface({ input: process.stdin, output: out });
  // Ctrl-C at the question: readline reads it from the terminal (raw mode), so the process gets no SIGINT, and
  // the question would be left unanswered (Node then exits 13 without a word).
  const ctrlC = new AbortController();
  prompt.on('SIGINT', () => ctrlC.abort());
  try {
    const answer = await prompt.question(t(locale, 'cli.lifecycle.confirmPrompt'), { signal: ctrlC.signal });
    return /^\s*(y|yes|是|好|确认)\s*$/i.test(answer);
  } catch (error) {
    if ((error as { name?: string } | null)?.name === 'AbortError') {
      out.write('\n');
      return false;
    }
    throw error;
  } finally {
    prompt.close();
  }
}

export async function run(args: string[]): Promise<number> {
  return runLifecycleCommand(args, {
    options: OPTIONS,
    async run({ values, before, after }, locale, open): Promise<Outcome> {
      const text = [...before, ...after].join(' ').trim();
      if (!text) {
        throw new CliFailure([{ code: 'InvalidParameter.Usage', key: 'cli.lifecycle.needsText', params: { usage: usage(locale, 'create') } }], EXIT.usage);
      }
      const zone = zoneFlag(values.tz);
      // Refuse before touching anything when nobody can be asked to confirm.
      if (values.yes !== true && !process.stdin.isTTY) {
        throw new CliFailure([{ code: 'InvalidParameter.ConfirmationRequired', key: 'cli.lifecycle.confirmNeedsTty' }], EXIT.usage);
      }

      const context = await open();
      const timeZone = zone ?? context.defaultTimeZone;
      const domain = typeof values.domain === 'string' ? values.domain : context.config.core.RELAYBOT_PUSH_DOMAIN;
      const actor = cliActor(values.operator);
      const parsed = parseRelayCommand(text, {
        now: new Date(),
        timeZone,
        locale,
        operator: actor.displayName ?? actor.userId,
        defaultDomain: domain,
        maxSpanDays: context.config.core.RELAYBOT_MAX_SPAN_DAYS,
        allowPrivateNetworks: context.config.core.RELAYBOT_ALLOW_PRIVATE_NETWORKS,
      });
      if (!parsed.ok) throw new CliFailure(parsed.error, EXIT.invalidCommand, timeZone);
      const { request, backend, startsNow, notes } = parsed.value;
      const runner = backend ?? context.defaultBackend;
      const conflicts = conflictsFor(context, request);
      const noBot = noBotWarning(context, runner);

      if (values.yes !== true) {
        // With --json, stdout stays one JSON object; and when stdout is piped or redirected (`| jq`, `> out.txt`)
        // the person is still at the terminal: either way the preview and the question go to stderr.
        const out = values.json === true || !process.stdout.isTTY ? process.stderr : process.stdout;
        const preview = warnOfConflicts(buildPreview(request, { locale, timeZone, backend: runner, startsNow, notes }), conflicts, locale);
        out.write(`${renderPlainText(preview)}\n`);
        if (noBot) out.write(`\n${describeError(locale, noBot)}\n`);
        if (!(await confirm(locale, out))) {
          throw new CliFailure([{ code: 'OperationCancelled', key: 'cli.lifecycle.cancelled' }], EXIT.failed);
        }
      }

      const requestId = typeof values['request-id'] === 'string' ? values['request-id'] : randomUUID();
      const { task, created, notes: runnerNotes } = await context.service
        .create({
          request,
          ...(backend ? { backend } : {}),
          actor,
          home: null,
          locale,
          timeZone,
          idempotencyKey: `cli:${requestId}`,
          requestFingerprint: askedFingerprint(text, timeZone, domain),
        })
        .catch((error: unknown) => {
          // The provider never confirmed: only the same request id can finish this task, so tell which one.
          if (error instanceof CodedError && error.code === 'FailedOperation.CreatePending') {
            throw new CliFailure([{ code: error.code, key: 'cli.lifecycle.createPending', params: { ...error.params, requestId } }], EXIT.failed);
          }
          // The id names another command's task: creating nothing silently would drop this command.
          if (error instanceof CodedError && error.code === 'InvalidParameter.IdempotencyKeyReused') {
            throw new CliFailure([{ code: error.code, key: 'cli.lifecycle.requestIdReused', params: { ...error.params, requestId } }], EXIT.failed);
          }
          throw error;
        });
      // A repeat of an earlier create reports that task as it was; only a new task is news to warn about.
      // With --yes nobody saw the preview: how an ambiguous date was read is said with the result.
      const warnings = created ? [...(values.yes === true ? notes : []), conflictWarning(conflicts), noBot, ...runnerNotes].filter((w): w is RelayError => w !== null) : [];
      return {
        json: { task: taskJson(task), created, requestId, warnings: warnings.map((w) => ({ code: w.code, message: describeError(locale, w) })) },
        text: [
          t(locale, created ? 'task.done.created' : 'task.done.existing', { id: task.id }),
          ...taskText(task, locale),
          ...warnings.map((w) => describeError(locale, w)),
        ],
      };
    },
  });
}
