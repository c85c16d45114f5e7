// Turns a relay callback body (shared/spec/relay-callbacks.md) into a RelayEvent, or says precisely why not.
// Pure: the HTTP receiver and the ffmpeg runner's direct feed both pass through here, so both are held to the
// same shape and produce the same dedup key.
import { hash } from 'node:crypto';
import { z } from 'zod';
import type { BackendKind } from '../backend.js';
import { err, ok, type RelayError, type Result } from '../errors.js';
import type { RelayCallbackBody, RelayEvent, RelayEventDetail } from '../relay-event.js';
import { isRelayReasonCode } from '../relay-reason.js';
import { ALARM_TYPES, CALLBACK_EVENTS, type AlarmType } from '../relay-request.js';

/** Providers send numbers as strings now and then (`"t": "1712893433"`); both are accepted. */
const intLike = z.union([z.number().int(), z.string().regex(/^-?\d{1,16}$/).transform(Number)]);

export const callbackBodySchema = z.object({
  appid: intLike.optional(),
  callback_event: z.string().min(1).max(64),
  event_type: z.union([z.literal(314), z.literal('314').transform(() => 314 as const)]),
  interface: z.literal('general_callback'),
  product_name: z.literal('pullpush'),
  source_urls: z.string().max(16_384),
  to_url: z.string().max(2_048),
  stream_id: z.string().max(256),
  task_id: z.string().min(1).max(128),
  event_time: z.union([z.string().regex(/^\d{1,13}$/), z.number().int().nonnegative().transform(String)]).optional(),
  msg: z.string().max(16_384),
  t: intLike.optional(),
  sign: z.string().max(128).optional(),
});

const detailSchema = z
  .object({
    task_start_time: z.coerce.number().optional(),
    url: z.string().max(2_048).optional(),
    index: z.coerce.number().int().optional(),
    duration: z.coerce.number().optional(),
    task_exit_time: z.coerce.number().optional(),
    code: z.union([z.number(), z.string().max(64)]).optional(),
    message: z.string().max(2_048).optional(),
    type: z.string().max(64).optional(),
    reason: z
      .object({
        code: z.string().max(64),
        values: z.record(z.string().max(32), z.union([z.number(), z.string().max(2_048)])).optional(),
      })
      .optional()
      .catch(undefined),
  })
  .loose();

export interface DecodedCallback {
  body: RelayCallbackBody;
  event: RelayEvent;
  /** `msg` as parsed JSON when it is not blank (dedupKeyOf takes it rather than parsing `msg` again). */
  msgJson?: unknown;
}

const reject = (code: string, key: string, field?: string): Result<never, RelayError> =>
  err({ code, key, ...(field ? { field } : {}) });

/** Validates an untrusted body (already JSON-parsed) and decodes its `msg` and `source_urls`. */
export function decodeCallback(raw: unknown, receivedAt: number): Result<DecodedCallback, RelayError> {
  const parsed = callbackBodySchema.safeParse(raw);
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path.join('.') ?? undefined;
    return reject('InvalidCallback.Shape', 'http.callbackShape', field);
  }
  const fields = parsed.data;
  if (!(CALLBACK_EVENTS as readonly string[]).includes(fields.callback_event)) {
    return reject('InvalidCallback.UnknownEvent', 'http.callbackUnknownEvent', 'callback_event');
  }
  let msgJson: unknown = {};
  if (fields.msg.trim() !== '') {
    try {
      msgJson = JSON.parse(fields.msg);
    } catch {
      return reject('InvalidCallback.Msg', 'http.callbackMsg', 'msg');
    }
  }
  const detail = decodeDetail(msgJson);
  if (!detail) return reject('InvalidCallback.Msg', 'http.callbackMsg', 'msg');

  const body = { ...fields, event_type: 314 } as RelayCallbackBody;
  const event: RelayEvent = {
    providerTaskId: fields.task_id,
    event: body.callback_event,
    occurredAt: occurredAt(fields.event_time, detail, receivedAt),
    detail,
    sourceUrls: decodeSourceUrls(fields.source_urls),
    toUrl: fields.to_url,
    streamId: fields.stream_id,
  };
  return ok({ body, event, ...(fields.msg.trim() !== '' ? { msgJson } : {}) });
}

function decodeDetail(value: unknown): RelayEventDetail | null {
  const parsed = detailSchema.safeParse(value);
  if (!parsed.success) return null;
  const { type, reason, ...rest } = parsed.data;
  const detail: RelayEventDetail = {};
  for (const key of ['task_start_time', 'url', 'index', 'duration', 'task_exit_time', 'code', 'message'] as const) {
    if (rest[key] !== undefined) (detail as Record<string, unknown>)[key] = rest[key];
  }
  // An alarm type we do not know yet is kept as text rather than refused: the provider adds types over time
  // and an operator should still hear about it.
  if (type !== undefined) {
    if ((ALARM_TYPES as readonly string[]).includes(type)) detail.type = type as AlarmType;
    else detail.message = detail.message ?? type;
  }
  // A reason code we do not know (a newer runner) is dropped: the message still says what happened.
  if (reason && isRelayReasonCode(reason.code)) detail.reason = { code: reason.code, ...(reason.values ? { values: reason.values } : {}) };
  return detail;
}

/** `source_urls` is a JSON-encoded array, sometimes with a trailing newline; anything else reads as none. */
function decodeSourceUrls(encoded: string): string[] {
  try {
    const value: unknown = JSON.parse(encoded.trim() || '[]');
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

function occurredAt(eventTime: string | undefined, detail: RelayEventDetail, receivedAt: number): number {
  if (eventTime) return Number(eventTime) * (eventTime.length > 10 ? 1 : 1000);
  const own = detail.task_exit_time ?? detail.task_start_time;
  return own && own > 0 ? own : receivedAt;
}

/** JSON with keys sorted, so a re-encoded but equal `msg` hashes the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * The identity of an event across provider retries: its stable fields only (not `t`/`sign`, which a retry may
 * renew). Two genuinely different events always differ in event_time or in msg (which carries ms timestamps,
 * file indexes, exit codes); a retried one is byte-for-byte the same event. `msgJson`, when given, is
 * JSON.parse(body.msg) already done by decodeCallback (the key is the same either way).
 */
export function dedupKeyOf(backend: BackendKind, body: RelayCallbackBody, msgJson?: unknown): string {
  let msg: string;
  if (msgJson !== undefined) {
    msg = canonical(msgJson);
  } else {
    try {
      msg = canonical(JSON.parse(body.msg || '{}'));
    } catch {
      msg = body.msg;
    }
  }
  return hash('sha256', [backend, body.task_id, body.callback_event, body.event_time ?? '', msg].join('\u0000'), 'base64url');
}
