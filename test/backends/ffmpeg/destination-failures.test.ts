import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { capture, makeMedia, probe } from '../../support/media.js';
import { HttpMediaServer } from '../../support/http-media-server.js';
import { freePort, RtmpServer } from '../../support/rtmp-server.js';
import { relayRequest, startBackend, tempDir, type Harness } from './harness.js';

describe('destination failures', () => {
  const dir = tempDir('relaybot-dest-');
  let http: HttpMediaServer;
  let rtmp: RtmpServer | undefined;
  let harness: Harness;

  beforeAll(async () => {
    await makeMedia(dir.path, { name: 'loop.flv', seconds: 3, format: 'flv' });
    http = await HttpMediaServer.start(dir.path);
    harness = await startBackend(join(dir.path, 'data'));
  });

  afterAll(async () => {
    await harness?.backend.close();
    harness?.db.close();
    await http?.stop();
    await rtmp?.stop();
    dir.remove();
  });

  it('reports a destination that is down, recovers when it comes up, and again after it is killed mid-relay', async () => {
    const port = await freePort();
    const destination = `rtmp://127.0.0.1:${port}/live/out`;
    const request = relayRequest(
      { SourceType: 'PullVodPushLive', SourceUrls: [http.url('loop.flv')], ToUrl: destination, VodLoopTimes: '-1' },
      60,
    );
    await harness.backend.create(request);
    const { sink } = harness;

    // Down at start: the push fails, the task is reported interrupted and retried.
    await sink.waitFor((e) => e.some((x) => x.detail.type === 'PushStreamFailed'), 20_000, 'PushStreamFailed');
    await sink.waitFor((e) => e.some((x) => x.event === 'TaskExit'), 5000, 'TaskExit while down');
    expect(sink.of('TaskExit')[0]!.detail.code).not.toBe(0);

    // Comes up: the next retry connects and the task reports it is running again.
    rtmp = await RtmpServer.start(port);
    const startsBefore = sink.of('TaskStart').length;
    await sink.waitFor((e) => e.filter((x) => x.event === 'TaskStart').length > startsBefore, 20_000, 'TaskStart after recovery');
    const first = join(dir.path, 'first.flv');
    await capture(destination, 2, first);
    expect((await probe(first)).videoCodec).toBe('h264');

    // Killed mid-relay: alarm and TaskExit once, then recovery when it is back.
    const alarms = sink.of('TaskAlarm', 'PushStreamFailed').length;
    const exits = sink.of('TaskExit').length;
    await rtmp.kill();
    await sink.waitFor((e) => e.filter((x) => x.detail.type === 'PushStreamFailed').length > alarms, 20_000, 'second PushStreamFailed');
    await sink.waitFor((e) => e.filter((x) => x.event === 'TaskExit').length > exits, 5000, 'second TaskExit');
    const startsWhileDown = sink.of('TaskStart').length;
    await rtmp.up();
    await sink.waitFor((e) => e.filter((x) => x.event === 'TaskStart').length > startsWhileDown, 20_000, 'TaskStart after restart');
    const second = join(dir.path, 'second.flv');
    await capture(destination, 2, second);
    const result = await probe(second);
    expect(result.videoCodec).toBe('h264');
    expect(result.audioCodec).toBe('aac');

    // Deleting it stops the relay for good.
    await harness.backend.delete(request.SpecifyTaskId, 'test');
    await sink.waitFor((e) => e.some((x) => x.event === 'TaskExit' && x.detail.code === 0), 10_000, 'TaskExit on delete');
    expect(await harness.backend.describe(request.SpecifyTaskId)).toBeNull();
    expect(harness.backend.runningCount).toBe(0);
  });
});
