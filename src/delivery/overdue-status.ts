// A relay with a home channel gets its status message from the chat adapter right after its create, and its news
// then goes to that message's thread. A relay whose create the bot confirmed later by itself (the upkeep settled a
// create whose answer had been lost; the person had been told "not confirmed yet") never gets one that way: each of
// its news went to the channel on its own, for the rest of its life. Once its status message is overdue, delivery
// posts it, records it, and the news goes to its thread.
import type { Notifier, PostTarget } from '../core/notifier.js';
import type { ReplyDocument } from '../core/reply.js';
import type { TaskHome, TaskRecord } from '../core/task.js';
import type { Logger } from '../log.js';

/**
 * How long after its create a relay's status message is overdue. The adapter posts it within seconds of the create
 * it answers; waiting this long keeps delivery from posting a second one beside the adapter's.
 */
export const STATUS_MESSAGE_DUE_MS = 60_000;

export function statusMessageOverdue(task: Pick<TaskRecord, 'createdAt'>, now: number): boolean {
  return now - Date.parse(task.createdAt) >= STATUS_MESSAGE_DUE_MS;
}

/**
 * The key of a relay's first status message: the adapters post it under the same one (Discord's nonce and delivery
 * mark), so whichever comes second finds the other's post instead of making a second.
 */
export function statusMessageKeyFor(taskId: string): string {
  return `status-${taskId}`;
}

export interface OverdueStatusOptions {
  tasks: { update(taskId: string, patch: { home: TaskHome & { statusMessageId: string } }): unknown };
  logger: Logger;
  writing: () => void;
}

/** Posts `doc` as the task's status message in its home channel and records it; returns its id. Throws the notifier's errors. */
export async function postOverdueStatus(notifier: Notifier, task: TaskRecord, home: TaskHome, doc: ReplyDocument, options: OverdueStatusOptions): Promise<string> {
  const key = statusMessageKeyFor(task.id);
  const target: PostTarget = { channelId: home.channelId, idempotencyKey: key, ...(home.teamId ? { teamId: home.teamId } : {}) };
  const earlier = notifier.findPosted ? await notifier.findPosted(target, key) : null;
  let messageId = earlier?.messageId;
  if (!messageId) {
    options.writing();
    messageId = (await notifier.post(target, doc)).messageId;
  }
  options.tasks.update(task.id, { home: { ...home, statusMessageId: messageId } });
  options.logger.info({ taskId: task.id, platform: notifier.platform, statusMessageId: messageId, found: Boolean(earlier) }, 'the task had no status message; posted one');
  return messageId;
}
