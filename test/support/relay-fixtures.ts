// Tasks and provider callbacks for event-pipeline tests: a task as the task service would have stored it, and
// callback bodies exactly as Tencent sends them (shared/spec/relay-callbacks.md), signed when a key is given.
import { createHash } from 'node:crypto';
import { newCallbackToken } from '../../src/core/task-id.js';
import type { RelayCallbackBody } from '../../src/core/relay-event.js';
import type { CallbackEvent } from '../../src/core/relay-request.js';
import type { TaskRecord } from '../../src/core/task.js';

let serial = 0;

export function makeTask(overrides: Partial<TaskRecord> = {}): TaskRecord {
  serial += 1;
  const now = Date.now();
  // Fixed width, so that no id is a prefix of another (tests find messages by the id in their title).
  const id = overrides.id ?? `t${String(process.pid % 1000).padStart(3, '0')}x${String(serial).padStart(4, '0')}`;
  return {
    id,
    backend: 'tencent',
    providerTaskId: `prov-${id}`,
    specifyTaskId: `rb-${id}`,
    callbackToken: newCallbackToken(),
    request: {
      SourceType: 'PullVodPushLive',
      SourceUrls: ['https://cdn.example.com/a.mp4', 'https://cdn.example.com/b.mp4'],
      DomainName: 'push.example.com',
      AppName: 'live',
      StreamName: 'evening?txSecret=abc123',
      StartTime: new Date(now - 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      EndTime: new Date(now + 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      Operator: 'relaybot',
    },
    state: 'scheduled',
    createdBy: { platform: 'standin', userId: 'U-CREATOR', displayName: 'Ada' },
    home: { platform: 'standin', channelId: 'C-HOME', statusMessageId: 'm-status' },
    locale: 'en',
    timeZone: 'Asia/Shanghai',
    createdAt: new Date(now).toISOString(),
    updatedAt: new Date(now).toISOString(),
    ...overrides,
  };
}

export interface CallbackOptions {
  msg?: Record<string, unknown>;
  eventTime?: number;
  /** Sign with this callback key; `t` defaults to five minutes ahead. */
  key?: string;
  t?: number;
}

export function callbackBody(task: Pick<TaskRecord, 'providerTaskId'>, event: CallbackEvent, options: CallbackOptions = {}): RelayCallbackBody {
  const body: RelayCallbackBody = {
    appid: 1250000001,
    callback_event: event,
    event_type: 314,
    interface: 'general_callback',
    product_name: 'pullpush',
    msg: JSON.stringify(options.msg ?? {}),
    source_urls: '["https://cdn.example.com/a.mp4","https://cdn.example.com/b.mp4"]\n',
    stream_id: 'evening',
    task_id: task.providerTaskId ?? 'unknown',
    to_url: 'rtmp://push.example.com/live/evening?txSecret=abc123',
    event_time: String(options.eventTime ?? Math.floor(Date.now() / 1000)),
  };
  if (options.key) {
    const t = options.t ?? Math.floor(Date.now() / 1000) + 300;
    body.t = t;
    body.sign = createHash('md5').update(`${options.key}${t}`).digest('hex');
  }
  return body;
}

/** POSTs a JSON body (or raw text) to the server; returns status and parsed answer. */
export async function postCallback(url: string, body: unknown, options: { raw?: string; contentType?: string } = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': options.contentType ?? 'application/json' },
    body: options.raw ?? JSON.stringify(body),
  });
  const text = await response.text();
  let json: Record<string, unknown> = {};
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    json = { text };
  }
  return { status: response.status, body: json };
}

/** Polls until `condition` holds (or fails after `timeoutMs`). */
export async function eventually<T>(condition: () => T | Promise<T>, timeoutMs = 10_000, stepMs = 25): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await condition();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, stepMs));
  }
}
