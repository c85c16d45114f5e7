// Retries of transient failures only, with capped exponential backoff and full jitter
// (delay = random(0, min(cap, base · 2^attempt))), so that many callers failing together spread out.
import type { BackendError } from '../../core/backend.js';

export interface RetryPolicy {
  /** Total tries, the first included. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Injectable for tests, so that they wait no real time. */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, baseDelayMs: 250, maxDelayMs: 4000 };

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function backoffDelay(policy: RetryPolicy, retryNumber: number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retryNumber);
  return Math.floor((policy.random ?? Math.random)() * ceiling);
}

/**
 * Runs `attempt` until it succeeds, fails with a non-transient BackendError, or the tries run out.
 * `onFailure` sees every failed try (the create path uses it to know whether an earlier try may have landed).
 */
export async function withRetries<T>(
  policy: RetryPolicy,
  attempt: () => Promise<T>,
  onFailure: (error: BackendError, tryNumber: number) => void = () => {},
): Promise<T> {
  for (let tryNumber = 1; ; tryNumber += 1) {
    try {
      return await attempt();
    } catch (error) {
      const failure = error as BackendError;
      onFailure(failure, tryNumber);
      if (!failure.transient || tryNumber >= policy.attempts) throw failure;
      await (policy.sleep ?? realSleep)(backoffDelay(policy, tryNumber - 1));
    }
  }
}
