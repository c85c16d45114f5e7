// `relaybot create [--json] [--yes] [--tz Z] [--locale L] [--operator NAME] [--request-id ID] -- "<text>"`:
// parse the command text as chat would, show what was understood and ask (unless --yes), then create.
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline/promises';
import { isTimeZone } from '../../core/time-zone.js';
import { CodedError } from '../../core/errors.js';
import { parseRelayCommand } from '../../core/command/index.js';
import { t, type Locale } from '../../core/i18n.js';
import { buildPreview, renderPlainText } from '../../core/preview.js';
import { COMMON_OPTIONS } from './lifecycle-args.js';
import { cliActor } from './lifecycle-context.js';
import { taskJson, taskText } from './lifecycle-render.js';
import { CliFailure, EXIT, runLifecycleCommand, usage, type Outcome } from './lifecycle-run.js';

const OPTIONS = {
  ...COMMON_OPTIONS,
  yes: { type: 'boolean', short: 'y' },
  tz: { type: 'string' },
  operator: { type: 'string' },
  'request-id': { type: 'string' },
} as const;

/** Asks y/N on the terminal; the answer must be an explicit yes in either language. */
async function confirm(locale: Locale, out: NodeJS.WritableStream): Promise<boolean> {
  const prompt = createInterface({ input: process.stdin, output: out });
  try {
    const answer = await prompt.question(t(locale, 'cli.lifecycle.confirmPrompt'));
    return /^\s*(y|yes|是|好|确认)\s*$/i.test(answer);
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
      const zone = values.tz;
      if (typeof zone === 'string' && !isTimeZone(zone)) {
        throw new CliFailure([{ code: 'InvalidParameter.TimeZone', key: 'cli.lifecycle.badTimeZone', params: { zone } }], EXIT.usage);
      }
      // Refuse before touching anything when nobody can be asked to confirm.
      if (values.yes !== true && !process.stdin.isTTY) {
        throw new CliFailure([{ code: 'InvalidParameter.ConfirmationRequired', key: 'cli.lifecycle.confirmNeedsTty' }], EXIT.usage);
      }

      const context = await open();
      const timeZone = typeof zone === 'string' ? zone : context.defaultTimeZone;
      const actor = cliActor(values.operator);
      const parsed = parseRelayCommand(text, {
        now: new Date(),
        timeZone,
        locale,
        operator: actor.displayName ?? actor.userId,
        defaultDomain: context.config.core.RELAYBOT_PUSH_DOMAIN,
        maxSpanDays: context.config.core.RELAYBOT_MAX_SPAN_DAYS,
        allowPrivateNetworks: context.config.core.RELAYBOT_ALLOW_PRIVATE_NETWORKS,
      });
      if (!parsed.ok) throw new CliFailure(parsed.error, EXIT.invalidCommand);
      const { request, backend, startsNow } = parsed.value;

      if (values.yes !== true) {
        // With --json, stdout stays one JSON object: the preview and the question go to stderr.
        const out = values.json === true ? process.stderr : process.stdout;
        const runner = backend ?? context.defaultBackend;
        out.write(`${renderPlainText(buildPreview(request, { locale, timeZone, backend: runner, startsNow }))}\n`);
        if (!(await confirm(locale, out))) {
          throw new CliFailure([{ code: 'OperationCancelled', key: 'cli.lifecycle.cancelled' }], EXIT.failed);
        }
      }

      const requestId = typeof values['request-id'] === 'string' ? values['request-id'] : randomUUID();
      const { task, created } = await context.service
        .create({ request, ...(backend ? { backend } : {}), actor, home: null, locale, timeZone, idempotencyKey: `cli:${requestId}` })
        .catch((error: unknown) => {
          // The provider never confirmed: only the same request id can finish this task, so tell which one.
          if (error instanceof CodedError && error.code === 'FailedOperation.CreatePending') {
            throw new CliFailure([{ code: error.code, key: 'cli.lifecycle.createPending', params: { ...error.params, requestId } }], EXIT.failed);
          }
          throw error;
        });
      return {
        json: { task: taskJson(task), created, requestId },
        text: [t(locale, created ? 'task.done.created' : 'task.done.existing', { id: task.id }), ...taskText(task, locale)],
      };
    },
  });
}
