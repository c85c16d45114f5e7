// Each task has one status message in its Discord channel; its thread holds the task's events. The task exists
// at the provider before this post is tried, so a failed post must never read as "nothing happened": the user
// is told the relay is set up and gets a button that tries the post again (a Confirm of the same preview,
// which finds the task instead of creating another).
import type { ChatCommands } from '../../core/chat-commands.js';
import { t, type Locale } from '../../core/i18n.js';
import { ChatMessageGoneError, ChatRateLimitedError, ChatTransientError, type Notifier } from '../../core/notifier.js';
import type { ReplyDocument } from '../../core/reply.js';
import type { TaskHome, TaskRecord } from '../../core/task.js';
import { statusMessageKeyFor } from '../../delivery/overdue-status.js';
import { repostStatus } from '../../delivery/repost-status.js';
import type { Logger } from '../../log.js';

export class DiscordStatusMessages {
  /** task id → the post in flight: two clicks that both learn "created" make one post. */
  private readonly posting = new Map<string, Promise<void>>();

  constructor(
    private readonly notifier: Notifier,
    private readonly commands: Pick<ChatCommands, 'setStatusMessage'>,
    private readonly logger: Logger,
  ) {}

  /**
   * Posts `doc` as the task's status message unless one is already recorded: in the task's own Discord channel,
   * else in `fallbackHome`'s. Throws when Discord refuses or does not answer; nothing is recorded then, so the
   * next call tries again.
   */
  ensurePosted(task: TaskRecord, doc: ReplyDocument, fallbackHome: TaskHome): Promise<void> {
    const discordHome = task.home?.platform === 'discord' && task.home.channelId ? task.home : null;
    if (discordHome?.statusMessageId) return this.showAgain(task, { ...discordHome, statusMessageId: discordHome.statusMessageId }, doc);
    const earlier = this.posting.get(task.id);
    if (earlier) return earlier;
    const home = discordHome ?? fallbackHome;
    const post = (async () => {
      // The same nonce on a retry makes Discord answer with the message an earlier, unanswered try created, but
      // only for a few minutes: a try whose answer was lost, then "post it again" pressed later (or after a
      // restart), must find that message in the channel rather than post a second status message.
      const key = statusMessageKeyFor(task.id);
      const target = { channelId: home.channelId, ...(home.teamId ? { teamId: home.teamId } : {}), idempotencyKey: key };
      const earlier = this.notifier.findPosted ? await this.notifier.findPosted(target, key) : null;
      const { messageId } = earlier ?? (await this.notifier.post(target, doc));
      const recorded = { ...home, platform: 'discord', statusMessageId: messageId };
      // A message found rather than posted shows what an earlier try posted, before any change since.
      const now = this.commands.setStatusMessage(task.id, recorded, task) ?? (earlier ? doc : null);
      if (now) await this.showChangeMeanwhile(task, recorded, now);
    })();
    this.posting.set(task.id, post);
    const forget = () => this.posting.delete(task.id);
    post.then(forget, forget);
    return post;
  }

  /**
   * The task changed while its status message was being posted, or after a post whose answer was lost (Stop
   * clicked on the message as soon as it showed): that change's edit found no message recorded and was dropped,
   * so the message is brought to the state now here. The post is made and recorded: a refused edit is logged.
   */
  private async showChangeMeanwhile(task: TaskRecord, home: TaskHome & { statusMessageId: string }, doc: ReplyDocument): Promise<void> {
    await this.notifier.update(home, doc).catch((error: unknown) => this.logger.warn({ err: error, taskId: task.id }, 'discord: could not show a change made while the status message was posted'));
  }

  /**
   * A repeated Confirm of a task whose status message is recorded (the store is the truth): shown again in place,
   * and if someone deleted it, posted anew exactly as delivery does (repostStatus, the same key: whichever comes
   * second finds the other's post), rather than leaving the relay without one until its next news. The message
   * exists otherwise, so a refused edit is only logged: the person is not told it could not be posted.
   */
  private async showAgain(task: TaskRecord, home: TaskHome & { statusMessageId: string }, doc: ReplyDocument): Promise<void> {
    try {
      await this.notifier.update(home, doc);
    } catch (error) {
      if (!(error instanceof ChatMessageGoneError)) {
        this.logger.warn({ err: error, taskId: task.id }, 'discord: could not show the status message again on a repeated Confirm');
        return;
      }
      const tasks = { update: (taskId: string, patch: { home: TaskHome & { statusMessageId: string } }) => this.commands.setStatusMessage(taskId, patch.home) };
      await repostStatus(this.notifier, task, home, doc, { tasks, logger: this.logger, writing: () => undefined });
    }
  }
}

/**
 * Why a post failed, as far as it matters to the person: Discord refused it (a permission: check the channel)
 * or was busy (a rate limit or an outage: just try again shortly). Advice about permissions after a 429 sends
 * people to their server settings for nothing.
 */
export type PostFailure = 'refused' | 'busy';

export function postFailureOf(error: unknown): PostFailure {
  return error instanceof ChatRateLimitedError || error instanceof ChatTransientError ? 'busy' : 'refused';
}

/**
 * The answer when the task was created but its status message could not be posted: the relay exists and runs,
 * what to do about the post, how to look at the relay, and a button that posts the status message (Confirm of
 * the same preview again).
 */
export function statusNotPostedDocument(locale: Locale, taskId: string, pendingId: string, failure: PostFailure = 'refused'): ReplyDocument {
  const title = t(locale, 'discord.statusNotPosted.title', { id: taskId });
  const body = t(locale, failure === 'busy' ? 'discord.statusNotPosted.bodyBusy' : 'discord.statusNotPosted.body', { id: taskId });
  return {
    kind: 'error',
    title,
    lines: [body],
    fields: [],
    actions: [
      { id: 'confirm', label: t(locale, 'discord.statusNotPosted.retry'), value: pendingId, style: 'primary' },
      { id: 'show', label: t(locale, 'discord.statusNotPosted.show'), value: taskId },
    ],
    severity: 'warning',
    text: `${title}\n${body}`,
    taskId,
  };
}
