// What a lifecycle command works with: settings read once, the store under RELAYBOT_DATA_DIR, the backends the
// settings choose, and the task service over them. Opened only once the arguments are known to be usable.
import { userInfo } from 'node:os';
import { loadConfig, type Config } from '../../config/index.js';
import { readEnv } from '../../config/env.js';
import type { BackendKind } from '../../core/backend.js';
import type { TaskService } from '../../core/task-service.js';
import type { Actor } from '../../core/task.js';
import { createLogger, type Logger } from '../../log.js';
import { openStore, type Store } from '../../store/index.js';
import { acquireInstanceLock, InstanceLockedError, type InstanceLock } from '../../store/instance-lock.js';
import { buildBackends } from '../../wiring/backends.js';
import { dataDirProblem } from '../../wiring/startup-problem.js';
import { createTaskService } from '../../wiring/task-service.js';

export interface LifecycleContext {
  config: Config;
  store: Store;
  service: TaskService;
  logger: Logger;
  /** The runner a task gets unless its command names one. */
  defaultBackend: BackendKind;
  /** The zone for times typed without one: RELAYBOT_DEFAULT_TZ, else the machine's. */
  defaultTimeZone: string;
  close(): Promise<void>;
}

export async function openLifecycle(env = readEnv()): Promise<LifecycleContext> {
  const config = loadConfig(env);
  // A terminal wants only warnings on stderr unless the operator asked for more.
  const logger = createLogger({ level: env.RELAYBOT_LOG_LEVEL ? config.core.RELAYBOT_LOG_LEVEL : 'warn' });
  let store: Store;
  try {
    store = openCliStore(config.core.RELAYBOT_DATA_DIR);
  } catch (error) {
    throw dataDirProblem(config.core.RELAYBOT_DATA_DIR, error);
  }
  try {
    const built = await buildBackends(config, { logger, db: store.db, mode: 'client' });
    const service = createTaskService(store, built, logger);
    return {
      config,
      store,
      service,
      logger,
      defaultBackend: built.defaultBackend,
      defaultTimeZone: config.core.RELAYBOT_DEFAULT_TZ ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
      async close() {
        await built.close();
        store.close();
      },
    };
  } catch (error) {
    store.close();
    throw error;
  }
}

/**
 * The store, its intent journal replayed first when no bot holds the data directory (one that died left its last
 * creates there). While a bot runs, the journal is its own and the CLI leaves it alone.
 */
function openCliStore(dataDir: string): Store {
  let lock: InstanceLock;
  try {
    lock = acquireInstanceLock(dataDir, { waitMs: 0 });
  } catch (error) {
    if (error instanceof InstanceLockedError) return openStore(dataDir);
    throw error;
  }
  try {
    return openStore(dataDir, { replayJournal: true });
  } finally {
    lock.release();
  }
}

/** The person at the terminal: --operator when given, else the login name. */
export function cliActor(operator: unknown): Actor {
  const login = userInfo().username;
  return { platform: 'cli', userId: login, ...(typeof operator === 'string' && operator ? { displayName: operator } : {}) };
}
