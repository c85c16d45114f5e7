// News the bot gave up delivering. A chat API that answers 5xx or drops the connection is retried with backoff,
// but not for ever: news that could not be delivered for hours is stale (a file that started at 20:03 is no
// news at 02:00), and retrying it until the end of time hides the outage from everyone. The worker gives such
// rows up (delivery/worker.ts) and leaves this event in their place, so that once the platform answers again
// the relay's thread (or the subscribed channel) is told, in one short line, that some updates are missing and
// how many; the status message is then edited to the task's state now, which is all it ever shows. Pure.
import type { DeliveryTarget } from './ports.js';

/** Ours, like TaskChanged: stored in the ledger and delivered through the outbox, in order with later news. */
export interface UpdatesUndeliveredEvent {
  event: 'UpdatesUndelivered';
  /** News messages' events given up (status edits are not counted: the next edit shows the state now). */
  count: number;
  /** When the first of them happened. */
  since: number;
  occurredAt: number;
}

/**
 * Where the notice goes for a group given up: in the task's home channel the thread carries it (alarms posted
 * at the channel's top level included) and the status message is edited afresh; a subscribed channel, which
 * has neither, gets it as a post of its own. Status edits given up need no words: the notice only brings the
 * status message to the state now.
 */
export function noticeTargets(givenUp: DeliveryTarget, atHome: boolean): DeliveryTarget[] {
  const { kind: _kind, ...at } = givenUp;
  if (!atHome || givenUp.kind === 'status') return [givenUp];
  return [
    { ...at, kind: 'thread' },
    { ...at, kind: 'status' },
  ];
}
