// Each lifecycle action through the backend and the real SDK to the stand-in on loopback.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BackendError } from '../../../src/core/backend.js';
import { toApiTime } from '../../../src/core/relay-request.js';
import { relayRequest, startHarness, type Harness } from '../../support/tencent/harness.js';

describe('Tencent backend lifecycle', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(() => h.close());

  it('creates a task the provider keeps, with the request fields, CallbackUrl and SpecifyTaskId', async () => {
    const request = relayRequest({ CallbackEvents: ['TaskStart', 'TaskExit'], VodLoopTimes: '3', Comment: 'evening show' });
    const created = await h.backend.create(request);

    const task = h.standin.tasks.get(created.providerTaskId);
    expect(task).toMatchObject({
      SourceUrls: request.SourceUrls,
      StreamName: request.StreamName,
      StartTime: request.StartTime,
      CallbackUrl: request.CallbackUrl,
      CallbackEvents: ['TaskStart', 'TaskExit'],
      SpecifyTaskId: request.SpecifyTaskId,
      VodLoopTimes: 3,
      Region: 'ap-guangzhou',
    });
    expect(created.requestId).toBe(h.standin.requests.at(-1)?.requestId);
  });

  it('reuses one connection for consecutive calls (no new handshake with the API per call)', async () => {
    const before = h.standin.connections;
    const { providerTaskId } = await h.backend.create(relayRequest());
    await h.backend.describe(providerTaskId);
    await h.backend.status(providerTaskId);
    await h.backend.create(relayRequest({ StreamName: 'second' }));
    expect(h.standin.requests.length).toBeGreaterThanOrEqual(4);
    expect(h.standin.connections - before).toBe(1);
  });

  it('sends a request’s own Region as the common parameter, never in the body', async () => {
    const created = await h.backend.create(relayRequest({ Region: 'ap-singapore' }));
    const call = h.standin.requests.find((r) => r.action === 'CreateLivePullStreamTask');
    expect(call?.region).toBe('ap-singapore');
    expect(call?.body).not.toHaveProperty('Region');
    expect(h.standin.tasks.get(created.providerTaskId)?.Region).toBe('ap-singapore');
  });

  it('describes a task and answers null for one the provider does not know', async () => {
    const request = relayRequest();
    const { providerTaskId } = await h.backend.create(request);
    const info = await h.backend.describe(providerTaskId);
    expect(info).toMatchObject({ TaskId: providerTaskId, Status: 'enable', SourceUrls: request.SourceUrls, VodLoopTimes: '-1' });
    expect(await h.backend.describe('999999')).toBeNull();
  });

  it('modifies sources, end time and loop count; pauses and resumes', async () => {
    const request = relayRequest();
    const { providerTaskId } = await h.backend.create(request);
    const newEnd = toApiTime(new Date(Date.parse(request.EndTime) + 30 * 60_000));
    await h.backend.modify(providerTaskId, { SourceUrls: ['https://cdn.example.com/replacement.mp4'], EndTime: newEnd, VodLoopTimes: '2' }, 'bob');
    expect(h.standin.tasks.get(providerTaskId)).toMatchObject({
      SourceUrls: ['https://cdn.example.com/replacement.mp4'],
      EndTime: newEnd,
      VodLoopTimes: 2,
      UpdateBy: 'bob',
    });

    await h.backend.modify(providerTaskId, { Status: 'pause' }, 'bob');
    expect((await h.backend.describe(providerTaskId))?.Status).toBe('pause');
    await h.backend.modify(providerTaskId, { Status: 'enable' }, 'bob');
    expect((await h.backend.describe(providerTaskId))?.Status).toBe('enable');
  });

  it('refuses a modify that breaks the API page’s rules, with the page’s code', async () => {
    const { providerTaskId } = await h.backend.create(relayRequest());
    const error = await h.backend.modify(providerTaskId, { SourceUrls: ['ftp://cdn.example.com/a.mp4'] }, 'bob').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackendError);
    expect(error).toMatchObject({ code: 'InvalidParameter.InvalidSourceUrl', transient: false });
  });

  it('restarts a task', async () => {
    const { providerTaskId } = await h.backend.create(relayRequest());
    await h.backend.restart(providerTaskId, 'carol');
    expect(h.standin.tasks.get(providerTaskId)?.Restarts).toBe(1);
  });

  it('reports a running task’s status, an upcoming one as inactive, and null for an unknown one', async () => {
    const now = Date.now();
    const running = await h.backend.create(
      relayRequest({ StartTime: toApiTime(new Date(now)), EndTime: toApiTime(new Date(now + 3_600_000)) }),
    );
    const upcoming = await h.backend.create(relayRequest());
    expect(await h.backend.status(running.providerTaskId)).toMatchObject({ RunStatus: 'active', FileUrl: 'https://cdn.example.com/show.mp4' });
    expect(await h.backend.status(upcoming.providerTaskId)).toMatchObject({ RunStatus: 'inactive' });
    expect(await h.backend.status('424242')).toBeNull();
  });

  it('deletes a task at the provider, and says so when asked to delete an unknown one', async () => {
    const { providerTaskId } = await h.backend.create(relayRequest());
    await h.backend.delete(providerTaskId, 'dave');
    expect(h.standin.tasks.has(providerTaskId)).toBe(false);
    await expect(h.backend.delete(providerTaskId, 'dave')).rejects.toMatchObject({ code: 'InvalidParameter.TaskNotExist' });
  });

  it('reads the quota from TotalNum and LimitTaskNum, and ping reports it', async () => {
    await h.backend.create(relayRequest());
    await h.backend.create(relayRequest());
    expect(await h.backend.quota()).toEqual({ count: 2, limit: 20 });
    expect((await h.backend.ping()).detail).toContain('2/20');
  });

  it('hits the 20-task limit with InvalidParameter.TaskNumMoreThanLimit, not retried', async () => {
    const local = await startHarness({ standin: { limitTaskNum: 2 } });
    try {
      await local.backend.create(relayRequest());
      await local.backend.create(relayRequest());
      expect(await local.backend.quota()).toEqual({ count: 2, limit: 2 });
      await expect(local.backend.create(relayRequest())).rejects.toMatchObject({ code: 'InvalidParameter.TaskNumMoreThanLimit', transient: false });
      expect(local.standin.requests.filter((r) => r.action === 'CreateLivePullStreamTask')).toHaveLength(3);
      expect(local.standin.tasks.size).toBe(2);
    } finally {
      await local.close();
    }
  });

  it('enforces the page’s time rules: span of 7 days or more is refused', async () => {
    const start = new Date(Date.now() + 3_600_000);
    const request = relayRequest({ StartTime: toApiTime(start), EndTime: toApiTime(new Date(start.getTime() + 7 * 86_400_000)) });
    await expect(h.backend.create(request)).rejects.toMatchObject({ code: 'InvalidParameter.InvalidTaskTime' });
    expect(h.standin.tasks.size).toBe(0);
  });

  it('never logs the secret key or the request signature', async () => {
    h.standin.failNext('DescribeLivePullStreamTasks', { code: 'InternalError' });
    await h.backend.quota();
    const logs = h.logs();
    expect(logs).toContain('InternalError');
    expect(logs).not.toContain('standin-secret-key');
    expect(logs).not.toMatch(/Signature=|TC3-HMAC/);
  });
});
