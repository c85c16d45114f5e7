// Each task has one status message in its channel: posted once, edited in place after, its thread holding the
// task's events. Two clicks on Confirm, or a Slack retry, arrive as separate requests that both learn "created";
// this is where they become one post instead of two.
import type { ChatCommands } from '../../core/chat-commands.js';
import { ChatMessageGoneError, ChatRateLimitedError, ChatTransientError } from '../../core/notifier.js';
import type { ReplyDocument } from '../../core/reply.js';
import type { TaskHome, TaskRecord } from '../../core/task.js';
import { statusMessageKeyFor } from '../../delivery/overdue-status.js';
import { repostStatus } from '../../delivery/repost-status.js';
import { repostUnderWay, startRepost } from '../../delivery/reposts-in-flight.js';
import type { Logger } from '../../log.js';
import type { SlackNotifier } from './notifier.js';

const REMEMBERED_TASKS = 5_000;
/** Tries of the first post while Slack is busy, before the person is told to press "Post status" later. */
const POST_TRIES = 2;
const LONGEST_WAIT_MS = 5_000;

/** How long to wait before trying again, or null when trying again now cannot help. */
function retryWaitMs(error: unknown): number | null {
  if (error instanceof ChatRateLimitedError) return error.retryAfterMs <= LONGEST_WAIT_MS ? error.retryAfterMs : null;
  return error instanceof ChatTransientError ? 1_000 : null;
}

export class StatusMessages {
  /** task id → the status message's ts (or the post in flight). */
  private readonly posted = new Map<string, Promise<string>>();

  /** `notifier`: built by createSlackNotifier (a client that neither retries nor waits on its own). */
  constructor(
    private readonly notifier: SlackNotifier,
    private readonly commands: Pick<ChatCommands, 'setStatusMessage'>,
    private readonly logger: Logger,
  ) {}

  /** Shows `doc` as the task's status message in `fallbackHome`'s channel (or the task's own home); returns its ts. */
  publish(task: TaskRecord, doc: ReplyDocument, fallbackHome: TaskHome): Promise<string> {
    // A task made elsewhere (CLI, Discord) has no Slack message yet: it gets one in this channel.
    const slackHome = task.home?.platform === 'slack' && task.home.channelId ? task.home : null;
    const known = slackHome?.statusMessageId;
    // Once the store names a status message, it is the truth (the task comes from the store): what this process
    // posted first may have been deleted since, and posted again by delivery or by an earlier repeat of Confirm.
    if (slackHome && known) return this.showAgain(task, { ...slackHome, statusMessageId: known }, doc);
    const earlier = this.posted.get(task.id);
    if (earlier) return earlier;
    const home = slackHome ?? fallbackHome;
    // Delivery posts a status message a relay never got (overdue-status.ts) through the same notifier: one post
    // under way for a relay is the one, whichever side asked first.
    const underWay = repostUnderWay(this.notifier, task.id);
    if (underWay) this.logger.info({ taskId: task.id }, 'slack: the status message is being posted already; waiting for that post');
    const ts = underWay ?? startRepost(this.notifier, task.id, () => this.postFirst(task, doc, home));
    this.remember(task.id, ts);
    // A failed post is forgotten, so that the next click may try again.
    ts.catch(() => this.posted.delete(task.id));
    return ts;
  }

  /**
   * Slack has no idempotency key, and a post that landed but whose answer was lost (a 5xx, a timeout) reads as a
   * failure: the Web API client's own retry, or "post it again", made a second status message. The post carries
   * its key in its metadata, the notifier's client never retries by itself, and each try here (and each later
   * Confirm) looks for the post in the channel first.
   */
  private async postFirst(task: TaskRecord, doc: ReplyDocument, home: TaskHome): Promise<string> {
    const key = statusMessageKeyFor(task.id);
    const target = { channelId: home.channelId, idempotencyKey: key, ...(home.teamId ? { teamId: home.teamId } : {}) };
    for (let attempt = 1; ; attempt += 1) {
      try {
        const earlier = await this.notifier.findPosted(target, key);
        const { messageId } = earlier ?? (await this.notifier.post(target, doc));
        const recorded = { ...home, platform: 'slack', statusMessageId: messageId };
        // A change made while the post was under way, or after a post whose answer was lost (Stop clicked on it as
        // soon as it showed), found no message to edit and was dropped; a message found rather than posted shows
        // an earlier try's document. Either is brought to the state now; it is recorded, so a refused edit is logged.
        const now = this.commands.setStatusMessage(task.id, recorded, task) ?? (earlier ? doc : null);
        if (now) await this.notifier.update(recorded, now).catch((error: unknown) => this.logger.warn({ err: error, taskId: task.id }, 'slack: could not show a change made while the status message was posted'));
        return messageId;
      } catch (error) {
        const wait = retryWaitMs(error);
        if (attempt >= POST_TRIES || wait === null) throw error;
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
  }

  /**
   * A repeated Confirm (Slack's retry, a double click, the "post it again" button) of a task that has its status
   * message: shown again in place; if someone deleted it, posted anew exactly as delivery does it (the same key,
   * so whichever of the two comes second finds the other's post) and recorded as the task's. The message exists
   * otherwise, so a refused edit is only logged: the person is not told it could not be posted.
   */
  private async showAgain(task: TaskRecord, home: TaskHome & { statusMessageId: string }, doc: ReplyDocument): Promise<string> {
    try {
      await this.notifier.update(home, doc);
      return home.statusMessageId;
    } catch (error) {
      if (!(error instanceof ChatMessageGoneError)) {
        this.logger.warn({ err: error, taskId: task.id }, 'slack: could not show the status message again on a repeated Confirm');
        return home.statusMessageId;
      }
      const tasks = { update: (taskId: string, patch: { home: TaskHome & { statusMessageId: string } }) => this.commands.setStatusMessage(taskId, patch.home) };
      return repostStatus(this.notifier, task, home, doc, { tasks, logger: this.logger, writing: () => undefined });
    }
  }

  private remember(taskId: string, ts: Promise<string>): void {
    if (this.posted.size >= REMEMBERED_TASKS) {
      const oldest = this.posted.keys().next().value;
      if (oldest !== undefined) this.posted.delete(oldest);
    }
    this.posted.set(taskId, ts);
  }
}
