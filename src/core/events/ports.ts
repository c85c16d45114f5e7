// What the event pipeline needs from storage (store/events-repo.ts, store/subscriptions-repo.ts implement
// these). Synchronous, like core/ports.ts: better-sqlite3 is, and the sink relies on one transaction.
import type { Locale } from '../i18n.js';
import type { RelayEvent } from '../relay-event.js';
import type { TaskRecord, TaskState } from '../task.js';
import type { TaskChangedEvent } from './task-change.js';
import type { UpdatesUndeliveredEvent } from './undelivered.js';

/**
 * What the ledger holds: the provider's events, the changes people made through the bot, and the notice that
 * news was given up (undelivered.ts).
 */
export type LedgerEvent = RelayEvent | TaskChangedEvent | UpdatesUndeliveredEvent;

export interface StoredEvent {
  id: number;
  taskId: string;
  event: LedgerEvent;
  receivedAt: number;
  stateBefore: TaskState;
  stateAfter: TaskState;
  alarm: boolean;
}

export type NewEvent = Omit<StoredEvent, 'id'> & { dedupKey: string };

/**
 * Where one event is announced:
 * - `thread`: the task's home, as a reply under its status message (top level when there is none yet);
 * - `status`: the task's status message, edited in place;
 * - `channel`: a top-level post in a channel (alarms in the home channel, subscribed channels).
 */
export type DeliveryTargetKind = 'thread' | 'status' | 'channel';

export interface DeliveryTarget {
  kind: DeliveryTargetKind;
  platform: string;
  teamId?: string;
  channelId: string;
  /** The reader's language: the task's locale at home, the channel's in a subscription. */
  locale: Locale;
}

/**
 * The part of a task that receiving one of its events needs: who may send it (token, provider id), the state
 * and end time it moves from, where it is announced. Read without the request JSON, which a callback never
 * needs: decoding it per callback was a tenth of the receiver's CPU under load.
 */
export type EventTaskView = Pick<TaskRecord, 'id' | 'backend' | 'providerTaskId' | 'callbackToken' | 'state' | 'home' | 'locale'> & {
  /** The request's EndTime (ISO 8601), which decides whether a TaskExit is the end. */
  endTime: string;
};

/** The narrow reads of the task store the callback receiver and the recorder use (store/task-repository.ts). */
export interface EventTaskViews {
  eventViewByCallbackToken(token: string): EventTaskView | null;
}

/** A task's state and end time as committed: what the next event moves from. */
export interface TaskProgress {
  state: TaskState;
  endTime: string;
  /**
   * When the state was last set (ms): the latest `occurredAt` among the task's stored events that decide it
   * (transitions.ts STATE_DECIDING_EVENTS, a person's changes included) or that changed it; null when none.
   */
  stateSetAt?: number | null;
  /** When (ms) each alarm type last alarmed people for this task, within twice the quiet time (transitions.ts). */
  alarmedAt?: Readonly<Record<string, number>>;
}

export interface EventLedger {
  /** Runs `work` in one store transaction: all of it is committed, or none. */
  transaction<T>(work: () => T): T;
  /** The task's committed state, end time and stateSetAt (read inside the transaction); null for an unknown task. */
  progressOf(taskId: string): TaskProgress | null;
  /** Stores the event; null when its dedup key is already stored (a provider retry). */
  append(event: NewEvent): StoredEvent | null;
  /** Records when each alarm type last alarmed people for the task (none: forgets them), in the transaction. */
  rememberAlarms(taskId: string, alarmedAt: Readonly<Record<string, number>> | undefined): void;
  /** Puts the event's deliveries in the outbox, due now. */
  enqueue(event: StoredEvent, targets: readonly DeliveryTarget[], now: number): void;
}

/** One message's worth of outbox rows: a target and, in order, the events it announces. */
export interface DeliveryBatch {
  attemptId: string;
  groupKey: string;
  taskId: string;
  target: DeliveryTarget;
  events: StoredEvent[];
  /** Attempts made for these rows, this one included (for backoff). */
  attempts: number;
  /** The attempt id is an earlier one whose post may have landed: ask the platform before posting again. */
  resumed: boolean;
}

export interface GivenUp {
  rows: number;
  counted: number;
  /** When the first event given up happened (ms); null when none was. */
  since: number | null;
}

export interface DueGroup {
  groupKey: string;
  platform: string;
  channelId: string;
}

export interface Outbox {
  /**
   * Groups with pending rows that may be sent now, oldest first, at most one per channel: every pending row
   * of the group is due and none of its rows is being sent (so a task's messages on one target never
   * overtake each other).
   */
  dueGroups(now: number, limit: number): DueGroup[];
  /** When the next backed-off row becomes due, if any. */
  nextDueAt(): number | null;
  /**
   * Marks the group's oldest pending rows (at most `maxEvents` events) as being sent under an attempt id,
   * reusing the id of an earlier unconfirmed attempt of these rows, and commits that before anything is posted.
   */
  claim(groupKey: string, newAttemptId: string, maxEvents: number, now: number): DeliveryBatch | null;
  markDelivered(attemptId: string, messageId: string | null, now: number): void;
  /** Puts the rows back as pending, due at `nextAttemptAt`, keeping the attempt id when the post may have landed. */
  release(attemptId: string, nextAttemptAt: number, error: string, keepAttemptId: boolean): void;
  markFailed(attemptId: string, error: string, now: number): void;
  /**
   * Gives up, in the group of the attempt, the rows (pending, or being sent under `attemptId`) whose event was
   * received before `before`, but never an UpdatesUndelivered notice; in the same commit leaves a notice for
   * `noticeTargets` (raising the count of one still waiting there instead, so an outage is told once). Returns how
   * many rows were given up, how many of them the notice counts (status edits are not), and since when.
   */
  giveUp(attemptId: string, before: number, now: number, noticeTargets: readonly DeliveryTarget[]): GivenUp;
  /** Rows a previous process claimed and never settled (it crashed between claim and mark), by attempt. */
  unsettled(): DeliveryBatch[];
  /** Forgets settled rows (done or failed) settled before `before`; returns how many. Events stay. */
  prune(before: number): number;
  /** Counts by delivery state (for tests, benchmarks and /metrics). */
  counts(): Record<'pending' | 'sending' | 'done' | 'failed', number>;
}

export type SubscriptionLevel = 'alarms' | 'all';

export interface Subscription {
  platform: string;
  teamId?: string;
  channelId: string;
  level: SubscriptionLevel;
  locale: Locale;
  createdBy?: string;
}

export interface SubscriptionRepository {
  /** Creates or replaces the channel's subscription. */
  subscribe(subscription: Subscription): void;
  /** Returns whether there was one. */
  unsubscribe(platform: string, channelId: string, teamId?: string): boolean;
  get(platform: string, channelId: string, teamId?: string): Subscription | null;
  list(): Subscription[];
}

/** Counters the pipeline reports (http/metrics.ts exports them to Prometheus); every method is optional work. */
export interface PipelineMetrics {
  eventReceived(): void;
  eventStored(): void;
  eventDuplicate(): void;
  eventRejected(reason: string): void;
  delivered(platform: string, latencyMs: number): void;
  deliveryRetried(platform: string): void;
  deliveryFailed(platform: string): void;
  chatApiError(platform: string, kind: 'rate_limited' | 'transient' | 'permanent'): void;
}

export const NO_METRICS: PipelineMetrics = {
  eventReceived() {},
  eventStored() {},
  eventDuplicate() {},
  eventRejected() {},
  delivered() {},
  deliveryRetried() {},
  deliveryFailed() {},
  chatApiError() {},
};
