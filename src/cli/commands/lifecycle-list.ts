// `relaybot list [--json] [--tz ZONE]`: every task, newest first, each line naming the zone of its times.
import { t } from '../../core/i18n.js';
import { COMMON_OPTIONS } from './lifecycle-args.js';
import { listLine, taskJson } from './lifecycle-render.js';
import { CliFailure, EXIT, runLifecycleCommand, usage } from './lifecycle-run.js';
import { zoneFlag } from './lifecycle-zone.js';

const OPTIONS = { ...COMMON_OPTIONS, tz: { type: 'string' } } as const;

export async function run(args: string[]): Promise<number> {
  return runLifecycleCommand(args, {
    options: OPTIONS,
    async run({ values, before, after }, locale, open) {
      const extra = [...before, ...after][0];
      if (extra !== undefined) {
        throw new CliFailure([{ code: 'InvalidParameter.Usage', key: 'cli.lifecycle.unexpectedArgument', params: { argument: extra, usage: usage(locale, 'list') } }], EXIT.usage);
      }
      const timeZone = zoneFlag(values.tz);
      const tasks = (await open()).service.list();
      return {
        json: { tasks: tasks.map(taskJson) },
        text: tasks.length > 0 ? tasks.map((task) => listLine(task, locale, timeZone)) : [t(locale, 'cli.lifecycle.noTasks')],
      };
    },
  });
}
