// Which message a batch of coalesced events becomes on its target. Pure.
import type { InstantStyle } from '../notifier.js';
import type { ReplyDocument } from '../reply.js';
import type { TaskRecord } from '../task.js';
import { alarmDocument, eventsDocument, statusUpdateDocument } from './documents.js';
import type { DeliveryBatch } from './ports.js';

/**
 * `localTime` is the platform's own notation for instants (Notifier.localTime), when it has one: each reader
 * then sees times in their own zone.
 */
export function composeMessage(
  task: TaskRecord,
  batch: Pick<DeliveryBatch, 'target' | 'events'>,
  localTime?: (at: number, style: InstantStyle) => string,
): ReplyDocument {
  // Home targets read in the task's time zone; a subscribed channel has no zone of its own, so it gets the
  // task's too (the times then match the status message people open from there), with the zone named.
  const reader = { locale: batch.target.locale, timeZone: task.timeZone, ...(localTime ? { localTime } : {}) };
  switch (batch.target.kind) {
    case 'status':
      // A notice of news given up only brings the status message to the state now; its latest line stays news.
      return statusUpdateDocument(task, batch.events.findLast((event) => event.event.event !== 'UpdatesUndelivered'), reader);
    case 'channel':
      return batch.events.some((event) => event.alarm)
        ? alarmDocument(task, batch.events, reader, batch.target.platform)
        : eventsDocument(task, batch.events, reader);
    case 'thread':
      return eventsDocument(task, batch.events, reader);
  }
}
