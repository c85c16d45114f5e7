// Why Slack did not take a task's status message, as the message key that tells the person what to do next. An
// invitation fixes only a channel the bot is not in: an archived channel must be unarchived first, and a rate
// limit or an outage on Slack's side needs nothing but another press in a minute. A direct message between other
// people (a slash command works there, a bot's post does not) takes no invitation at all.
import { ChatRateLimitedError, ChatTransientError } from '../../core/notifier.js';
import { classifySlackError } from './notifier.js';
import { slackErrorCode } from './outcomes.js';

export type StatusRefusalKey = 'slack.error.cannotPost' | 'slack.error.cannotPostArchived' | 'slack.error.cannotPostBusy' | 'slack.error.cannotPostDm';

/** Slack's conversation ids of direct messages start with D. */
const isDirectMessage = (channelId: string | undefined) => channelId?.startsWith('D') === true;

export function statusRefusalKey(error: unknown, channelId?: string): StatusRefusalKey {
  const code = slackErrorCode(error);
  if (code === 'is_archived') return 'slack.error.cannotPostArchived';
  if (isDirectMessage(channelId) && (code === 'channel_not_found' || code === 'not_in_channel')) return 'slack.error.cannotPostDm';
  const classified = classifySlackError(error);
  // The client gives up on a rate limit it has already waited out with an uncoded error naming it.
  const rateLimited = error instanceof Error && /rate limit/i.test(error.message);
  if (classified instanceof ChatRateLimitedError || classified instanceof ChatTransientError || rateLimited) return 'slack.error.cannotPostBusy';
  return 'slack.error.cannotPost';
}
