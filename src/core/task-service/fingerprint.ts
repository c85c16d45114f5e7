// What a create asked for, reduced to a digest that is kept with the task. An idempotency key names one
// request: the same request again gets the same task back (a retry), a different one under a key already used
// is refused (as Stripe does with its Idempotency-Key), so that a reused key never silently drops a command.
import { hash } from 'node:crypto';
import { CodedError } from '../errors.js';
import type { RelayRequest } from '../relay-request.js';
import type { ReplacingRequest, TaskPatch } from '../ports.js';
import type { CreateTaskInput } from '../task-service-api.js';
import type { TaskRecord } from '../task.js';

/**
 * JSON with object keys sorted, so that the same request always gives the same text (the digests of tasks already
 * stored must never change; a test pins one). The value is copied with its keys in order and written by one native
 * JSON.stringify, the fast path; building the text piece by piece cost several times more on every create.
 */
function canonicalJson(value: unknown): string {
  return JSON.stringify(sortedCopy(value));
}

function sortedCopy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => (item === undefined ? null : sortedCopy(item)));
  if (!value || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(record).sort()) {
    const item = record[key];
    if (item !== undefined) copy[key] = sortedCopy(item);
  }
  return copy;
}

/**
 * The digest of a create. A front end whose retries re-read the command (the CLI reads "now" afresh each
 * time) passes what was typed as `requestFingerprint`; otherwise the request itself, as asked (before the
 * service moves a slipped start time), with the runner it names.
 */
export function fingerprintOf(input: Pick<CreateTaskInput, 'request' | 'backend' | 'requestFingerprint'>): string {
  const asked: unknown =
    input.requestFingerprint !== undefined
      ? { asked: input.requestFingerprint }
      : { request: withoutServiceFields(input.request), backend: input.backend ?? null };
  return `v1:${hash('sha256', canonicalJson(asked), 'base64url')}`;
}

function withoutServiceFields(request: RelayRequest): RelayRequest {
  const { SpecifyTaskId: _specify, CallbackUrl: _callback, ...rest } = request;
  return rest;
}

// Most keys are never asked again, so most digests would never be compared. A task whose recorded request is the one
// asked for keeps a mark instead ("the digest of my request"), and the digest is made from its request when a repeat
// needs it, or before that request first changes (requestPatch): the record then keeps the digest itself.
/** The mark of a task recorded with the request asked for, under the configured default runner. */
const OF_RECORDED_REQUEST = 'v1:recorded';
/** The same, for a create that named its runner (the digest includes it). */
const OF_RECORDED_REQUEST_AND_BACKEND = 'v1:recorded+backend';

/**
 * What a new task keeps as its fingerprint: the mark when `recorded` (the request it is recorded with, the start time
 * checked) is the request asked for and no fingerprint was passed; else the digest, made now.
 */
export function fingerprintToRecord(input: Pick<CreateTaskInput, 'request' | 'backend' | 'requestFingerprint'>, recorded: RelayRequest): string {
  if (input.requestFingerprint !== undefined || recorded !== input.request) return fingerprintOf(input);
  return input.backend === undefined ? OF_RECORDED_REQUEST : OF_RECORDED_REQUEST_AND_BACKEND;
}

/** The digest a task was created with (made from its request when it keeps the mark); undefined on older tasks. */
export function fingerprintOfRecord(task: Pick<TaskRecord, 'request' | 'backend' | 'requestFingerprint'>): string | undefined {
  if (task.requestFingerprint === OF_RECORDED_REQUEST) return fingerprintOf({ request: task.request });
  if (task.requestFingerprint === OF_RECORDED_REQUEST_AND_BACKEND) return fingerprintOf({ request: task.request, backend: task.backend });
  return task.requestFingerprint;
}

/**
 * The patch that gives a task a new request. A task that keeps the mark gets its digest with it, made from the request
 * it is leaving: made from the new one, a later repeat of the original create would be refused as a reused key.
 */
export function requestPatch(task: Pick<TaskRecord, 'request' | 'backend' | 'requestFingerprint'>, request: RelayRequest): Pick<TaskPatch, 'request' | 'requestFingerprint'> {
  const fingerprint = fingerprintOfRecord(task);
  const replacing = request as ReplacingRequest;
  return fingerprint !== task.requestFingerprint ? { request: replacing, requestFingerprint: fingerprint } : { request: replacing };
}

/**
 * Refuses a create whose idempotency key already names a task created for a different request. Tasks recorded
 * before fingerprints were kept cannot be compared and are answered as before.
 */
export function assertSameRequest(existing: Pick<TaskRecord, 'id' | 'request' | 'backend' | 'requestFingerprint'>, fingerprint: string): void {
  const recorded = fingerprintOfRecord(existing);
  if (recorded === undefined || recorded === fingerprint) return;
  throw new CodedError('InvalidParameter.IdempotencyKeyReused', 'task.idempotencyKeyReused', { id: existing.id });
}
