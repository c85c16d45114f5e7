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

const COMMAND = 'https://cdn.example.com/show.mp4 to live/evening tomorrow 8pm for 2h loop 2';
type TaskJson = Omit<TaskRecord, 'callbackToken'>;

function storedTask(id: string): TaskRecord {
  const store = openStore(cli.dataDir);
  try {
    return store.tasks.get(id)!;
  } finally {
    store.close();
  }
}

describe('relaybot lifecycle commands against the Tencent stand-in', () => {
  let id = '';
  let startedTask: TaskJson | undefined;

  it('create --yes --json creates one task at the provider and prints it without its callback token', { timeout: 60_000 }, async () => {
    const created = await cli.run(['create', '--json', '--yes', '--tz', 'Asia/Shanghai', '--operator', 'ann', '--request-id', 'script-1', '--', COMMAND]);
    expect(created.code, created.stderr).toBe(0);
    expect(created.json.ok).toBe(true);
    const task = created.json.task as TaskJson;
    id = task.id;
    expect(task).toMatchObject({ backend: 'tencent', state: 'scheduled', timeZone: 'Asia/Shanghai', createdBy: { platform: 'cli', displayName: 'ann' } });
    expect(task.request).toMatchObject({ StreamName: 'evening', VodLoopTimes: '2', Operator: 'ann' });
    const remote = cli.standin.tasks.get(task.providerTaskId!);
    expect(remote?.Region).toBe('ap-shanghai');
    const token = storedTask(id).callbackToken;
    expect(remote?.CallbackUrl).toBe(`https://relaybot.example.com/callbacks/tencent/${token}`);
    expect(created.stdout).not.toContain(token);
    expect(created.stdout).not.toContain('CallbackUrl');

    // A script retrying (the same command line) with the same --request-id gets the same task back, and
    // nothing new is created.
    const again = await cli.run(['create', '--json', '--yes', '--tz', 'Asia/Shanghai', '--operator', 'ann', '--request-id', 'script-1', '--', COMMAND]);
    expect(again.json).toMatchObject({ ok: true, created: false, task: { id } });
    expect(cli.standin.tasks.size).toBe(1);

    // The same id for a different command is an error that says so; the old task is not passed off as the answer.
    const reused = await cli.run(['create', '--json', '--yes', '--tz', 'Asia/Shanghai', '--request-id', 'script-1', '--', `${COMMAND.replace('evening', 'morning')}`]);
    expect(reused.code).toBe(1);
    expect(reused.json).toMatchObject({ ok: false, errors: [{ code: 'InvalidParameter.IdempotencyKeyReused', params: { requestId: 'script-1', id } }] });
    expect((reused.json.errors as { message: string }[])[0]!.message).toContain(`--request-id script-1 was already used for a different command (task ${id})`);
    // So is the same text read in another zone: "tomorrow 8pm" there is another time.
    const otherZone = await cli.run(['create', '--json', '--yes', '--tz', 'Europe/Berlin', '--request-id', 'script-1', '--', COMMAND]);
    expect(otherZone.json).toMatchObject({ ok: false, errors: [{ code: 'InvalidParameter.IdempotencyKeyReused' }] });
    expect(cli.standin.tasks.size).toBe(1);
  });
  it('list and show: JSON for scripts, readable text with the stream key masked', { timeout: 60_000 }, async () => {
    const list = await cli.run(['list', '--json']);
    expect((list.json.tasks as TaskJson[]).map((t) => t.id)).toEqual([id]);
    const shown = await cli.run(['show', id.toUpperCase()]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain(`Task ${id} — scheduled`);
    expect(shown.stdout).toContain('rtmp://push.example.com/live/ev****');
    expect(shown.stdout).not.toContain('evening');
  });

  it('pause, status, resume, edit and stop change the task at the provider', { timeout: 90_000 }, async () => {
    const providerTaskId = storedTask(id).providerTaskId!;
    const paused = await cli.run(['pause', '--json', '--operator', 'bo', id]);
    expect(paused.json).toMatchObject({ ok: true, task: { state: 'paused' } });
    expect(cli.standin.tasks.get(providerTaskId)?.Status).toBe('pause');

    const status = await cli.run(['status', '--json', id]);
    expect(status.json).toMatchObject({ ok: true, status: { RunStatus: 'inactive' } });

    const resumed = await cli.run(['resume', id]);
    expect(resumed.stdout).toContain(`Resumed task ${id}.`);
    expect(cli.standin.tasks.get(providerTaskId)?.Status).toBe('enable');

    const before = Date.parse(storedTask(id).request.EndTime);
    const edited = await cli.run(['edit', '--json', id, '--', 'extend by 1h loop 3']);
    expect(edited.json, edited.stdout).toMatchObject({ ok: true, task: { request: { VodLoopTimes: '3' } } });
    expect(Date.parse(cli.standin.tasks.get(providerTaskId)!.EndTime)).toBe(before + 3600_000);

    const stopped = await cli.run(['stop', '--json', id]);
    expect(stopped.json).toMatchObject({ ok: true, task: { state: 'stopped' } });
    expect(cli.standin.tasks.size).toBe(0);

    const store = openStore(cli.dataDir);
    try {
      expect(store.audit.forTask(id).map((e) => [e.action, e.actor.displayName ?? e.actor.userId])).toEqual([
        ['create', 'ann'],
        ['pause', 'bo'],
        ['resume', expect.any(String)],
        ['edit', expect.any(String)],
        ['stop', expect.any(String)],
      ]);
    } finally {
      store.close();
    }
  });

  it('refuses what makes no sense, in the user’s language, with a non-zero exit', { timeout: 60_000 }, async () => {
    const again = await cli.run(['stop', '--json', id]);
    expect(again.code).toBe(1);
    expect(again.json).toEqual({
      ok: false,
      errors: [expect.objectContaining({ code: 'FailedOperation.TaskState', message: `Task ${id} is already stopped and deleted at the provider: nothing more to do.` })],
    });
    const unknown = await cli.run(['restart', '--locale', 'zh-CN', 'zzzzzz']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('没有编号为 zzzzzz 的任务');
  });

  it('a create whose first answer is lost leaves exactly one task', { timeout: 60_000 }, async () => {
    cli.standin.failNext('CreateLivePullStreamTask', 'drop-after-commit');
    const created = await cli.run(['create', '--json', '--yes', '--', 'https://cdn.example.com/a.mp4 to live/lost now for 1h']);
    expect(created.json, created.stdout).toMatchObject({ ok: true, created: true });
    const lost = [...cli.standin.tasks.values()].filter((task) => task.StreamName === 'lost');
    expect(lost).toHaveLength(1);
    expect(lost[0]?.TaskId).toBe((created.json.task as TaskJson).providerTaskId);
    startedTask = created.json.task as TaskJson;
  });

  it('when the provider never confirms, the error names the request id that finishes the same task', { timeout: 90_000 }, async () => {
    // Every try fails: the backend's own retries, times the service's attempts (the CLI uses the defaults).
    cli.standin.failNext('CreateLivePullStreamTask', { code: 'InternalError' }, DEFAULT_RETRY.attempts * CREATE_ATTEMPTS);
    const pending = await cli.run(['create', '--json', '--yes', '--', 'https://cdn.example.com/b.mp4 to live/pending tomorrow 9pm for 1h']);
    expect(pending.code).toBe(1);
    const [error] = pending.json.errors as { code: string; message: string; params: { requestId: string; id: string } }[];
    expect(error?.code).toBe('FailedOperation.CreatePending');
    expect(error?.message).toContain(`--request-id ${error?.params.requestId}`);

    const finished = await cli.run(['create', '--json', '--yes', '--request-id', error!.params.requestId, '--', 'https://cdn.example.com/b.mp4 to live/pending tomorrow 9pm for 1h']);
    expect(finished.json).toMatchObject({ ok: true, created: true, task: { id: error!.params.id } });
    expect([...cli.standin.tasks.values()].filter((task) => task.StreamName === 'pending')).toHaveLength(1);
  });

  it('restart reaches the provider once the task has started', { timeout: 60_000 }, async () => {
    // The "now" task starts ten seconds after its create; the tests above usually take longer than that.
    const untilStart = Date.parse(startedTask!.request.StartTime) - Date.now() + 1000;
    if (untilStart > 0) await new Promise((resolve) => setTimeout(resolve, untilStart));
    const restarted = await cli.run(['restart', '--json', startedTask!.id]);
    expect(restarted.json).toMatchObject({ ok: true, task: { state: 'running' } });
    expect(cli.standin.tasks.get(startedTask!.providerTaskId!)?.Restarts).toBe(1);
  });
});

describe('relaybot create refusals', () => {
  it('without --yes and without a terminal it refuses and creates nothing', { timeout: 60_000 }, async () => {
    const before = cli.standin.requests.length;
    const refused = await cli.run(['create', '--', COMMAND]);
    expect(refused.code).toBe(64);
    expect(refused.stderr).toContain('Add --yes');
    expect(cli.standin.requests.length).toBe(before);
  });

  it('text the command language cannot read is reported field by field (exit 2)', { timeout: 60_000 }, async () => {
    const bad = await cli.run(['create', '--json', '--yes', '--', 'ftp://files.example.com/a.mp4 to live/x tomorrow 8pm for 2h']);
    expect(bad.code).toBe(2);
    expect(bad.json.ok).toBe(false);
    expect(bad.json.errors).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'InvalidParameter.InvalidSourceUrl', field: expect.any(String) })]));
  });

  it('bad credentials are reported with the provider’s code and RequestId, and nothing is recorded', { timeout: 60_000 }, async () => {
    const refused = await cli.run(['create', '--json', '--yes', '--', COMMAND], { TENCENTCLOUD_SECRET_KEY: 'wrong-key-000000000000000000000' });
    expect(refused.code).toBe(1);
    const [error] = refused.json.errors as { code: string; message: string; params: { requestId: string } }[];
    expect(error?.code).toBe('AuthFailure.SignatureFailure');
    expect(error?.params.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(refused.stdout).not.toContain('wrong-key');
  });

  it('a broken setting stops the command naming it (exit 78)', { timeout: 60_000 }, async () => {
    const broken = await cli.run(['list', '--json'], { TENCENTCLOUD_SECRET_KEY: undefined });
    expect(broken.code).toBe(78);
    expect(broken.json.errors).toEqual([expect.objectContaining({ code: 'InvalidSetting', field: 'TENCENTCLOUD_SECRET_KEY' })]);
  });

  it('an unknown option is a usage error (exit 64)', { timeout: 60_000 }, async () => {
    const typo = await cli.run(['list', '--jsn']);
    expect(typo.code).toBe(64);
    expect(typo.stderr).toContain('--jsn');
  });
});
