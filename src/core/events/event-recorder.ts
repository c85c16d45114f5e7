// The RelayEventSink: stores an event, moves its task's state and fills the outbox, all in ONE transaction,
// so that an acknowledged event is never lost and never half-applied. The HTTP receiver calls record() once
// it has authenticated the callback; the ffmpeg runner calls accept() directly.
//
// Group commit: callbacks that arrive together (the provider and the runner send bursts) are applied in one
// transaction, flushed on the next turn of the event loop, and each caller's promise settles only after that
// commit. A commit is the costly part of a write (the WAL append), so this multiplies throughput under load
// while keeping "durable before acknowledged".
import type { BackendKind } from '../backend.js';
import { CodedError } from '../errors.js';
import type { TaskRepository } from '../ports.js';
import type { RelayCallbackBody, RelayEvent, RelayEventSink } from '../relay-event.js';
import type { TaskRecord, TaskState } from '../task.js';
import { decodeCallback, dedupKeyOf } from './decode.js';
import {
  NO_METRICS,
  type EventLedger,
  type EventTaskView,
  type PipelineMetrics,
  type StoredEvent,
  type SubscriptionRepository,
} from './ports.js';
import { ledgerFormOf } from './ledger-form.js';
import { deliveryTargets } from './targets.js';
import { alarmedAtAfter, outcomeOf, REPEAT_ALARM_QUIET_MS, STATE_DECIDING_EVENTS, type TaskAtEvent } from './transitions.js';

export interface RecordResult {
  /** False when the event was a duplicate of one already stored. */
  stored: boolean;
  event: StoredEvent | null;
}

export interface EventRecorderDeps {
  tasks: TaskRepository;
  ledger: EventLedger;
  subscriptions: SubscriptionRepository;
  metrics?: PipelineMetrics;
  clock?: () => number;
  /** Called after a commit that put deliveries in the outbox (wakes the delivery worker). */
  onStored?: () => void;
}

interface Pending {
  /** The task as the receiver found it: its home and locale address the deliveries. */
  task: EventTaskView;
  event: RelayEvent;
  dedupKey: string;
  receivedAt: number;
  resolve(result: RecordResult): void;
  reject(error: unknown): void;
}

/** The receiver's view of a full task record (the runner's feed looks tasks up whole). */
export function eventViewOf(task: TaskRecord): EventTaskView {
  return {
    id: task.id,
    backend: task.backend,
    providerTaskId: task.providerTaskId,
    callbackToken: task.callbackToken,
    state: task.state,
    home: task.home,
    locale: task.locale,
    endTime: task.request.EndTime,
  };
}

/** Whether a stored event is one that last set its task's state (as the ledger's progressOf counts them). */
function decidesState(event: RelayEvent, before: TaskState, after: TaskState): boolean {
  return (STATE_DECIDING_EVENTS as readonly string[]).includes(event.event) || before !== after;
}

/** Most callbacks one transaction takes; a larger burst is committed in several. */
const MAX_GROUP = 256;

export class EventRecorder implements RelayEventSink {
  private readonly metrics: PipelineMetrics;
  private readonly clock: () => number;
  private queue: Pending[] = [];
  private flushScheduled = false;

  constructor(private readonly deps: EventRecorderDeps) {
    this.metrics = deps.metrics ?? NO_METRICS;
    this.clock = deps.clock ?? Date.now;
  }

  /** The runner's feed: the task is found by (backend, task_id). Throws CodedError for an unknown task or a bad body. */
  async accept(body: RelayCallbackBody, origin: { backend: BackendKind; receivedAt?: number }): Promise<void> {
    this.metrics.eventReceived();
    const task = this.deps.tasks.findByProviderTaskId(origin.backend, body.task_id);
    if (!task) throw new CodedError('InvalidParameter.TaskNotExist', 'events.unknownTask', { taskId: body.task_id });
    await this.record(eventViewOf(task), body, origin.receivedAt ?? this.clock());
  }

  /**
   * Stores `body` as an event of `task` (authenticated by the caller, who also counts it as received).
   * Resolves once committed. Throws CodedError `InvalidCallback.*` at once for a body that is not a relay event.
   */
  record(task: EventTaskView, body: unknown, receivedAt: number): Promise<RecordResult> {
    const decoded = decodeCallback(body, receivedAt);
    if (!decoded.ok) {
      this.metrics.eventRejected(decoded.error.code);
      throw new CodedError(decoded.error.code, decoded.error.key, decoded.error.field ? { field: decoded.error.field } : {});
    }
    const dedupKey = dedupKeyOf(task.backend, decoded.value.body, decoded.value.msgJson);
    const event = ledgerFormOf(decoded.value.event, receivedAt);
    return new Promise<RecordResult>((resolve, reject) => {
      this.queue.push({ task, event, dedupKey, receivedAt, resolve, reject });
      if (!this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.flushScheduled = false;
    while (this.queue.length > 0) {
      const group = this.queue.splice(0, MAX_GROUP);
      let results: RecordResult[];
      try {
        results = this.commit(group);
      } catch (error) {
        // Nothing of this group is stored: every caller answers 5xx and the provider retries.
        for (const pending of group) pending.reject(error);
        continue;
      }
      let anyStored = false;
      for (const [i, result] of results.entries()) {
        if (result.stored) {
          this.metrics.eventStored();
          anyStored = true;
        } else {
          this.metrics.eventDuplicate();
        }
        group[i]!.resolve(result);
      }
      if (anyStored) this.deps.onStored?.();
    }
  }

  private commit(group: readonly Pending[]): RecordResult[] {
    const { ledger, tasks, subscriptions } = this.deps;
    // The state each event moves from is the committed one, as earlier events of this group left it: read
    // once per task per group (two columns), then carried forward in memory.
    const current = new Map<string, TaskAtEvent>();
    /** Per task, its alarm times as read, to write them back only when this group changed them. */
    const alarmsRead = new Map<string, string>();
    const results = ledger.transaction(() => {
      const subscribed = subscriptions.list();
      const stored = group.map((pending): RecordResult => {
        const taskId = pending.task.id;
        // The committed task carries when each alarm type last alarmed people (store: task_alarms).
        const before: TaskAtEvent = current.get(taskId) ?? this.committed(taskId, pending.task, alarmsRead);
        const outcome = outcomeOf(before, pending.event);
        const stateSetAt = decidesState(pending.event, before.state, outcome.stateAfter)
          ? Math.max(before.stateSetAt ?? pending.event.occurredAt, pending.event.occurredAt)
          : (before.stateSetAt ?? null);
        const event = ledger.append({
          taskId,
          dedupKey: pending.dedupKey,
          event: pending.event,
          receivedAt: pending.receivedAt,
          stateBefore: before.state,
          stateAfter: outcome.stateAfter,
          alarm: outcome.alarm,
        });
        if (!event) {
          current.set(taskId, before);
          return { stored: false, event: null };
        }
        if (outcome.stateAfter !== before.state) tasks.update(taskId, { state: outcome.stateAfter });
        const alarmedAt = alarmedAtAfter(before, pending.event, outcome);
        current.set(taskId, { state: outcome.stateAfter, endTime: before.endTime, stateSetAt, ...(alarmedAt ? { alarmedAt } : {}) });
        ledger.enqueue(event, deliveryTargets(pending.task, event, subscribed), this.clock());
        return { stored: true, event };
      });
      // In the same commit as the events: only what was committed counts (a rolled-back alarm is retried by the
      // provider and must alarm then), and a restart finds what the last process knew.
      this.rememberAlarms(current, alarmsRead);
      return stored;
    });
    return results;
  }

  private committed(taskId: string, task: EventTaskView, alarmsRead: Map<string, string>): TaskAtEvent {
    const progress = this.deps.ledger.progressOf(taskId);
    alarmsRead.set(taskId, JSON.stringify(progress?.alarmedAt ?? {}));
    return progress ?? task;
  }

  /** Writes back the alarm times a group changed, forgetting those older than twice the quiet time. */
  private rememberAlarms(current: ReadonlyMap<string, TaskAtEvent>, alarmsRead: ReadonlyMap<string, string>): void {
    const forgetBefore = this.clock() - 2 * REPEAT_ALARM_QUIET_MS;
    for (const [taskId, task] of current) {
      const recent = Object.fromEntries(Object.entries(task.alarmedAt ?? {}).filter(([, at]) => at >= forgetBefore));
      if (JSON.stringify(recent) === alarmsRead.get(taskId)) continue;
      this.deps.ledger.rememberAlarms(taskId, recent);
    }
  }
}
