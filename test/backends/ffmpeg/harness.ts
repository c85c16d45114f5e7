// What every runner test needs: a store, a sink that records the provider-style events, settings with short
// timings, and a backend in supervisor mode. Real parts throughout; only the clock's pace is the test's.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { createFfmpegBackend, type FfmpegBackend } from '../../../src/backends/ffmpeg/index.js';
import { parseSettings } from '../../../src/config/index.js';
import { coreConfigSchema } from '../../../src/config/core.js';
import { ffmpegConfigSchema } from '../../../src/config/ffmpeg.js';
import type { BackendCreateRequest } from '../../../src/core/backend.js';
import { toApiTime } from '../../../src/core/relay-request.js';
import type { RelayCallbackBody, RelayEventDetail } from '../../../src/core/relay-event.js';
import { openDatabase, type Db } from '../../../src/store/database.js';

export interface RecordedEvent {
  event: RelayCallbackBody['callback_event'];
  detail: RelayEventDetail;
  body: RelayCallbackBody;
  at: number;
}

export class RecordingSink {
  readonly events: RecordedEvent[] = [];
  async accept(body: RelayCallbackBody): Promise<void> {
    this.events.push({ event: body.callback_event, detail: JSON.parse(body.msg) as RelayEventDetail, body, at: Date.now() });
  }

  /** Everything one task told, in order (several relays may share a sink). */
  forTask(taskId: string): RecordedEvent[] {
    return this.events.filter((e) => e.body.task_id === taskId);
  }

  of(event: RelayCallbackBody['callback_event'], type?: string): RecordedEvent[] {
    return this.events.filter((e) => e.event === event && (type === undefined || e.detail.type === type));
  }

  async waitFor(
    predicate: (events: RecordedEvent[]) => boolean,
    timeoutMs = 20_000,
    what = 'events',
  ): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(this.events)) {
      if (Date.now() > deadline) {
        throw new Error(`timed out waiting for ${what}; got ${this.events.map((e) => `${e.event}${e.detail.type ? `:${e.detail.type}` : ''}`).join(', ')}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

export const TEST_ENV = {
  RELAYBOT_ALLOW_PRIVATE_NETWORKS: 'true',
  RELAYBOT_RUNNER_BACKOFF_MS: '300',
  RELAYBOT_RUNNER_BACKOFF_MAX_MS: '1500',
  RELAYBOT_RUNNER_STABLE_MS: '3000',
  RELAYBOT_RUNNER_STOP_GRACE_MS: '2000',
  RELAYBOT_RUNNER_STALL_MS: '3000',
  RELAYBOT_RUNNER_PRIMARY_RETRY_MS: '1500',
};

export function testSettings(env: Record<string, string> = {}) {
  const merged = { ...TEST_ENV, ...env };
  return { core: parseSettings(coreConfigSchema, merged), ffmpeg: parseSettings(ffmpegConfigSchema, merged) };
}

export const silentLogger = pino({ level: process.env.RUNNER_TEST_LOG ?? 'silent' });

export function tempDir(prefix: string): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export interface Harness {
  backend: FfmpegBackend;
  sink: RecordingSink;
  db: Db;
}

export async function startBackend(
  dataDir: string,
  env: Record<string, string> = {},
  sink = new RecordingSink(),
  tls?: { ca: string },
): Promise<Harness> {
  const db = openDatabase(dataDir);
  const backend = createFfmpegBackend({ settings: testSettings(env), db, sink, logger: silentLogger, mode: 'supervisor', ...(tls ? { tls } : {}) });
  await backend.start();
  return { backend, sink, db };
}

let counter = 0;

/** A task whose window opens now and lasts `seconds`. */
export function relayRequest(fields: Partial<BackendCreateRequest> & Pick<BackendCreateRequest, 'SourceType' | 'SourceUrls' | 'ToUrl'>, seconds: number): BackendCreateRequest {
  const now = Date.now();
  counter += 1;
  return {
    DomainName: '',
    AppName: '',
    StreamName: '',
    StartTime: toApiTime(new Date(now - 1000)),
    EndTime: toApiTime(new Date(now + seconds * 1000)),
    Operator: 'test',
    SpecifyTaskId: `t${process.pid}-${counter}-${now}`,
    CallbackUrl: 'http://127.0.0.1:1/callbacks/tencent/x',
    ...fields,
  };
}
