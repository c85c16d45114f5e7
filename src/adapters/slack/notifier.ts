// Task news into Slack: a post (in the status message's thread when asked) or an in-place edit of the status
// message. Delivery policy (retries, budgets, coalescing) is core's, so the Web API client here never waits
// or retries on its own: it reports "slow down" and "try again" as the Notifier contract's error types.
import { webApi } from '@slack/bolt';
import type { SlackConfig } from '../../config/slack.js';
import { ChatMessageGoneError, ChatRateLimitedError, ChatTransientError, type Notifier, type PostTarget } from '../../core/notifier.js';
import type { ReplyDocument } from '../../core/reply.js';
import type { TaskHome } from '../../core/task.js';
import type { Logger } from '../../log.js';
import { boltLogger } from './bolt-logger.js';
import { alarmDmReason, postAlarmByDm } from './alarm-by-dm.js';
import { renderDocument } from './block-kit.js';

/**
 * Every post made for a delivery carries its attempt id as message metadata (https://api.slack.com/metadata), so
 * that after a crash or a lost answer the worker can look for it before posting again (Slack has no idempotency
 * key of its own). Reading it back needs channels:history / groups:history.
 */
const DELIVERY_EVENT_TYPE = 'relaybot_delivery';
/** How far back to look: pages of the thread (or channel) read before concluding the post never landed. */
const FIND_PAGES = 5;
const FIND_PAGE_SIZE = 200;
/** "We may not read here" (a DM, a scope not granted): the worker then posts again, as it did without the check. */
const CANNOT_READ_ERRORS = new Set(['missing_scope', 'not_in_channel', 'channel_not_found', 'thread_not_found']);

/** Slack's ok:false answers that mean "our side, try later" rather than "your request is wrong". */
const TRANSIENT_PLATFORM_ERRORS = new Set(['internal_error', 'fatal_error', 'service_unavailable', 'request_timeout', 'ratelimited']);

/** The notifier for a configured workspace. */
export function createSlackNotifier(settings: Pick<SlackConfig, 'botToken' | 'apiUrl'>, logger: Logger): SlackNotifier {
  if (!settings.botToken) throw new Error('slack: SLACK_BOT_TOKEN is not set');
  // Delivery owns retries and pacing, so this client reports 429s and failures instead of waiting on them.
  const client = new webApi.WebClient(settings.botToken, {
    slackApiUrl: settings.apiUrl,
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 0 },
    // A hung request would stall the task's delivery queue: time out and let delivery retry.
    timeout: 10_000,
    logger: boltLogger(logger),
  });
  return new SlackNotifier(client, logger);
}

export class SlackNotifier implements Notifier {
  readonly platform = 'slack';

  /** `client` must be built with rejectRateLimitedCalls and no retries (see createSlackNotifier). */
  constructor(
    private readonly client: webApi.WebClient,
    private readonly logger?: Pick<Logger, 'warn'>,
  ) {}

  async post(target: PostTarget, doc: ReplyDocument): Promise<{ messageId: string }> {
    try {
      return await this.postInChannel(target, doc);
    } catch (error) {
      const code = (error as { data?: { error?: string } }).data?.error;
      if (target.threadOf && code === 'thread_not_found') {
        // The status message was deleted, and its thread with it: the news goes to the channel rather than nowhere.
        this.logger?.warn({ channel: target.channelId, error: code }, 'slack: the task thread is gone (its status message was deleted); posting in the channel');
        const { threadOf: _gone, ...inChannel } = target;
        return this.post(inChannel, doc);
      }
      const reason = alarmDmReason(target, doc, code);
      if (!reason || !doc.mentionUserId) throw error;
      this.logger?.warn({ channel: target.channelId, error: code }, 'slack: the channel refused an alarm; sending it to its creator by direct message');
      return { messageId: await callSlack(() => postAlarmByDm(this.client, target, { ...doc, mentionUserId: doc.mentionUserId! }, reason)) };
    }
  }

  private async postInChannel(target: PostTarget, doc: ReplyDocument): Promise<{ messageId: string }> {
    const message = renderDocument(doc);
    const result = await callSlack(() =>
      this.client.chat.postMessage({
        channel: target.channelId,
        ...message,
        ...(target.threadOf ? { thread_ts: target.threadOf } : {}),
        ...(target.idempotencyKey
          ? { metadata: { event_type: DELIVERY_EVENT_TYPE, event_payload: { attempt_id: target.idempotencyKey } } }
          : {}),
        unfurl_links: false,
        unfurl_media: false,
      }),
    );
    if (!result.ts) throw new Error('slack: chat.postMessage answered without a ts');
    return { messageId: result.ts };
  }

  async findPosted(target: PostTarget, idempotencyKey: string): Promise<{ messageId: string } | null> {
    let cursor: string | undefined;
    try {
      for (let pageNumber = 0; pageNumber < FIND_PAGES; pageNumber += 1) {
        const request = { channel: target.channelId, include_all_metadata: true, limit: FIND_PAGE_SIZE, ...(cursor ? { cursor } : {}) };
        const page = await callSlack(() =>
          target.threadOf
            ? this.client.conversations.replies({ ...request, ts: target.threadOf })
            : this.client.conversations.history(request),
        );
        const found = page.messages?.find((message) => isDeliveryPost(message.metadata, idempotencyKey));
        if (found?.ts) return { messageId: found.ts };
        cursor = page.response_metadata?.next_cursor || undefined;
        if (!cursor) return null;
      }
      return null;
    } catch (error) {
      const code = (error as { data?: { error?: string } }).data?.error;
      if (!code || !CANNOT_READ_ERRORS.has(code)) throw error;
      this.logger?.warn({ channel: target.channelId, error: code }, 'slack: cannot read the conversation to look for an earlier post; posting again');
      return null;
    }
  }

  async update(home: TaskHome & { statusMessageId: string }, doc: ReplyDocument): Promise<void> {
    try {
      await callSlack(() => this.client.chat.update({ channel: home.channelId, ts: home.statusMessageId, ...renderDocument(doc) }));
    } catch (error) {
      // Someone deleted the status message: delivery gives the task a new one.
      if ((error as { data?: { error?: string } }).data?.error === 'message_not_found') throw new ChatMessageGoneError('slack: message_not_found', { cause: error });
      throw error;
    }
  }
}

/** Whether a message's metadata marks it as the post of this delivery attempt. */
function isDeliveryPost(metadata: { event_type?: string; event_payload?: object } | undefined, attemptId: string): boolean {
  if (metadata?.event_type !== DELIVERY_EVENT_TYPE) return false;
  return (metadata.event_payload as { attempt_id?: unknown } | undefined)?.attempt_id === attemptId;
}

/** Translates @slack/web-api's errors into the Notifier contract's (rate limited / transient / permanent). */
export async function callSlack<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw classifySlackError(error);
  }
}

export function classifySlackError(error: unknown): unknown {
  const coded = error as { code?: string; retryAfter?: number; statusCode?: number; data?: { error?: string } };
  switch (coded?.code) {
    case 'slack_webapi_rate_limited_error':
      return new ChatRateLimitedError(Math.max(1, coded.retryAfter ?? 1) * 1000, { cause: error });
    case 'slack_webapi_request_error':
      return new ChatTransientError('slack: network error', { cause: error });
    case 'slack_webapi_http_error':
      return (coded.statusCode ?? 500) >= 500 ? new ChatTransientError(`slack: HTTP ${coded.statusCode}`, { cause: error }) : error;
    case 'slack_webapi_platform_error':
      return TRANSIENT_PLATFORM_ERRORS.has(coded.data?.error ?? '') ? new ChatTransientError(`slack: ${coded.data?.error}`, { cause: error }) : error;
    default:
      return error;
  }
}
