// Each task has one status message in its channel: posted once, edited in place after, its thread holding the
// task's events. Two clicks on Confirm, or a Slack retry, arrive as separate requests that both learn "created";
// this is where they become one post instead of two.
import type { webApi } from '@slack/bolt';
import type { ChatCommands } from '../../core/chat-commands.js';
import type { ReplyDocument } from '../../core/reply.js';
import type { TaskHome, TaskRecord } from '../../core/task.js';
import { renderDocument } from './block-kit.js';

const REMEMBERED_TASKS = 5_000;

export class StatusMessages {
  /** task id → the status message's ts (or the post in flight). */
  private readonly posted = new Map<string, Promise<string>>();

  constructor(
    private readonly client: webApi.WebClient,
    private readonly commands: Pick<ChatCommands, 'setStatusMessage'>,
  ) {}

  /** Shows `doc` as the task's status message in `fallbackHome`'s channel (or the task's own home); returns its ts. */
  publish(task: TaskRecord, doc: ReplyDocument, fallbackHome: TaskHome): Promise<string> {
    const earlier = this.posted.get(task.id);
    if (earlier) return earlier;
    // A task made elsewhere (CLI, Discord) has no Slack message yet: it gets one in this channel.
    const slackHome = task.home?.platform === 'slack' && task.home.channelId ? task.home : null;
    const home = slackHome ?? fallbackHome;
    const known = slackHome?.statusMessageId;
    const message = renderDocument(doc);
    const ts = known
      ? this.client.chat.update({ channel: home.channelId, ts: known, ...message }).then(() => known)
      : this.client.chat.postMessage({ channel: home.channelId, ...message, unfurl_links: false, unfurl_media: false }).then((answer) => {
          if (!answer.ts) throw new Error('slack: chat.postMessage answered without a ts');
          this.commands.setStatusMessage(task.id, { ...home, platform: 'slack', statusMessageId: answer.ts });
          return answer.ts;
        });
    this.remember(task.id, ts);
    // A failed post is forgotten, so that the next click may try again.
    ts.catch(() => this.posted.delete(task.id));
    return ts;
  }

  private remember(taskId: string, ts: Promise<string>): void {
    if (this.posted.size >= REMEMBERED_TASKS) {
      const oldest = this.posted.keys().next().value;
      if (oldest !== undefined) this.posted.delete(oldest);
    }
    this.posted.set(taskId, ts);
  }
}
