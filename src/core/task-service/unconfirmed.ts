// A task is recorded before its create is sent (task-service.ts), so a create whose answer was lost leaves a
// record with no provider id. Front ends show such a task as not yet confirmed rather than as scheduled.
import type { TaskRecord } from '../task.js';

/** Recorded for a create the provider has not confirmed (its answer was lost): it may or may not exist there. */
export function isUnconfirmedCreate(task: Pick<TaskRecord, 'state' | 'providerTaskId'>): boolean {
  return task.state === 'scheduled' && task.providerTaskId === null;
}
