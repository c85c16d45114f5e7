// Task news into Slack: a post (in the status message's thread when asked) or an in-place edit of the status
// message. Delivery policy (retries, budgets, coalescing) is core's, so the Web API client here never waits
// or retries on its own: it reports "slow down" and "try again" as the Notifier contract's error types.
import { webApi } from '@slack/bolt';
import type { SlackConfig } from '../../config/slack.js';
import { ChatRateLimitedError, ChatTransientError, type Notifier, type PostTarget } from '../../core/notifier.js';
import type { ReplyDocument } from '../../core/reply.js';
import type { TaskHome } from '../../core/task.js';
import type { Logger } from '../../log.js';
import { boltLogger } from './bolt-logger.js';
import { renderDocument } from './block-kit.js';

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
  return new SlackNotifier(client);
}

export class SlackNotifier implements Notifier {
  readonly platform = 'slack';

  /** `client` must be built with rejectRateLimitedCalls and no retries (see createSlackNotifier). */
  constructor(private readonly client: webApi.WebClient) {}

  async post(target: PostTarget, doc: ReplyDocument): Promise<{ messageId: string }> {
    const message = renderDocument(doc);
    const result = await callSlack(() =>
      this.client.chat.postMessage({
        channel: target.channelId,
        ...message,
        ...(target.threadOf ? { thread_ts: target.threadOf } : {}),
        unfurl_links: false,
        unfurl_media: false,
      }),
    );
    if (!result.ts) throw new Error('slack: chat.postMessage answered without a ts');
    return { messageId: result.ts };
  }

  async update(home: TaskHome & { statusMessageId: string }, doc: ReplyDocument): Promise<void> {
    await callSlack(() => this.client.chat.update({ channel: home.channelId, ts: home.statusMessageId, ...renderDocument(doc) }));
  }
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
