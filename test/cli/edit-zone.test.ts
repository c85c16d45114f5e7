// `relaybot edit --tz`: the times in the changes are read in the zone given (the task's own zone otherwise),
// as list, show and the other verbs take --tz.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCli, type CliHarness } from './lifecycle-harness.js';

let cli: CliHarness;
beforeAll(async () => {
  cli = await startCli();
});
afterAll(async () => cli.close());

describe('relaybot edit --tz', () => {
  it('reads a new end in the zone given, on the relay’s own day there', { timeout: 60_000 }, async () => {
    // Created in New York: tomorrow 8pm there.
    const created = await cli.run(['create', '--json', '--yes', '--tz', 'America/New_York', '--', 'https://cdn.example.com/show.mp4 to live/zoned tomorrow 8pm for 2h']);
    expect(created.code, created.stderr).toBe(0);
    const task = created.json.task as { id: string; request: { StartTime: string } };
    const start = Date.parse(task.request.StartTime);

    // "until 11am" in Shanghai is the 11am that follows the start there (the relay's day in Shanghai is the next one).
    const edited = await cli.run(['edit', '--json', '--tz', 'Asia/Shanghai', task.id, '--', 'until 11am']);
    expect(edited.code, edited.stdout + edited.stderr).toBe(0);
    const end = Date.parse((edited.json.task as { request: { EndTime: string } }).request.EndTime);
    expect(new Date(end).toISOString().slice(11, 16)).toBe('03:00'); // 11:00 in Shanghai (UTC+8)
    expect(end).toBeGreaterThan(start);
    expect(end - start).toBeLessThan(12 * 3600_000);

    const refused = await cli.run(['edit', '--json', '--tz', 'Mars/Base', task.id, '--', 'until 11am']);
    expect(refused.code).toBe(64);
  });
});
