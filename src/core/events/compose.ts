// Which message a batch of coalesced events becomes on its target. Pure.
import type { ReplyDocument } from '../reply.js';
import type { TaskRecord } from '../task.js';
import { alarmDocument, eventsDocument, statusUpdateDocument } from './documents.js';
import type { DeliveryBatch } from './ports.js';

export function composeMessage(task: TaskRecord, batch: Pick<DeliveryBatch, 'target' | 'events'>): ReplyDocument {
  // Home targets read in the task's time zone; a subscribed channel has no zone of its own, so it gets the
  // task's too (the times then match the status message people open from there).
  const reader = { locale: batch.target.locale, timeZone: task.timeZone };
  switch (batch.target.kind) {
    case 'status':
      return statusUpdateDocument(task, batch.events.at(-1), reader);
    case 'channel':
      return batch.events.some((event) => event.alarm)
        ? alarmDocument(task, batch.events, reader, batch.target.platform)
        : eventsDocument(task, batch.events, reader);
    case 'thread':
      return eventsDocument(task, batch.events, reader);
  }
}
