// The task service over a store and the backends the settings chose: the same wiring for the bot process
// (src/main.ts) and a CLI lifecycle command, so the two can never drift apart.
import { TaskChangeJournal } from '../core/events/task-change.js';
import { TaskService } from '../core/task-service.js';
import type { Logger } from '../log.js';
import { SqliteEventLedger } from '../store/events-repo.js';
import type { Store } from '../store/index.js';
import { SqliteSubscriptionRepository } from '../store/subscriptions-repo.js';
import type { BuiltBackends } from './backends.js';

export interface TaskServiceWiring {
  /**
   * Wakes the delivery worker once a change is in the outbox (the bot process). A CLI process has no worker and
   * no chat connection: the bot running on the same data directory picks its changes up at its next look.
   */
  onChangeStored?: () => void;
}

export function createTaskService(store: Store, built: BuiltBackends, logger: Logger, wiring: TaskServiceWiring = {}): TaskService {
  return new TaskService({
    tasks: store.tasks,
    audit: store.audit,
    // Task rows and their audit entries commit together.
    transaction: store.transaction,
    backends: built.backends,
    defaultBackend: built.defaultBackend,
    publicUrl: built.publicUrl,
    logger,
    // Pause, stop, edit … are announced in the task's channel through the event outbox, in the same commit.
    changes: new TaskChangeJournal({
      ledger: new SqliteEventLedger(store.db),
      subscriptions: new SqliteSubscriptionRepository(store.db),
      ...(wiring.onChangeStored ? { onStored: wiring.onChangeStored } : {}),
    }),
  });
}
