// `--tz EST` and RELAYBOT_DEFAULT_TZ=EST: the runtime reads "EST" as America/Panama (UTC−5 all year, New York users an
// hour off from March to November), and took it silently, while the chat's `/relay tz EST` is refused with the zones
// that keep that offset (zone-choice.ts). Both are refused the same way now: the flag as a usage error (exit 64), the
// setting at start with its name (exit 78), each naming the zones. IANA names, Etc/GMT+2 included, and names the
// runtime reads with summer time (PST, CET) stay.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixedOffsetName } from '../../src/core/fixed-offset-zone.js';
import { runRelaybot } from './run-relaybot.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function workDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'relaybot-fixed-offset-'));
  dirs.push(dir);
  return dir;
}

const NOVEMBER = new Date('2026-11-28T07:00:00Z');

describe('which names are a fixed offset to the runtime', () => {
  it.each([
    ['EST', 'UTC−5', 'America/New_York'],
    ['est', 'UTC−5', 'America/New_York'],
    ['MST', 'UTC−7', 'America/Denver'],
    ['HST', 'UTC−10', 'Pacific/Honolulu'],
    // Asia/Dhaka to the runtime; British Summer Time to the chat, which offers the zones at UTC+1 in winter.
    ['BST', 'UTC+1', 'Europe/'],
  ])('%s is %s, naming %s among its zones', (name, offset, zone) => {
    const fixed = fixedOffsetName(name, NOVEMBER);
    expect(fixed?.offset).toBe(offset);
    expect(fixed?.zones).toContain(zone);
  });

  // Near misses that stay: IANA names (Etc/GMT+2 too, which the corpus relies on), UTC and GMT, names the runtime reads
  // with summer time, legacy names of places, and what is no zone at all (left to the "not a time zone" check).
  it.each(['America/New_York', 'America/Panama', 'Etc/GMT+2', 'UTC', 'GMT', 'PST', 'CET', 'EST5EDT', 'PRC', 'Japan', 'Mars/Base'])('%s stays', (name) => {
    expect(fixedOffsetName(name, NOVEMBER)).toBeNull();
  });
});

describe('the CLI flag and the setting refuse it as the chat does', () => {
  it('relaybot parse --tz EST is a usage error naming the zones (it read times in America/Panama)', async () => {
    const dir = workDir();
    const result = await runRelaybot(['parse', '--tz', 'EST', '--', 'https://cdn.example.com/a.mp4 to push.example.com/live/x tomorrow 8pm for 2h'], {}, dir);
    expect(result.code).toBe(64);
    expect(result.stderr).toContain('fixed offset (UTC−5)');
    expect(result.stderr).toContain('America/New_York');
  });

  it('relaybot list --tz MST is a usage error too', async () => {
    const dir = workDir();
    const result = await runRelaybot(['list', '--tz', 'MST'], { RELAYBOT_DATA_DIR: join(dir, 'data') }, dir);
    expect(result.code).toBe(64);
    expect(result.stderr).toContain('America/Denver');
  });

  it('RELAYBOT_DEFAULT_TZ=EST stops the command at start with the setting named, in the operator\'s language', async () => {
    const dir = workDir();
    const result = await runRelaybot(['list'], { RELAYBOT_DATA_DIR: join(dir, 'data'), RELAYBOT_DEFAULT_TZ: 'EST' }, dir);
    expect(result.code).toBe(78);
    expect(result.stderr).toContain('RELAYBOT_DEFAULT_TZ: a fixed offset (UTC−5)');
    expect(result.stderr).toContain('America/New_York');
    const zh = await runRelaybot(['list'], { RELAYBOT_DATA_DIR: join(dir, 'data'), RELAYBOT_DEFAULT_TZ: 'EST', LANG: 'zh_CN.UTF-8' }, dir);
    expect(zh.code).toBe(78);
    expect(zh.stderr).toContain('RELAYBOT_DEFAULT_TZ：是固定偏移（UTC−5）');
  });

  it('Etc/GMT+2 and America/New_York stay accepted by both', async () => {
    const dir = workDir();
    const parsed = await runRelaybot(['parse', '--tz', 'Etc/GMT+2', '--', 'https://cdn.example.com/a.mp4 to push.example.com/live/x tomorrow 8pm for 2h'], {}, dir);
    expect(parsed.code).toBe(0);
    const listed = await runRelaybot(['list'], { RELAYBOT_DATA_DIR: join(dir, 'data'), RELAYBOT_DEFAULT_TZ: 'America/New_York' }, dir);
    expect(listed.code).toBe(0);
  });
});
