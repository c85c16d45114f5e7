import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createFfmpegBackend } from '../../../src/backends/ffmpeg/index.js';
import { openDatabase, type Db } from '../../../src/store/database.js';
import { capture, makeMedia, probe } from '../../support/media.js';
import { HttpMediaServer } from '../../support/http-media-server.js';
import { RtmpServer } from '../../support/rtmp-server.js';
import { isRunning, startChildBot } from './child-bot.js';
import { RecordingSink, relayRequest, silentLogger, startBackend, tempDir, testSettings, type Harness } from './harness.js';

const CHILD = fileURLToPath(new URL('./fixtures/supervisor-child.ts', import.meta.url));

describe('bot restart in the middle of a window', () => {
  const dir = tempDir('relaybot-restart-');
  const dataDir = join(dir.path, 'data');
  let rtmp: RtmpServer;
  let http: HttpMediaServer;
  let child: ChildProcess | undefined;
  let clientDb: Db;
  let harness: Harness | undefined;
  const pids = new Set<number>();

  beforeAll(async () => {
    rtmp = await RtmpServer.start();
    await Promise.all(['a', 'b'].map((name) => makeMedia(dir.path, { name: `${name}.flv`, seconds: 3, format: 'flv' })));
    http = await HttpMediaServer.start(dir.path);
    clientDb = openDatabase(dataDir);
  });

  afterAll(async () => {
    child?.kill('SIGKILL');
    for (const pid of pids) if (isRunning(pid)) process.kill(pid, 'SIGKILL');
    await harness?.backend.close();
    harness?.db.close();
    clientDb?.close();
    await http?.stop();
    await rtmp?.stop();
    dir.remove();
  });

  it('leaves no ffmpeg behind when the bot is killed, and resumes the task where it was when the bot comes back', async () => {
    // A CLI process schedules the task; the bot process runs it.
    const client = createFfmpegBackend({ settings: testSettings(), db: clientDb, sink: new RecordingSink(), logger: silentLogger, mode: 'client' });
    const request = relayRequest(
      { SourceType: 'PullVodPushLive', SourceUrls: [http.url('a.flv'), http.url('b.flv')], ToUrl: rtmp.url('live/restart') },
      60,
    );
    await client.create(request);

    const bot = startChildBot(CHILD, dataDir, pids);
    child = bot.child;
    const { events } = bot;
    const fileStarts = () => events.filter((e) => e.callback_event === 'VodSourceFileStart').map((e) => JSON.parse(e.msg) as { index: number });
    const deadline = Date.now() + 20_000;
    while (!fileStarts().some((d) => d.index === 1)) {
      if (Date.now() > deadline) throw new Error('the bot process never reached the second file');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await new Promise((resolve) => setTimeout(resolve, 1200));
    const running = [...pids].filter(isRunning);
    expect(running.length).toBeGreaterThanOrEqual(1); // the muxer (node itself reads and splices FLV files)

    child.kill('SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(running.filter(isRunning)).toEqual([]);

    // The bot comes back inside the window: the task starts at once, at the file it was playing.
    harness = await startBackend(dataDir);
    await harness.sink.waitFor((e) => e.some((x) => x.event === 'VodSourceFileStart'), 15_000, 'resumed playback');
    expect(harness.sink.of('TaskStart')).toHaveLength(1);
    expect(harness.sink.of('VodSourceFileStart')[0]!.detail.index).toBe(1);
    const out = join(dir.path, 'after.flv');
    await capture(rtmp.url('live/restart'), 2, out);
    expect((await probe(out)).videoCodec).toBe('h264');
  }, 60_000);
});
