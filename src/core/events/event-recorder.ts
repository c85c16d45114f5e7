// The RelayEventSink: stores an event, moves its task's state and fills the outbox, all in ONE transaction,
// so that an acknowledged event is never lost and never half-applied. The HTTP receiver calls
// acceptForTask() once it has authenticated the callback; the ffmpeg runner calls accept() directly.
import type { BackendKind } from '../backend.js';
import { CodedError } from '../errors.js';
import type { TaskRepository } from '../ports.js';
import type { RelayCallbackBody, RelayEventSink } from '../relay-event.js';
import type { TaskRecord } from '../task.js';
import { decodeCallback, dedupKeyOf } from './decode.js';
import { NO_METRICS, type EventLedger, type PipelineMetrics, type StoredEvent, type SubscriptionRepository } from './ports.js';
import { deliveryTargets } from './targets.js';
import { outcomeOf } from './transitions.js';

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
  onStored?: (event: StoredEvent) => void;
}

export class EventRecorder implements RelayEventSink {
  private readonly metrics: PipelineMetrics;
  private readonly clock: () => number;

  constructor(private readonly deps: EventRecorderDeps) {
    this.metrics = deps.metrics ?? NO_METRICS;
    this.clock = deps.clock ?? Date.now;
  }

  /** The runner's feed: the task is found by (backend, task_id). Throws CodedError for an unknown task or a bad body. */
  async accept(body: RelayCallbackBody, origin: { backend: BackendKind; receivedAt?: number }): Promise<void> {
    const task = this.deps.tasks.findByProviderTaskId(origin.backend, body.task_id);
    if (!task) throw new CodedError('InvalidParameter.TaskNotExist', 'events.unknownTask', { taskId: body.task_id });
    this.acceptForTask(task, body, origin.receivedAt ?? this.clock());
  }

  /** Stores `body` as an event of `task` (already authenticated by the caller). Synchronous: durable on return. */
  acceptForTask(task: TaskRecord, body: unknown, receivedAt: number): RecordResult {
    this.metrics.eventReceived();
    const decoded = decodeCallback(body, receivedAt);
    if (!decoded.ok) {
      this.metrics.eventRejected(decoded.error.code);
      throw new CodedError(decoded.error.code, decoded.error.key, decoded.error.field ? { field: decoded.error.field } : {});
    }
    const dedupKey = dedupKeyOf(task.backend, decoded.value.body);
    const { ledger, tasks, subscriptions } = this.deps;
    const stored = ledger.transaction(() => {
      // Re-read inside the transaction: the state we move from must be the committed one.
      const current = tasks.get(task.id) ?? task;
      const outcome = outcomeOf(current, decoded.value.event);
      const event = ledger.append({
        taskId: current.id,
        dedupKey,
        event: decoded.value.event,
        receivedAt,
        stateBefore: current.state,
        stateAfter: outcome.stateAfter,
        alarm: outcome.alarm,
      });
      if (!event) return null;
      if (outcome.stateAfter !== current.state) tasks.update(current.id, { state: outcome.stateAfter });
      ledger.enqueue(event, deliveryTargets(current, event, subscriptions.list()), this.clock());
      return event;
    });
    if (!stored) {
      this.metrics.eventDuplicate();
      return { stored: false, event: null };
    }
    this.metrics.eventStored();
    this.deps.onStored?.(stored);
    return { stored: true, event: stored };
  }
}
