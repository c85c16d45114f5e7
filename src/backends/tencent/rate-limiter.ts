// Token buckets in front of every live API call. The API refuses calls over its per-action limits
// (CreateLivePullStreamTask and Delete 50/s, DescribeLivePullStreamTasks 30/s, Modify, Restart and
// DescribeLivePullStreamTaskStatus 20/s — Tencent's API pages), and a refused call costs a retry. So each
// call takes a token from its action's bucket and one from the bucket shared by the whole process (kept
// under 50/s), both at the moment it is let through: a stalled event loop cannot bunch calls together, and
// in any one-second window an action sends at most `burst + ratePerSecond`. Callers wait in line (FIFO per
// action); none is dropped.

export interface RateLimiter {
  /** Resolves when the caller may send one request of `action`. */
  take(action?: string): Promise<void>;
  /** Takes a token only if one is there now, without waiting in line (true: send at once, without a promise). */
  tryTake?(action?: string): boolean;
}

export interface BucketRate {
  ratePerSecond: number;
  burst: number;
}

/** At most 40 calls in any second for the whole process: a margin under 50 for calls that arrive bunched. */
export const PROCESS_RATE: BucketRate = { ratePerSecond: 35, burst: 5 };

/**
 * Per action, rate + burst at 70–80% of the documented limit: calls leave evenly, but they can arrive
 * bunched (a busy machine, a slow network), and the lower limits have fewer calls to spare.
 */
export const ACTION_RATES: Readonly<Record<string, BucketRate>> = {
  CreateLivePullStreamTask: { ratePerSecond: 35, burst: 5 },
  DeleteLivePullStreamTask: { ratePerSecond: 35, burst: 5 },
  DescribeLivePullStreamTasks: { ratePerSecond: 20, burst: 3 },
  ModifyLivePullStreamTask: { ratePerSecond: 12, burst: 2 },
  RestartLivePullStreamTask: { ratePerSecond: 12, burst: 2 },
  DescribeLivePullStreamTaskStatus: { ratePerSecond: 12, burst: 2 },
};

/** One bucket: `burst` tokens at most, refilled continuously at `ratePerSecond`. */
export class TokenBucket {
  private tokens: number;
  private refilledAt: number;

  constructor(
    private readonly rate: BucketRate,
    private readonly now: () => number,
  ) {
    this.tokens = rate.burst;
    this.refilledAt = now();
  }

  private refill(): void {
    const now = this.now();
    this.tokens = Math.min(this.rate.burst, this.tokens + ((now - this.refilledAt) * this.rate.ratePerSecond) / 1000);
    this.refilledAt = now;
  }

  /** Milliseconds until a token is there (0 when one is). */
  msUntilToken(): number {
    this.refill();
    return this.tokens >= 1 ? 0 : ((1 - this.tokens) * 1000) / this.rate.ratePerSecond;
  }

  consume(): void {
    this.tokens -= 1;
  }
}

interface Waiter {
  buckets: TokenBucket[];
  action: string;
  release: () => void;
}

export interface RateGateOptions {
  process: BucketRate;
  actions?: Readonly<Record<string, BucketRate>>;
  now?: () => number;
}

/** The process bucket plus one bucket per action; a call goes when both of its buckets have a token. */
export class RateGate implements RateLimiter {
  private readonly now: () => number;
  private readonly shared: TokenBucket;
  private readonly perAction = new Map<string, TokenBucket>();
  private readonly waiting: Waiter[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly options: RateGateOptions) {
    this.now = options.now ?? (() => performance.now());
    this.shared = new TokenBucket(options.process, this.now);
  }

  take(action = ''): Promise<void> {
    if (this.tryTake(action)) return Promise.resolve();
    const buckets = this.bucketsFor(action);
    return new Promise((release) => {
      this.waiting.push({ buckets, action, release });
      this.drain();
    });
  }

  /**
   * Nobody queued and every bucket has a token: the call goes at once, without queueing a waiter and running the
   * drain loop (the common case, on every live API call).
   */
  tryTake(action = ''): boolean {
    if (this.waiting.length > 0) return false;
    const buckets = this.bucketsFor(action);
    if (!buckets.every((bucket) => bucket.msUntilToken() === 0)) return false;
    for (const bucket of buckets) bucket.consume();
    return true;
  }

  private bucketsFor(action: string): TokenBucket[] {
    const rate = this.options.actions?.[action];
    if (!rate) return [this.shared];
    let bucket = this.perAction.get(action);
    if (!bucket) {
      bucket = new TokenBucket(rate, this.now);
      this.perAction.set(action, bucket);
    }
    return [bucket, this.shared];
  }

  /** Lets through, in order, every waiter whose buckets all have a token; an action's later calls never overtake its earlier ones. */
  private drain(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const blockedActions = new Set<string>();
    let soonestMs = Infinity;
    for (let i = 0; i < this.waiting.length; ) {
      const waiter = this.waiting[i]!;
      const waitMs = blockedActions.has(waiter.action) ? Infinity : Math.max(...waiter.buckets.map((b) => b.msUntilToken()));
      if (waitMs === 0) {
        waiter.buckets.forEach((bucket) => bucket.consume());
        this.waiting.splice(i, 1);
        waiter.release();
        continue;
      }
      blockedActions.add(waiter.action);
      soonestMs = Math.min(soonestMs, waitMs);
      i += 1;
    }
    if (this.waiting.length > 0) {
      const delay = Number.isFinite(soonestMs) ? soonestMs : 1;
      this.timer = setTimeout(() => this.drain(), Math.max(1, Math.ceil(delay)));
    }
  }
}

/** One gate for the whole process: every Tencent backend (and region client) shares the API's limits. */
export const processLiveApiLimiter: RateLimiter = new RateGate({ process: PROCESS_RATE, actions: ACTION_RATES });
