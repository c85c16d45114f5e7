// Creates whose answer was lost and that nobody finished: the CLI or the chat said "not confirmed yet, send it
// again", or the bot stopped between recording and answering. The task stayed unconfirmed until someone acted on it,
// and one that never reached the provider let its start time pass in silence. The task service settles them itself
// (TaskService.settleUnconfirmed, run by the bot's upkeep every minute) after two minutes: found at the provider,
// finished, or failed. Real store, real Tencent backend and SDK against the local stand-in; the clock moves on.
import { afterEach, describe, expect, it } from 'vitest';
import { CodedError } from '../../../src/core/errors.js';
import { CREATE_ATTEMPTS } from '../../../src/core/task-service.js';
import type { TaskRecord } from '../../../src/core/task.js';
import { BACKEND_ATTEMPTS, createInput, relayRequest, startHarness, type Harness } from './harness.js';

let h: Harness;
let clockOffsetMs = 0;
afterEach(async () => h?.close());

async function start(): Promise<void> {
  clockOffsetMs = 0;
  h = await startHarness({ clock: () => new Date(Date.now() + clockOffsetMs) });
}

/** A create whose every try failed ('lands': the provider made the task but every answer was lost). */
async function unconfirmedCreate(key: string, startInMs: number, lands: boolean): Promise<TaskRecord> {
  if (lands) {
    h.standin.failNext('CreateLivePullStreamTask', 'drop-after-commit', BACKEND_ATTEMPTS * CREATE_ATTEMPTS);
    // The backend's own look-ups by SpecifyTaskId (and the quota check) fail too, so nothing finds it now.
    h.standin.failNext('DescribeLivePullStreamTasks', { code: 'InternalError' }, BACKEND_ATTEMPTS * (1 + CREATE_ATTEMPTS));
  } else {
    h.standin.failNext('CreateLivePullStreamTask', { code: 'InternalError' }, BACKEND_ATTEMPTS * CREATE_ATTEMPTS);
  }
  const error = await h.service.create(createInput(key, relayRequest(startInMs, { StreamName: key }))).catch((e: unknown) => e);
  expect((error as CodedError).code).toBe('FailedOperation.CreatePending');
  const task = h.service.list().find((t) => t.request.StreamName === key)!;
  expect(task.providerTaskId).toBeNull();
  return task;
}

const lastAudit = (id: string) => {
  const entry = h.store.audit.forTask(id).at(-1)!;
  return [entry.action, entry.actor.userId, entry.detail];
};
const atProvider = (stream: string) => [...h.standin.tasks.values()].filter((task) => task.StreamName === stream).length;

describe('unconfirmed creates, settled by the bot', () => {
  it('one the provider made is recorded with its id, one it never got is finished: one task each', async () => {
    await start();
    const landed = await unconfirmedCreate('landed', 3600_000, true);
    const lost = await unconfirmedCreate('lost', 3600_000, false);
    expect([atProvider('landed'), atProvider('lost')]).toEqual([1, 0]);
    // Too soon: a create may still be on its way.
    expect(await h.service.settleUnconfirmed()).toEqual([]);

    clockOffsetMs = 3 * 60_000;
    const settled = await h.service.settleUnconfirmed();
    expect(Object.fromEntries(settled.map((task) => [task.id, [task.state, task.providerTaskId !== null]]))).toEqual({
      [landed.id]: ['scheduled', true],
      [lost.id]: ['scheduled', true],
    });
    expect([atProvider('landed'), atProvider('lost')]).toEqual([1, 1]);
    expect(lastAudit(landed.id)).toEqual(['create-confirmed', 'relaybot', { found: true }]);
    expect(lastAudit(lost.id)).toEqual(['create-confirmed', 'relaybot', { found: false }]);
    expect(await h.service.settleUnconfirmed()).toEqual([]);
  });

  it('one that never reached the provider and whose start has come is failed, and nothing is created', async () => {
    await start();
    const late = await unconfirmedCreate('late', 60_000, false);
    clockOffsetMs = 3 * 60_000;
    const [settled] = await h.service.settleUnconfirmed();
    expect([settled?.id, settled?.state]).toEqual([late.id, 'failed']);
    expect(atProvider('late')).toBe(0);
    expect(lastAudit(late.id)).toEqual(['create-failed', 'relaybot', { reason: 'neverReachedProvider' }]);
  });

  it('is tried again at the next look while the provider cannot be asked', async () => {
    await start();
    const waiting = await unconfirmedCreate('waiting', 3600_000, true);
    clockOffsetMs = 3 * 60_000;
    h.standin.failNext('DescribeLivePullStreamTasks', { code: 'InternalError' }, BACKEND_ATTEMPTS);
    expect(await h.service.settleUnconfirmed()).toEqual([]);
    expect(h.store.tasks.get(waiting.id)!.providerTaskId).toBeNull();
    expect((await h.service.settleUnconfirmed()).map((task) => task.id)).toEqual([waiting.id]);
    expect(atProvider('waiting')).toBe(1);
  });
});
