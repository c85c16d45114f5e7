// The end of a relay that was still interrupted: its thread had said "interrupted … the provider is retrying" and
// then "ended at its end time", which read as a relay that came back and ran to its end.
import { describe, expect, it } from 'vitest';
import { composeMessage } from '../../../src/core/events/compose.js';
import type { DeliveryTarget, StoredEvent } from '../../../src/core/events/ports.js';
import type { RelayEvent } from '../../../src/core/relay-event.js';
import type { TaskState } from '../../../src/core/task.js';
import { makeTask } from '../../support/relay-fixtures.js';

const task = makeTask({ id: 'r7kq2m', state: 'ended', timeZone: 'Asia/Shanghai' });
let nextId = 1;
function exit(detail: RelayEvent['detail'], stateBefore: TaskState, stateAfter: TaskState): StoredEvent {
  return {
    id: nextId++,
    taskId: task.id,
    event: { providerTaskId: 'p', event: 'TaskExit', occurredAt: Date.parse('2026-11-27T14:00:00Z'), detail, sourceUrls: [], toUrl: '', streamId: '' },
    receivedAt: 0,
    stateBefore,
    stateAfter,
    alarm: false,
  };
}
const thread = (locale: DeliveryTarget['locale']): DeliveryTarget => ({ kind: 'thread', platform: 'standin', channelId: 'C', locale });
const line = (event: StoredEvent, locale: DeliveryTarget['locale'] = 'en') => composeMessage(task, { target: thread(locale), events: [event] }).lines;

const runnerEnd = { task_exit_time: 0, code: 0, message: 'endTime', reason: { code: 'endTime' as const } };
const providerEnd = { task_exit_time: 0, code: 0, message: '' };

describe('the end of a relay still interrupted', () => {
  it('says it was off air to the end, from the runner and from the provider, in both languages', () => {
    expect(line(exit(runnerEnd, 'interrupted', 'ended'))).toEqual([
      '22:00:00 (Asia/Shanghai) The relay ended at its end time, off air since it was interrupted.',
    ]);
    expect(line(exit(providerEnd, 'interrupted', 'ended'))).toEqual([
      '22:00:00 (Asia/Shanghai) The relay ended at its end time, off air since it was interrupted.',
    ]);
    expect(line(exit(runnerEnd, 'interrupted', 'ended'), 'zh-CN')).toEqual(['22:00:00（Asia/Shanghai） 转推已到结束时间结束；自中断起一直未在播出。']);
  });

  it('keeps the plain end for a relay on air or paused at its end', () => {
    expect(line(exit(runnerEnd, 'running', 'ended'))).toEqual(['22:00:00 (Asia/Shanghai) The relay ended at its end time.']);
    expect(line(exit(providerEnd, 'running', 'ended'))).toEqual(['22:00:00 (Asia/Shanghai) The relay ended at its end time.']);
    expect(line(exit(runnerEnd, 'paused', 'ended'))).toEqual(['22:00:00 (Asia/Shanghai) The relay ended at its end time.']);
  });
});
