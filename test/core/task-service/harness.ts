// A task service over the real store (SQLite in memory) and the real Tencent backend, whose real SDK talks to
// the local stand-in of the live API over loopback.
import { expect } from 'vitest';
import { createTencentBackend } from '../../../src/backends/tencent/index.js';
import { CodedError } from '../../../src/core/errors.js';
import type { RelayRequest } from '../../../src/core/relay-request.js';
import { toApiTime } from '../../../src/core/relay-request.js';
import { TaskService } from '../../../src/core/task-service.js';
import type { CreateTaskInput } from '../../../src/core/task-service-api.js';
import { createLogger } from '../../../src/log.js';
import { openStore, type Store } from '../../../src/store/index.js';
import { startTencentStandin, type TencentStandin, type TencentStandinOptions } from '../../support/tencent-standin.js';

export const SECRET_ID = 'AKIDstandin0000000000000000000000000';
export const SECRET_KEY = 'standin-secret-key-000000000000000';
export const PUBLIC_URL = 'https://relaybot.example.com';
/** Tries per backend call in these tests (real backoff shape, short delays). */
export const BACKEND_ATTEMPTS = 3;

export interface Harness {
  standin: TencentStandin;
  store: Store;
  service: TaskService;
  close(): Promise<void>;
}

export async function startHarness(
  options: { standin?: Partial<TencentStandinOptions>; secretKey?: string; clock?: () => Date } = {},
): Promise<Harness> {
  const standin = await startTencentStandin({ secretId: SECRET_ID, secretKey: SECRET_KEY, ...options.standin });
  const logger = createLogger({ level: 'silent' });
  const tencent = createTencentBackend(
    { secretId: SECRET_ID, secretKey: options.secretKey ?? SECRET_KEY, region: 'ap-guangzhou', endpoint: standin.url, timeoutSeconds: 2 },
    logger,
    // Real backoff shape, short delays: the tests wait for retries, not for seconds.
    { retry: { attempts: BACKEND_ATTEMPTS, baseDelayMs: 5, maxDelayMs: 20 } },
  );
  const store = openStore(':memory:');
  const service = new TaskService({
    tasks: store.tasks,
    audit: store.audit,
    transaction: store.transaction,
    backends: { tencent },
    defaultBackend: 'tencent',
    publicUrl: `${PUBLIC_URL}/`,
    logger,
    ...(options.clock ? { clock: options.clock } : {}),
  });
  return {
    standin,
    store,
    service,
    async close() {
      store.close();
      await standin.close();
    },
  };
}

/** A valid request starting `startInMs` from now, lasting two hours. */
export function relayRequest(startInMs = 60 * 60_000, overrides: Partial<RelayRequest> = {}): RelayRequest {
  const start = new Date(Date.now() + startInMs);
  return {
    SourceType: 'PullVodPushLive',
    SourceUrls: ['https://cdn.example.com/show.mp4'],
    DomainName: 'push.example.com',
    AppName: 'live',
    StreamName: 'evening',
    StartTime: toApiTime(start),
    EndTime: toApiTime(new Date(start.getTime() + 2 * 3600_000)),
    Operator: 'ann',
    ...overrides,
  };
}

export const ann = { platform: 'slack', userId: 'U1', displayName: 'Ann' };
export const bo = { platform: 'cli', userId: 'bo' };

export function createInput(key: string, request: RelayRequest = relayRequest()): CreateTaskInput {
  return {
    request,
    actor: ann,
    home: { platform: 'slack', teamId: 'T1', channelId: 'C1' },
    locale: 'en',
    timeZone: 'Asia/Shanghai',
    idempotencyKey: key,
  };
}

export const createCalls = (standin: TencentStandin) => standin.requests.filter((r) => r.action === 'CreateLivePullStreamTask');

/** The CodedError a promise is refused with (the test fails if it resolves, or fails with anything else). */
export async function refusal(promise: Promise<unknown>): Promise<CodedError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CodedError);
  return error as CodedError;
}
