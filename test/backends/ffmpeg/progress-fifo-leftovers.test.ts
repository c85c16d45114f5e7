// The FIFOs for ffmpeg's progress reports live in a private directory removed when the bot exits. A bot that is
// killed (SIGKILL, a crash) cannot remove its own: the next bot removes those whose process is gone, so that a
// host whose bot restarts now and then does not collect them in its temporary directory.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportsOfThreeSeconds } from './progress-runs.js';

describe('progress FIFO directories', () => {
  it("remove a dead bot's directory, keep a living one's, and keep their own private", async () => {
    // A pid that has just exited stands for the killed bot; this test's own pid for one still running.
    const deadPid = spawnSync(process.execPath, ['-e', '']).pid;
    const dead = join(tmpdir(), `relaybot-progress-${deadPid}-left`);
    const living = join(tmpdir(), `relaybot-progress-${process.ppid}-kept`);
    mkdirSync(dead, { recursive: true });
    mkdirSync(living, { recursive: true });
    try {
      const { reports } = await reportsOfThreeSeconds();
      expect(reports.at(-1)!.report.ended).toBe(true);
      expect(existsSync(dead)).toBe(false);
      expect(existsSync(living)).toBe(true);
      const own = readdirSync(tmpdir()).filter((entry) => entry.startsWith(`relaybot-progress-${process.pid}-`));
      expect(own).toHaveLength(1);
      expect(statSync(join(tmpdir(), own[0]!)).mode & 0o777).toBe(0o700);
    } finally {
      for (const dir of [dead, living]) rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a FIFO made ahead and then deleted (a temporary-files cleaner) does not fail the next ffmpeg', async () => {
    const [own] = readdirSync(tmpdir()).filter((entry) => entry.startsWith(`relaybot-progress-${process.pid}-`));
    const dir = join(tmpdir(), own!);
    const made = readdirSync(dir);
    expect(made.length).toBeGreaterThan(0);
    for (const fifo of made) rmSync(join(dir, fifo));
    const { reports } = await reportsOfThreeSeconds();
    expect(reports.at(-1)!.report).toMatchObject({ frame: 75, ended: true });
  });
});
