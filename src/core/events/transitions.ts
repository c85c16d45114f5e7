// What an event does to a task's state, and whether people must be alarmed. Pure; the sink applies the
// result in the same transaction that stores the event.
import type { RelayEvent } from '../relay-event.js';
import type { TaskState } from '../task.js';

export interface EventOutcome {
  stateAfter: TaskState;
  /** The event needs people: a TaskAlarm, or a TaskExit before the end time (the relay is off air). */
  alarm: boolean;
}

/**
 * A TaskExit within this much of EndTime counts as the planned end: the provider's exit timestamp (ms) and
 * EndTime (whole seconds) come from different clocks, and a relay that stops 0.4 s early is not an incident.
 */
export const END_TIME_GRACE_MS = 5_000;

/** States no provider event moves a task out of: a person ended it, or it never existed at the provider. */
const SETTLED: readonly TaskState[] = ['stopped', 'failed'];

/** The task as an event finds it: its committed state and its request's EndTime (ISO 8601). */
export interface TaskAtEvent {
  state: TaskState;
  endTime: string;
}

export function outcomeOf(task: TaskAtEvent, event: RelayEvent): EventOutcome {
  const state = task.state;
  if (SETTLED.includes(state)) return { stateAfter: state, alarm: false };
  switch (event.event) {
    case 'TaskStart':
      return { stateAfter: 'running', alarm: false };
    case 'VodSourceFileStart':
    case 'VodSourceFileFinish':
      // A file being pulled proves the relay runs, e.g. after an interruption the provider recovered from.
      return { stateAfter: state === 'scheduled' || state === 'interrupted' ? 'running' : state, alarm: false };
    case 'TaskExit':
      return exitOutcome(task, event);
    case 'TaskAlarm':
      return { stateAfter: state, alarm: true };
    case 'ResetTaskConfig':
      return { stateAfter: state, alarm: false };
  }
}

function exitOutcome(task: TaskAtEvent, event: RelayEvent): EventOutcome {
  // Pausing a task makes the provider stop it: an exit while paused is the pause taking effect.
  if (task.state === 'paused') return { stateAfter: 'paused', alarm: false };
  const endsAt = Date.parse(task.endTime);
  const exitedAt = event.detail.task_exit_time && event.detail.task_exit_time > 0 ? event.detail.task_exit_time : event.occurredAt;
  if (Number.isFinite(endsAt) && exitedAt >= endsAt - END_TIME_GRACE_MS) return { stateAfter: 'ended', alarm: false };
  // Before the end time an exit is not the end: the provider retries and migrates, each producing a TaskExit.
  return { stateAfter: 'interrupted', alarm: true };
}
