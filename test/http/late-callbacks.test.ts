// Callbacks that arrive late and out of order (the provider retries failed deliveries, so this is normal): a
// task's state follows the events' own times, not their arrival, and a paused task stays paused until a person
// resumes it. A task made and paused through the real task service on the Tencent stand-in (real SDK), its
// callbacks posted over real HTTP to the receiver on a real SQLite store, its news read from the chat stand-in.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTencentBackend } from '../../src/backends/tencent/index.js';
import { TaskChangeJournal } from '../../src/core/events/task-change.js';
import { callbackPath } from '../../src/core/relay-event.js';
import type { CallbackEvent } from '../../src/core/relay-request.js';
import { TaskService } from '../../src/core/task-service.js';
import type { TaskRecord } from '../../src/core/task.js';
import { createLogger } from '../../src/log.js';
import { SqliteEventLedger } from '../../src/store/events-repo.js';
import { SqliteSubscriptionRepository } from '../../src/store/subscriptions-repo.js';
import { ChatStandin, StandinNotifier } from '../support/chat-standin.js';
import { callbackBody, eventually, postCallback } from '../support/relay-fixtures.js';
import { startHarness, type Harness } from '../support/relay-harness.js';
import { startTencentStandin, type TencentStandin } from '../support/tencent-standin.js';
import { createInput, relayRequest, SECRET_ID, SECRET_KEY } from '../core/task-service/harness.js';

const KEY = 'callback-key-for-late-tests';
const person = { platform: 'standin', userId: 'U-OP', displayName: 'Op' };

describe('late and out-of-order relay callbacks', () => {
  let dir: string;
  let chat: ChatStandin;
  let harness: Harness;
  let tencent: TencentStandin;
  let service: TaskService;
  let task: TaskRecord;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'relaybot-late-'));
    chat = await new ChatStandin().start();
    harness = await startHarness({ dataDir: dir, notifiers: [new StandinNotifier('standin', chat.url)], callbackKey: KEY, perChannelPerSecond: 50 });
    tencent = await startTencentStandin({ secretId: SECRET_ID, secretKey: SECRET_KEY });
    const logger = createLogger({ level: 'silent' });
    const backend = createTencentBackend(
      { secretId: SECRET_ID, secretKey: SECRET_KEY, region: 'ap-guangzhou', endpoint: tencent.url, timeoutSeconds: 2 },
      logger,
      { retry: { attempts: 2, baseDelayMs: 5, maxDelayMs: 20 } },
    );
    // Wired as src/wiring/task-service.ts wires the bot's: a person's change is announced through the ledger.
    service = new TaskService({
      tasks: harness.store.tasks,
      audit: harness.store.audit,
      transaction: harness.store.transaction,
      backends: { tencent: backend },
      defaultBackend: 'tencent',
      publicUrl: 'https://relaybot.example.com/',
      logger,
      changes: new TaskChangeJournal({ ledger: new SqliteEventLedger(harness.store.db), subscriptions: new SqliteSubscriptionRepository(harness.store.db) }),
    });
    const input = createInput('late-callbacks', relayRequest(60_000));
    ({ task } = await service.create({ ...input, actor: person, home: { platform: 'standin', channelId: 'C-HOME', statusMessageId: 'm-status' } }));
  });

  afterEach(async () => {
    await harness.close();
    await tencent.close();
    await chat.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const nowSeconds = () => Math.floor(Date.now() / 1000);
  const send = async (event: CallbackEvent, eventTime: number, msg: Record<string, unknown> = {}) => {
    const answer = await postCallback(`${harness.url}${callbackPath(task.callbackToken)}`, callbackBody(task, event, { key: KEY, eventTime, msg }));
    expect(answer.status).toBe(200);
  };
  const stateNow = () => harness.store.tasks.get(task.id)?.state;
  const settledOutbox = () =>
    eventually(() => harness.pipeline.outbox.counts().pending === 0 && harness.pipeline.outbox.counts().sending === 0);
  const threadLines = () => chat.posts.filter((p) => p.threadOf === 'm-status').flatMap((p) => p.doc.lines);
  const channelAlarms = () => chat.posts.filter((p) => p.doc.kind === 'alarm');

  it('keeps a running task running, without an alarm, when a TaskExit from before its TaskStart arrives late', async () => {
    const now = nowSeconds();
    await send('TaskStart', now, { task_start_time: now * 1000 });
    expect(stateNow()).toBe('running');
    await send('TaskExit', now - 60, { task_exit_time: (now - 60) * 1000, code: 1, message: 'push refused' });

    expect(stateNow()).toBe('running');
    await settledOutbox();
    expect(channelAlarms()).toHaveLength(0);
    // Stored and shown in the thread, said to be late rather than "paused or stopped" or "interrupted".
    expect(harness.pipeline.ledger.eventsOf(task.id).map((e) => e.event.event)).toEqual(['TaskStart', 'TaskExit']);
    const exitLine = await eventually(() => threadLines().find((line) => /exited/.test(line)));
    expect(exitLine).toMatch(/reported late.*state is unchanged/);
    expect(exitLine).not.toMatch(/paused or stopped|interrupted/);
  });

  it('keeps an interrupted task interrupted when a TaskStart from before its TaskExit arrives late', async () => {
    const now = nowSeconds();
    await send('TaskStart', now - 30);
    await send('TaskExit', now + 10, { task_exit_time: (now + 10) * 1000, code: 1, message: 'push refused' });
    expect(stateNow()).toBe('interrupted');
    await send('TaskStart', now + 5);

    expect(stateNow()).toBe('interrupted');
    await settledOutbox();
    // The interruption was announced once, and the late start did not hide it.
    expect(channelAlarms()).toHaveLength(1);
    expect(threadLines().filter((line) => /The relay started/.test(line))).toHaveLength(2);
    // A TaskStart that is really newer still brings the relay back.
    await send('TaskStart', now + 20);
    expect(stateNow()).toBe('running');
  });

  it('keeps a paused task paused on a late TaskStart, so that resume still works', async () => {
    const now = nowSeconds();
    await send('TaskStart', now - 40);
    expect(stateNow()).toBe('running');
    expect((await service.pause(task.id, person)).state).toBe('paused');
    expect(tencent.tasks.get(task.providerTaskId!)?.Status).toBe('pause');

    await send('TaskStart', now - 30);
    expect(stateNow()).toBe('paused');
    // Even one that happened after the pause: only a person's resume (or stop) takes a task out of "paused".
    await send('TaskStart', now + 5);
    expect(stateNow()).toBe('paused');
    await settledOutbox();
    expect(channelAlarms()).toHaveLength(0);

    const resumed = await service.resume(task.id, person);
    expect(resumed.state).not.toBe('paused');
    expect(tencent.tasks.get(task.providerTaskId!)?.Status).toBe('enable');
  });

  it('does not let the pause’s own late TaskExit interrupt a task a person has resumed since', async () => {
    const now = nowSeconds();
    await send('TaskStart', now - 120);
    await service.pause(task.id, person);
    await service.resume(task.id, person);
    const resumedState = stateNow();
    // The exit the pause caused at the provider, delivered only after the resume.
    await send('TaskExit', now - 60, { task_exit_time: (now - 60) * 1000, code: 0 });

    expect(stateNow()).toBe(resumedState);
    await settledOutbox();
    expect(channelAlarms()).toHaveLength(0);
  });

  it('does not let one absurd event_time freeze the task: the next real exit still interrupts it, with an alarm', async () => {
    const now = nowSeconds();
    // A year ahead (a sender's clock or unit gone wrong): taken as happening when it was received.
    await send('TaskStart', now + 365 * 86_400);
    expect(stateNow()).toBe('running');
    await send('TaskExit', now + 70, { task_exit_time: (now + 70) * 1000, code: 1, message: 'push refused' });
    expect(stateNow()).toBe('interrupted');
    await eventually(() => channelAlarms().length === 1);
  });
});
