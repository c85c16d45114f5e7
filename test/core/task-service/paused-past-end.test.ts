// A paused Tencent task whose end time passes: the provider deletes it and sends nothing, so it showed 'paused' in
// its lists and its channel for ever. The task service ends such tasks (TaskService.endPausedPastEnd, run by the
// bot's upkeep every minute), with an audit entry by the bot itself; it leaves alone what is not yet over, and what
// events still decide. Real store, real Tencent backend and SDK against the local stand-in; the clock moves on.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFfmpegBackend } from '../../../src/backends/ffmpeg/index.js';
import { TaskService } from '../../../src/core/task-service.js';
import { createLogger } from '../../../src/log.js';
import { startUpkeep } from '../../../src/wiring/upkeep.js';
import { ann, bo, createInput, relayRequest, startHarness, type Harness } from './harness.js';
import { RecordingSink, silentLogger, testSettings } from '../../backends/ffmpeg/harness.js';

let h: Harness;
let clockOffsetMs = 0;
beforeEach(async () => {
  clockOffsetMs = 0;
  h = await startHarness({ clock: () => new Date(Date.now() + clockOffsetMs) });
});
afterEach(async () => h.close());

describe('paused tasks past their end time', () => {
  it('are ended once, by the bot, and can still be stopped to free their place', async () => {
    const { task: pausedOver } = await h.service.create(createInput('over', relayRequest(10_000)));
    const { task: running } = await h.service.create(createInput('running', relayRequest(10_000, { StreamName: 'other' })));
    const longEnd = new Date(Date.now() + 10 * 3600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const { task: pausedLater } = await h.service.create(createInput('later', relayRequest(10_000, { StreamName: 'third', EndTime: longEnd })));
    await h.service.pause(pausedOver.id, bo);
    await h.service.pause(pausedLater.id, bo);
    expect(h.service.endPausedPastEnd()).toEqual([]);

    clockOffsetMs = 3 * 3600_000; // past the first two's end, not the third's
    expect(h.service.endPausedPastEnd().map((task) => task.id)).toEqual([pausedOver.id]);
    expect(h.store.tasks.get(pausedOver.id)?.state).toBe('ended');
    expect(h.store.tasks.get(pausedLater.id)?.state).toBe('paused');
    // Not paused: its own events (or their absence) decide, not the upkeep.
    expect(h.store.tasks.get(running.id)?.state).toBe('scheduled');
    const audit = h.store.audit.forTask(pausedOver.id).at(-1)!;
    expect([audit.action, audit.actor.userId, (audit.detail as { from?: string }).from]).toEqual(['expire', 'relaybot', 'paused']);
    expect(h.service.endPausedPastEnd()).toEqual([]);

    // Still counted by the provider until it deletes it: stop is allowed and frees the place at once.
    expect((await h.service.stop(pausedOver.id, ann)).state).toBe('stopped');
    expect(h.standin.tasks.has(pausedOver.providerTaskId!)).toBe(false);
  });

  it('are ended by the upkeep’s schedule, which stops with the bot', async () => {
    const { task: first } = await h.service.create(createInput('first', relayRequest(10_000)));
    const { task: second } = await h.service.create(createInput('second', relayRequest(10_000, { StreamName: 'other' })));
    await h.service.pause(first.id, bo);
    await h.service.pause(second.id, bo);
    // Every second here (node-cron's six-field form); every minute in the bot.
    const upkeep = startUpkeep(h.service, createLogger({ level: 'silent' }), '* * * * * *');
    try {
      clockOffsetMs = 3 * 3600_000;
      const deadline = Date.now() + 5_000;
      while (h.store.tasks.get(first.id)?.state !== 'ended' && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(h.store.tasks.get(first.id)?.state).toBe('ended');
    } finally {
      await upkeep.stop();
    }
    expect(h.store.tasks.get(second.id)?.state).toBe('ended');
    // Stopped: nothing looks any more (a task paused again is left for the next start of the bot).
    h.store.tasks.update(second.id, { state: 'paused' });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(h.store.tasks.get(second.id)?.state).toBe('paused');
  });

  it('are left to a backend that reports their end itself (the runner’s TaskExit at the end time)', async () => {
    await h.close();
    h = await startHarness({ clock: () => new Date(Date.now() + clockOffsetMs) });
    // The runner as a CLI process has it (no supervisor): a real backend on the same store.
    const local = createFfmpegBackend({ settings: testSettings(), db: h.store.db, sink: new RecordingSink(), logger: silentLogger, mode: 'client' });
    const service = new TaskService({
      tasks: h.store.tasks,
      audit: h.store.audit,
      transaction: h.store.transaction,
      backends: { local },
      defaultBackend: 'local',
      publicUrl: 'https://relaybot.example.com',
      logger: createLogger({ level: 'silent' }),
      clock: () => new Date(Date.now() + clockOffsetMs),
    });
    const { task } = await service.create({ ...createInput('runner', relayRequest(10_000, { StreamName: 'runner' })), backend: 'local' });
    await service.pause(task.id, bo);
    clockOffsetMs = 3 * 3600_000;
    expect(service.endPausedPastEnd()).toEqual([]);
    expect(h.store.tasks.get(task.id)?.state).toBe('paused');
    await local.close();
  });
});
