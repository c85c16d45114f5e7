// What `relaybot create` tells people without refusing — another relay on the same stream, a local relay with
// no bot to run it — and the options it shares with the other commands (--domain as parse takes it, --tz on
// list and show, so that a list mixing zones reads right).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TaskRecord } from '../../src/core/task.js';
import { acquireInstanceLock } from '../../src/store/instance-lock.js';
import { startCli, type CliHarness } from './lifecycle-harness.js';

type TaskJson = Omit<TaskRecord, 'callbackToken'>;

let cli: CliHarness;
beforeAll(async () => {
  cli = await startCli();
});
afterAll(async () => cli.close());

// A date ten days ahead, not "tomorrow": in the small hours "tomorrow" comes with a note of its own
// (schedule/small-hours-tomorrow.ts), and these tests count the other warnings.
const DAY = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
const RELAY = `https://cdn.example.com/show.mp4 to live/dup ${DAY} 8pm for 2h`;
/** Local relays in these tests name `localhost`, a private address the runner refuses unless told otherwise. */
const PRIVATE_OK = { RELAYBOT_ALLOW_PRIVATE_NETWORKS: 'true' };

describe('relaybot create: warnings', () => {
  it('names an active relay to the same stream at an overlapping time, creates anyway, and stops naming it once stopped', { timeout: 60_000 }, async () => {
    const first = await cli.run(['create', '--json', '--yes', '--tz', 'Asia/Shanghai', '--', RELAY]);
    expect(first.json).toMatchObject({ ok: true, created: true, warnings: [] });
    const firstId = (first.json.task as TaskJson).id;

    const second = await cli.run(['create', '--yes', '--tz', 'Asia/Shanghai', '--', RELAY.replace('for 2h', 'for 1h')]);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain(`same stream at an overlapping time: ${firstId}`);
    expect(cli.standin.tasks.size).toBe(2);

    const stopped = await cli.run(['stop', '--json', firstId]);
    expect(stopped.json).toMatchObject({ ok: true });
    const third = await cli.run(['create', '--json', '--yes', '--tz', 'Asia/Shanghai', '--', RELAY.replace('8pm', '11pm')]);
    expect(third.json).toMatchObject({ ok: true, warnings: [] });
  });

  it('with --yes (no preview shown), says how an ambiguous slash date was read with the result', { timeout: 60_000 }, async () => {
    const created = await cli.run(['create', '--json', '--yes', '--tz', 'Europe/London', '--', 'https://cdn.example.com/show.mp4 to live/dates 5/12 8pm for 1h']);
    expect(created.json.warnings).toEqual([{ code: 'Notice.DateOrder', message: '“5/12” was read month first: 12 May. If you meant 5 December, write “5 Dec”.' }]);
    const text = await cli.run(['create', '--yes', '--tz', 'Europe/London', '--', 'https://cdn.example.com/show.mp4 to live/dates2 5/12 9pm for 1h']);
    expect(text.stdout).toContain('If you meant 5 December, write “5 Dec”.');
  });

  it('says that a local relay runs only while a bot runs, when none is running on the data directory', { timeout: 60_000 }, async () => {
    // Hosts that resolve on any machine (the runner looks local relays' hosts up at once, see the next test).
    const local = `http://localhost:8080/show.mp4 to rtmp://localhost/live/local ${DAY} 8pm for 1h on local`;
    const alone = await cli.run(['create', '--json', '--yes', '--', local], PRIVATE_OK);
    expect(alone.code, alone.stdout).toBe(0);
    expect(alone.json.warnings).toEqual([{ code: 'Warning.NoBotRunning', message: expect.stringContaining('relaybot start') }]);

    // A bot holds the data directory (its instance lock): nothing to warn about.
    const bot = acquireInstanceLock(cli.dataDir);
    try {
      const withBot = await cli.run(['create', '--json', '--yes', '--', local.replace('8pm', '10pm')], PRIVATE_OK);
      expect(withBot.json).toMatchObject({ ok: true, created: true, warnings: [] });
    } finally {
      bot.release();
    }
    // Tencent relays run at the provider, bot or not.
    const tencent = await cli.run(['create', '--json', '--yes', '--', `https://cdn.example.com/show.mp4 to live/remote ${DAY} 8pm for 1h`]);
    expect(tencent.json).toMatchObject({ ok: true, warnings: [] });
  });

  it('says at once that a local relay’s host does not resolve (a typo shows now, not when the relay fails), and creates it', { timeout: 60_000 }, async () => {
    // `.invalid` never resolves anywhere (RFC 6761); as a reserved name it passes only where private networks are
    // allowed, as here. A real typo (cdn.exmaple.com) is a public name, and is looked up the same way.
    const typo = `http://cdn.example.invalid/show.mp4 to rtmp://localhost/live/typo ${DAY} 8pm for 1h on local`;
    const bot = acquireInstanceLock(cli.dataDir);
    try {
      const created = await cli.run(['create', '--json', '--yes', '--', typo], PRIVATE_OK);
      expect(created.json).toMatchObject({ ok: true, created: true });
      expect(created.json.warnings).toEqual([
        { code: 'Warning.HostNotFound', message: expect.stringMatching(/^Note: cdn\.example\.invalid does not resolve from this machine now\. .*edit the task/) },
      ]);
      // An edit that brings in such a host says so the same way.
      const edited = await cli.run(['edit', '--json', (created.json.task as TaskJson).id, '--', 'http://cdn2.example.invalid/new.mp4'], PRIVATE_OK);
      expect(edited.json).toMatchObject({ ok: true, warnings: [{ code: 'Warning.HostNotFound', message: expect.stringContaining('cdn2.example.invalid') }] });
      const zh = await cli.run(['create', '--yes', '--locale', 'zh-CN', '--', typo.replace('8pm', '9pm')], PRIVATE_OK);
      expect(zh.code, zh.stderr).toBe(0);
      expect(zh.stdout).toContain('提示：本机目前无法解析 cdn.example.invalid。');
      // Said in words, not as a log line.
      expect(zh.stderr).toBe('');
    } finally {
      bot.release();
    }
    // A Tencent relay's hosts are looked up by Tencent Cloud, from its network, not from here.
    const tencent = await cli.run(['create', '--json', '--yes', '--', `http://cdn.example.invalid/show.mp4 to live/remote-typo ${DAY} 8pm for 1h`], PRIVATE_OK);
    expect(tencent.json).toMatchObject({ ok: true, warnings: [] });
  });
});

describe('relaybot create, list and show: shared options', () => {
  it('create takes --domain as parse does, for `to app/stream`', { timeout: 60_000 }, async () => {
    const created = await cli.run(['create', '--json', '--yes', '--domain', 'push.other.example.com', '--', 'https://cdn.example.com/d.mp4 to live/domain tomorrow 9pm for 1h']);
    expect(created.code, created.stdout).toBe(0);
    expect((created.json.task as TaskJson).request).toMatchObject({ DomainName: 'push.other.example.com', AppName: 'live', StreamName: 'domain' });
  });

  it('list names the zone of each line, and --tz shows every line (and show) in one zone', { timeout: 60_000 }, async () => {
    const tokyo = await cli.run(['create', '--json', '--yes', '--tz', 'Asia/Tokyo', '--', 'https://cdn.example.com/t.mp4 to live/tokyo tomorrow 8pm for 1h']);
    const kolkata = await cli.run(['create', '--json', '--yes', '--tz', 'Asia/Kolkata', '--', 'https://cdn.example.com/b.mp4 to live/kolkata tomorrow 8pm for 1h']);
    const tokyoId = (tokyo.json.task as TaskJson).id;
    const kolkataId = (kolkata.json.task as TaskJson).id;

    const line = (stdout: string, id: string) => stdout.split('\n').find((l) => l.startsWith(id)) ?? '';
    const mixed = await cli.run(['list']);
    expect(line(mixed.stdout, tokyoId)).toMatch(/8:00 PM → .*9:00 PM \(Asia\/Tokyo\)/);
    expect(line(mixed.stdout, kolkataId)).toMatch(/8:00 PM → .*9:00 PM \(Asia\/Kolkata\)/);

    // Zones without daylight saving, so the test reads the same all year: 20:00 in Tokyo is 11:00 UTC, in Kolkata 14:30.
    const utc = await cli.run(['list', '--tz', 'UTC']);
    expect(utc.code).toBe(0);
    expect(line(utc.stdout, tokyoId)).toMatch(/11:00 AM → .*12:00 PM \(UTC\)/);
    expect(line(utc.stdout, kolkataId)).toMatch(/2:30 PM → .*3:30 PM \(UTC\)/);

    const shown = await cli.run(['show', '--tz', 'America/Bogota', tokyoId]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/From .*6:00 AM to .*7:00 AM \(America\/Bogota\)/);

    const bad = await cli.run(['list', '--json', '--tz', 'Mars/Base']);
    expect(bad.code).toBe(64);
    expect(bad.json).toMatchObject({ ok: false, errors: [{ code: 'InvalidParameter.TimeZone' }] });
  });
});
