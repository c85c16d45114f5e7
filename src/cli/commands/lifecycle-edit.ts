// `relaybot edit [--json] <id> -- "<changes>"`: the changes in the command language (new sources, new end
// time, loop count ...), applied with ModifyLivePullStreamTask.
import { parseRelayChanges } from '../../core/command/index.js';
import { describeError, t } from '../../core/i18n.js';
import { COMMON_OPTIONS } from './lifecycle-args.js';
import { cliActor } from './lifecycle-context.js';
import { taskJson, taskText } from './lifecycle-render.js';
import { CliFailure, EXIT, runLifecycleCommand, usage } from './lifecycle-run.js';
import { zoneFlag } from './lifecycle-zone.js';

const OPTIONS = { ...COMMON_OPTIONS, operator: { type: 'string' }, tz: { type: 'string' } } as const;

export async function run(args: string[]): Promise<number> {
  return runLifecycleCommand(args, {
    options: OPTIONS,
    async run({ values, before, after }, locale, open) {
      const [id, ...rest] = [...before, ...after];
      const text = rest.join(' ').trim();
      if (!id) {
        throw new CliFailure([{ code: 'InvalidParameter.Usage', key: 'cli.lifecycle.needsId', params: { command: 'edit', usage: usage(locale, 'edit') } }], EXIT.usage);
      }
      if (!text) {
        throw new CliFailure([{ code: 'InvalidParameter.Usage', key: 'cli.lifecycle.needsText', params: { usage: usage(locale, 'edit') } }], EXIT.usage);
      }
      const zone = zoneFlag(values.tz);
      const { service, config } = await open();
      const task = service.get(id);
      // Times in the changes are read in the task's own zone unless --tz names another, and shown in that one.
      const timeZone = zone ?? task.timeZone;
      const actor = cliActor(values.operator);
      const parsed = parseRelayChanges(
        text,
        {
          now: new Date(),
          timeZone,
          locale,
          operator: actor.displayName ?? actor.userId,
          defaultDomain: config.core.RELAYBOT_PUSH_DOMAIN,
          maxSpanDays: config.core.RELAYBOT_MAX_SPAN_DAYS,
          allowPrivateNetworks: config.core.RELAYBOT_ALLOW_PRIVATE_NETWORKS,
        },
        task.request,
      );
      if (!parsed.ok) throw new CliFailure(parsed.error, EXIT.invalidCommand, timeZone);
      const { task: updated, notes } = await service.edit(task.id, parsed.value, actor);
      const warnings = notes.map((note) => describeError(locale, note));
      return {
        json: { task: taskJson(updated), warnings: notes.map((note, i) => ({ code: note.code, message: warnings[i] })) },
        text: [t(locale, 'task.done.edited', { id: updated.id }), ...taskText(updated, locale, timeZone), ...warnings],
      };
    },
  });
}
