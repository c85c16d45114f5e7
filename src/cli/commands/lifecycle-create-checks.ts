// What `relaybot create` tells people before and after it creates, without refusing: another relay already
// pushing to the same stream then (core/destination-conflicts.ts), and, for the bundled runner, that no bot is
// running to run it (the CLI only writes the schedule; `relaybot start` is what runs relays).
import type { BackendKind } from '../../core/backend.js';
import { activeRelaysMeeting, conflictingRelays } from '../../core/destination-conflicts.js';
import type { RelayError } from '../../core/errors.js';
import type { RelayRequest } from '../../core/relay-request.js';
import type { TaskRecord } from '../../core/task.js';
import { runningInstance } from '../../store/instance-lock.js';
import type { LifecycleContext } from './lifecycle-context.js';

/** Active relays to the same stream at an overlapping time. */
export function conflictsFor(context: LifecycleContext, request: RelayRequest): TaskRecord[] {
  return conflictingRelays(request, context.service.list(activeRelaysMeeting(request)));
}

/** A local relay with no bot on this data directory waits, silently, until one starts: say so. */
export function noBotWarning(context: LifecycleContext, backend: BackendKind): RelayError | null {
  if (backend !== 'local') return null;
  const dataDir = context.config.core.RELAYBOT_DATA_DIR;
  try {
    if (runningInstance(dataDir).running) return null;
  } catch (error) {
    // Only advice: a lock file this user cannot open must not stop the create it would have warned about.
    context.logger.warn({ err: error, dataDir }, 'could not tell whether a bot is running');
    return null;
  }
  return { code: 'Warning.NoBotRunning', key: 'cli.lifecycle.noBotRunning', params: { dataDir } };
}

export function conflictWarning(conflicts: readonly TaskRecord[]): RelayError | null {
  if (conflicts.length === 0) return null;
  return { code: 'Warning.DestinationBusy', key: 'preview.destinationBusy', params: { ids: conflicts.map((task) => task.id).join(', ') } };
}
