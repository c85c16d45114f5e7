// What the chat verbs are built from. Everything is a port or a plain value: the verbs never see SQL, HTTP
// or a platform SDK.
import type { Logger } from '../../log.js';
import type { BackendKind } from '../backend.js';
import type { SubscriptionRepository } from '../events/ports.js';
import type { PreferenceStore } from '../ports.js';
import type { TaskServiceApi } from '../task-service-api.js';
import type { PendingRepository } from './ports.js';
import type { CommandReader } from './read-command.js';

export interface CommandDefaults {
  /** Push domain for `to app/stream` (RELAYBOT_PUSH_DOMAIN). */
  defaultDomain?: string;
  maxSpanDays: number;
  allowPrivateNetworks: boolean;
  /** The runner a relay uses unless the command picks one (`on local`), named in the preview. */
  defaultBackend?: BackendKind;
}

export interface ChatDeps {
  tasks: TaskServiceApi;
  prefs: PreferenceStore;
  pending: PendingRepository;
  /** Channels following every task (the event pipeline's store). */
  subscriptions: SubscriptionRepository;
  commandDefaults: CommandDefaults;
  clock: () => Date;
  logger: Logger;
  /** How long a preview waits for Confirm (default 15 minutes). */
  pendingTtlMs?: number;
  /** Reads new relays off the event loop (src/preview-pool); without it they are read in place. */
  readCommand?: CommandReader;
}
