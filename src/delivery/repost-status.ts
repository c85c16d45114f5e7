// A status message someone deleted (by mistake, or a channel clean-up) used to leave the relay without its one
// live view for the rest of its life: every edit failed for good, and its Stop / Restart / Show buttons went
// with it. When an edit finds the message gone, the task gets a fresh status message in its channel, showing
// its state now with its buttons, and that becomes its status message (later edits and thread news go there).
import type { Notifier } from '../core/notifier.js';
import type { ReplyDocument } from '../core/reply.js';
import type { TaskHome, TaskRecord } from '../core/task.js';
import type { Logger } from '../log.js';
import { postKeyed, postStatusOnce, repostUnderWay } from './reposts-in-flight.js';

/**
 * One post per deleted message: the key names the message that went, so a retry or a restart after a crash
 * between the post and the store's write finds the post already made (findPosted, or the platform's own dedup)
 * instead of making a second one.
 */
export function repostKeyFor(taskId: string, goneMessageId: string): string {
  return `status:${taskId}:${goneMessageId}`;
}

export interface RepostOptions {
  /** Where the new message is recorded (the task repository, or the chat commands' setStatusMessage). */
  tasks: { update(taskId: string, patch: { home: TaskHome & { statusMessageId: string } }): unknown };
  logger: Logger;
  writing: () => void;
}

/**
 * Posts `doc` as the task's new status message and records it; returns its id. Throws the notifier's errors.
 * A re-post of the task already under way (delivery and a repeated Confirm both found the message gone) is
 * joined rather than made a second time (reposts-in-flight.ts).
 */
export function repostStatus(
  notifier: Notifier,
  task: TaskRecord,
  home: TaskHome & { statusMessageId: string },
  doc: ReplyDocument,
  options: RepostOptions,
): Promise<string> {
  if (repostUnderWay(notifier, task.id)) {
    options.logger.info({ taskId: task.id, platform: notifier.platform, gone: home.statusMessageId }, 'the status message is being posted again already; waiting for that post');
  }
  return postStatusOnce(notifier, task.id, home, doc, options.writing, () => postAgain(notifier, task, home, doc, options));
}

async function postAgain(
  notifier: Notifier,
  task: TaskRecord,
  home: TaskHome & { statusMessageId: string },
  doc: ReplyDocument,
  options: RepostOptions,
): Promise<string> {
  const { messageId, found } = await postKeyed(notifier, home, repostKeyFor(task.id, home.statusMessageId), doc, options.writing);
  options.tasks.update(task.id, { home: { ...home, statusMessageId: messageId } });
  options.logger.warn(
    { taskId: task.id, platform: notifier.platform, gone: home.statusMessageId, statusMessageId: messageId, found },
    'the status message was deleted; the task has a new one in its channel',
  );
  // After the store's write, so that it happens at most once: later edits go to the new message and never here.
  if (notifier.pointOldThread) {
    await notifier.pointOldThread(home, messageId, task.id, task.locale).catch((error: unknown) =>
      options.logger.warn({ err: error, taskId: task.id, gone: home.statusMessageId }, 'could not tell the old thread where the news continues'),
    );
  }
  return messageId;
}
