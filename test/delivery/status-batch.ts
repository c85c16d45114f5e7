// The status edit a relay's start asks for, as the outbox hands it to sendBatch: one TaskStart, first attempt.
// Shared by the tests of a status message found deleted (Slack and Discord).
import type { DeliveryBatch, DeliveryTarget } from '../../src/core/events/ports.js';

export function taskStartStatusBatch(taskId: string, target: DeliveryTarget): DeliveryBatch {
  return {
    attemptId: `attempt-${target.channelId}`,
    groupKey: `status|${taskId}`,
    taskId,
    target,
    events: [
      {
        id: 1,
        taskId,
        event: { providerTaskId: 'p-1', event: 'TaskStart', occurredAt: Date.now(), detail: {}, sourceUrls: [], toUrl: '', streamId: '' },
        receivedAt: Date.now(),
        stateBefore: 'scheduled',
        stateAfter: 'running',
        alarm: false,
      },
    ],
    attempts: 1,
    resumed: false,
  };
}
