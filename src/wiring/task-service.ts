// The task service over a store and the backends the settings chose: the same wiring for the bot process
// (src/main.ts) and a CLI lifecycle command, so the two can never drift apart.
import { TaskService } from '../core/task-service.js';
import type { Logger } from '../log.js';
import type { Store } from '../store/index.js';
import type { BuiltBackends } from './backends.js';

export function createTaskService(store: Store, built: BuiltBackends, logger: Logger): TaskService {
  return new TaskService({
    tasks: store.tasks,
    audit: store.audit,
    // Task rows and their audit entries commit together.
    transaction: store.transaction,
    backends: built.backends,
    defaultBackend: built.defaultBackend,
    publicUrl: built.publicUrl,
    logger,
  });
}
