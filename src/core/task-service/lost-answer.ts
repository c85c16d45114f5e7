// A verb whose answer never came (the connection dropped, or the provider timed out) may have been carried
// out all the same: the provider acts before it answers. Rather than telling people it failed while the
// provider shows it done (and then refusing the opposite verb), the service asks the provider how the task
// looks and compares that with what the verb asked for.
import { BackendError, type ProviderTaskInfo } from '../backend.js';
import { CodedError } from '../errors.js';
import { UNCERTAIN_OUTCOME_CODES } from '../provider-errors/codes.js';
import { NO_REQUEST_ID } from '../provider-errors/messages.js';
import type { RelayChanges } from '../relay-request.js';
import type { TaskRecord } from '../task.js';
import type { LifecycleVerb } from './transitions.js';

export function isLostAnswer(error: unknown): error is BackendError {
  return error instanceof BackendError && UNCERTAIN_OUTCOME_CODES.has(error.code);
}

/**
 * Fields of a change that the provider keeps and reports back. VodRefreshType, FileIndex and OffsetTime say
 * how to switch over, not what the task is, and CallbackUrl is ours: none of them tells whether a change landed.
 */
const REPORTED_FIELDS = [
  'Status',
  'SourceUrls',
  'StartTime',
  'EndTime',
  'VodLoopTimes',
  'Comment',
  'ToUrl',
  'BackupSourceType',
  'BackupSourceUrl',
  'CallbackEvents',
  'WatermarkList',
] as const;

const TIME_FIELDS: ReadonlySet<string> = new Set(['StartTime', 'EndTime']);

function sameValue(field: string, reported: unknown, asked: unknown): boolean {
  if (reported === undefined || reported === null) return false;
  // The provider may write a time in another (equivalent) form, and a loop count as a number.
  if (TIME_FIELDS.has(field) && typeof reported === 'string' && typeof asked === 'string') return Date.parse(reported) === Date.parse(asked);
  if (typeof asked === 'string' && typeof reported === 'number') return String(reported) === asked;
  if (Array.isArray(asked)) {
    return Array.isArray(reported) && reported.length === asked.length && asked.every((item, i) => sameValue(field, reported[i], item));
  }
  if (asked && typeof asked === 'object') {
    const record = reported as Record<string, unknown>;
    return typeof reported === 'object' && Object.entries(asked).every(([key, value]) => value === undefined || sameValue(key, record[key], value));
  }
  return reported === asked;
}

/**
 * Whether the provider's view of a task shows `changes` made. A field it does not report cannot be confirmed,
 * so it counts as not shown: the verb is then reported as of unknown outcome, never as done on a guess.
 */
export function showsChanges(info: ProviderTaskInfo | null, changes: RelayChanges): boolean {
  if (!info) return false;
  const fields = changes as Record<string, unknown>;
  return REPORTED_FIELDS.every((field) => fields[field] === undefined || sameValue(field, info[field], fields[field]));
}

/** The answer to give when the provider cannot tell us whether the verb took effect: say so, and what to do. */
export function outcomeUnknown(verb: LifecycleVerb, task: TaskRecord, lost: BackendError): CodedError {
  return new CodedError(
    lost.code,
    `task.outcomeUnknown.${verb}`,
    { id: task.id, code: lost.code, requestId: lost.requestId || NO_REQUEST_ID },
    { cause: lost },
  );
}
