// kill -9 of a bot in the middle of a create: the provider already holds the task, and the bot's store has it only in
// its intent journal (creates are committed later, together). The task must never become one nobody knows about: the
// bot started again, or the CLI run while no bot is, finds it, and the upkeep learns its provider id by its
// SpecifyTaskId. Real parts: a bot-like process with the real store and Tencent backend, the stand-in reached over
// loopback by the SDK, the CLI as users run it.
import { spawn, type ChildProcess } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { createTencentBackend } from '../../src/backends/tencent/index.js';
import { TaskService } from '../../src/core/task-service.js';
import { UNCONFIRMED_SETTLE_MS } from '../../src/core/task-service/upkeep.js';
import { createLogger } from '../../src/log.js';
import { openStore } from '../../src/store/index.js';
import { INTENT_JOURNAL_FILE } from '../../src/store/intent-journal.js';
import { SECRET_ID, SECRET_KEY, startCli, type CliHarness } from '../cli/lifecycle-harness.js';
import { relayRequest } from '../core/task-service/harness.js';
import { eventually } from '../support/relay-fixtures.js';

const CHILD = new URL('./fixtures/deferred-create-child.ts', import.meta.url).pathname;
const LOCK_HOLDER = new URL('./fixtures/lock-holder.ts', import.meta.url).pathname;

function spawnTs(script: string, args: string[]): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', script, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
}

function firstLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`child exited early (${code})`)));
    createInterface({ input: child.stdout! }).once('line', resolve);
  });
}

function killHard(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

const journalSize = (dataDir: string) => statSync(join(dataDir, INTENT_JOURNAL_FILE)).size;

describe('a bot killed between asking the provider and committing the create', () => {
  const children: ChildProcess[] = [];
  let cli: CliHarness | null = null;

  afterEach(async () => {
    for (const child of children.splice(0)) await killHard(child);
    await cli?.close();
    cli = null;
  });

  /** Starts the bot-like child's create, and kills it once the provider holds the task (its answer is never sent). */
  async function killMidCreate(): Promise<{ dataDir: string; providerTaskId: string }> {
    cli = await startCli();
    const { standin, dataDir } = cli;
    standin.failNext('CreateLivePullStreamTask', 'timeout');
    const child = spawnTs(CHILD, [dataDir, standin.url, SECRET_ID, SECRET_KEY, JSON.stringify(relayRequest())]);
    children.push(child);
    expect(await firstLine(child)).toBe('creating');
    const task = await eventually(() => [...standin.tasks.values()][0]);
    await killHard(child);
    // What the kill left: the create in the journal, not in the tables.
    expect(journalSize(dataDir)).toBeGreaterThan(0);
    const peek = openStore(dataDir);
    expect(peek.tasks.list()).toEqual([]);
    peek.close();
    return { dataDir, providerTaskId: task.TaskId };
  }

  it('knows the task when it starts again, and the upkeep finds it at the provider: one task, not two', async () => {
    const { dataDir, providerTaskId } = await killMidCreate();

    const store = openStore(dataDir, { writeBehind: true });
    try {
      const [recorded] = store.tasks.list();
      expect(recorded).toMatchObject({
        state: 'scheduled',
        providerTaskId: null,
        createdBy: { platform: 'slack', userId: 'U1', displayName: 'Ann' },
        home: { platform: 'slack', teamId: 'T1', channelId: 'C1' },
        request: { StreamName: 'evening' },
      });
      expect(store.audit.forTask(recorded!.id).map((entry) => entry.action)).toEqual(['create']);
      expect(journalSize(dataDir)).toBe(0);

      const logger = createLogger({ level: 'silent' });
      const service = new TaskService({
        tasks: store.tasks,
        audit: store.audit,
        transaction: store.transaction,
        backends: {
          tencent: createTencentBackend({ secretId: SECRET_ID, secretKey: SECRET_KEY, region: 'ap-shanghai', endpoint: cli!.standin.url, timeoutSeconds: 5 }, logger),
        },
        defaultBackend: 'tencent',
        publicUrl: 'https://relaybot.example.com',
        logger,
        clock: () => new Date(Date.now() + UNCONFIRMED_SETTLE_MS + 60_000),
      });
      const settled = await service.settleUnconfirmed();
      expect(settled.map((task) => task.providerTaskId)).toEqual([providerTaskId]);
      expect(store.tasks.get(recorded!.id)!.providerTaskId).toBe(providerTaskId);
      expect(cli!.standin.tasks.size).toBe(1);
    } finally {
      store.close();
    }
  });

  it('the CLI leaves the journal to a bot that holds the data directory, and replays it once none does', async () => {
    const { dataDir } = await killMidCreate();
    const holder = spawnTs(LOCK_HOLDER, [dataDir]);
    children.push(holder);
    expect(await firstLine(holder)).toBe('locked');

    const whileHeld = await cli!.run(['list', '--json']);
    expect(whileHeld.json).toMatchObject({ ok: true, tasks: [] });
    expect(journalSize(dataDir)).toBeGreaterThan(0);

    await killHard(holder);
    const afterwards = await cli!.run(['list', '--json']);
    expect(afterwards.json.ok).toBe(true);
    expect(afterwards.json.tasks).toEqual([expect.objectContaining({ state: 'scheduled', request: expect.objectContaining({ StreamName: 'evening' }) })]);
    expect(journalSize(dataDir)).toBe(0);
  });
});
