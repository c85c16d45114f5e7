// Task news on Discord: the status message is posted in the task's channel and edited in place; events go
// into a thread started on it (a message's thread has the message's own id, so it can be addressed directly).
import { createHash } from 'node:crypto';
import { DiscordAPIError, HTTPError, RateLimitError, RESTJSONErrorCodes, Routes, type REST } from 'discord.js';
import { ChatMessageGoneError, ChatRateLimitedError, ChatTransientError, type InstantStyle, type Notifier, type PostTarget } from '../../core/notifier.js';
import { t, type Locale } from '../../core/i18n.js';
import type { ReplyDocument } from '../../core/reply.js';
import type { TaskHome } from '../../core/task.js';
import type { Logger } from '../../log.js';
import { carriesDeliveryMark, withDeliveryMark } from './delivery-mark.js';
import { inlineTimestamp, renderDiscordMessage } from './render.js';

/** Discord nonces are at most 25 characters; a longer delivery key is hashed down to that. */
const NONCE_MAX = 25;

function nonceFor(key: string): string {
  return key.length <= NONCE_MAX ? key : createHash('sha256').update(key).digest('base64url').slice(0, NONCE_MAX);
}

/** How far back findPosted looks: Discord serves at most 100 messages a request. */
const FIND_PAGE_SIZE = 100;
const FIND_PAGES = 5;

/** Read Message History (or View Channel) not granted, or the channel or thread gone: nothing can be found there. */
const CANNOT_READ: ReadonlySet<number> = new Set([RESTJSONErrorCodes.MissingAccess, RESTJSONErrorCodes.MissingPermissions, RESTJSONErrorCodes.UnknownChannel]);

type ReadMessage = Parameters<typeof carriesDeliveryMark>[0];

/** Discord: "A thread has already been created for this message". */
const THREAD_ALREADY_EXISTS = 160004;
const THREAD_NAME_MAX = 100;

/**
 * Refusals that mean the task's thread cannot be used, while its channel may well be: the bot may not start
 * threads or write in them (50001, 50013: "Create Public Threads" / "Send Messages in Threads" not granted), the
 * thread was deleted (10003), is locked or archived for good (160005, 50083), or the server has too many active
 * threads (160006). The news then goes to the channel itself rather than nowhere.
 */
const THREAD_UNUSABLE: ReadonlySet<number> = new Set([
  RESTJSONErrorCodes.MissingAccess,
  RESTJSONErrorCodes.MissingPermissions,
  RESTJSONErrorCodes.UnknownChannel,
  RESTJSONErrorCodes.ThreadLocked,
  RESTJSONErrorCodes.InvalidActionOnArchivedThread,
  RESTJSONErrorCodes.MaximumActiveThreads,
]);

/**
 * After a refusal, the thread is left alone this long and news goes straight to the channel: a permission refusal
 * is a 403, which Discord counts as an invalid request, and it restricts an address for a while after 10,000 of
 * those (401, 403, 429) in 10 minutes.
 */
const THREAD_RETRY_AFTER_MS = 10 * 60_000;

const threadUnusable = (error: unknown) => error instanceof DiscordAPIError && typeof error.code === 'number' && THREAD_UNUSABLE.has(error.code);

function toChatError(error: unknown): unknown {
  if (error instanceof RateLimitError) return new ChatRateLimitedError(error.retryAfter, { cause: error });
  if (error instanceof DiscordAPIError) {
    return error.status >= 500 ? new ChatTransientError(`discord ${error.status}`, { cause: error }) : error;
  }
  if (error instanceof HTTPError) return new ChatTransientError(`discord ${error.status}`, { cause: error });
  if (error instanceof Error && /fetch failed|ECONN|ETIMEDOUT|socket|abort/i.test(`${error.message} ${String(error.cause)}`)) {
    return new ChatTransientError(error.message, { cause: error });
  }
  return error;
}

export class DiscordNotifier implements Notifier {
  readonly platform = 'discord';
  private readonly threads = new Set<string>();
  /** Status message id → until when its thread is not tried again (it was refused). */
  private readonly threadRefusedUntil = new Map<string, number>();

  constructor(
    private readonly rest: REST,
    private readonly logger?: Logger,
  ) {}

  async post(target: PostTarget, doc: ReplyDocument): Promise<{ messageId: string }> {
    try {
      if (target.threadOf && (this.threadRefusedUntil.get(target.threadOf) ?? 0) <= Date.now()) {
        try {
          await this.ensureThread(target.channelId, target.threadOf, target.threadName ?? doc.title);
          const posted = await this.postIn(target.threadOf, target, doc);
          this.threadRefusedUntil.delete(target.threadOf);
          return posted;
        } catch (error) {
          if (!threadUnusable(error)) throw error;
          this.threads.delete(target.threadOf);
          this.threadRefusedUntil.set(target.threadOf, Date.now() + THREAD_RETRY_AFTER_MS);
          this.logger?.warn(
            { err: error, channelId: target.channelId, thread: target.threadOf },
            "discord: the task's thread cannot be used (a permission, or the thread is gone); posting in the channel instead, and trying the thread again in 10 minutes",
          );
        }
      }
      return await this.postIn(target.channelId, target, doc);
    } catch (error) {
      throw toChatError(error);
    }
  }

  private async postIn(channelId: string, target: PostTarget, doc: ReplyDocument): Promise<{ messageId: string }> {
    // With enforce_nonce, Discord answers a repeat of the same nonce (a retry after a crash or a lost answer)
    // with the message it already created instead of posting it twice.
    // The nonce holds for a few minutes only; the buttons' mark lets findPosted find the post much later.
    const body = target.idempotencyKey
      ? { ...withDeliveryMark(renderDiscordMessage(doc), target.idempotencyKey), nonce: nonceFor(target.idempotencyKey), enforce_nonce: true }
      : renderDiscordMessage(doc);
    const message = (await this.rest.post(Routes.channelMessages(channelId), { body })) as { id: string };
    return { messageId: message.id };
  }

  /**
   * The message posted earlier under `idempotencyKey` (its buttons carry the key's mark), read back from the
   * channel's latest messages, or from the thread's and then the channel's when the post went to a thread (it
   * went to the channel when the thread could not be used). Null when it is not there, or when the bot may not
   * read the channel (Read Message History not granted, the thread gone): then the post is made again, and only
   * the nonce can still dedup it.
   */
  async findPosted(target: PostTarget, idempotencyKey: string): Promise<{ messageId: string } | null> {
    for (const channelId of target.threadOf ? [target.threadOf, target.channelId] : [target.channelId]) {
      const found = await this.findIn(channelId, idempotencyKey);
      if (found) return { messageId: found };
    }
    return null;
  }

  private async findIn(channelId: string, idempotencyKey: string): Promise<string | null> {
    let before: string | undefined;
    try {
      for (let page = 0; page < FIND_PAGES; page += 1) {
        const query = new URLSearchParams({ limit: String(FIND_PAGE_SIZE), ...(before ? { before } : {}) });
        const messages = (await this.rest.get(Routes.channelMessages(channelId), { query })) as ReadMessage[];
        const found = messages.find((message) => carriesDeliveryMark(message, idempotencyKey));
        if (found) return found.id;
        if (messages.length < FIND_PAGE_SIZE) return null;
        // Newest first: the next page is older than the oldest message of this one.
        before = messages.reduce((oldest, message) => (BigInt(message.id) < BigInt(oldest) ? message.id : oldest), messages[0]!.id);
      }
      return null;
    } catch (error) {
      if (!(error instanceof DiscordAPIError && typeof error.code === 'number' && CANNOT_READ.has(error.code))) throw toChatError(error);
      this.logger?.warn({ err: error, channelId }, 'discord: cannot read the channel to look for an earlier post; posting again');
      return null;
    }
  }

  async update(home: TaskHome & { statusMessageId: string }, doc: ReplyDocument): Promise<void> {
    try {
      await this.rest.patch(Routes.channelMessage(home.channelId, home.statusMessageId), { body: renderDiscordMessage(doc) });
    } catch (error) {
      // Someone deleted the status message (10008 Unknown Message): delivery gives the task a new one.
      if (error instanceof DiscordAPIError && error.code === RESTJSONErrorCodes.UnknownMessage) {
        throw new ChatMessageGoneError('discord: unknown message (10008)', { cause: error });
      }
      throw toChatError(error);
    }
  }

  /**
   * The deleted status message's thread stays (Discord keeps a thread whose message is gone), and whoever follows
   * it would otherwise hear nothing more: one line there, with a link to the new status message. Posted to the
   * thread itself (its id is the message's), never to the channel, and only if the thread exists.
   */
  async pointOldThread(gone: TaskHome & { statusMessageId: string }, messageId: string, taskId: string, locale: Locale): Promise<void> {
    const link = `https://discord.com/channels/${gone.teamId ?? '@me'}/${gone.channelId}/${messageId}`;
    const text = t(locale, 'discord.statusMoved', { id: taskId, link });
    // In the description, where Discord makes the link clickable (an embed's title does not).
    const title = t(locale, 'events.threadName.plain', { id: taskId });
    const doc: ReplyDocument = { kind: 'info', title, text, lines: [text], fields: [], actions: [], severity: 'info' };
    try {
      await this.postIn(gone.statusMessageId, { channelId: gone.statusMessageId, idempotencyKey: `moved:${gone.statusMessageId}` }, doc);
    } catch (error) {
      throw toChatError(error);
    }
  }

  /** Discord timestamps: every reader sees the time in their own zone, as the status message's times already are. */
  localTime(at: number, style: InstantStyle): string {
    return inlineTimestamp(at, style);
  }

  private async ensureThread(channelId: string, messageId: string, name: string): Promise<void> {
    if (this.threads.has(messageId)) return;
    try {
      await this.rest.post(Routes.threads(channelId, messageId), {
        body: { name: [...name].slice(0, THREAD_NAME_MAX).join(''), auto_archive_duration: 1440 },
      });
    } catch (error) {
      if (!(error instanceof DiscordAPIError && error.code === THREAD_ALREADY_EXISTS)) throw error;
    }
    this.threads.add(messageId);
  }
}
