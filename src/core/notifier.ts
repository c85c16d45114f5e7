// The one interface every chat platform implements to receive task news. Delivery (outbox, retries,
// coalescing, budgets) is core's; a notifier only posts and edits.
import type { Locale } from './i18n.js';
import type { ReplyDocument } from './reply.js';
import type { TaskHome } from './task.js';

export interface PostTarget {
  teamId?: string;
  channelId: string;
  /** Post as a reply in this message's thread. */
  threadOf?: string;
  /**
   * What to call that thread if the platform names threads and has to start one (Discord): it stays for the
   * task's life, so it names the task, not the first message posted in it.
   */
  threadName?: string;
  /**
   * Stable across retries of the same delivery (the outbox's attempt id). Adapters pass it where the platform
   * dedups or can be searched (Discord `nonce` + `enforce_nonce`; Slack message `metadata`), so findPosted()
   * can tell whether a post whose answer was lost did land.
   */
  idempotencyKey?: string;
  /** The readers' language, for words an adapter adds itself (Slack: why an alarm came by direct message). */
  locale?: Locale;
  /**
   * The task's own channel (where it was made), not a channel that subscribed to every relay's news: only there
   * does an alarm the channel refuses for good go to the task's creator instead (Slack).
   */
  taskHome?: boolean;
}

/** How an instant appears in a message: a time of day (event lines) or a date and time (a moved start or end). */
export type InstantStyle = 'time' | 'dateTime';

export interface Notifier {
  readonly platform: string;
  /** Posts a message; returns the platform's message id (Slack ts, Discord snowflake). */
  post(target: PostTarget, doc: ReplyDocument): Promise<{ messageId: string }>;
  /** Edits a message in place (the task's status message). */
  update(home: TaskHome & { statusMessageId: string }, doc: ReplyDocument): Promise<void>;
  /**
   * Optional: the message posted earlier under `idempotencyKey` in `target`, or null when there is none. The
   * delivery worker asks before re-posting a message whose earlier attempt may have landed (a crash or a lost
   * answer between post and mark), so nothing is posted twice. Without it the worker re-posts with the same
   * key and relies on the platform's own dedup.
   */
  findPosted?(target: PostTarget, idempotencyKey: string): Promise<{ messageId: string } | null>;
  /**
   * Optional: tells those following the thread of a deleted status message (Discord keeps a thread when its
   * message goes) where the task's news continues: the new status message `messageId`, in `locale`. Best effort:
   * the caller logs a refusal and carries on.
   */
  pointOldThread?(gone: TaskHome & { statusMessageId: string }, messageId: string, taskId: string, locale: Locale): Promise<void>;
  /**
   * Optional: the platform's own notation for an instant, which each reader's app shows in that reader's zone
   * (Discord `<t:…>`). Without it, times are written in the task's zone with the zone named beside them.
   */
  localTime?(at: number, style: InstantStyle): string;
}

/** A chat API said "slow down": wait `retryAfterMs`, then try again. */
export class ChatRateLimitedError extends Error {
  constructor(readonly retryAfterMs: number, options?: { cause?: unknown }) {
    super(`rate limited, retry after ${retryAfterMs} ms`, options);
    this.name = 'ChatRateLimitedError';
  }
}

/** A chat API failed in a way worth retrying (5xx, network). Anything else is permanent. */
export class ChatTransientError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ChatTransientError';
  }
}

/**
 * The message to edit is gone (someone deleted the status message): editing it again can never work, but the
 * task can be given a new one (delivery/repost-status.ts).
 */
export class ChatMessageGoneError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ChatMessageGoneError';
  }
}
