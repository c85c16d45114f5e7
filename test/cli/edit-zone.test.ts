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

    // "until 11:30am" in Shanghai is the 11:30am that follows the start there (the relay's day in Shanghai is the next
    // one). ("until 11am" there is the relay's own end, 03:00 UTC: an edit that changes nothing, refused as such.)
    const edited = await cli.run(['edit', '--json', '--tz', 'Asia/Shanghai', task.id, '--', 'until 11:30am']);
    expect(edited.code, edited.stdout + edited.stderr).toBe(0);
    const end = Date.parse((edited.json.task as { request: { EndTime: string } }).request.EndTime);
    expect(new Date(end).toISOString().slice(11, 16)).toBe('03:30'); // 11:30 in Shanghai (UTC+8)
    expect(end).toBeGreaterThan(start);
    expect(end - start).toBeLessThan(12 * 3600_000);

    // The same edit again changes nothing: refused as such, saying when the relay runs, rather than answered "updated".
    const again = await cli.run(['edit', '--json', '--tz', 'Asia/Shanghai', task.id, '--', 'until 11:30am']);
    expect(again.code).not.toBe(0);
    expect(JSON.stringify(again.json.errors)).toMatch(/already that way.*11:30 \(Asia\/Shanghai\)/);

    const refused = await cli.run(['edit', '--json', '--tz', 'Mars/Base', task.id, '--', 'until 11am']);
    expect(refused.code).toBe(64);
  });
});
