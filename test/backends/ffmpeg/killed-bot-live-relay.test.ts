// A live relay (no backup: one ffmpeg from source to destination) when the bot is killed with SIGKILL on a system
// without setpriv. Nothing but the kernel's parent-death signal ended that ffmpeg: its input and output are network
// connections of its own, so it kept pushing to the destination after the bot was gone, and the bot, started
// again, found the stream name taken by its own orphan.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createFfmpegBackend } from '../../../src/backends/ffmpeg/index.js';
import { openDatabase, type Db } from '../../../src/store/database.js';
import { capture, makeMedia, probe, publishLive } from '../../support/media.js';
import { RtmpServer } from '../../support/rtmp-server.js';
import { isRunning, startChildBot } from './child-bot.js';
import { RecordingSink, relayRequest, silentLogger, startBackend, tempDir, testSettings, type Harness } from './harness.js';

const CHILD = fileURLToPath(new URL('./fixtures/supervisor-child-without-setpriv.ts', import.meta.url));

async function until(done: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('bot killed during a live relay, without setpriv', () => {
  const dir = tempDir('relaybot-killed-live-');
  const dataDir = join(dir.path, 'data');
  let rtmp: RtmpServer;
  let publisher: ChildProcess | undefined;
  let child: ChildProcess | undefined;
  let clientDb: Db;
  let harness: Harness | undefined;
  const pids = new Set<number>();

  beforeAll(async () => {
    rtmp = await RtmpServer.start();
    const clip = await makeMedia(dir.path, { name: 'live.flv', seconds: 4, format: 'flv' });
    publisher = publishLive(clip, rtmp.url('live/camera'));
    clientDb = openDatabase(dataDir);
  });

  afterAll(async () => {
    child?.kill('SIGKILL');
    for (const pid of pids) if (isRunning(pid)) process.kill(pid, 'SIGKILL');
    await harness?.backend.close();
    harness?.db.close();
    clientDb?.close();
    publisher?.kill('SIGKILL');
    await rtmp?.stop();
    dir.remove();
  });

  it('leaves no ffmpeg pushing behind, and the bot started again takes the stream back', async () => {
    const client = createFfmpegBackend({ settings: testSettings(), db: clientDb, sink: new RecordingSink(), logger: silentLogger, mode: 'client' });
    const request = relayRequest({ SourceType: 'PullLivePushLive', SourceUrls: [rtmp.url('live/camera')], ToUrl: rtmp.url('live/show') }, 60);
    await client.create(request);

    const bot = startChildBot(CHILD, dataDir, pids);
    child = bot.child;
    const { events } = bot;
    await until(() => events.some((e) => e.callback_event === 'TaskStart'), 20_000, 'the bot process to go on air');
    const running = [...pids].filter(isRunning);
    expect(running.length).toBeGreaterThanOrEqual(1);

    child.kill('SIGKILL');
    // The pipes through the dead bot end its ffmpeg processes: at once for the writer, at the next frame for the
    // reader.
    await until(() => running.every((pid) => !isRunning(pid)), 5000, 'the relay\'s ffmpeg to end with the bot').catch(() => undefined);
    expect(running.filter(isRunning)).toEqual([]);

    // Started again inside the window, the bot's push is the stream's only publisher: on air, never refused.
    harness = await startBackend(dataDir);
    await harness.sink.waitFor((e) => e.some((x) => x.event === 'TaskStart'), 15_000, 'TaskStart after the restart');
    expect(harness.sink.of('TaskAlarm', 'PushStreamFailed')).toEqual([]);
    const out = join(dir.path, 'after.flv');
    await capture(rtmp.url('live/show'), 1, out);
    expect((await probe(out)).videoCodec).toBe('h264');
  }, 40_000);
});
