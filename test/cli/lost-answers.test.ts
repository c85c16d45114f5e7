// `relaybot` verbs when the provider's answers are lost, a create is never confirmed, or a running task's
// window is moved: what the person sees (exit code, JSON, text) must match what the provider has.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_RETRY } from '../../src/backends/tencent/retry.js';
import { CREATE_ATTEMPTS } from '../../src/core/task-service.js';
import type { TaskRecord } from '../../src/core/task.js';
import { openStore } from '../../src/store/index.js';
import { startCli, type CliHarness } from './lifecycle-harness.js';

let cli: CliHarness;
beforeAll(async () => {
  cli = await startCli();
});
afterAll(async () => cli.close());

type TaskJson = Omit<TaskRecord, 'callbackToken'>;

function withStore<T>(work: (store: ReturnType<typeof openStore>) => T): T {
  const store = openStore(cli.dataDir);
  try {
    return work(store);
  } finally {
    store.close();
  }
}

async function create(command: string): Promise<TaskJson> {
  const created = await cli.run(['create', '--json', '--yes', '--tz', 'Asia/Shanghai', '--', command]);
  expect(created.json, created.stdout + created.stderr).toMatchObject({ ok: true });
  return created.json.task as TaskJson;
}

describe('relaybot verbs whose answer is lost after the provider acted', () => {
  it('pause, then resume, succeed and show the state the provider has', { timeout: 90_000 }, async () => {
    const task = await create('https://cdn.example.com/show.mp4 to live/lostpause tomorrow 8pm for 2h');
    // Every try of the CLI's backend reaches the provider and loses its answer.
    cli.standin.failNext('ModifyLivePullStreamTask', 'drop-after-commit', DEFAULT_RETRY.attempts);
    const paused = await cli.run(['pause', '--json', task.id]);
    expect(paused.json, paused.stdout + paused.stderr).toMatchObject({ ok: true, task: { state: 'paused' } });
    expect(cli.standin.tasks.get(task.providerTaskId!)?.Status).toBe('pause');
    expect((await cli.run(['show', task.id])).stdout).toContain(`Task ${task.id} — paused`);

    cli.standin.failNext('ModifyLivePullStreamTask', 'drop-after-commit', DEFAULT_RETRY.attempts);
    const resumed = await cli.run(['resume', task.id]);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stdout).toContain(`Resumed task ${task.id}.`);
    expect(cli.standin.tasks.get(task.providerTaskId!)?.Status).toBe('enable');
  });
});

describe('relaybot and a create the provider never confirmed', () => {
  it('list and show call it unconfirmed, and stop ends it without creating it', { timeout: 90_000 }, async () => {
    cli.standin.failNext('CreateLivePullStreamTask', { code: 'InternalError' }, DEFAULT_RETRY.attempts * CREATE_ATTEMPTS);
    const pending = await cli.run(['create', '--json', '--yes', '--', 'https://cdn.example.com/b.mp4 to live/unconfirmed tomorrow 9pm for 1h']);
    expect(pending.code).toBe(1);
    const [error] = pending.json.errors as { code: string; params: { id: string } }[];
    expect(error?.code).toBe('FailedOperation.CreatePending');
    const id = error!.params.id;

    const listed = await cli.run(['list']);
    const line = listed.stdout.split('\n').find((l) => l.startsWith(id));
    expect(line).toContain('creating — not confirmed by the provider yet');
    expect(line).not.toContain('scheduled');
    expect((await cli.run(['show', id])).stdout).toContain(`Task ${id} — creating — not confirmed by the provider yet`);
    expect((await cli.run(['show', '--locale', 'zh-CN', id])).stdout).toContain(`任务 ${id} — 创建中——服务商尚未确认`);

    const createsBefore = cli.standin.requests.filter((r) => r.action === 'CreateLivePullStreamTask').length;
    const stopped = await cli.run(['stop', id]);
    expect(stopped.stdout, stopped.stderr).toContain(`Stopped task ${id}; the provider never had it, so nothing was deleted there.`);
    expect((await cli.run(['show', '--json', id])).json).toMatchObject({ ok: true, task: { state: 'stopped' } });
    expect(cli.standin.requests.filter((r) => r.action === 'CreateLivePullStreamTask')).toHaveLength(createsBefore);
    expect([...cli.standin.tasks.values()].filter((t) => t.StreamName === 'unconfirmed')).toHaveLength(0);
  });
});

describe('relaybot edit of a running task', () => {
  it('moving its window to tomorrow makes it scheduled', { timeout: 90_000 }, async () => {
    const task = await create('https://cdn.example.com/show.mp4 to live/moved tomorrow 8pm for 2h');
    withStore((store) => store.tasks.update(task.id, { state: 'running' })); // as a TaskStart event would
    const edited = await cli.run(['edit', '--json', task.id, '--', 'tomorrow 11pm for 1h']);
    expect(edited.json, edited.stdout + edited.stderr).toMatchObject({ ok: true, task: { state: 'scheduled' } });
    expect((await cli.run(['show', task.id])).stdout).toContain(`Task ${task.id} — scheduled`);
  });
});
