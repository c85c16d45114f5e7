// The outbox worker: delivers stored events to chat, at least once, in order per task and target, within each
// channel's budget, retrying while a chat API is down or rate-limited, and resuming after a restart.
//
// No double posts after a crash: a batch is claimed (its rows marked `sending` under an attempt id, committed)
// BEFORE the post, and marked `done` right after. A crash in between leaves `sending` rows; on restart they are
// released with their attempt id kept (`resumed`), and before posting such a batch again the worker asks the
// platform (Notifier.findPosted) whether a message with that id already landed — if so it only marks it. The
// attempt id also goes to the platform as an idempotency key (Discord dedups on nonce). Status edits are
// idempotent (the same message is edited to the current state), so they are simply redone.
import { randomUUID } from 'node:crypto';
import { NO_METRICS, type DeliveryBatch, type DueGroup, type Outbox, type PipelineMetrics } from '../core/events/ports.js';
import type { Notifier } from '../core/notifier.js';
import type { TaskRepository } from '../core/ports.js';
import type { TaskRecord } from '../core/task.js';
import { noticeTargets } from '../core/events/undelivered.js';
import type { Logger } from '../log.js';
import { retryDelayMs } from './backoff.js';
import { ChannelBudget } from './channel-budget.js';
import { classifyChatFailure, sendBatch, type ChatFailure } from './send-batch.js';

/** The target kind of a status message's edits, as it opens their group key (core/events/targets.ts). */
const STATUS_TARGET = 'status';
/** Rows one status edit may settle: all of a burst, within a bounded read. */
const STATUS_CLAIM_MAX = 1_000;
/** An outage of six hours: news older than that is stale, and retrying it for ever tells nobody of the gap. */
const DEFAULT_GIVE_UP_AFTER_MS = 6 * 3_600_000;

export interface DeliveryWorkerOptions {
  outbox: Outbox;
  tasks: TaskRepository;
  /** One notifier per platform ('slack', 'discord', 'shell' ...), provided by the adapters. */
  notifiers: ReadonlyMap<string, Notifier>;
  logger: Logger;
  metrics?: PipelineMetrics;
  /** Writes per second per channel (posts and edits). */
  perChannelPerSecond?: number;
  /** Most events one message lists; a longer burst becomes several messages. */
  maxEventsPerMessage?: number;
  maxBackoffMs?: number;
  /**
   * News a chat API has not taken for this long (5xx, no connection) is given up, and the relay's thread told
   * once the platform answers again (core/events/undelivered.ts). Rate limits are not an outage: never given up.
   */
  giveUpAfterMs?: number;
  /** Safety net: look at the outbox at least this often even if nobody kicked the worker. */
  pollMs?: number;
  /** Settled outbox rows are kept this long (for support questions), then pruned. */
  keepSettledMs?: number;
  clock?: () => number;
}

export class DeliveryWorker {
  private readonly budget: ChannelBudget;
  private readonly metrics: PipelineMetrics;
  private readonly clock: () => number;
  private readonly busyChannels = new Set<string>();
  private readonly inFlight = new Set<Promise<void>>();
  private timer: NodeJS.Timeout | null = null;
  private timerAt = 0;
  private pruneTimer: NodeJS.Timeout | null = null;
  private running = false;
  private readonly warnedPlatforms = new Set<string>();

  constructor(private readonly options: DeliveryWorkerOptions) {
    this.budget = new ChannelBudget(options.perChannelPerSecond ?? 1);
    this.metrics = options.metrics ?? NO_METRICS;
    this.clock = options.clock ?? Date.now;
  }

  /** Releases what a previous process left half-sent, then starts delivering. */
  start(): void {
    if (this.running) return;
    this.running = true;
    const now = this.clock();
    for (const batch of this.options.outbox.unsettled()) {
      // Edits are idempotent: redo them fresh. Posts keep their attempt id so the platform can be asked.
      const mayHaveLanded = batch.target.kind !== 'status';
      this.options.outbox.release(batch.attemptId, now, 'unsettled at start-up', mayHaveLanded);
      this.options.logger.warn({ taskId: batch.taskId, target: batch.target.kind, events: batch.events.length }, 'resuming an unsettled delivery');
    }
    this.prune();
    this.pruneTimer = setInterval(() => this.prune(), 3_600_000);
    this.pruneTimer.unref();
    this.kick();
  }

  private prune(): void {
    try {
      const removed = this.options.outbox.prune(this.clock() - (this.options.keepSettledMs ?? 7 * 86_400_000));
      if (removed > 0) this.options.logger.info({ removed }, 'pruned settled deliveries');
    } catch (error) {
      this.options.logger.error({ err: error }, 'could not prune the outbox');
    }
  }

  /** Something new is in the outbox (or a channel became free): look now. */
  kick(): void {
    this.wakeIn(0);
  }

  /** Stops taking new work and waits for the messages being sent to be posted and marked. */
  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    if (this.pruneTimer) clearInterval(this.pruneTimer);
    this.timer = null;
    this.pruneTimer = null;
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  private wakeIn(delayMs: number): void {
    if (!this.running) return;
    const at = this.clock() + Math.max(0, Math.ceil(delayMs));
    // Keep an earlier wake-up: a stream of kicks must not keep pushing the next look further away.
    if (this.timer && this.timerAt <= at) return;
    if (this.timer) clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = setTimeout(() => this.pump(), Math.max(0, Math.ceil(delayMs)));
    this.timer.unref?.();
  }

  private pump(): void {
    this.timer = null;
    if (!this.running) return;
    const now = this.clock();
    let wakeAfter = this.options.pollMs ?? 2_000;
    try {
      for (const group of this.options.outbox.dueGroups(now, 200)) {
        const channel = `${group.platform}|${group.channelId}`;
        if (this.busyChannels.has(channel)) continue;
        const wait = this.budget.waitMs(channel, now);
        if (wait > 0) {
          wakeAfter = Math.min(wakeAfter, wait);
          continue;
        }
        this.budget.take(channel, now);
        this.busyChannels.add(channel);
        const sending = this.deliver(group).finally(() => {
          this.busyChannels.delete(channel);
          this.inFlight.delete(sending);
          this.kick();
        });
        this.inFlight.add(sending);
      }
      const nextDue = this.options.outbox.nextDueAt();
      if (nextDue !== null && nextDue > now) wakeAfter = Math.min(wakeAfter, nextDue - now);
    } catch (error) {
      this.options.logger.error({ err: error }, 'delivery worker could not read the outbox');
    }
    this.wakeIn(wakeAfter);
  }

  private async deliver(group: DueGroup): Promise<void> {
    const { outbox, tasks, logger } = this.options;
    const channel = `${group.platform}|${group.channelId}`;
    const batch = outbox.claim(group.groupKey, randomUUID(), this.claimSize(group), this.clock());
    if (!batch) return;
    const task = tasks.get(batch.taskId);
    const notifier = this.options.notifiers.get(batch.target.platform);
    if (!task) {
      outbox.markFailed(batch.attemptId, 'task no longer exists', this.clock());
      return;
    }
    if (!notifier) {
      // The platform's adapter is not running in this process (yet): keep the rows, look again later.
      if (!this.warnedPlatforms.has(batch.target.platform)) logger.warn({ platform: batch.target.platform }, 'no notifier for platform; deliveries wait');
      this.warnedPlatforms.add(batch.target.platform);
      outbox.release(batch.attemptId, this.clock() + (this.options.maxBackoffMs ?? 300_000), 'no notifier', batch.resumed);
      return;
    }
    try {
      const messageId = await sendBatch(notifier, task, batch, { logger, tasks, writing: () => this.budget.startedAt(channel, this.clock()) });
      const now = this.clock();
      outbox.markDelivered(batch.attemptId, messageId, now);
      for (const event of batch.events) this.metrics.delivered(batch.target.platform, now - event.receivedAt);
    } catch (error) {
      const failure = classifyChatFailure(error);
      // Before the rows are released: what is given up leaves the attempt, the rest is retried.
      if (failure.kind === 'transient') this.giveUpStale(batch, task);
      this.settleFailure(batch, failure, error, channel);
    }
  }

  /**
   * After a failed attempt: gives up what has waited too long (the rest of the batch stays released for its
   * retry), and says so in the log by task, platform and target, never with the news itself (it may quote a
   * source URL). The group's newer rows are retried as before.
   */
  private giveUpStale(batch: DeliveryBatch, task: TaskRecord): void {
    const limit = this.options.giveUpAfterMs ?? DEFAULT_GIVE_UP_AFTER_MS;
    const now = this.clock();
    const news = batch.events.filter((event) => event.event.event !== 'UpdatesUndelivered');
    if (news.length === 0 || now - Math.min(...news.map((event) => event.receivedAt)) < limit) return;
    const { target } = batch;
    const home = task.home;
    const atHome = home !== null && home.platform === target.platform && home.channelId === target.channelId && (home.teamId ?? '') === (target.teamId ?? '');
    const given = this.options.outbox.giveUp(batch.attemptId, now - limit, now, noticeTargets(target, atHome));
    if (given.rows === 0) return;
    for (let i = 0; i < given.rows; i++) this.metrics.deliveryFailed(target.platform);
    this.options.logger.error(
      { taskId: batch.taskId, platform: target.platform, channelId: target.channelId, target: target.kind, updates: given.rows, since: given.since === null ? null : new Date(given.since).toISOString(), giveUpAfterMs: limit },
      'gave up delivering news the chat platform has not taken for too long; a notice follows when it answers again',
    );
  }

  /**
   * A status edit shows the task's state now (only its latest event counts), so one edit covers every event
   * pending for it: claimed 25 at a time, a burst of 200 file events cost eight identical edits, each a write
   * from the channel's budget that an alarm behind them waited for.
   */
  private claimSize(group: DueGroup): number {
    if (group.groupKey.startsWith(`${STATUS_TARGET}|`)) return STATUS_CLAIM_MAX;
    return this.options.maxEventsPerMessage ?? 25;
  }

  private settleFailure(batch: DeliveryBatch, failure: ChatFailure, error: unknown, channel: string): void {
    const { outbox, logger } = this.options;
    const now = this.clock();
    const platform = batch.target.platform;
    this.metrics.chatApiError(platform, failure.kind);
    const message = error instanceof Error ? error.message : String(error);
    if (failure.kind === 'permanent') {
      this.metrics.deliveryFailed(platform);
      outbox.markFailed(batch.attemptId, message, now);
      logger.error({ err: error, taskId: batch.taskId, target: batch.target.kind, platform }, 'delivery failed permanently');
      return;
    }
    this.metrics.deliveryRetried(platform);
    if (failure.kind === 'rate_limited') {
      // The platform refused this write outright, and the whole channel waits as told. An earlier attempt
      // that may have landed stays unconfirmed (the refusal may have been of the check itself).
      this.budget.holdUntil(channel, now + failure.retryAfterMs);
      outbox.release(batch.attemptId, now + failure.retryAfterMs, message, batch.resumed);
      logger.warn({ platform, retryAfterMs: failure.retryAfterMs }, 'chat API rate limit; waiting');
      return;
    }
    // A 5xx or a lost connection may still have posted: keep the attempt id so the retry checks first. What has
    // failed for longer than the limit is given up first (giveUpStale).
    const delay = retryDelayMs(batch.attempts, this.options.maxBackoffMs ?? 300_000);
    outbox.release(batch.attemptId, now + delay, message, batch.target.kind !== 'status');
    logger.warn({ err: error, platform, retryInMs: delay }, 'chat API unavailable; retrying');
  }
}
