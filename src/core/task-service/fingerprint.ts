// What a create asked for, reduced to a digest that is kept with the task. An idempotency key names one
// request: the same request again gets the same task back (a retry), a different one under a key already used
// is refused (as Stripe does with its Idempotency-Key), so that a reused key never silently drops a command.
import { hash } from 'node:crypto';
import { CodedError } from '../errors.js';
import type { RelayRequest } from '../relay-request.js';
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

/**
 * Refuses a create whose idempotency key already names a task created for a different request. Tasks recorded
 * before fingerprints were kept cannot be compared and are answered as before.
 */
export function assertSameRequest(existing: Pick<TaskRecord, 'id' | 'requestFingerprint'>, fingerprint: string): void {
  if (existing.requestFingerprint === undefined || existing.requestFingerprint === fingerprint) return;
  throw new CodedError('InvalidParameter.IdempotencyKeyReused', 'task.idempotencyKeyReused', { id: existing.id });
}
