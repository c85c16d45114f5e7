// A relay with a home channel gets its status message from the chat adapter right after its create, and its news
// then goes to that message's thread. A relay whose create the bot confirmed later by itself (the upkeep settled a
// create whose answer had been lost; the person had been told "not confirmed yet") never gets one that way: each of
// its news went to the channel on its own, for the rest of its life. Once its status message is overdue, delivery
// posts it, records it, and the news goes to its thread.
import type { Notifier } from '../core/notifier.js';
import type { ReplyDocument } from '../core/reply.js';
import type { TaskHome, TaskRecord } from '../core/task.js';
import type { Logger } from '../log.js';
import { postKeyed, postStatusOnce } from './reposts-in-flight.js';

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
export function postOverdueStatus(notifier: Notifier, task: TaskRecord, home: TaskHome, doc: ReplyDocument, options: OverdueStatusOptions): Promise<string> {
  // One post of a relay's status message at a time in the process ("post it again" may be pressed meanwhile):
  // Slack has no key that would fold a second post into the first.
  return postStatusOnce(notifier, task.id, home, doc, options.writing, async () => {
    const { messageId, found } = await postKeyed(notifier, home, statusMessageKeyFor(task.id), doc, options.writing);
    options.tasks.update(task.id, { home: { ...home, statusMessageId: messageId } });
    options.logger.info({ taskId: task.id, platform: notifier.platform, statusMessageId: messageId, found }, 'the task had no status message; posted one');
    return messageId;
  });
}
