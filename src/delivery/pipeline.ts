// The event pipeline assembled on one SQLite database: ledger + outbox + subscriptions, the recorder that
// receivers and the ffmpeg runner feed (the RelayEventSink), and the worker that delivers to chat. The
// recorder wakes the worker after each commit, so delivery starts at once rather than at the next poll.
import { EventRecorder } from '../core/events/event-recorder.js';
import type { PipelineMetrics } from '../core/events/ports.js';
import type { Notifier } from '../core/notifier.js';
import type { TaskRepository } from '../core/ports.js';
import type { Logger } from '../log.js';
import type { Db } from '../store/database.js';
import { SqliteEventLedger, SqliteOutbox } from '../store/events-repo.js';
import { SqliteSubscriptionRepository } from '../store/subscriptions-repo.js';
import { DeliveryWorker } from './worker.js';

export interface EventPipelineOptions {
  db: Db;
  tasks: TaskRepository;
  notifiers: ReadonlyMap<string, Notifier>;
  logger: Logger;
  metrics?: PipelineMetrics;
  perChannelPerSecond?: number;
  maxBackoffMs?: number;
  /** News a chat API has not taken for this long is given up (delivery/worker.ts). */
  giveUpAfterMs?: number;
  maxEventsPerMessage?: number;
  clock?: () => number;
}

export interface EventPipeline {
  ledger: SqliteEventLedger;
  outbox: SqliteOutbox;
  subscriptions: SqliteSubscriptionRepository;
  /** The RelayEventSink (give it to the ffmpeg runner; the HTTP receiver uses it too). */
  recorder: EventRecorder;
  worker: DeliveryWorker;
}

export function createEventPipeline(options: EventPipelineOptions): EventPipeline {
  const ledger = new SqliteEventLedger(options.db);
  const outbox = new SqliteOutbox(options.db);
  const subscriptions = new SqliteSubscriptionRepository(options.db);
  const worker = new DeliveryWorker({
    outbox,
    tasks: options.tasks,
    notifiers: options.notifiers,
    logger: options.logger,
    ...(options.metrics ? { metrics: options.metrics } : {}),
    ...(options.perChannelPerSecond ? { perChannelPerSecond: options.perChannelPerSecond } : {}),
    ...(options.maxBackoffMs ? { maxBackoffMs: options.maxBackoffMs } : {}),
    ...(options.giveUpAfterMs ? { giveUpAfterMs: options.giveUpAfterMs } : {}),
    ...(options.maxEventsPerMessage ? { maxEventsPerMessage: options.maxEventsPerMessage } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
  });
  const recorder = new EventRecorder({
    tasks: options.tasks,
    ledger,
    subscriptions,
    ...(options.metrics ? { metrics: options.metrics } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
    onStored: () => worker.kick(),
  });
  return { ledger, outbox, subscriptions, recorder, worker };
}
