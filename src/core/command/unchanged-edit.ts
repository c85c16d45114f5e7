// An edit that would leave the relay exactly as it is ("tomorrow 8pm" for a relay already at tomorrow 8pm, "loop 3" for
// one looping three times): told so, instead of a modify call that changes nothing and a reply saying it was updated,
// which reads as if the bot did something else than asked.
import { isDeepStrictEqual } from 'node:util';
import type { RelayError } from '../errors.js';
import type { RelayChanges, RelayRequest } from '../relay-request.js';

export function unchangedEdit(changes: RelayChanges, current: RelayRequest): RelayError | null {
  // Pause and resume act on the task's state at the provider, which the request does not hold.
  if (changes.Status !== undefined) return null;
  const fields = Object.entries(changes) as [keyof RelayRequest, unknown][];
  if (fields.length === 0 || fields.some(([field, value]) => !isDeepStrictEqual(current[field], value))) return null;
  return {
    code: 'InvalidParameter',
    field: 'command',
    key: 'parse.changes.unchanged',
    params: { start: current.StartTime, end: current.EndTime },
  };
}
