// The verbs about existing tasks: list, status, show, stop, pause, resume, restart (edit lives beside).
// On a platform with workspaces (a team id in the home), people see and touch only their workspace's tasks.
import type { ChatContext, ChatOutcome } from '../chat-commands.js';
import { CodedError } from '../errors.js';
import { t } from '../i18n.js';
import { normalizeTaskId } from '../task-id.js';
import { ACTIVE_STATES, type Actor, type TaskRecord } from '../task.js';
import type { ChatDeps } from './deps.js';
import { infoDocument, listDocument, liveStatusDocument, statusDocument } from './documents.js';

export type LifecycleAction = 'stop' | 'pause' | 'resume' | 'restart';

/** Whether the task belongs to the workspace the command came from. */
export function visibleTo(task: TaskRecord, ctx: ChatContext): boolean {
  if (ctx.home.teamId === undefined) return true;
  return task.home?.platform === ctx.home.platform && task.home.teamId === ctx.home.teamId;
}

/** The task, or the same "not found" an unknown id gets when it belongs to another workspace. */
export function findTask(id: string, ctx: ChatContext, deps: ChatDeps): TaskRecord {
  const task = deps.tasks.get(id);
  if (!visibleTo(task, ctx)) throw new CodedError('InvalidParameter.TaskNotExist', 'task.notFound', { id: normalizeTaskId(id) });
  return task;
}

export function listTasks(ctx: ChatContext, deps: ChatDeps): ChatOutcome {
  const scope = ctx.home.teamId === undefined ? {} : { platform: ctx.home.platform, teamId: ctx.home.teamId };
  const tasks = deps.tasks.list({ states: ACTIVE_STATES, ...scope });
  return { kind: 'reply', doc: listDocument(tasks, ctx) };
}

export function showTask(id: string, ctx: ChatContext, deps: ChatDeps): ChatOutcome {
  return { kind: 'reply', doc: statusDocument(findTask(id, ctx, deps), ctx, { detailed: true }) };
}

export async function taskStatus(id: string, ctx: ChatContext, deps: ChatDeps): Promise<ChatOutcome> {
  findTask(id, ctx, deps);
  const { task, status } = await deps.tasks.status(id);
  return { kind: 'reply', doc: liveStatusDocument(task, status, ctx) };
}

const RUN: Record<LifecycleAction, (deps: ChatDeps, id: string, actor: Actor) => Promise<TaskRecord>> = {
  stop: (deps, id, actor) => deps.tasks.stop(id, actor),
  pause: (deps, id, actor) => deps.tasks.pause(id, actor),
  resume: (deps, id, actor) => deps.tasks.resume(id, actor),
  restart: (deps, id, actor) => deps.tasks.restart(id, actor),
};

/** Runs a lifecycle verb and answers with the task's new status, saying what was done. */
export async function changeTask(action: LifecycleAction, id: string, ctx: ChatContext, deps: ChatDeps): Promise<ChatOutcome> {
  const before = findTask(id, ctx, deps);
  const task = await RUN[action](deps, before.id, ctx.actor);
  // A stop of a create the provider never had deleted nothing there: say so rather than "deleted".
  const key = action === 'stop' && task.providerTaskId === null ? 'chat.done.stopUnconfirmed' : `chat.done.${action}`;
  const done = t(ctx.locale, key, { id: task.id });
  return { kind: 'reply', doc: statusDocument(task, ctx, { lines: [done] }) };
}

/** A verb that needs a task id was given none. */
export function needsId(verb: string, ctx: ChatContext): ChatOutcome {
  return { kind: 'reply', doc: infoDocument(t(ctx.locale, 'chat.usage.needsId', { verb }), [], 'warning') };
}
