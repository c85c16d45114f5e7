// What an event does to a task's state, and whether people must be alarmed. Pure; the sink applies the
// result in the same transaction that stores the event.
import type { RelayEvent } from '../relay-event.js';
import { DELIBERATE_REASONS, ENDING_REASONS } from '../relay-reason.js';
import type { TaskState } from '../task.js';

export interface EventOutcome {
  stateAfter: TaskState;
  /**
   * The event needs people: a TaskAlarm, or the TaskExit that takes a running relay off air before its end time.
   * Not the planned end (end time, loops done), not a deliberate exit (restart, pause, delete, the runner shut
   * down), and not the provider's further retries of a task already known to be interrupted.
   */
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
      // A file being pulled says the task has started, but not that anything reaches the destination: the
      // provider pulls while it retries a refused push. Only TaskStart brings an interrupted relay back.
      return { stateAfter: state === 'scheduled' ? 'running' : state, alarm: false };
    case 'TaskExit':
      return exitOutcome(task, event);
    case 'TaskAlarm':
      // A relay already known to be off air has had its alarm: the provider's alarms of each retry are listed in
      // the task's thread, not posted to the channel again and again.
      return { stateAfter: state, alarm: state !== 'interrupted' };
    case 'ResetTaskConfig':
      return { stateAfter: state, alarm: false };
  }
}

function exitOutcome(task: TaskAtEvent, event: RelayEvent): EventOutcome {
  // Pausing a task makes the provider stop it: an exit while paused is the pause taking effect.
  if (task.state === 'paused') return { stateAfter: 'paused', alarm: false };
  const reason = event.detail.reason?.code;
  // The whole window went by while no bot ran: the relay never happened. Not "ended" like a relay that played;
  // the runner's TaskAlarm before this exit has already told people.
  if (reason === 'windowMissed') return { stateAfter: 'failed', alarm: false };
  // VodLoopTimes reached: the API says the task ends there, whatever its end time.
  if (reason && ENDING_REASONS.includes(reason)) return { stateAfter: 'ended', alarm: false };
  const endsAt = Date.parse(task.endTime);
  const exitedAt = event.detail.task_exit_time && event.detail.task_exit_time > 0 ? event.detail.task_exit_time : event.occurredAt;
  if (Number.isFinite(endsAt) && exitedAt >= endsAt - END_TIME_GRACE_MS) return { stateAfter: 'ended', alarm: false };
  // A restart someone asked for, or the runner stopping with the bot: off air on purpose until the relay starts
  // again (at once, or when the bot is back inside the window). Waiting to start, like a scheduled task: its
  // next TaskStart, or the alarm of its next failure, is news again.
  if (reason === 'restarted' || reason === 'runnerShutdown') return { stateAfter: 'scheduled', alarm: false };
  // A pause or delete: the verb itself sets the state.
  if (reason && DELIBERATE_REASONS.includes(reason)) return { stateAfter: task.state, alarm: false };
  // Before the end time an exit is not the end: the provider retries and migrates, each producing a TaskExit.
  // People hear about the first of them; the retries of a relay already known to be off air are news to no one.
  return { stateAfter: 'interrupted', alarm: task.state !== 'interrupted' };
}
