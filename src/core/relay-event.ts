// The one event vocabulary: the provider's relay callback (shared/spec/relay-callbacks.md). Tencent POSTs it
// to a task's CallbackUrl; the bundled ffmpeg runner produces the very same body. Everything downstream
// (store, notifier, chat) reads only this.
import type { BackendKind } from './backend.js';
import type { RelayReason } from './relay-reason.js';
import type { AlarmType, CallbackEvent } from './relay-request.js';

/** The body Tencent CSS POSTs, field for field. `msg` and `source_urls` are JSON-encoded strings. */
export interface RelayCallbackBody {
  appid?: number;
  callback_event: CallbackEvent;
  event_type: 314;
  interface: 'general_callback';
  product_name: 'pullpush';
  source_urls: string;
  to_url: string;
  stream_id: string;
  task_id: string;
  event_time?: string;
  msg: string;
  t?: number;
  sign?: string;
}

/** The decoded `msg` fields, by event. */
export interface RelayEventDetail {
  task_start_time?: number;
  url?: string;
  index?: number;
  duration?: number;
  task_exit_time?: number;
  code?: number | string;
  message?: string;
  type?: AlarmType;
  /** The bundled runner's own addition: why it exited or alarmed, for the reader's language (relay-reason.ts). */
  reason?: RelayReason;
}

/** A callback after decoding, as stored and delivered. */
export interface RelayEvent {
  /** The provider's task id (Tencent TaskId, or the runner's). */
  providerTaskId: string;
  event: CallbackEvent;
  /** When it happened, ms since epoch (event_time, else the detail's own timestamp, else receipt). */
  occurredAt: number;
  detail: RelayEventDetail;
  sourceUrls: string[];
  toUrl: string;
  streamId: string;
}

/**
 * Where backends hand their events: the HTTP callback receiver (after authenticating the per-task token) and
 * the ffmpeg runner both feed one sink. The task is found by (backend, body.task_id).
 * Resolves once the event is durably stored (so an acknowledgement after it is safe); duplicates are
 * recognised and stored once.
 */
export interface RelayEventSink {
  accept(body: RelayCallbackBody, origin: { backend: BackendKind; receivedAt?: number }): Promise<void>;
}

/** The path of a task's CallbackUrl on the bot's HTTP server: RELAYBOT_PUBLIC_URL + this. */
export function callbackPath(callbackToken: string): string {
  return `/callbacks/tencent/${callbackToken}`;
}
