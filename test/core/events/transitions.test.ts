// What each provider event does to a task's state, and when people must be alarmed.
import { describe, expect, it } from 'vitest';
import { ORDER_TOLERANCE_MS, outcomeOf } from '../../../src/core/events/transitions.js';
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
  it('starts a scheduled or interrupted task on TaskStart, a scheduled one also on a file starting', () => {
    expect(outcomeOf(task('scheduled'), event('TaskStart'))).toEqual({ stateAfter: 'running', alarm: false });
    expect(outcomeOf(task('interrupted'), event('TaskStart'))).toEqual({ stateAfter: 'running', alarm: false });
    expect(outcomeOf(task('scheduled'), event('VodSourceFileStart'))).toEqual({ stateAfter: 'running', alarm: false });
  });

  it('keeps an interrupted task interrupted while files are pulled: pulling is not pushing', () => {
    // The provider pulls while it retries a refused destination; only TaskStart says the relay is back.
    expect(outcomeOf(task('interrupted'), event('VodSourceFileStart'))).toEqual({ stateAfter: 'interrupted', alarm: false });
    expect(outcomeOf(task('interrupted'), event('VodSourceFileFinish'))).toEqual({ stateAfter: 'interrupted', alarm: false });
  });

  it('alarms on the first TaskExit of an interruption, not on each retry of it', () => {
    const retry = event('TaskExit', END - 60_000, { code: 1, reason: { code: 'destinationClosed' } });
    expect(outcomeOf(task('running'), retry)).toEqual({ stateAfter: 'interrupted', alarm: true });
    expect(outcomeOf(task('scheduled'), retry)).toEqual({ stateAfter: 'interrupted', alarm: true });
    expect(outcomeOf(task('interrupted'), retry)).toEqual({ stateAfter: 'interrupted', alarm: false });
  });

  it('ends the task when its loops are done, long before the end time', () => {
    const loopsDone = event('TaskExit', END - 3_600_000, { code: 0, reason: { code: 'loopsDone' } });
    expect(outcomeOf(task('running'), loopsDone)).toEqual({ stateAfter: 'ended', alarm: false });
    expect(outcomeOf(task('interrupted'), loopsDone)).toEqual({ stateAfter: 'ended', alarm: false });
  });

  it('fails a relay whose whole window passed while no bot ran, instead of ending it like one that played', () => {
    const missed = event('TaskExit', END + 60_000, { code: 1, reason: { code: 'windowMissed' } });
    expect(outcomeOf(task('scheduled'), missed)).toEqual({ stateAfter: 'failed', alarm: false });
  });

  it('does not alarm on a restart, a pause, a delete or the runner shutting down', () => {
    const exit = (code: 'restarted' | 'runnerShutdown' | 'paused' | 'deleted') => event('TaskExit', END - 60_000, { code: 0, reason: { code } });
    // Off air on purpose until the relay starts again: its next TaskStart, or its next failure, is news.
    expect(outcomeOf(task('running'), exit('restarted'))).toEqual({ stateAfter: 'scheduled', alarm: false });
    expect(outcomeOf(task('interrupted'), exit('restarted'))).toEqual({ stateAfter: 'scheduled', alarm: false });
    expect(outcomeOf(task('running'), exit('runnerShutdown'))).toEqual({ stateAfter: 'scheduled', alarm: false });
    expect(outcomeOf(task('scheduled'), event('TaskExit', END - 50_000, { code: 1, reason: { code: 'destinationUnreachable' } }))).toEqual({
      stateAfter: 'interrupted',
      alarm: true,
    });
    // The verb sets the state itself; its exit may be stored before or after that.
    expect(outcomeOf(task('running'), exit('paused'))).toEqual({ stateAfter: 'running', alarm: false });
    expect(outcomeOf(task('running'), exit('deleted'))).toEqual({ stateAfter: 'running', alarm: false });
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

  it('keeps a paused task paused, without alarms, whatever the provider reports: only a person resumes it', () => {
    for (const name of ['TaskStart', 'VodSourceFileStart', 'TaskExit', 'ResetTaskConfig'] as const) {
      expect(outcomeOf(task('paused'), event(name)), name).toEqual({ stateAfter: 'paused', alarm: false });
    }
    expect(outcomeOf(task('paused'), event('TaskAlarm', END, { type: 'PushStreamFailed' }))).toEqual({ stateAfter: 'paused', alarm: false });
  });

  it('leaves the state alone, without alarms, for an event older than the one that last set it', () => {
    const setAt = END - 600_000;
    const since = (state: TaskState) => ({ ...task(state), stateSetAt: setAt });
    expect(outcomeOf(since('running'), event('TaskExit', setAt - 60_000, { code: 1 }))).toEqual({ stateAfter: 'running', alarm: false });
    expect(outcomeOf(since('interrupted'), event('TaskStart', setAt - 5_000))).toEqual({ stateAfter: 'interrupted', alarm: false });
    expect(outcomeOf(since('scheduled'), event('VodSourceFileStart', setAt - 30_000))).toEqual({ stateAfter: 'scheduled', alarm: false });
    expect(outcomeOf(since('running'), event('TaskAlarm', setAt - 30_000, { type: 'PushStreamFailed' }))).toEqual({ stateAfter: 'running', alarm: false });
    // Whole-second event times and two clocks: events this close are taken in the order they arrive.
    expect(outcomeOf(since('running'), event('TaskExit', setAt - ORDER_TOLERANCE_MS, { code: 1 }))).toEqual({ stateAfter: 'interrupted', alarm: true });
    expect(outcomeOf(since('interrupted'), event('TaskStart', setAt + 1_000))).toEqual({ stateAfter: 'running', alarm: false });
  });

  it('alarms on TaskAlarm and only notes ResetTaskConfig', () => {
    expect(outcomeOf(task('running'), event('TaskAlarm', END, { type: 'PushStreamUnstable' }))).toEqual({ stateAfter: 'running', alarm: true });
    // The provider's alarm of each retry of an interruption people have already been told about.
    expect(outcomeOf(task('interrupted'), event('TaskAlarm', END, { type: 'PushStreamFailed' }))).toEqual({ stateAfter: 'interrupted', alarm: false });
    expect(outcomeOf(task('running'), event('ResetTaskConfig'))).toEqual({ stateAfter: 'running', alarm: false });
  });
});
