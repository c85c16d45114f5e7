// Who hears about an event. Pure: decided once, when the event is stored, so a later subscription change
// does not rewrite what the outbox already owes.
import type { TaskRecord } from '../task.js';
import type { DeliveryTarget, StoredEvent, Subscription } from './ports.js';

export function deliveryTargets(
  task: Pick<TaskRecord, 'home' | 'locale'>,
  event: Pick<StoredEvent, 'alarm'>,
  subscriptions: readonly Subscription[],
): DeliveryTarget[] {
  const targets: DeliveryTarget[] = [];
  const home = task.home;
  if (home) {
    const at = { platform: home.platform, channelId: home.channelId, locale: task.locale, ...(home.teamId ? { teamId: home.teamId } : {}) };
    targets.push({ kind: 'thread', ...at }, { kind: 'status', ...at });
    // A thread is easy to miss: an alarm must also be seen in the channel itself.
    if (event.alarm) targets.push({ kind: 'channel', ...at });
  }
  for (const subscription of subscriptions) {
    if (subscription.level === 'alarms' && !event.alarm) continue;
    const isHome =
      home !== null &&
      subscription.platform === home.platform &&
      subscription.channelId === home.channelId &&
      (subscription.teamId ?? '') === (home.teamId ?? '');
    if (isHome) continue; // the home channel already gets the thread (and alarms at top level)
    targets.push({
      kind: 'channel',
      platform: subscription.platform,
      channelId: subscription.channelId,
      locale: subscription.locale,
      ...(subscription.teamId ? { teamId: subscription.teamId } : {}),
    });
  }
  return targets;
}

/** Rows of one group are coalesced into one message and sent in order; one group per task and target. */
export function groupKeyOf(taskId: string, target: DeliveryTarget): string {
  return [target.kind, target.platform, target.teamId ?? '', target.channelId, taskId].join('|');
}
