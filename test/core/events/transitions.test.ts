// What each provider event does to a task's state, and when people must be alarmed.
import { describe, expect, it } from 'vitest';
import { outcomeOf } from '../../../src/core/events/transitions.js';
import type { RelayEvent } from '../../../src/core/relay-event.js';
import type { CallbackEvent } from '../../../src/core/relay-request.js';
import type { TaskState } from '../../../src/core/task.js';

const END = Date.parse('2030-01-01T12:00:00Z');
const task = (state: TaskState) => ({ state, endTime: '2030-01-01T12:00:00Z' });
const event = (name: CallbackEvent, occurredAt = END - 3_600_000, detail: RelayEvent['detail'] = {}): RelayEvent => ({
  providerTaskId: 'p',
  event: name,
  occurredAt,
  detail,
  sourceUrls: [],
  toUrl: '',
  streamId: '',
});

describe('outcomeOf', () => {
  it('starts a scheduled or interrupted task on TaskStart and on a file starting', () => {
    expect(outcomeOf(task('scheduled'), event('TaskStart'))).toEqual({ stateAfter: 'running', alarm: false });
    expect(outcomeOf(task('interrupted'), event('TaskStart'))).toEqual({ stateAfter: 'running', alarm: false });
    expect(outcomeOf(task('interrupted'), event('VodSourceFileStart'))).toEqual({ stateAfter: 'running', alarm: false });
  });

  it('reads a TaskExit before the end time as an interruption with an alarm', () => {
    expect(outcomeOf(task('running'), event('TaskExit', END - 60_000))).toEqual({ stateAfter: 'interrupted', alarm: true });
    // The exit's own timestamp wins over the callback's time.
    expect(outcomeOf(task('running'), event('TaskExit', END + 10_000, { task_exit_time: END - 60_000 }))).toEqual({ stateAfter: 'interrupted', alarm: true });
  });

  it('ends the task on a TaskExit at or after the end time (within the clock grace)', () => {
    expect(outcomeOf(task('running'), event('TaskExit', END))).toEqual({ stateAfter: 'ended', alarm: false });
    expect(outcomeOf(task('running'), event('TaskExit', END - 2_000))).toEqual({ stateAfter: 'ended', alarm: false });
    expect(outcomeOf(task('interrupted'), event('TaskExit', END + 5_000))).toEqual({ stateAfter: 'ended', alarm: false });
  });

  it('leaves stopped, failed and paused tasks where they are, without alarms, when the process exits', () => {
    expect(outcomeOf(task('stopped'), event('TaskExit'))).toEqual({ stateAfter: 'stopped', alarm: false });
    expect(outcomeOf(task('failed'), event('TaskStart'))).toEqual({ stateAfter: 'failed', alarm: false });
    expect(outcomeOf(task('paused'), event('TaskExit'))).toEqual({ stateAfter: 'paused', alarm: false });
  });

  it('alarms on TaskAlarm and only notes ResetTaskConfig', () => {
    expect(outcomeOf(task('running'), event('TaskAlarm', END, { type: 'PushStreamUnstable' }))).toEqual({ stateAfter: 'running', alarm: true });
    expect(outcomeOf(task('running'), event('ResetTaskConfig'))).toEqual({ stateAfter: 'running', alarm: false });
  });
});
