import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CodedError } from '../../../src/core/errors.js';
import { describeError } from '../../../src/core/i18n.js';
import type { TaskRecord } from '../../../src/core/task.js';
import { ann, bo, createInput, relayRequest, startHarness, refusal, type Harness } from './harness.js';

let h: Harness;
let task: TaskRecord;
let clockOffsetMs = 0;
beforeEach(async () => {
  clockOffsetMs = 0;
  h = await startHarness({ clock: () => new Date(Date.now() + clockOffsetMs) });
});
afterEach(async () => h.close());

const remote = () => h.standin.tasks.get(task.providerTaskId!);

describe('the lifecycle of a task that has started', () => {
  beforeEach(async () => {
    ({ task } = await h.service.create(createInput('started', relayRequest(10_000))));
  });

  it('pause, resume, restart and stop reach the provider, change the state, and are audited with the actor', async () => {
    expect((await h.service.pause(task.id, bo)).state).toBe('paused');
    expect(remote()?.Status).toBe('pause');
    expect(remote()?.UpdateBy).toBe('cli:bo');

    const resumed = await h.service.resume(task.id, ann);
    expect(remote()?.Status).toBe('enable');
    expect(resumed.state).toBe('scheduled'); // its start time is still ahead

    const stopped = await h.service.stop(task.id.toUpperCase(), bo);
    expect(stopped.state).toBe('stopped');
    expect(h.standin.tasks.size).toBe(0);
    expect(h.store.tasks.get(task.id)?.state).toBe('stopped');

    expect(h.store.audit.forTask(task.id).map((e) => [e.action, e.actor.userId, (e.detail as { from?: string }).from])).toEqual([
      ['create', 'U1', undefined],
      ['pause', 'bo', 'scheduled'],
      ['resume', 'U1', 'paused'],
      ['stop', 'bo', 'scheduled'],
    ]);
  });

  it('refuses verbs that make no sense in the state, with a message in the reader’s language', async () => {
    const notPaused = await refusal(h.service.resume(task.id, bo));
    expect(notPaused.code).toBe('FailedOperation.TaskState');
    expect(describeError('en', notPaused.toRelayError())).toBe(`Task ${task.id} is not paused, so there is nothing to resume.`);

    await h.service.pause(task.id, bo);
    expect((await refusal(h.service.pause(task.id, bo))).key).toBe('task.refused.alreadyPaused');
    expect((await refusal(h.service.restart(task.id, bo))).key).toBe('task.refused.restartPaused');

    await h.service.stop(task.id, bo);
    const stopAgain = await refusal(h.service.stop(task.id, bo));
    expect(describeError('zh-CN', stopAgain.toRelayError())).toBe(`任务 ${task.id} 已经停止，并已在服务商处删除，无需再操作。`);
    expect((await refusal(h.service.edit(task.id, { Comment: 'x' }, bo))).key).toBe('task.refused.stopped');
    // Refusals never reach the provider.
    expect(h.standin.requests.filter((r) => r.action === 'DeleteLivePullStreamTask')).toHaveLength(1);
  });

  it('restart is refused before the start time and reaches the provider after it', async () => {
    expect((await refusal(h.service.restart(task.id, bo))).key).toBe('task.refused.notStarted');
    clockOffsetMs = 20_000; // the start (10 s after creation) has now passed
    const restarted = await h.service.restart(task.id, bo);
    expect(restarted.state).toBe('running');
    expect(remote()?.Restarts).toBe(1);
  });

  it('edit changes the provider task and the stored request, and audits the changed fields', async () => {
    const newEnd = new Date(Date.parse(task.request.EndTime) + 3600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const { task: edited } = await h.service.edit(task.id, { EndTime: newEnd, VodLoopTimes: '3', Comment: 'longer' }, ann);
    expect(edited.request).toMatchObject({ EndTime: newEnd, VodLoopTimes: '3', Comment: 'longer' });
    expect(remote()).toMatchObject({ EndTime: newEnd, VodLoopTimes: 3, Comment: 'longer' });
    expect(h.store.tasks.get(task.id)?.request.EndTime).toBe(newEnd);
    const last = h.store.audit.forTask(task.id).at(-1);
    expect(last).toMatchObject({ action: 'edit', actor: ann, detail: { fields: ['EndTime', 'VodLoopTimes', 'Comment'] } });
  });

  it('an edit that also pauses or re-enables the task moves its state with it', async () => {
    expect((await h.service.edit(task.id, { Comment: 'hold', Status: 'pause' }, ann)).task.state).toBe('paused');
    expect(remote()).toMatchObject({ Status: 'pause', Comment: 'hold' });
    expect((await h.service.edit(task.id, { Status: 'enable' }, ann)).task.state).toBe('scheduled');
    expect(remote()?.Status).toBe('enable');
  });

  it('an edit the provider refuses changes nothing here and says why', async () => {
    h.standin.failNext('ModifyLivePullStreamTask', { code: 'InvalidParameter.InvalidSourceUrl' });
    const refused = await refusal(h.service.edit(task.id, { SourceUrls: ['https://cdn.example.com/other.mp4'] }, ann));
    expect(refused.code).toBe('InvalidParameter.InvalidSourceUrl');
    expect(h.store.tasks.get(task.id)?.request.SourceUrls).toEqual(['https://cdn.example.com/show.mp4']);
    expect(h.store.audit.forTask(task.id).map((e) => e.action)).toEqual(['create']);
  });

  it('an ended task can still be stopped, which deletes it at the provider and frees its slot', async () => {
    h.store.tasks.update(task.id, { state: 'ended' }); // as the event pipeline records a TaskExit at the end
    expect((await refusal(h.service.pause(task.id, bo))).key).toBe('task.refused.ended');
    expect((await h.service.stop(task.id, bo)).state).toBe('stopped');
    expect(h.standin.tasks.size).toBe(0);
  });

  it('stop of a task the provider already removed still marks it stopped', async () => {
    h.standin.tasks.clear();
    expect((await h.service.stop(task.id, bo)).state).toBe('stopped');
  });

  it('status asks the provider; an unknown id is a clear error', async () => {
    const { status } = await h.service.status(task.id);
    expect(status?.RunStatus).toBe('inactive');
    const unknown = await refusal(h.service.status('zzzzzz'));
    expect(unknown.code).toBe('InvalidParameter.TaskNotExist');
    expect(() => h.service.get('nope')).toThrow(CodedError);
    expect(describeError('en', (await refusal(h.service.pause('nope', bo))).toRelayError())).toContain('relaybot list');
  });

  it('list and setHome', async () => {
    const other = await h.service.create(createInput('second', relayRequest(3600_000, { StreamName: 'b' })));
    expect(h.service.list().map((t) => t.id)).toEqual([other.task.id, task.id]);
    const homed = h.service.setHome(task.id, { platform: 'slack', teamId: 'T1', channelId: 'C1', statusMessageId: '17.1' });
    expect(h.service.get(task.id).home).toEqual(homed.home);
  });
});
