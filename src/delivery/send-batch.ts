// One claimed batch to one chat platform: render it, and post it (or edit the status message). Before
// re-posting a batch whose earlier attempt may have landed, ask the platform first.
import { composeMessage } from '../core/events/compose.js';
import type { DeliveryBatch } from '../core/events/ports.js';
import { t } from '../core/i18n.js';
import { ChatMessageGoneError, ChatRateLimitedError, ChatTransientError, type InstantStyle, type Notifier, type PostTarget } from '../core/notifier.js';
import type { TaskRepository } from '../core/ports.js';
import type { TaskRecord } from '../core/task.js';
import type { Logger } from '../log.js';
import { postOverdueStatus, statusMessageOverdue } from './overdue-status.js';
import { repostStatus } from './repost-status.js';

export type ChatFailure = { kind: 'rate_limited'; retryAfterMs: number } | { kind: 'transient' } | { kind: 'permanent' };

/** Rate limits and outages are retried; anything else (no such channel, no permission) is not. */
export function classifyChatFailure(error: unknown): ChatFailure {
  if (error instanceof ChatRateLimitedError) return { kind: 'rate_limited', retryAfterMs: error.retryAfterMs };
  if (error instanceof ChatTransientError) return { kind: 'transient' };
  return { kind: 'permanent' };
}

export interface SendOptions {
  logger: Logger;
  /** Called right before the write goes out (the channel budget counts from there). */
  writing: () => void;
  /** Where a task's new status message is recorded when the old one was deleted; without it, that edit fails. */
  tasks?: Pick<TaskRepository, 'update'>;
}

/** Posts or edits; returns the message id (null when there was nothing to do). Throws the notifier's errors. */
export async function sendBatch(notifier: Notifier, task: TaskRecord, batch: DeliveryBatch, options: SendOptions): Promise<string | null> {
  // Platforms with a notation of their own for instants (Discord) show each reader their own zone.
  const own = notifier.localTime;
  const localTime = own ? (at: number, style: InstantStyle) => own.call(notifier, at, style) : undefined;
  const doc = composeMessage(task, batch, localTime);
  const home = task.home;
  const atHome = home !== null && home.platform === batch.target.platform && home.channelId === batch.target.channelId;
  if (batch.target.kind === 'status') {
    if (!atHome) return null;
    if (!home.statusMessageId) {
      // No status message yet: the adapter is about to post it (the thread post carries the news), or, long after
      // the create, never will.
      return options.tasks && statusMessageOverdue(task, Date.now()) ? postOverdueStatus(notifier, task, home, doc, { ...options, tasks: options.tasks }) : null;
    }
    const statusHome = { ...home, statusMessageId: home.statusMessageId };
    options.writing();
    try {
      await notifier.update(statusHome, doc);
    } catch (error) {
      if (!(error instanceof ChatMessageGoneError) || !options.tasks) throw error;
      return repostStatus(notifier, task, statusHome, doc, { tasks: options.tasks, logger: options.logger, writing: options.writing });
    }
    return home.statusMessageId;
  }
  const threadOf = batch.target.kind === 'thread' && atHome ? (home.statusMessageId ?? (await overdueStatusFor(notifier, task, batch, localTime, options))) : null;
  const target: PostTarget = {
    channelId: batch.target.channelId,
    idempotencyKey: batch.attemptId,
    locale: batch.target.locale,
    ...(atHome ? { taskHome: true } : {}),
    ...(batch.target.teamId ? { teamId: batch.target.teamId } : {}),
    ...(threadOf ? { threadOf, threadName: threadNameOf(task, batch.target.locale) } : {}),
  };
  if (batch.resumed) {
    if (notifier.findPosted) {
      const earlier = await notifier.findPosted(target, batch.attemptId);
      if (earlier) {
        options.logger.info({ taskId: task.id, target: batch.target.kind }, 'an earlier attempt had landed; not posting again');
        return earlier.messageId;
      }
    } else {
      options.logger.warn({ platform: notifier.platform }, 'cannot check for an earlier post; relying on the platform idempotency key');
    }
  }
  options.writing();
  return (await notifier.post(target, doc)).messageId;
}

/**
 * The status message a thread post goes under, for a relay that has none long after its create: posted first, so
 * that its news starts a thread there rather than going to the channel. One that cannot be posted for good (a
 * refusal) leaves the news to the channel, as before; a rate limit or an outage is retried with the batch.
 */
async function overdueStatusFor(
  notifier: Notifier,
  task: TaskRecord,
  batch: DeliveryBatch,
  localTime: ((at: number, style: InstantStyle) => string) | undefined,
  options: SendOptions,
): Promise<string | null> {
  if (!task.home || !options.tasks || !statusMessageOverdue(task, Date.now())) return null;
  const statusDoc = composeMessage(task, { ...batch, target: { ...batch.target, kind: 'status' } }, localTime);
  try {
    return await postOverdueStatus(notifier, task, task.home, statusDoc, { ...options, tasks: options.tasks });
  } catch (error) {
    if (classifyChatFailure(error).kind !== 'permanent') throw error;
    options.logger.warn({ err: error, taskId: task.id }, 'could not post the status message of a task that had none; its news goes to the channel');
    return null;
  }
}

/** A task's thread, by its id and comment (what people know it by), in the reader's language. */
function threadNameOf(task: TaskRecord, locale: DeliveryBatch['target']['locale']): string {
  const comment = task.request.Comment?.trim();
  return comment ? t(locale, 'events.threadName.withComment', { id: task.id, comment }) : t(locale, 'events.threadName.plain', { id: task.id });
}
