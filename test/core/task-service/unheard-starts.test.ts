// A Tencent relay the provider has said nothing about minutes after its start (no TaskStart, no file: still
// 'scheduled'). Its events may not reach the bot (a wrong public URL, a firewall), or it may not have started; either
// way nobody was told. The task service asks the provider once per start (TaskService.checkUnheardStarts, run by the
// bot's upkeep every minute) and says which. Real store, real Tencent backend and SDK against the local stand-in;
// a relay's window is moved into the past at both ends, as the passing of time would.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toApiTime } from '../../../src/core/relay-request.js';
import { requestPatch } from '../../../src/core/task-service/fingerprint.js';
import type { TaskRecord } from '../../../src/core/task.js';
import { ann, BACKEND_ATTEMPTS, createInput, relayRequest, startHarness, type Harness } from './harness.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => h.close());

let serial = 0;

/** A relay created ahead of time whose start is now `startedAgoMs` in the past, at the provider and here. */
async function relayStarted(startedAgoMs: number): Promise<TaskRecord> {
  serial += 1;
  const { task } = await h.service.create(createInput(`unheard-${serial}`, relayRequest(60_000, { StreamName: `s${serial}` })));
  return startedAgo(task, startedAgoMs);
}

/** Moves `task`'s two-hour window so that it started `startedAgoMs` ago, at the provider and here. */
function startedAgo(task: TaskRecord, startedAgoMs: number): TaskRecord {
  const start = toApiTime(new Date(Date.now() - startedAgoMs));
  const end = toApiTime(new Date(Date.now() - startedAgoMs + 2 * 3600_000));
  const remote = h.standin.tasks.get(task.providerTaskId!)!;
  remote.StartTime = start;
  remote.EndTime = end;
  return h.store.tasks.update(task.id, requestPatch(task, { ...task.request, StartTime: start, EndTime: end }));
}

const auditActions = (id: string) => h.store.audit.forTask(id).map((entry) => `${entry.action}:${entry.actor.userId}`);

describe('relays the provider said nothing about since their start', () => {
  it('on air: running, its events not arriving; not on air or unknown: interrupted; each asked once', async () => {
    const onAir = await relayStarted(10 * 60_000);
    const pausedInConsole = await relayStarted(10 * 60_000);
    h.standin.tasks.get(pausedInConsole.providerTaskId!)!.Status = 'pause';
    const gone = await relayStarted(10 * 60_000);
    h.standin.tasks.delete(gone.providerTaskId!);

    const told = await h.service.checkUnheardStarts();
    expect(Object.fromEntries(told.map((task) => [task.id, task.state]))).toEqual({
      [onAir.id]: 'running',
      [pausedInConsole.id]: 'interrupted',
      [gone.id]: 'interrupted',
    });
    for (const task of told) expect(auditActions(task.id).at(-1)).toBe('start-unheard:relaybot');

    // Once: a relay still silent, or interrupted again by later events, is not asked about again.
    h.store.tasks.update(onAir.id, { state: 'scheduled' });
    const asked = h.standin.requests.length;
    expect(await h.service.checkUnheardStarts()).toEqual([]);
    expect(h.standin.requests.length).toBe(asked);
  });

  it('asks again about a start moved by an edit that passes in silence too, once', async () => {
    const silent = await relayStarted(10 * 60_000);
    const remote = h.standin.tasks.get(silent.providerTaskId!)!;
    remote.Status = 'pause';
    expect((await h.service.checkUnheardStarts()).map((task) => task.state)).toEqual(['interrupted']);

    // Someone moves its start a minute ahead and enables it: it waits for that start again.
    remote.Status = 'enable';
    const { task: moved } = await h.service.edit(silent.id, { StartTime: toApiTime(new Date(Date.now() + 60_000)) }, ann);
    expect(moved.state).toBe('scheduled');
    expect(await h.service.checkUnheardStarts()).toEqual([]);

    // That start passes in silence as well: the provider is asked about it, and the channel told.
    startedAgo(moved, 15 * 60_000);
    expect((await h.service.checkUnheardStarts()).map((task) => [task.id, task.state])).toEqual([[silent.id, 'running']]);
    expect(auditActions(silent.id).filter((action) => action === 'start-unheard:relaybot')).toHaveLength(2);

    // Once for that start too.
    h.store.tasks.update(silent.id, { state: 'scheduled' });
    const asked = h.standin.requests.length;
    expect(await h.service.checkUnheardStarts()).toEqual([]);
    expect(h.standin.requests.length).toBe(asked);
  });

  it('leaves alone a start only just passed, a relay the provider has spoken of, and one whose end has passed', async () => {
    const justStarted = await relayStarted(2 * 60_000);
    const heardOf = await relayStarted(10 * 60_000);
    h.store.tasks.update(heardOf.id, { state: 'running' });
    const over = await relayStarted(3 * 3600_000);
    const asked = h.standin.requests.length;
    expect(await h.service.checkUnheardStarts()).toEqual([]);
    expect(h.standin.requests.length).toBe(asked);
    expect([justStarted, heardOf, over].map((task) => h.store.tasks.get(task.id)!.state)).toEqual(['scheduled', 'running', 'scheduled']);
  });

  it('asks again at the next look when the provider cannot be asked now', async () => {
    const silent = await relayStarted(10 * 60_000);
    // Every try of this look (the backend retries a transient failure) fails; the next look's succeed.
    h.standin.failNext('DescribeLivePullStreamTaskStatus', { code: 'InternalError' }, BACKEND_ATTEMPTS);
    expect(await h.service.checkUnheardStarts()).toEqual([]);
    expect(h.store.tasks.get(silent.id)!.state).toBe('scheduled');
    expect(auditActions(silent.id)).not.toContain('start-unheard:relaybot');
    expect((await h.service.checkUnheardStarts()).map((task) => task.state)).toEqual(['running']);
  });
});
