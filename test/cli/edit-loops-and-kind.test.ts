// `relaybot edit` against the Tencent stand-in: loops added to the relay's own count reach the provider as the count in
// all, and a new source of the other kind (a relay's SourceType cannot change) is refused with nothing changed, here
// or at the provider.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCli, type CliHarness } from './lifecycle-harness.js';

let cli: CliHarness;
beforeAll(async () => {
  cli = await startCli();
});
afterAll(async () => cli.close());

type Created = { id: string; providerTaskId: string; request: { SourceUrls: string[]; VodLoopTimes?: string } };

async function create(command: string): Promise<Created> {
  const created = await cli.run(['create', '--json', '--yes', '--tz', 'Asia/Shanghai', '--', command]);
  expect(created.code, created.stderr).toBe(0);
  return created.json.task as Created;
}

describe('relaybot edit', () => {
  it('"loop 2 more times" on a relay looping 3 times sends 5', { timeout: 60_000 }, async () => {
    const task = await create('https://cdn.example.com/show.mp4 to live/loops tomorrow 8pm for 2h loop 3');
    const edited = await cli.run(['edit', '--json', task.id, '--', 'loop 2 more times']);
    expect(edited.code, edited.stdout + edited.stderr).toBe(0);
    expect(String(cli.standin.tasks.get(task.providerTaskId)?.VodLoopTimes)).toBe('5');
    const again = await cli.run(['edit', '--json', '--locale', 'zh-CN', task.id, '--', '再循环一次']);
    expect(again.code, again.stdout + again.stderr).toBe(0);
    expect(String(cli.standin.tasks.get(task.providerTaskId)?.VodLoopTimes)).toBe('6');
  });

  it('a file as a live relay’s new source is refused, and nothing changes', { timeout: 60_000 }, async () => {
    const task = await create('rtmp://src.example.com/live/cam1 to live/kinds tomorrow 8pm for 2h');
    const refused = await cli.run(['edit', '--json', task.id, '--', 'new source https://cdn.example.com/show.mp4']);
    expect(refused.code).toBe(2);
    expect(refused.json).toMatchObject({ ok: false, errors: [{ message: expect.stringContaining("a relay's source type cannot change") }] });
    expect(cli.standin.tasks.get(task.providerTaskId)?.SourceUrls).toEqual(['rtmp://src.example.com/live/cam1']);
    // The record too (shown with the stream key masked).
    const shown = await cli.run(['show', '--json', task.id]);
    expect((shown.json.task as Created).request.SourceUrls).toEqual(['rtmp://src.example.com/live/****']);
  });
});
