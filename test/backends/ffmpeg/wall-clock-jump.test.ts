// A relay's start and end follow the wall clock, not Node's timers. Those run on a clock that stops while the host
// is suspended (a laptop's lid, a paused VM): a relay due at 20:00, armed at 10:00, started an hour late after an
// hour asleep, silently, and ended late too. The runner's clock here is the wall clock moved forward by the test, as
// it is after a suspend; its timers look at the wall clock every 300 ms (a minute in the bot).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createFfmpegBackend, type FfmpegBackend } from '../../../src/backends/ffmpeg/index.js';
import { toApiTime } from '../../../src/core/relay-request.js';
import { openDatabase, type Db } from '../../../src/store/database.js';
import { makeMedia } from '../../support/media.js';
import { HttpMediaServer } from '../../support/http-media-server.js';
import { eventually } from '../../support/relay-fixtures.js';
import { RtmpServer } from '../../support/rtmp-server.js';
import { RecordingSink, relayRequest, silentLogger, tempDir, testSettings } from './harness.js';

describe('start and end times after the host slept', () => {
  const dir = tempDir('relaybot-wall-clock-');
  let http: HttpMediaServer;
  let rtmp: RtmpServer;
  let db: Db;
  let backend: FfmpegBackend;
  const sink = new RecordingSink();
  /** How far the wall clock has moved past the timers' clock (the time the host slept). */
  let slept = 0;
  const wallClock = () => new Date(Date.now() + slept);

  beforeAll(async () => {
    await makeMedia(dir.path, { name: 'clip.flv', seconds: 3, format: 'flv' });
    http = await HttpMediaServer.start(dir.path);
    rtmp = await RtmpServer.start();
    db = openDatabase(join(dir.path, 'data'));
    backend = createFfmpegBackend({ settings: testSettings(), db, sink, logger: silentLogger, mode: 'supervisor', clock: wallClock, wallClockCheckMs: 300 });
    await backend.start();
  });

  afterAll(async () => {
    await backend?.close();
    db?.close();
    await http?.stop();
    await rtmp?.stop();
    dir.remove();
  });

  it('starts a relay that fell due while the host slept, and ends it at its end time', async () => {
    const start = wallClock().getTime() + 3600_000;
    const request = relayRequest(
      {
        SourceType: 'PullVodPushLive',
        SourceUrls: [http.url('clip.flv')],
        ToUrl: rtmp.url('live/after-sleep'),
        VodLoopTimes: '-1',
        StartTime: toApiTime(new Date(start)),
        EndTime: toApiTime(new Date(start + 3600_000)),
      },
      0,
    );
    await backend.create(request);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(sink.forTask(request.SpecifyTaskId)).toEqual([]);

    // An hour asleep: the start is now.
    slept += 3600_000;
    await eventually(async () => (await backend.status(request.SpecifyTaskId))?.RunStatus === 'active', 8_000, 100);
    expect(sink.forTask(request.SpecifyTaskId)[0]?.event).toBe('TaskStart');

    // Asleep again, past the end: the relay is over as soon as the host wakes.
    slept += 3600_000;
    await sink.waitFor(() => sink.forTask(request.SpecifyTaskId).some((e) => e.event === 'TaskExit'), 8_000, 'TaskExit at the end time');
    expect(sink.forTask(request.SpecifyTaskId).find((e) => e.event === 'TaskExit')?.detail.reason?.code).toBe('endTime');
  }, 30_000);
});
