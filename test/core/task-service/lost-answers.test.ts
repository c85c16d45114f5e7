// Verbs whose answer is lost after the provider acted, creates the provider never confirmed, and edits that
// move a running task's window: the record must say what the provider shows, and nothing is created by a stop.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeError } from '../../../src/core/i18n.js';
import { toApiTime } from '../../../src/core/relay-request.js';
import { CREATE_ATTEMPTS } from '../../../src/core/task-service.js';
import type { TaskRecord } from '../../../src/core/task.js';
import { ann, BACKEND_ATTEMPTS, bo, createCalls, createInput, relayRequest, startHarness, refusal, type Harness } from './harness.js';

let h: Harness;
afterEach(async () => h.close());

describe('a pause, resume or edit whose answer is lost after the provider acted', () => {
  let task: TaskRecord;
  const remote = () => h.standin.tasks.get(task.providerTaskId!);

  beforeEach(async () => {
    h = await startHarness();
    ({ task } = await h.service.create(createInput('lost-answers')));
  });

  it('pause succeeds when the provider shows it paused, and resume is then allowed', async () => {
    // Every try of the backend reaches the provider, which acts, and every answer is lost.
    h.standin.failNext('ModifyLivePullStreamTask', 'drop-after-commit', BACKEND_ATTEMPTS);
    const paused = await h.service.pause(task.id, bo);
    expect(remote()?.Status).toBe('pause');
    expect(paused.state).toBe('paused');
    expect(h.service.get(task.id).state).toBe('paused');
    // The provider was asked how the task looks (by its TaskId) rather than guessed at.
    expect(h.standin.requests.filter((r) => r.action === 'DescribeLivePullStreamTasks' && r.body.TaskId === task.providerTaskId)).toHaveLength(1);

    h.standin.failNext('ModifyLivePullStreamTask', 'drop-after-commit', BACKEND_ATTEMPTS);
    const resumed = await h.service.resume(task.id, ann);
    expect(remote()?.Status).toBe('enable');
    expect(resumed.state).toBe('scheduled');
    expect(h.store.audit.forTask(task.id).map((e) => e.action)).toEqual(['create', 'pause', 'resume']);
  });

  it('an edit of the end time is recorded as the provider shows it', async () => {
    const newEnd = toApiTime(new Date(Date.parse(task.request.EndTime) + 45 * 60_000));
    h.standin.failNext('ModifyLivePullStreamTask', 'drop-after-commit', BACKEND_ATTEMPTS);
    const { task: edited } = await h.service.edit(task.id, { EndTime: newEnd }, ann);
    expect(remote()?.EndTime).toBe(newEnd);
    expect(edited.request.EndTime).toBe(newEnd);
    expect(h.service.get(task.id).request.EndTime).toBe(newEnd);
  });

  it('when the provider cannot be asked either, the message says the outcome is unknown and that repeating is safe', async () => {
    await h.standin.close(); // the network is gone: neither the pause nor the check gets through
    const unknown = await refusal(h.service.pause(task.id, bo));
    expect(unknown.code).toBe('NetworkError');
    const text = describeError('en', unknown.toRelayError());
    expect(text).toBe(
      `The provider did not answer (NetworkError), and whether task ${task.id} was paused could not be confirmed. Send pause again: repeating it is safe.`,
    );
    expect(text).not.toMatch(/create/i);
    expect(describeError('zh-CN', unknown.toRelayError())).toBe(`服务商未应答（NetworkError），无法确认任务 ${task.id} 是否已暂停。请再次发送暂停，重复操作是安全的。`);
    // Nothing is recorded as done on a guess.
    expect(h.service.get(task.id).state).toBe('scheduled');
    expect(h.store.audit.forTask(task.id).map((e) => e.action)).toEqual(['create']);
  });

  it('a status check that cannot reach the provider does not talk about creates', async () => {
    await h.standin.close();
    const unreachable = await refusal(h.service.status(task.id));
    expect(unreachable.code).toBe('NetworkError');
    expect(describeError('en', unreachable.toRelayError())).not.toMatch(/create/i);
    expect(describeError('zh-CN', unreachable.toRelayError())).not.toMatch(/创建/);
  });
});

describe('a create the provider never confirmed', () => {
  it('stop does not create it: at the task limit it is stopped here, and the provider is not asked to create', async () => {
    h = await startHarness({ standin: { limitTaskNum: 1 } });
    // Every create try fails: recorded, no provider id.
    h.standin.failNext('CreateLivePullStreamTask', { code: 'InternalError' }, BACKEND_ATTEMPTS * CREATE_ATTEMPTS);
    const pending = await refusal(h.service.create(createInput('never-confirmed')));
    expect(pending.code).toBe('FailedOperation.CreatePending');
    const unconfirmed = h.service.list()[0]!;
    expect(unconfirmed.providerTaskId).toBeNull();
    // Another task fills the account.
    await h.service.create(createInput('fills-the-account', relayRequest(3600_000, { StreamName: 'other' })));
    const createsBefore = createCalls(h.standin).length;

    const stopped = await h.service.stop(unconfirmed.id, bo);
    expect(stopped.state).toBe('stopped');
    expect(createCalls(h.standin)).toHaveLength(createsBefore);
    // It was looked up by its SpecifyTaskId, not created.
    expect(h.standin.requests.some((r) => r.action === 'DescribeLivePullStreamTasks' && r.body.SpecifyTaskId === unconfirmed.specifyTaskId)).toBe(true);
    expect([...h.standin.tasks.values()].map((t) => t.StreamName)).toEqual(['other']);
    expect(h.store.audit.forTask(unconfirmed.id).at(-1)).toMatchObject({ action: 'stop', detail: { unconfirmed: true } });
  });

  it('stop finds a create that did land (its answers were lost) and deletes it', async () => {
    h = await startHarness();
    // The first try lands and every answer is lost; the backend's look-ups by SpecifyTaskId (and the quota
    // check before the create) fail too, so the create stays unconfirmed while the provider has the task.
    h.standin.failNext('CreateLivePullStreamTask', 'drop-after-commit', BACKEND_ATTEMPTS * CREATE_ATTEMPTS);
    h.standin.failNext('DescribeLivePullStreamTasks', { code: 'InternalError' }, BACKEND_ATTEMPTS * (1 + CREATE_ATTEMPTS));
    const pending = await refusal(h.service.create(createInput('landed-unconfirmed')));
    expect(pending.code).toBe('FailedOperation.CreatePending');
    expect(h.standin.tasks.size).toBe(1);
    const unconfirmed = h.service.list()[0]!;
    expect(unconfirmed.providerTaskId).toBeNull();
    const createsBefore = createCalls(h.standin).length;

    const stopped = await h.service.stop(unconfirmed.id, bo);
    expect(stopped.state).toBe('stopped');
    expect(stopped.providerTaskId).not.toBeNull();
    expect(h.standin.tasks.size).toBe(0);
    expect(createCalls(h.standin)).toHaveLength(createsBefore);
  });
});

describe('an edit that moves a running task’s window into the future', () => {
  let clockOffsetMs = 0;
  beforeEach(async () => {
    clockOffsetMs = 0;
    h = await startHarness({ clock: () => new Date(Date.now() + clockOffsetMs) });
  });

  it('makes it scheduled again, whether the whole window or only the start moves', async () => {
    const { task } = await h.service.create(createInput('running-moved', relayRequest(10_000)));
    clockOffsetMs = 20_000;
    h.store.tasks.update(task.id, { state: 'running' }); // as the event pipeline records TaskStart

    const tomorrow = Date.now() + 24 * 3600_000;
    const { task: moved } = await h.service.edit(task.id, { StartTime: toApiTime(new Date(tomorrow)), EndTime: toApiTime(new Date(tomorrow + 3600_000)) }, ann);
    expect(moved.state).toBe('scheduled');

    h.store.tasks.update(task.id, { state: 'running' });
    const { task: later } = await h.service.edit(task.id, { StartTime: toApiTime(new Date(tomorrow + 600_000)) }, ann);
    expect(later.state).toBe('scheduled');
    expect(h.standin.tasks.get(task.providerTaskId!)?.StartTime).toBe(toApiTime(new Date(tomorrow + 600_000)));
  });

  it('an edit that does not touch the start leaves a running task running', async () => {
    const { task } = await h.service.create(createInput('running-kept', relayRequest(10_000)));
    clockOffsetMs = 20_000;
    h.store.tasks.update(task.id, { state: 'running' });
    const { task: edited } = await h.service.edit(task.id, { EndTime: toApiTime(new Date(Date.parse(task.request.EndTime) + 3600_000)) }, ann);
    expect(edited.state).toBe('running');
  });
});
