// A burst of 500 creates through the Tencent backend (real SDK, process-wide limiter) against the local
// stand-in enforcing the API's 50 requests/second. Target: achieved rate ≤ 50/s, none refused for rate.
import { Writable } from 'node:stream';
import { createTencentBackend } from '../src/backends/tencent/index.js';
import { toApiTime } from '../src/core/relay-request.js';
import { createLogger } from '../src/log.js';
import { startTencentStandin } from '../test/support/tencent-standin.js';
import { fmtMs, summary } from './stats.js';
import { busiestSecond } from '../test/support/rate-window.js';

const BURST = 500;
const API_RATE = 50;

export async function run(): Promise<void> {
  const credentials = { secretId: 'AKIDbench', secretKey: 'bench-secret-key' };
  const standin = await startTencentStandin({ ...credentials, limitTaskNum: BURST + 10, ratePerSecond: API_RATE });
  const quiet = new Writable({ write: (_chunk, _encoding, done) => done() });
  const backend = createTencentBackend(
    { ...credentials, region: 'ap-guangzhou', endpoint: standin.url, timeoutSeconds: 10 },
    createLogger({ level: 'warn', destination: quiet }),
  );
  const start = new Date(Date.now() + 3_600_000);
  const base = {
    SourceType: 'PullVodPushLive' as const,
    SourceUrls: ['https://cdn.example.com/show.mp4'],
    DomainName: 'push.example.com',
    AppName: 'live',
    StartTime: toApiTime(start),
    EndTime: toApiTime(new Date(start.getTime() + 7_200_000)),
    Operator: 'bench',
    CallbackUrl: 'https://relaybot.example.com/callbacks/tencent/bench',
  };
  try {
    const latencies: number[] = [];
    const began = performance.now();
    const outcomes = await Promise.allSettled(
      Array.from({ length: BURST }, async (_, i) => {
        const sent = performance.now();
        await backend.create({ ...base, StreamName: `bench${i}`, SpecifyTaskId: `bench-${i}` });
        latencies.push(performance.now() - sent);
      }),
    );
    const seconds = (performance.now() - began) / 1000;
    const failed = outcomes.filter((o) => o.status === 'rejected').length;
    const creates = standin.requests.filter((r) => r.action === 'CreateLivePullStreamTask');
    const latency = summary(latencies);
    console.log(`burst of ${BURST} creates through the Tencent backend to the stand-in (limit ${API_RATE}/s)`);
    console.log(`  total time            ${seconds.toFixed(2)} s`);
    console.log(`  achieved rate         ${(BURST / seconds).toFixed(1)} creates/s (must be ≤ ${API_RATE})`);
    console.log(`  busiest second        ${busiestSecond(creates.map((c) => c.receivedAt))} requests at the stand-in`);
    console.log(`  refused for rate      ${standin.refusedForRate} (must be 0)`);
    console.log(`  failed creates        ${failed}; tasks at the stand-in ${standin.tasks.size}`);
    console.log(`  create wait+call      p50 ${fmtMs(latency.p50)}  p99 ${fmtMs(latency.p99)} (queued behind the limiter)`);
  } finally {
    await backend.close();
    await standin.close();
  }
}
