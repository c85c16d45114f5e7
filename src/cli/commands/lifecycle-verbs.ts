// `relaybot show|status|pause|resume|restart|stop [--json] [--tz ZONE] <id>`: one task, one verb.
import type { Actor, TaskRecord } from '../../core/task.js';
import { t, type Locale } from '../../core/i18n.js';
import type { TaskService } from '../../core/task-service.js';
import type { ProviderTaskStatus } from '../../core/backend.js';
import { COMMON_OPTIONS } from './lifecycle-args.js';
import { cliActor } from './lifecycle-context.js';
import { statusText, taskJson, taskText } from './lifecycle-render.js';
import { CliFailure, EXIT, runLifecycleCommand, usage, type Outcome } from './lifecycle-run.js';
import { zoneFlag } from './lifecycle-zone.js';

export type TaskVerb = 'show' | 'status' | 'pause' | 'resume' | 'restart' | 'stop';

const OPTIONS = { ...COMMON_OPTIONS, operator: { type: 'string' }, tz: { type: 'string' } } as const;

type Mutation = { call: (service: TaskService, id: string, actor: Actor) => Promise<TaskRecord>; done: string };

/** The service call and the "done" message of each mutating verb. */
const MUTATIONS: Record<Exclude<TaskVerb, 'show' | 'status'>, Mutation> = {
  pause: { call: (service, id, actor) => service.pause(id, actor), done: 'task.done.paused' },
  resume: { call: (service, id, actor) => service.resume(id, actor), done: 'task.done.resumed' },
  restart: { call: (service, id, actor) => service.restart(id, actor), done: 'task.done.restarted' },
  stop: { call: (service, id, actor) => service.stop(id, actor), done: 'task.done.stopped' },
};

interface Shown {
  locale: Locale;
  /** --tz, else the task's own zone. */
  timeZone: string | undefined;
  status?: ProviderTaskStatus | null;
  done?: string;
}

function shown(task: TaskRecord, { locale, timeZone, status, done }: Shown): Outcome {
  return {
    json: { task: taskJson(task), ...(status !== undefined ? { status } : {}) },
    text: [
      ...(done ? [t(locale, done, { id: task.id })] : []),
      ...taskText(task, locale, timeZone),
      ...(status !== undefined ? statusText(status, locale) : []),
    ],
  };
}

/** The command module for one verb (main.ts maps each name to this with its verb). */
export function command(verb: TaskVerb): { run(args: string[]): Promise<number> } {
  return {
    run: (args) =>
      runLifecycleCommand(args, {
        options: OPTIONS,
        async run({ values, before, after }, locale, open) {
          const [id, extra] = [...before, ...after];
          if (!id) {
            throw new CliFailure([{ code: 'InvalidParameter.Usage', key: 'cli.lifecycle.needsId', params: { command: verb, usage: usage(locale, verb) } }], EXIT.usage);
          }
          if (extra !== undefined) {
            throw new CliFailure([{ code: 'InvalidParameter.Usage', key: 'cli.lifecycle.unexpectedArgument', params: { argument: extra, usage: usage(locale, verb) } }], EXIT.usage);
          }
          const timeZone = zoneFlag(values.tz);
          const { service } = await open();
          if (verb === 'show') return shown(service.get(id), { locale, timeZone });
          if (verb === 'status') {
            const { task, status } = await service.status(id);
            return shown(task, { locale, timeZone, status });
          }
          const mutation = MUTATIONS[verb];
          const task = await mutation.call(service, id, cliActor(values.operator));
          // A stop of a create the provider never had deleted nothing there: say so rather than "deleted".
          const done = verb === 'stop' && task.providerTaskId === null ? 'task.done.stoppedUnconfirmed' : mutation.done;
          return shown(task, { locale, timeZone, done });
        },
      }),
  };
}
