// Which lifecycle verbs make sense in which state. A refused verb names the state so the message can say why
// and what to do instead (resume a paused task rather than restart it, and so on).
import { CodedError } from '../errors.js';
import type { TaskRecord, TaskState } from '../task.js';

export type LifecycleVerb = 'edit' | 'pause' | 'resume' | 'restart' | 'stop';

const FINISHED: readonly TaskState[] = ['ended', 'stopped', 'failed'];

/** Returns the locale key explaining why `verb` is refused for the task, or null when it is allowed. */
function refusal(verb: LifecycleVerb, task: TaskRecord, now: Date): string | null {
  // An ended task still counts against the provider's task limit until it is deleted: stopping it frees
  // the slot, so that one verb stays allowed.
  if (verb === 'stop' && task.state === 'ended' && task.providerTaskId) return null;
  // A second Stop (a double click, two people, a script run twice) is told it is done, not to create a new task.
  if (verb === 'stop' && task.state === 'stopped') return 'task.refused.alreadyStopped';
  // One message per finished state, so that neither language has to splice in an untranslated state name.
  if (FINISHED.includes(task.state)) return `task.refused.${task.state}`;
  switch (verb) {
    case 'edit':
    case 'stop':
      return null;
    case 'pause':
      return task.state === 'paused' ? 'task.refused.alreadyPaused' : null;
    case 'resume':
      return task.state === 'paused' ? null : 'task.refused.notPaused';
    case 'restart':
      if (task.state === 'paused') return 'task.refused.restartPaused';
      // Until its start time a task has nothing to restart. (A 'scheduled' task past its start may simply not
      // have reported TaskStart to us yet, so the clock decides, not the state.)
      if (task.state === 'scheduled' && Date.parse(task.request.StartTime) > now.getTime()) return 'task.refused.notStarted';
      return null;
  }
}

/** Throws CodedError `FailedOperation.TaskState` when `verb` makes no sense in the task's current state. */
export function assertVerbAllowed(verb: LifecycleVerb, task: TaskRecord, now: Date): void {
  const key = refusal(verb, task, now);
  if (key) throw new CodedError('FailedOperation.TaskState', key, { id: task.id, state: task.state, verb });
}
