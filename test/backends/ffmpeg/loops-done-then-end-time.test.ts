// A playlist that has played its loops ends its task then and there (TaskExit loopsDone). Its end time, still
// ahead, must not close the task a second time: the runner once left the end-time timer armed, and hours later
// the channel got another TaskExit saying "end time passed while the runner was not running".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { makeMedia } from '../../support/media.js';
import { HttpMediaServer } from '../../support/http-media-server.js';
import { RtmpServer } from '../../support/rtmp-server.js';
import { relayRequest, startBackend, tempDir, type Harness } from './harness.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a playlist that finished before its end time', () => {
  const dir = tempDir('relaybot-loopsdone-');
  let http: HttpMediaServer;
  let rtmp: RtmpServer;
  let harness: Harness;

  beforeAll(async () => {
    await makeMedia(dir.path, { name: 'clip.flv', seconds: 2, format: 'flv' });
    http = await HttpMediaServer.start(dir.path);
    rtmp = await RtmpServer.start();
    harness = await startBackend(join(dir.path, 'data'));
  });

  afterAll(async () => {
    await harness?.backend.close();
    harness?.db.close();
    await http?.stop();
    await rtmp?.stop();
    dir.remove();
  });

  it('is told once that it ended, not again when its end time comes', async () => {
    const request = relayRequest({ SourceType: 'PullVodPushLive', SourceUrls: [http.url('clip.flv')], ToUrl: rtmp.url('live/once'), VodLoopTimes: '0' }, 7);
    await harness.backend.create(request);
    const exits = () => harness.sink.of('TaskExit').filter((e) => e.body.task_id === request.SpecifyTaskId);
    await harness.sink.waitFor(() => exits().length > 0, 15_000, 'TaskExit when the loops are done');
    expect(exits()[0]!.detail.reason?.code).toBe('loopsDone');
    // Past the end time (7 s after creation), with a margin for the timer.
    await sleep(Date.parse(request.EndTime) - Date.now() + 1500);
    expect(exits().map((e) => e.detail.reason?.code ?? e.detail.message)).toEqual(['loopsDone']);
    expect((await harness.backend.describe(request.SpecifyTaskId))?.RunnerPhase).toBe('finished');
  });
});
