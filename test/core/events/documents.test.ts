// The messages people read: one line per event, alarms that explain themselves, in the reader's language.
import { describe, expect, it } from 'vitest';
import { composeMessage } from '../../../src/core/events/compose.js';
import type { DeliveryTarget, StoredEvent } from '../../../src/core/events/ports.js';
import type { CallbackEvent } from '../../../src/core/relay-request.js';
import type { TaskState } from '../../../src/core/task.js';
import { makeTask } from '../../support/relay-fixtures.js';

const task = makeTask({ id: 'r7kq2m', state: 'interrupted', timeZone: 'Asia/Shanghai' });
let nextId = 1;
function stored(name: CallbackEvent, detail: StoredEvent['event']['detail'], extra: { alarm?: boolean; stateAfter?: TaskState } = {}): StoredEvent {
  return {
    id: nextId++,
    taskId: task.id,
    event: { providerTaskId: 'p', event: name, occurredAt: Date.parse('2026-11-27T12:00:05Z'), detail, sourceUrls: [], toUrl: '', streamId: '' },
    receivedAt: 0,
    stateBefore: 'running',
    stateAfter: extra.stateAfter ?? 'running',
    alarm: extra.alarm ?? false,
  };
}
const target = (kind: DeliveryTarget['kind'], locale: DeliveryTarget['locale'] = 'en', platform = 'standin'): DeliveryTarget => ({ kind, platform, channelId: 'C', locale });

describe('composeMessage', () => {
  it('lists a burst in the thread, one line per event, times in the task’s zone, secrets masked', () => {
    const events = [
      stored('TaskStart', { task_start_time: 0 }),
      stored('VodSourceFileStart', { url: 'https://cdn.example.com/a.mp4?token=s3cr3t', index: 0, duration: 60 }),
      stored('VodSourceFileFinish', { url: 'https://cdn.example.com/a.mp4?token=s3cr3t', index: 0, duration: 60 }),
    ];
    const doc = composeMessage(task, { target: target('thread'), events });
    expect(doc.kind).toBe('events');
    expect(doc.title).toBe('Relay r7kq2m: 3 update(s)');
    expect(doc.lines).toEqual([
      '20:00:05 The relay started.',
      '20:00:05 File 1 started: https://cdn.example.com/a.mp4?token=****',
      '20:00:05 File 1 finished: https://cdn.example.com/a.mp4?token=****',
    ]);
    expect(doc.text).not.toContain('s3cr3t');
    expect(doc.actions.map((action) => action.id)).toEqual(['stop', 'restart', 'show']);
  });

  it('explains an early exit in the channel, mentioning the creator, with what to try', () => {
    const exit = stored('TaskExit', { task_exit_time: 1, code: 3, message: 'source timeout' }, { alarm: true, stateAfter: 'interrupted' });
    const doc = composeMessage(task, { target: target('channel'), events: [exit] });
    expect(doc.kind).toBe('alarm');
    expect(doc.mentionUserId).toBe('U-CREATOR');
    expect(doc.severity).toBe('error');
    expect(doc.lines).toEqual(['20:00:05 The relay was interrupted before its end time (exit code 3); the provider is retrying. source timeout']);
    expect(doc.fields).toEqual([
      { label: 'What "interrupted" means', value: expect.stringMatching(/retries/) },
      { label: 'What to try', value: expect.stringMatching(/Restart/) },
    ]);
  });

  it('speaks Chinese to a zh-CN reader and does not mention someone from another platform', () => {
    const alarm = stored('TaskAlarm', { type: 'PullFileFailed' }, { alarm: true });
    const doc = composeMessage(task, { target: target('channel', 'zh-CN', 'slack'), events: [alarm] });
    expect(doc.title).toBe('转推 r7kq2m 需要处理');
    expect(doc.lines[0]).toBe('20:00:05 告警：拉流失败。');
    expect(doc.fields[0]?.label).toBe('“拉流失败”的含义');
    expect(doc.mentionUserId).toBeUndefined();
  });

  it('edits the status message to the task’s current state with the latest event', () => {
    const doc = composeMessage(task, { target: target('status'), events: [stored('TaskStart', {}), stored('ResetTaskConfig', {})] });
    expect(doc.kind).toBe('status');
    expect(doc.title).toContain('r7kq2m');
    expect(doc.lines).toEqual(["Latest: 20:00:05 The task's settings were changed at the provider."]);
  });
});
