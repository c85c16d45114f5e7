// The contract between chat adapters (shell, Slack, Discord) and core: adapters turn platform events into
// these calls and render the outcomes; the verbs themselves live once, in core/chat/.
import type { Locale } from './i18n.js';
import type { ReplyDocument } from './reply.js';
import type { Actor, TaskHome, TaskRecord } from './task.js';

export interface ChatContext {
  actor: Actor;
  locale: Locale;
  /** The user's IANA zone: saved preference, else the platform profile, else the bot default. */
  timeZone: string;
  /** The channel the command came from (a new task's home). */
  home: TaskHome;
  /** Whether this user may create or change relays here (the adapter applies the permission settings). */
  canModify: boolean;
  /** A key unique to the platform request (Slack trigger id, Discord interaction id), for idempotency. */
  requestKey: string;
}

export type ChatOutcome =
  /** Shown only to the user (ephemeral). */
  | { kind: 'reply'; doc: ReplyDocument }
  /** What was understood, with Confirm/Cancel; `pendingId` is the buttons' value. */
  | { kind: 'preview'; doc: ReplyDocument; pendingId: string }
  /** The task exists; `doc` is its status message for the channel (the adapter posts it and calls setStatusMessage). */
  | {
      kind: 'created';
      task: TaskRecord;
      doc: ReplyDocument;
      replaced?: boolean;
      /**
       * True when this confirm found the task an earlier confirm of the same preview created (double click,
       * platform retry): the first one posts the status message, so the adapter must not post it again.
       */
      alreadyConfirmed?: boolean;
    }
  /** The user asked for the form (Slack modal): prefill what we know. */
  | { kind: 'open-form'; prefill: { sourceUrl?: string } };

export interface ChatCommands {
  /** Everything after `/relay`: a new relay in natural language, or a verb (list, status, stop, tz, help ...). */
  handle(text: string, ctx: ChatContext): Promise<ChatOutcome>;
  /** Confirm a preview. Exactly one task however often this is called for the same pendingId. */
  confirm(pendingId: string, ctx: ChatContext): Promise<ChatOutcome>;
  cancel(pendingId: string, ctx: ChatContext): Promise<ChatOutcome>;
  /** A button on a status or alarm message. */
  action(action: 'stop' | 'restart' | 'show', taskId: string, ctx: ChatContext): Promise<ChatOutcome>;
  /**
   * Where a task lives and who made it (null for no such task): for a button pressed away from the task's channel,
   * on an alarm sent to its creator by direct message, whose permission is the task's channel's.
   */
  taskOrigin(taskId: string): { home: TaskHome | null; createdBy: Actor } | null;
  /**
   * Records where the task's status message was posted, so events thread under it and edits find it. `shown`: the
   * task as the posted message shows it. When the task has changed since (Stop clicked on the message the moment
   * it appeared, before this record), that change's edit had no message to go to and was dropped: the answer is
   * the status message as it should read now, for the adapter to edit in; otherwise null.
   */
  setStatusMessage(taskId: string, home: TaskHome & { statusMessageId: string }, shown?: TaskRecord): ReplyDocument | null;
}
