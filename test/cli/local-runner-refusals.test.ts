// A task the local runner cannot run is refused with the runner's own reason, in the user's language, and
// nothing is created.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCli, type CliHarness } from './lifecycle-harness.js';

let cli: CliHarness;
beforeAll(async () => {
  cli = await startCli();
});
afterAll(() => cli.close());

const SRT_RELAY = 'srt://media.example.com:9000 to live/evening tomorrow 8pm for 1h on local';

describe('relaybot create on the local runner', () => {
  it('says the bundled ffmpeg has no SRT and how to fix it, instead of a generic provider message', async () => {
    const result = await cli.run(['create', '--yes', '--json', '--', SRT_RELAY]);
    expect(result.code).not.toBe(0);
    expect(result.json.ok).toBe(false);
    const [error] = result.json.errors as { code: string; message: string }[];
    expect(error!.code).toBe('InvalidParameter.InvalidSourceUrl');
    expect(error!.message).toMatch(/SRT/);
    expect(error!.message).toMatch(/RELAYBOT_FFMPEG_PATH/);
    const list = await cli.run(['list', '--json']);
    // The attempt stays on record as failed (audit trail), never as something that will run.
    expect((list.json.tasks as { state: string }[]).map((t) => t.state)).toEqual(['failed']);
    expect(cli.standin.requests.filter((r) => r.action === 'CreateLivePullStreamTask')).toEqual([]);
  });

  it('says it in Chinese for a Chinese reader', async () => {
    const result = await cli.run(['create', '--yes', '--json', '--locale', 'zh-CN', '--', SRT_RELAY]);
    const [error] = result.json.errors as { message: string }[];
    expect(error!.message).toMatch(/SRT/);
    expect(error!.message).toMatch(/[\u4e00-\u9fff]/);
  });
});
