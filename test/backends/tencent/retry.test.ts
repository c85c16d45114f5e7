// Transient failures are retried with capped, jittered backoff; nothing else is.
import { afterEach, describe, expect, it } from 'vitest';
import { backoffDelay, withRetries } from '../../../src/backends/tencent/retry.js';
import { BackendError } from '../../../src/core/backend.js';
import type { InjectedFailure } from '../../support/tencent-standin.js';
import { relayRequest, startHarness, type Harness } from '../../support/tencent/harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const TRANSIENT: [string, InjectedFailure, string][] = [
  ['InternalError', { code: 'InternalError' }, 'InternalError'],
  ['FailedOperation.CallOtherSvrFailed', { code: 'FailedOperation.CallOtherSvrFailed' }, 'FailedOperation.CallOtherSvrFailed'],
  ['RequestLimitExceeded', { code: 'RequestLimitExceeded' }, 'RequestLimitExceeded'],
  ['a lost answer (connection dropped)', 'drop-after-commit', 'NetworkError'],
];

describe('retries', () => {
  it.each(TRANSIENT)('retries %s twice, then succeeds', async (_name, failure, code) => {
    h = await startHarness();
    h.standin.failNext('DescribeLivePullStreamTasks', failure, 2);
    expect(await h.backend.quota()).toEqual({ count: 0, limit: 20 });
    const calls = h.standin.requests.filter((r) => r.action === 'DescribeLivePullStreamTasks');
    expect(calls).toHaveLength(3);
    expect(h.delays).toHaveLength(2);
    expect(h.logs()).toContain(code);
  });

  it('retries a timeout, then succeeds', async () => {
    h = await startHarness({ timeoutSeconds: 0.3 });
    h.standin.failNext('DescribeLivePullStreamTaskStatus', 'timeout');
    const { providerTaskId } = await h.backend.create(relayRequest());
    expect(await h.backend.status(providerTaskId)).toMatchObject({ RunStatus: 'inactive' });
    expect(h.standin.requests.filter((r) => r.action === 'DescribeLivePullStreamTaskStatus')).toHaveLength(2);
    expect(h.logs()).toContain('"code":"Timeout"');
  });

  it('gives up after the last try and throws the transient error', async () => {
    h = await startHarness();
    h.standin.failNext('RestartLivePullStreamTask', { code: 'InternalError' }, 10);
    const { providerTaskId } = await h.backend.create(relayRequest());
    await expect(h.backend.restart(providerTaskId, 'eve')).rejects.toMatchObject({ code: 'InternalError', transient: true });
    expect(h.standin.requests.filter((r) => r.action === 'RestartLivePullStreamTask')).toHaveLength(4);
    expect(h.standin.tasks.get(providerTaskId)?.Restarts).toBe(0);
  });

  it.each(['InvalidParameter.InvalidSourceUrl', 'FailedOperation', 'ResourceNotFound.StopService', 'AuthFailure.SignatureFailure'])(
    'does not retry %s',
    async (code) => {
      h = await startHarness();
      h.standin.failNext('ModifyLivePullStreamTask', { code });
      const { providerTaskId } = await h.backend.create(relayRequest());
      await expect(h.backend.modify(providerTaskId, { Comment: 'x' }, 'eve')).rejects.toMatchObject({ code, transient: false });
      expect(h.standin.requests.filter((r) => r.action === 'ModifyLivePullStreamTask')).toHaveLength(1);
      expect(h.delays).toHaveLength(0);
    },
  );

  it('reports an unreachable endpoint as a transient NetworkError after its tries', async () => {
    h = await startHarness();
    await h.standin.close();
    await expect(h.backend.quota()).rejects.toMatchObject({ code: 'NetworkError', transient: true });
    expect(h.delays).toHaveLength(3);
  });
});

describe('backoff', () => {
  it('grows exponentially under a cap, with full jitter', () => {
    const policy = { attempts: 6, baseDelayMs: 100, maxDelayMs: 1000 };
    const ceilings = [0, 1, 2, 3, 4, 5].map((n) => backoffDelay({ ...policy, random: () => 0.999999 }, n));
    expect(ceilings).toEqual([99, 199, 399, 799, 999, 999]);
    expect(backoffDelay({ ...policy, random: () => 0 }, 4)).toBe(0);
    expect(backoffDelay({ ...policy, random: () => 0.5 }, 2)).toBe(200);
  });

  it('waits between tries as the policy says', async () => {
    const slept: number[] = [];
    let tries = 0;
    const result = await withRetries(
      { attempts: 4, baseDelayMs: 100, maxDelayMs: 250, random: () => 0.5, sleep: async (ms) => void slept.push(ms) },
      async () => {
        tries += 1;
        if (tries < 4) throw new BackendError('InternalError', 'busy', 'req', true);
        return 'done';
      },
    );
    expect(result).toBe('done');
    expect(slept).toEqual([50, 100, 125]);
  });
});
