// Test wiring for the Tencent backend: a stand-in on loopback and a backend pointed at it through the real
// SDK, with retries that record their delays instead of sleeping and a logger whose output is kept.
import { Writable } from 'node:stream';
import { createTencentBackend, type TencentBackendOptions } from '../../../src/backends/tencent/index.js';
import { ACTION_RATES, PROCESS_RATE, RateGate } from '../../../src/backends/tencent/rate-limiter.js';
import type { BackendCreateRequest, TaskBackend } from '../../../src/core/backend.js';
import { toApiTime, type Region } from '../../../src/core/relay-request.js';
import { createLogger } from '../../../src/log.js';
import { startTencentStandin, type TencentStandin, type TencentStandinOptions } from '../tencent-standin.js';

export const SECRET_ID = 'AKIDstandin0000000000000000000000000';
export const SECRET_KEY = 'standin-secret-key-0000000000000000';

export interface Harness {
  standin: TencentStandin;
  backend: TaskBackend;
  /** Backoff delays the retries asked for (none is really waited). */
  delays: number[];
  /** Everything the backend logged. */
  logs: () => string;
  close(): Promise<void>;
}

export async function startHarness(
  overrides: {
    standin?: Partial<TencentStandinOptions>;
    secretKey?: string;
    secretId?: string;
    region?: Region;
    timeoutSeconds?: number;
    backend?: TencentBackendOptions;
  } = {},
): Promise<Harness> {
  const standin = await startTencentStandin({ secretId: SECRET_ID, secretKey: SECRET_KEY, ...overrides.standin });
  const delays: number[] = [];
  let logged = '';
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logged += chunk.toString('utf8');
      done();
    },
  });
  const backend = createTencentBackend(
    {
      secretId: overrides.secretId ?? SECRET_ID,
      secretKey: overrides.secretKey ?? SECRET_KEY,
      region: overrides.region ?? 'ap-guangzhou',
      endpoint: standin.url,
      timeoutSeconds: overrides.timeoutSeconds ?? 5,
    },
    createLogger({ level: 'debug', destination }),
    {
      retry: { attempts: 4, baseDelayMs: 200, maxDelayMs: 1000, sleep: async (ms) => void delays.push(ms) },
      limiter: new RateGate({ process: PROCESS_RATE, actions: ACTION_RATES }),
      ...overrides.backend,
    },
  );
  return {
    standin,
    backend,
    delays,
    logs: () => logged,
    close: async () => {
      await backend.close();
      await standin.close();
    },
  };
}

let nextRequest = 0;

/** A valid create for a VOD relay an hour from now, with its own SpecifyTaskId. */
export function relayRequest(overrides: Partial<BackendCreateRequest> = {}): BackendCreateRequest {
  nextRequest += 1;
  const start = new Date(Date.now() + 60 * 60_000);
  return {
    SourceType: 'PullVodPushLive',
    SourceUrls: ['https://cdn.example.com/show.mp4', 'https://cdn.example.com/encore.flv'],
    DomainName: 'push.example.com',
    AppName: 'live',
    StreamName: `evening${nextRequest}`,
    StartTime: toApiTime(start),
    EndTime: toApiTime(new Date(start.getTime() + 2 * 60 * 60_000)),
    Operator: 'alice',
    SpecifyTaskId: `rb-test-${process.pid}-${nextRequest}`,
    CallbackUrl: `https://relaybot.example.com/callbacks/tencent/token${nextRequest}`,
    ...overrides,
  };
}
