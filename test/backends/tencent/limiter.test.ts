// The client-side limiter keeps a burst under the API's 50 requests a second, and each action under its own
// documented limit: every call waits its turn, none is refused for rate, none is dropped.
import { afterEach, describe, expect, it } from 'vitest';
import { ACTION_RATES, PROCESS_RATE, RateGate } from '../../../src/backends/tencent/rate-limiter.js';
import { DOCUMENTED_RATES } from '../../support/tencent-standin.js';
import { relayRequest, startHarness, type Harness } from '../../support/tencent/harness.js';
import { busiestSecond } from '../../support/rate-window.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('rate limiting', () => {
  it('a mixed burst of 120 calls all succeed, none refused, under 50/s overall and each action under its own limit', async () => {
    const gate = new RateGate({ process: PROCESS_RATE, actions: ACTION_RATES });
    const sentAt: number[] = [];
    const recordingGate = { take: (action?: string) => gate.take(action).then(() => void sentAt.push(performance.now())) };
    h = await startHarness({ standin: { limitTaskNum: 100 }, backend: { limiter: recordingGate } });
    const { providerTaskId } = await h.backend.create(relayRequest());
    const calls = [
      ...Array.from({ length: 60 }, () => h!.backend.create(relayRequest())),
      ...Array.from({ length: 40 }, () => h!.backend.quota()),
      ...Array.from({ length: 20 }, () => h!.backend.status(providerTaskId)),
    ];
    const outcomes = await Promise.allSettled(calls);
    expect(outcomes.filter((o) => o.status === 'rejected')).toEqual([]);
    expect(h.standin.requests.filter((r) => r.errorCode === 'RequestLimitExceeded').map((r) => r.action)).toEqual([]);
    expect(h.standin.tasks.size).toBe(61);
    // What the process sends (the limiter's releases) stays under 50 in any second; what the stand-in
    // receives can bunch a little (shared event loop), which is why each action keeps a margin too.
    expect(sentAt).toHaveLength(121);
    expect(busiestSecond(sentAt)).toBeLessThanOrEqual(50);
    for (const [action, limit] of Object.entries(DOCUMENTED_RATES)) {
      const times = h.standin.requests.filter((r) => r.action === action).map((r) => r.receivedAt);
      expect(busiestSecond(times), action).toBeLessThanOrEqual(limit);
    }
  });

  it('the stand-in really refuses calls over the limit when nothing limits the client', async () => {
    h = await startHarness({ backend: { limiter: { take: async () => {} }, retry: { attempts: 1, baseDelayMs: 0, maxDelayMs: 0 } } });
    const outcomes = await Promise.allSettled(Array.from({ length: 40 }, () => h!.backend.quota()));
    const refused = outcomes.filter((o) => o.status === 'rejected');
    expect(refused.length).toBeGreaterThan(0);
    expect(refused[0]).toMatchObject({ reason: { code: 'RequestLimitExceeded' } });
    expect(h.standin.refusedForRate).toBe(refused.length);
    // DescribeLivePullStreamTasks takes 30 a second: never more were let through within one.
    const admitted = h.standin.requests.filter((r) => r.errorCode === undefined).map((r) => r.receivedAt);
    expect(busiestSecond(admitted)).toBeLessThanOrEqual(30);
  });
});

describe('RateGate', () => {
  it('lets a burst through at once, then one call per 1/rate seconds, in order', async () => {
    let clock = 0;
    const gate = new RateGate({ process: { ratePerSecond: 100, burst: 2 }, now: () => clock });
    const order: number[] = [];
    const waits = [1, 2, 3, 4].map((n) => gate.take('A').then(() => order.push(n)));
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual([1, 2]);
    clock = 10; // one token refilled after 10 ms at 100/s
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(order).toEqual([1, 2, 3]);
    clock = 20;
    await Promise.all(waits);
    expect(order).toEqual([1, 2, 3, 4]);
  });

  it('holds an action at its own rate without holding up other actions', async () => {
    const clock = 0;
    const gate = new RateGate({ process: { ratePerSecond: 100, burst: 10 }, actions: { Slow: { ratePerSecond: 1, burst: 1 } }, now: () => clock });
    const done: string[] = [];
    void gate.take('Slow').then(() => done.push('slow1'));
    void gate.take('Slow').then(() => done.push('slow2'));
    void gate.take('Fast').then(() => done.push('fast1'));
    void gate.take('Fast').then(() => done.push('fast2'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(done).toEqual(['slow1', 'fast1', 'fast2']);
  });
});
