// `relaybot parse` through a real child process, exactly as users and the corpus checker run it.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/relaybot.mjs', import.meta.url));
const FIXED = ['--now', '2026-03-01T04:00:00Z', '--tz', 'Asia/Shanghai', '--domain', 'push.example.com', '--operator', 'alice'];

function relaybot(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [BIN, 'parse', ...args], {
    encoding: 'utf8',
    env: { ...process.env, RELAYBOT_PUSH_DOMAIN: '', ...env },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('relaybot parse', () => {
  it('prints exactly one JSON object with the request as it would be sent (stream key included), exit 0', () => {
    const run = relaybot(['--json', ...FIXED, '--', 'https://m.example.com/a.mp4 to rtmp://push.other.com/live/key42 tomorrow 8pm for 2h loop 3']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(run.stdout)).toEqual({
      ok: true,
      request: {
        SourceType: 'PullVodPushLive',
        SourceUrls: ['https://m.example.com/a.mp4'],
        DomainName: '',
        AppName: '',
        StreamName: '',
        ToUrl: 'rtmp://push.other.com/live/key42',
        StartTime: '2026-03-02T12:00:00Z',
        EndTime: '2026-03-02T14:00:00Z',
        Operator: 'alice',
        VodLoopTimes: '3',
      },
      notes: [],
    });
  });

  it('lists how an ambiguous date was read in notes, and says it above the preview', () => {
    const command = 'https://m.example.com/a.mp4 to rtmp://push.other.com/live/key42 5/12 8pm for 2h';
    const json = JSON.parse(relaybot(['--json', ...FIXED, '--', command]).stdout);
    expect(json.notes).toEqual([{ code: 'Notice.DateOrder', field: 'StartTime', message: '“5/12” was read month first: 12 May. If you meant 5 December, write “5 Dec”.' }]);
    expect(relaybot([...FIXED, '--', command]).stdout).toContain('If you meant 5 December, write “5 Dec”.');
  });

  it('rejects with exit 2 and localised errors naming code and field', () => {
    const run = relaybot(['--json', ...FIXED, '--locale', 'zh-CN', '--', 'file:///etc/passwd 转推到 live/e 明天晚上8点 持续2小时']);
    expect(run.code).toBe(2);
    const body = JSON.parse(run.stdout);
    expect(body.ok).toBe(false);
    expect(body.errors).toEqual([
      { code: 'InvalidParameter.InvalidSourceUrl', field: 'SourceUrls', message: expect.stringContaining('不允许的协议') },
    ]);
  });

  it('rejects 2,000 characters of garbage with exit 2, not a crash', () => {
    const garbage = Array.from({ length: 2000 }, (_, i) => String.fromCharCode(33 + ((i * 7919) % 90))).join('');
    const run = relaybot(['--json', ...FIXED, '--', garbage]);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout).ok).toBe(false);
  });

  it('without --json prints the readable summary with the stream key masked', () => {
    const run = relaybot([...FIXED, '--', 'rtmp://src.example.com/live/cam to rtmp://push.other.com/live/key42 now for 45 minutes']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('push.other.com/live/');
    expect(run.stdout).not.toContain('key42');
    expect(run.stdout).toContain('UTC');
  });

  it('reads times in --tz whatever the machine zone is', () => {
    const args = ['--json', ...FIXED, '--', 'https://m.example.com/a.mp4 to live/e tomorrow 8pm for 2h'];
    const run = relaybot(args, { TZ: 'Pacific/Honolulu' });
    expect(JSON.parse(run.stdout).request.StartTime).toBe('2026-03-02T12:00:00Z');
  });

  it('takes the default domain from RELAYBOT_PUSH_DOMAIN', () => {
    const args = ['--json', '--now', '2026-03-01T04:00:00Z', '--tz', 'UTC', '--', 'https://m.example.com/a.mp4 to live/e in 1 hour for 1 hour'];
    const run = relaybot(args, { RELAYBOT_PUSH_DOMAIN: 'env.example.com' });
    expect(JSON.parse(run.stdout).request.DomainName).toBe('env.example.com');
  });

  it('exits 64 with a message (no stack trace) on bad flags', () => {
    for (const args of [['--bogus', '--', 'x'], ['--tz', 'Mars/Base', '--', 'x'], ['--now', 'yesterday', '--', 'x'], ['--locale', 'fr', '--', 'x'], []]) {
      const run = relaybot(args);
      expect(run.code, args.join(' ')).toBe(64);
      expect(run.stderr).not.toMatch(/\bat .+:\d+:\d+/);
      expect(run.stderr.length).toBeGreaterThan(10);
    }
  });

  it('with --json, reports bad flags as the one JSON object on stdout too (exit 64), like the other commands', () => {
    const cases: [string[], string][] = [
      [['--json', '--bogus', '--', 'x'], 'InvalidParameter.Usage'],
      [['--bogus', '--json', '--', 'x'], 'InvalidParameter.Usage'],
      [['--json', '--tz', 'Mars/X', '--', 'x'], 'InvalidParameter.TimeZone'],
      [['--json', '--now', 'yesterday', '--', 'x'], 'InvalidParameter.Usage'],
      [['--json', '--locale', 'fr', '--', 'x'], 'InvalidParameter.Locale'],
      [['--json'], 'InvalidParameter.Usage'],
    ];
    for (const [args, code] of cases) {
      const run = relaybot(args);
      expect(run.code, args.join(' ')).toBe(64);
      expect(run.stdout.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(JSON.parse(run.stdout), args.join(' ')).toEqual({ ok: false, errors: [{ code, field: null, message: expect.stringMatching(/\w{5}/) }] });
    }
    // After `--` it is command text, not a flag: `--json` there asks for nothing.
    const text = relaybot([...FIXED, '--', '--json']);
    expect(text.stdout).not.toMatch(/^\{/);
  });
});

describe('relaybot itself', () => {
  const top = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000 });

  it('prints its usage on stdout and exits 0 when asked for help, and exits 64 for an unknown command', () => {
    for (const help of [['--help'], ['-h'], ['help'], []]) {
      const run = top(help);
      expect(run.status, help.join(' ')).toBe(0);
      expect(run.stdout).toMatch(/^Usage: relaybot <command>/);
    }
    const unknown = top(['frobnicate']);
    expect(unknown.status).toBe(64);
    expect(unknown.stderr).toMatch(/^Usage: relaybot <command>/);
  });

  it('names the command a mistyped one most likely meant, and runs nothing', () => {
    const typo = top(['lsit']);
    expect(typo.status).toBe(64);
    expect(typo.stdout).toBe('');
    expect(typo.stderr).toMatch(/^“lsit” is not a relaybot command\. Did you mean `relaybot list`\?\nUsage: relaybot <command>/);
    const chinese = spawnSync(process.execPath, [BIN, 'craete'], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, LANG: 'zh_CN.UTF-8', LC_ALL: '', LC_MESSAGES: '' } });
    expect(chinese.stderr).toContain('是否想输入 `relaybot create`');
  });
});
