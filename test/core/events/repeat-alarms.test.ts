// A TaskAlarm of a type that alarmed people for the same task less than REPEAT_ALARM_QUIET_MS ago is listed in
// the thread only (alarm: false), so a flapping stream does not ping the channel every few seconds.
import { describe, expect, it } from 'vitest';
import { alarmedAtAfter, outcomeOf, REPEAT_ALARM_QUIET_MS } from '../../../src/core/events/transitions.js';
import type { RelayEvent } from '../../../src/core/relay-event.js';
import type { AlarmType } from '../../../src/core/relay-request.js';
import type { TaskState } from '../../../src/core/task.js';

const AT = Date.parse('2030-01-01T11:00:00Z');
const alarm = (type: AlarmType, occurredAt: number): RelayEvent => ({
  providerTaskId: 'p', event: 'TaskAlarm', occurredAt, detail: { type }, sourceUrls: [], toUrl: '', streamId: '',
});
const task = (state: TaskState, alarmedAt?: Record<string, number>) => ({ state, endTime: '2030-01-01T12:00:00Z', ...(alarmedAt ? { alarmedAt } : {}) });

describe('repeated alarms', () => {
  it('alarms the first of a type, and lists its repeats within the quiet time in the thread only', () => {
    expect(outcomeOf(task('running'), alarm('PushStreamUnstable', AT)).alarm).toBe(true);
    const after = task('running', { PushStreamUnstable: AT });
    expect(outcomeOf(after, alarm('PushStreamUnstable', AT + 1_000)).alarm).toBe(false);
    expect(outcomeOf(after, alarm('PushStreamUnstable', AT + REPEAT_ALARM_QUIET_MS - 1)).alarm).toBe(false);
  });

  it('alarms again once the quiet time is over, and at once for another type', () => {
    const after = task('running', { PushStreamUnstable: AT });
    expect(outcomeOf(after, alarm('PushStreamUnstable', AT + REPEAT_ALARM_QUIET_MS)).alarm).toBe(true);
    expect(outcomeOf(after, alarm('PushStreamFailed', AT + 1_000)).alarm).toBe(true);
    expect(outcomeOf(after, alarm('PullFileFailed', AT + 1_000)).alarm).toBe(true);
  });

  it('remembers only what alarmed: a repeat, or an alarm of an interrupted relay, leaves the time as it was', () => {
    const first = task('running');
    const firstEvent = alarm('PushStreamUnstable', AT);
    expect(alarmedAtAfter(first, firstEvent, outcomeOf(first, firstEvent))).toEqual({ PushStreamUnstable: AT });
    const after = task('running', { PushStreamUnstable: AT });
    const repeat = alarm('PushStreamUnstable', AT + 5_000);
    expect(alarmedAtAfter(after, repeat, outcomeOf(after, repeat))).toEqual({ PushStreamUnstable: AT });
    const interrupted = task('interrupted');
    expect(outcomeOf(interrupted, firstEvent).alarm).toBe(false);
    expect(alarmedAtAfter(interrupted, firstEvent, outcomeOf(interrupted, firstEvent))).toBeUndefined();
  });

  it('starts afresh when the relay comes (back) on air: the same alarm after a TaskStart alarms again', () => {
    const after = task('running', { PushStreamFailed: AT });
    const start: RelayEvent = { ...alarm('PushStreamFailed', AT + 60_000), event: 'TaskStart', detail: {} };
    expect(alarmedAtAfter(after, start, outcomeOf(after, start))).toBeUndefined();
    // A TaskStart older than the state it would set (a late callback) changes nothing.
    const late = { ...after, stateSetAt: AT + 120_000 };
    const lateStart = { ...start, occurredAt: AT + 30_000 };
    expect(alarmedAtAfter(late, lateStart, outcomeOf(late, lateStart))).toEqual({ PushStreamFailed: AT });
  });
});
