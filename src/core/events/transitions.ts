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

/**
 * States no provider event moves a task out of, and in which its alarms are no incident (off air on purpose):
 * a person stopped or paused it — only their resume or stop ends a pause; a late TaskStart must not show a relay
 * "running" that the provider keeps paused, and the TaskExit that follows a pause is the pause taking effect —
 * or it never existed at the provider.
 */
const SETTLED: readonly TaskState[] = ['stopped', 'failed', 'paused'];

/**
 * How far an event may predate the one that last set the state and still be applied. The provider's
 * event_time counts whole seconds, and a person's change is stamped by the bot's clock, not the provider's:
 * events closer than this cannot be ordered by their times, so they are taken in the order they arrive.
 */
export const ORDER_TOLERANCE_MS = 2_000;

/** The events that say what the task's state is now (the others only change it from "scheduled", or not at all). */
export const STATE_DECIDING_EVENTS = ['TaskStart', 'TaskExit', 'TaskChanged'] as const;

/**
 * The task as an event finds it: its committed state, its request's EndTime (ISO 8601), and when (ms) that
 * state was last set — the time of the provider event or of the person's change that set it, when known.
 */
export interface TaskAtEvent {
  state: TaskState;
  endTime: string;
  stateSetAt?: number | null;
  /** When (ms) each alarm type last alarmed people for this task, as the store keeps it (task_alarms). */
  alarmedAt?: Readonly<Record<string, number>>;
}

/**
 * A TaskAlarm of a type that already alarmed people for this task this recently is listed in the task's thread,
 * not posted (with a mention) to the channel again: a flapping stream raises PushStreamUnstable every few
 * seconds, and a channel pinged that often is a channel people mute. Another type alarms at once.
 */
export const REPEAT_ALARM_QUIET_MS = 10 * 60_000;

function isRepeatAlarm(task: TaskAtEvent, event: RelayEvent): boolean {
  const last = task.alarmedAt?.[event.detail.type ?? ''];
  return last !== undefined && Math.abs(event.occurredAt - last) < REPEAT_ALARM_QUIET_MS;
}

/**
 * `alarmedAt` after `event` had `outcome`. A TaskStart that brings the relay (back) on air ends the incident: the
 * next alarm of any type is news again, however soon it comes.
 */
export function alarmedAtAfter(task: TaskAtEvent, event: RelayEvent, outcome: EventOutcome): Readonly<Record<string, number>> | undefined {
  if (event.event === 'TaskStart' && outcome.stateAfter === 'running' && !isOvertaken(task, event)) return undefined;
  if (!outcome.alarm || event.event !== 'TaskAlarm') return task.alarmedAt;
  return { ...task.alarmedAt, [event.detail.type ?? '']: event.occurredAt };
}

/**
 * An event older than the one that last set the state (the provider retries, so callbacks arrive late and out
 * of order): it is stored and shown, but it neither changes the state nor alarms — what it reports has already
 * been overtaken (a TaskExit before the TaskStart that followed it, a TaskStart before a person's restart …).
 */
export function isOvertaken(task: TaskAtEvent, event: Pick<RelayEvent, 'occurredAt'>): boolean {
  return task.stateSetAt != null && event.occurredAt < task.stateSetAt - ORDER_TOLERANCE_MS;
}

export function outcomeOf(task: TaskAtEvent, event: RelayEvent): EventOutcome {
  const state = task.state;
  // A pause is a person's, and the provider's events leave it be, all but the end of the window: the runner's
  // exit at the end time of a relay that stayed paused (reason endTime) ends it, or it would show 'paused' for
  // ever. Tencent's exits carry no reason, so theirs never get here.
  if (state === 'paused' && event.event === 'TaskExit' && event.detail.reason?.code === 'endTime' && !isOvertaken(task, event)) {
    return { stateAfter: 'ended', alarm: false };
  }
  if (SETTLED.includes(state)) return { stateAfter: state, alarm: false };
  if (isOvertaken(task, event)) return { stateAfter: state, alarm: false };
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
      return { stateAfter: state, alarm: state !== 'interrupted' && !isRepeatAlarm(task, event) };
    case 'ResetTaskConfig':
      return { stateAfter: state, alarm: false };
  }
}

function exitOutcome(task: TaskAtEvent, event: RelayEvent): EventOutcome {
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
