import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CodedError } from '../../../src/core/errors.js';
import { describeError } from '../../../src/core/i18n.js';
import { callbackPath } from '../../../src/core/relay-event.js';
import { CREATE_ATTEMPTS } from '../../../src/core/task-service.js';
import { BACKEND_ATTEMPTS, relayRequest, createCalls, createInput, PUBLIC_URL, SECRET_KEY, startHarness, refusal, type Harness } from './harness.js';

let h: Harness;
afterEach(async () => h.close());

describe('TaskService.create against the Tencent stand-in', () => {
  beforeEach(async () => {
    h = await startHarness();
  });

  it('records the task, creates it at the provider with SpecifyTaskId and a per-task CallbackUrl, and audits it', async () => {
    const { task, created } = await h.service.create(createInput('preview-1'));
    expect(created).toBe(true);
    expect(task.id).toMatch(/^[a-hj-km-np-z][a-hj-km-np-z2-9]{5}$/);
    expect(task.state).toBe('scheduled');
    const remote = h.standin.tasks.get(task.providerTaskId!);
    expect(remote?.SpecifyTaskId).toBe(task.specifyTaskId);
    expect(task.specifyTaskId).toMatch(/^rb-[a-z2-7]{26}$/);
    expect(remote?.CallbackUrl).toBe(`${PUBLIC_URL}${callbackPath(task.callbackToken)}`);
    expect(task.callbackToken).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(h.store.tasks.get(task.id)).toEqual(task);
    expect(h.store.audit.forTask(task.id).map((e) => [e.action, e.actor.userId])).toEqual([['create', 'U1']]);
  });

  it('gives each task its own id and callback token', async () => {
    const a = await h.service.create(createInput('k-a'));
    const b = await h.service.create(createInput('k-b', relayRequest(3600_000, { StreamName: 'other' })));
    expect(a.task.id).not.toBe(b.task.id);
    expect(a.task.callbackToken).not.toBe(b.task.callbackToken);
    expect(a.task.specifyTaskId).not.toBe(b.task.specifyTaskId);
  });

  it('a repeated create with the same key returns the existing task and creates nothing', async () => {
    // A retry sends the same request again (the input is built once: its times are read from the clock).
    const input = createInput('preview-2');
    const first = await h.service.create(input);
    const again = await h.service.create(input);
    expect(again).toEqual({ task: first.task, created: false, notes: [] });
    expect(h.standin.tasks.size).toBe(1);
    expect(createCalls(h.standin)).toHaveLength(1);
  });

  it('the same key with a different request is refused, naming the task the key belongs to, and creates nothing', async () => {
    const first = await h.service.create(createInput('script-1', relayRequest(60 * 60_000, { StreamName: 'evening' })));
    const reused = await refusal(h.service.create(createInput('script-1', relayRequest(60 * 60_000, { StreamName: 'morning' }))));
    expect(reused.code).toBe('InvalidParameter.IdempotencyKeyReused');
    expect(reused.params.id).toBe(first.task.id);
    expect(describeError('en', reused.toRelayError())).toContain(first.task.id);
    expect(h.store.tasks.list()).toHaveLength(1);
    expect(createCalls(h.standin)).toHaveLength(1);
  });

  it('a front end’s own fingerprint decides what "the same request" is (the CLI: the command as typed)', async () => {
    const typed = 'show.mp4 to live/evening now for 1h';
    const first = await h.service.create({ ...createInput('cli:run-7', relayRequest(10_000)), requestFingerprint: typed });
    // "now" read again a little later: other times, same command — a retry, not a new request.
    const retried = await h.service.create({ ...createInput('cli:run-7', relayRequest(20_000)), requestFingerprint: typed });
    expect(retried).toEqual({ task: first.task, created: false, notes: [] });
    const other = await refusal(h.service.create({ ...createInput('cli:run-7', relayRequest(10_000)), requestFingerprint: `${typed} loop 2` }));
    expect(other.code).toBe('InvalidParameter.IdempotencyKeyReused');
  });

  it('a create whose first answer is lost leaves exactly one task, here and at the provider', async () => {
    h.standin.failNext('CreateLivePullStreamTask', 'drop-after-commit');
    const { task, created } = await h.service.create(createInput('preview-lost'));
    expect(created).toBe(true);
    expect(createCalls(h.standin).length).toBeGreaterThanOrEqual(2);
    expect(h.standin.tasks.size).toBe(1);
    expect([...h.standin.tasks.keys()]).toEqual([task.providerTaskId]);
    expect(h.store.tasks.list()).toHaveLength(1);
  });

  it('when the provider keeps failing, the task stays recorded and a retry with the same key finishes it', async () => {
    h.standin.failNext('CreateLivePullStreamTask', { code: 'InternalError' }, BACKEND_ATTEMPTS * CREATE_ATTEMPTS);
    const input = createInput('preview-down');
    const pending = await refusal(h.service.create(input));
    expect(pending.code).toBe('FailedOperation.CreatePending');
    const [recorded] = h.store.tasks.list();
    expect(recorded).toMatchObject({ state: 'scheduled', providerTaskId: null });
    expect(describeError('en', pending.toRelayError())).toContain(recorded!.id);

    const { task, created } = await h.service.create(input);
    expect(created).toBe(true);
    expect(task.id).toBe(recorded!.id);
    expect(task.providerTaskId).toBeTruthy();
    expect(h.standin.tasks.size).toBe(1);
  });

  it('a definite refusal marks the task failed with the provider’s code and RequestId, and a retry may succeed', async () => {
    h.standin.failNext('CreateLivePullStreamTask', { code: 'InvalidParameter.InvalidSourceUrl' });
    const input = createInput('preview-bad');
    const refused = await refusal(h.service.create(input));
    expect(refused.code).toBe('InvalidParameter.InvalidSourceUrl');
    expect(refused.key).toMatch(/^provider\./);
    expect(refused.params.requestId).toBe(createCalls(h.standin)[0]!.requestId);
    const [failed] = h.store.tasks.list();
    expect(failed?.state).toBe('failed');
    expect(h.standin.tasks.size).toBe(0);

    const retried = await h.service.create(input);
    expect(retried.task.id).toBe(failed!.id);
    expect(retried.task.state).toBe('scheduled');
    expect(h.standin.tasks.size).toBe(1);
    expect(h.store.audit.forTask(failed!.id).map((e) => e.action)).toEqual(['create', 'create-failed', 'create']);
  });

  it('moves a start that slipped a little into the past, keeping the duration', async () => {
    const request = relayRequest(-30_000);
    const { task } = await h.service.create(createInput('late', request));
    const start = Date.parse(task.request.StartTime);
    expect(start).toBeGreaterThan(Date.now());
    expect(Date.parse(task.request.EndTime) - start).toBe(Date.parse(request.EndTime) - Date.parse(request.StartTime));
    expect(h.standin.tasks.get(task.providerTaskId!)?.StartTime).toBe(task.request.StartTime);
  });

  it('refuses a start more than two minutes in the past, creating nothing', async () => {
    const refused = await refusal(h.service.create(createInput('stale', relayRequest(-3 * 60_000))));
    expect(refused.code).toBe('InvalidParameter.InvalidTaskTime');
    expect(describeError('zh-CN', refused.toRelayError())).toMatch(/开始时间/);
    expect(h.store.tasks.list()).toEqual([]);
    expect(h.standin.requests).toEqual([]);
  });

  it('refuses an unconfigured runner with a message naming it', async () => {
    const refused = await refusal(h.service.create({ ...createInput('local'), backend: 'local' }));
    expect(refused.code).toBe('InvalidParameter.BackendNotConfigured');
    expect(describeError('en', refused.toRelayError())).toContain('local');
    expect(h.store.tasks.list()).toEqual([]);
  });
});

describe('TaskService.create at the task limit', () => {
  beforeEach(async () => {
    h = await startHarness({ standin: { limitTaskNum: 2 } });
  });

  it('says so before trying, without calling create', async () => {
    await h.service.create(createInput('q1'));
    await h.service.create(createInput('q2', relayRequest(3600_000, { StreamName: 's2' })));
    const refused = await refusal(h.service.create(createInput('q3', relayRequest(3600_000, { StreamName: 's3' }))));
    expect(refused.code).toBe('InvalidParameter.TaskNumMoreThanLimit');
    expect(describeError('en', refused.toRelayError())).toContain('2 of its 2');
    expect(createCalls(h.standin)).toHaveLength(2);
    expect(h.store.tasks.list()).toHaveLength(2);
    expect(await h.service.quota()).toEqual({ count: 2, limit: 2 });
  });
});

describe('TaskService.create with a recent quota reading', () => {
  beforeEach(async () => {
    h = await startHarness({ standin: { limitTaskNum: 2 } });
  });

  it('asks the provider again before refusing, so tasks removed elsewhere free the slot', async () => {
    await h.service.create(createInput('r1'));
    const second = await h.service.create(createInput('r2', relayRequest(3600_000, { StreamName: 's2' })));
    h.standin.tasks.delete(second.task.providerTaskId!); // deleted in the provider's console
    const third = await h.service.create(createInput('r3', relayRequest(3600_000, { StreamName: 's3' })));
    expect(third.created).toBe(true);
    expect(h.standin.tasks.size).toBe(2);
  });

  it('after the provider refuses for the limit, the next create asks for a fresh count first', async () => {
    await h.service.create(createInput('l1')); // the reading now says 1 of 2
    h.standin.failNext('CreateLivePullStreamTask', { code: 'InvalidParameter.TaskNumMoreThanLimit' });
    const refused = await refusal(h.service.create(createInput('l2', relayRequest(3600_000, { StreamName: 's2' }))));
    expect(refused.code).toBe('InvalidParameter.TaskNumMoreThanLimit');
    const describesBefore = h.standin.requests.filter((r) => r.action === 'DescribeLivePullStreamTasks').length;
    await h.service.create(createInput('l3', relayRequest(3600_000, { StreamName: 's3' })));
    expect(h.standin.requests.filter((r) => r.action === 'DescribeLivePullStreamTasks').length).toBe(describesBefore + 1);
  });

  it('creates anyway when the quota check itself fails transiently', async () => {
    h.standin.failNext('DescribeLivePullStreamTasks', { code: 'InternalError' }, BACKEND_ATTEMPTS);
    const { created } = await h.service.create(createInput('q-down'));
    expect(created).toBe(true);
    expect(h.standin.tasks.size).toBe(1);
  });
});

describe('TaskService with bad credentials', () => {
  beforeEach(async () => {
    h = await startHarness({ secretKey: `${SECRET_KEY}-wrong` });
  });

  it('reports the signature failure and records nothing', async () => {
    const refused = await refusal(h.service.create(createInput('bad-key')));
    expect(refused.code).toBe('AuthFailure.SignatureFailure');
    expect(refused.key).toBe('provider.signatureFailure');
    expect(h.store.tasks.list()).toEqual([]);
    expect(h.standin.tasks.size).toBe(0);
  });
});

describe('TaskService.create under concurrency', () => {
  beforeEach(async () => {
    h = await startHarness();
  });

  it('two creates with the same key at once make one task', async () => {
    const input = createInput('double-click');
    const [a, b] = await Promise.all([h.service.create(input), h.service.create(input)]);
    expect(a.task.id).toBe(b.task.id);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    expect(h.store.tasks.list()).toHaveLength(1);
    expect(h.standin.tasks.size).toBe(1);
  });

  it('a different request racing under the same key is refused, not handed the other one’s task', async () => {
    const [a, b] = await Promise.allSettled([
      h.service.create(createInput('race', relayRequest(60 * 60_000, { StreamName: 'one' }))),
      h.service.create(createInput('race', relayRequest(60 * 60_000, { StreamName: 'two' }))),
    ]);
    expect(a.status).toBe('fulfilled');
    expect(b.status === 'rejected' && (b.reason as CodedError).code).toBe('InvalidParameter.IdempotencyKeyReused');
    expect(h.standin.tasks.size).toBe(1);
  });
});
