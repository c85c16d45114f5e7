// Why Slack did not take a task's status message, as the message key that tells the person what to do next. An
// invitation fixes only a channel the bot is not in: an archived channel must be unarchived first, and a rate
// limit or an outage on Slack's side needs nothing but another press in a minute.
import { ChatRateLimitedError, ChatTransientError } from '../../core/notifier.js';
import { classifySlackError } from './notifier.js';
import { slackErrorCode } from './outcomes.js';

export type StatusRefusalKey = 'slack.error.cannotPost' | 'slack.error.cannotPostArchived' | 'slack.error.cannotPostBusy';

export function statusRefusalKey(error: unknown): StatusRefusalKey {
  if (slackErrorCode(error) === 'is_archived') return 'slack.error.cannotPostArchived';
  const classified = classifySlackError(error);
  // The client gives up on a rate limit it has already waited out with an uncoded error naming it.
  const rateLimited = error instanceof Error && /rate limit/i.test(error.message);
  if (classified instanceof ChatRateLimitedError || classified instanceof ChatTransientError || rateLimited) return 'slack.error.cannotPostBusy';
  return 'slack.error.cannotPost';
}
