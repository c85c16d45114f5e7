// A new task keeps a mark instead of its request's digest while its recorded request is the one asked for
// (core/task-service/fingerprint.ts). What people notice is unchanged: a repeat of a create gets its task back, a
// different request under the same key is refused, also after the task's request changed (an edit, a failed create
// tried again with a start that had slipped) and after the bot restarted.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTencentBackend } from '../../../src/backends/tencent/index.js';
import type { TaskPatch } from '../../../src/core/ports.js';
import { fingerprintOf, fingerprintOfRecord, requestPatch } from '../../../src/core/task-service/fingerprint.js';
import { TaskService } from '../../../src/core/task-service.js';
import { createLogger } from '../../../src/log.js';
import { openStore } from '../../../src/store/index.js';
import { startTencentStandin, type TencentStandin } from '../../support/tencent-standin.js';
import { ann, createCalls, createInput, PUBLIC_URL, relayRequest, SECRET_ID, SECRET_KEY, startHarness, refusal, type Harness } from './harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('the fingerprint a new task keeps', () => {
  it('stands for the digest of what was asked, whether the runner was named, the start moved or a fingerprint passed', async () => {
    h = await startHarness();
    const inputs = [
      createInput('plain'),
      { ...createInput('runner named', relayRequest(3600_000, { StreamName: 'named' })), backend: 'tencent' as const },
      createInput('slipped', relayRequest(-20_000, { StreamName: 'slipped' })),
      { ...createInput('cli:typed', relayRequest(3600_000, { StreamName: 'typed' })), requestFingerprint: 'show.mp4 to live/typed' },
    ];
    for (const input of inputs) {
      const { task } = await h.service.create(input);
      expect(fingerprintOfRecord(h.store.tasks.get(task.id)!)).toBe(fingerprintOf(input));
    }
    // Asked without naming the runner: not the same request as one that names it (as before the mark).
    expect(fingerprintOf({ request: relayRequest() })).not.toBe(fingerprintOf({ request: relayRequest(), backend: 'tencent' }));
  });
});

describe('a new request for a recorded task', () => {
  it('is only written through requestPatch(), which keeps the digest of the request replaced (else a type error)', async () => {
    h = await startHarness();
    const input = createInput('preview-patched');
    const { task } = await h.service.create(input);
    // @ts-expect-error a bare request would leave the mark standing for a request nobody asked for (checked by tsc)
    const bare: TaskPatch = { request: { ...task.request, StreamName: 'moved' } };
    expect(bare.request?.StreamName).toBe('moved');
    const patched = h.store.tasks.update(task.id, requestPatch(task, { ...task.request, StreamName: 'moved' }));
    expect(patched.requestFingerprint).toBe(fingerprintOf(input));
  });
});

describe('a repeat of a create whose task changed since', () => {
  it('after an edit, still gets its task back; a different request under its key is still refused', async () => {
    h = await startHarness();
    const input = createInput('preview-edited');
    const { task } = await h.service.create(input);
    const newEnd = new Date(Date.parse(task.request.EndTime) + 3600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    await h.service.edit(task.id, { EndTime: newEnd }, ann);

    const again = await h.service.create(input);
    expect(again.created).toBe(false);
    expect(again.task.id).toBe(task.id);
    expect(again.task.request.EndTime).toBe(newEnd);
    const other = await refusal(h.service.create(createInput('preview-edited', relayRequest(3600_000, { StreamName: 'other' }))));
    expect(other.code).toBe('InvalidParameter.IdempotencyKeyReused');
    expect(createCalls(h.standin)).toHaveLength(1);
  });

  it('after a refused create was tried again with its slipped start moved, still gets its task back', async () => {
    let now = Date.now();
    h = await startHarness({ clock: () => new Date(now) });
    const input = createInput('preview-refused', relayRequest(60_000));
    h.standin.failNext('CreateLivePullStreamTask', { code: 'InvalidParameter.InvalidSourceUrl' });
    await refusal(h.service.create(input));
    now += 62_000; // the person fixes the source, comes back a minute later: the start has just passed
    const retried = await h.service.create(input);
    expect(retried.created).toBe(true);
    expect(retried.task.request.StartTime).not.toBe(input.request.StartTime);

    const again = await h.service.create(input);
    expect(again).toMatchObject({ created: false, task: { id: retried.task.id, providerTaskId: retried.task.providerTaskId } });
    expect(h.standin.tasks.size).toBe(1);
  });
});

describe('a repeat after the bot restarted', () => {
  let standin: TencentStandin | undefined;
  let dataDir: string | undefined;
  afterEach(async () => {
    await standin?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    standin = undefined;
    dataDir = undefined;
  });

  it('gets the task the bot made before it stopped; a different request under its key is refused', async () => {
    standin = await startTencentStandin({ secretId: SECRET_ID, secretKey: SECRET_KEY });
    dataDir = mkdtempSync(join(tmpdir(), 'relaybot-mark-'));
    const logger = createLogger({ level: 'silent' });
    const settings = { secretId: SECRET_ID, secretKey: SECRET_KEY, region: 'ap-guangzhou', endpoint: standin.url, timeoutSeconds: 2 } as const;
    const botOn = (store: ReturnType<typeof openStore>) =>
      new TaskService({ tasks: store.tasks, audit: store.audit, transaction: store.transaction, backends: { tencent: createTencentBackend(settings, logger) }, defaultBackend: 'tencent', publicUrl: PUBLIC_URL, logger });

    const input = createInput('slack:T1:trigger-restart');
    const before = openStore(dataDir, { writeBehind: true });
    const { task } = await botOn(before).create(input);
    before.close();

    const after = openStore(dataDir, { writeBehind: true });
    try {
      const service = botOn(after);
      expect(await service.create(input)).toMatchObject({ created: false, task: { id: task.id, providerTaskId: task.providerTaskId } });
      const other = await refusal(service.create(createInput('slack:T1:trigger-restart', relayRequest(3600_000, { StreamName: 'other' }))));
      expect(other.params.id).toBe(task.id);
      expect(standin.tasks.size).toBe(1);
    } finally {
      after.close();
    }
  });
});
