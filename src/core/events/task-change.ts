// A change a person made to a task through the bot (pause, resume, restart, stop, edit: from a chat verb, a
// button or the CLI), or that the bot made because time did (expire: a paused task whose end time passed). The provider says nothing about these, yet the task's channel must not go on showing the
// old state and live buttons: the change is stored in the event ledger beside the provider's events and goes
// through the same outbox, so it becomes a line in the task's thread and an edit of its status message, in
// order with the task's other news, with the same retries and channel budget. The outbox lives in the store, so
// a change made by a CLI process is delivered by the running bot's worker too.
import { randomUUID } from 'node:crypto';
import type { Actor, TaskRecord } from '../task.js';
import type { EventLedger, SubscriptionRepository } from './ports.js';
import { deliveryTargets } from './targets.js';

// expire: a paused task whose end time passed. unheardOnAir / notStarted: a relay the provider said nothing about
// minutes after its start, found on air (its events do not reach the bot) or not (it has not started).
// createConfirmed / createLost: a create whose answer was lost, settled by the bot (found or finished, or not made).
export type TaskChangeVerb =
  | 'edit'
  | 'pause'
  | 'resume'
  | 'restart'
  | 'stop'
  | 'expire'
  | 'unheardOnAir'
  | 'notStarted'
  | 'createConfirmed'
  | 'createLost';

/** Request fields an edit may change whose new value a thread line names; the others are named by field only. */
export interface ChangedValues {
  StartTime?: string;
  EndTime?: string;
  VodLoopTimes?: string;
  /** How many sources there are now (their URLs stay out of the ledger: they may carry keys). */
  sourceCount?: number;
  /** The edit also paused (true) or resumed (false) the task. */
  paused?: boolean;
}

/** Ours, not the provider's vocabulary (that is RelayEvent): stored and delivered beside it. */
export interface TaskChangedEvent {
  event: 'TaskChanged';
  verb: TaskChangeVerb;
  /** Who made the change, as people know them. */
  actor: Actor;
  occurredAt: number;
  /** For an edit: the request fields that changed (API names), and the new values a line shows. */
  fields?: string[];
  values?: ChangedValues;
}

/** What the task service reports once a verb has been carried out at the provider. */
export interface TaskChange {
  verb: TaskChangeVerb;
  actor: Actor;
  before: TaskRecord;
  after: TaskRecord;
}

/**
 * Told of every change a person makes to a task, inside the commit that records it (the task service calls it
 * beside its audit entry), so the announcement exists exactly when the change does.
 */
export interface TaskChangeListener {
  taskChanged(change: TaskChange): void;
}

const VALUE_FIELDS = ['StartTime', 'EndTime', 'VodLoopTimes'] as const;

/** The request fields whose value differs between the two requests, in the request's own order. */
function changedFields(before: TaskRecord['request'], after: TaskRecord['request']): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  const record = (request: TaskRecord['request']) => request as unknown as Record<string, unknown>;
  return [...names].filter((name) => JSON.stringify(record(before)[name]) !== JSON.stringify(record(after)[name]));
}

/** The event a change is announced as: which verb, by whom, and for an edit what it changed. */
export function taskChangedEvent(change: TaskChange, at: number): TaskChangedEvent {
  const event: TaskChangedEvent = { event: 'TaskChanged', verb: change.verb, actor: change.actor, occurredAt: at };
  if (change.verb !== 'edit') return event;
  const fields = changedFields(change.before.request, change.after.request);
  const values: ChangedValues = {};
  for (const name of VALUE_FIELDS) {
    const value = change.after.request[name];
    if (fields.includes(name) && value !== undefined) values[name] = value;
  }
  if (fields.includes('SourceUrls')) values.sourceCount = change.after.request.SourceUrls.length;
  const { before, after } = change;
  if (before.state !== 'paused' && after.state === 'paused') values.paused = true;
  if (before.state === 'paused' && after.state !== 'paused') values.paused = false;
  return { ...event, fields, values };
}

export interface TaskChangeJournalDeps {
  ledger: Pick<EventLedger, 'append' | 'enqueue'>;
  subscriptions: Pick<SubscriptionRepository, 'list'>;
  clock?: () => number;
  /** Called once a change is in the outbox (wakes the delivery worker when it runs in this process). */
  onStored?: () => void;
}

/** Stores changes in the ledger and their announcements in the outbox; runs inside the caller's transaction. */
export class TaskChangeJournal implements TaskChangeListener {
  private readonly clock: () => number;

  constructor(private readonly deps: TaskChangeJournalDeps) {
    this.clock = deps.clock ?? Date.now;
  }

  taskChanged(change: TaskChange): void {
    const { after } = change;
    const targets = deliveryTargets(after, { alarm: false }, this.deps.subscriptions.list());
    // A task nobody follows in a chat (made from the CLI, no subscriptions) has nowhere to announce to.
    if (targets.length === 0) return;
    const now = this.clock();
    const stored = this.deps.ledger.append({
      taskId: after.id,
      dedupKey: `change:${randomUUID()}`,
      event: taskChangedEvent(change, now),
      receivedAt: now,
      stateBefore: change.before.state,
      stateAfter: after.state,
      alarm: false,
    });
    if (!stored) return;
    this.deps.ledger.enqueue(stored, targets, now);
    // The worker only looks once woken (on a later turn of the event loop), after the caller's commit.
    this.deps.onStored?.();
  }
}
