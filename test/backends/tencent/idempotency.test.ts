// A create whose answer is lost, or that is sent again, never makes a second task: it carries
// SpecifyTaskId, and a refused repeat is answered with the task that already exists.
import { afterEach, describe, expect, it } from 'vitest';
import { relayRequest, startHarness, type Harness } from '../../support/tencent/harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('idempotent create', () => {
  it('a first answer lost after the provider committed leaves exactly one task, and returns it', async () => {
    h = await startHarness();
    h.standin.failNext('CreateLivePullStreamTask', 'drop-after-commit');
    const request = relayRequest();
    const created = await h.backend.create(request);

    expect(h.standin.tasks.size).toBe(1);
    expect(h.standin.tasks.get(created.providerTaskId)?.SpecifyTaskId).toBe(request.SpecifyTaskId);
    const creates = h.standin.requests.filter((r) => r.action === 'CreateLivePullStreamTask');
    expect(creates).toHaveLength(2);
    expect(creates.map((c) => c.body.SpecifyTaskId)).toEqual([request.SpecifyTaskId, request.SpecifyTaskId]);
  });

  it('a create that timed out after committing leaves exactly one task', async () => {
    h = await startHarness({ timeoutSeconds: 0.3 });
    h.standin.failNext('CreateLivePullStreamTask', 'timeout');
    const created = await h.backend.create(relayRequest());
    expect([...h.standin.tasks.keys()]).toEqual([created.providerTaskId]);
  });

  it('the same command delivered twice gives the same task, not a second one', async () => {
    h = await startHarness();
    const request = relayRequest();
    const first = await h.backend.create(request);
    const again = await h.backend.create({ ...request });
    expect(again.providerTaskId).toBe(first.providerTaskId);
    expect(h.standin.tasks.size).toBe(1);
  });

  it('different commands still make different tasks', async () => {
    h = await startHarness();
    const a = await h.backend.create(relayRequest());
    const b = await h.backend.create(relayRequest());
    expect(a.providerTaskId).not.toBe(b.providerTaskId);
    expect(h.standin.tasks.size).toBe(2);
  });

  it('a refused create that made no task is reported, not hidden by the lookup', async () => {
    h = await startHarness();
    const request = relayRequest({ SourceUrls: ['https://cdn.example.com/a.mp4'], SourceType: 'PullLivePushLive', ToUrl: 'http://wrong.example.com/x', DomainName: '', AppName: '', StreamName: '' });
    await expect(h.backend.create(request)).rejects.toMatchObject({ code: 'InvalidParameter.InvalidToUrl' });
    expect(h.standin.tasks.size).toBe(0);
  });

  it('a delete whose first answer was lost still succeeds, and the task is gone', async () => {
    h = await startHarness();
    const { providerTaskId } = await h.backend.create(relayRequest());
    h.standin.failNext('DeleteLivePullStreamTask', 'drop-after-commit');
    await h.backend.delete(providerTaskId, 'frank');
    expect(h.standin.tasks.size).toBe(0);
  });
});

describe('idempotent create when the retries run out', () => {
  it('returns the task an early try made even when every later try failed', async () => {
    h = await startHarness();
    h.standin.failNext('CreateLivePullStreamTask', 'drop-after-commit');
    h.standin.failNext('CreateLivePullStreamTask', { code: 'InternalError' }, 3);
    const created = await h.backend.create(relayRequest());
    expect([...h.standin.tasks.keys()]).toEqual([created.providerTaskId]);
    expect(h.standin.requests.filter((r) => r.action === 'CreateLivePullStreamTask')).toHaveLength(4);
  });
});
