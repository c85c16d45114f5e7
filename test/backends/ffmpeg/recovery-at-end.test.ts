// A relay that comes back after an interruption is told to the channel only once it has stayed up for
// RELAYBOT_RUNNER_STABLE_MS (flapping-destination.test.ts). When its end time comes first, it was on air at the
// end all the same: the channel, told only of the interruption and then of the end, believed it never came back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { makeMedia, publishLive } from '../../support/media.js';
import { RtmpServer } from '../../support/rtmp-server.js';
import { relayRequest, startBackend, tempDir, type Harness } from './harness.js';

describe('a relay back on air when its end time comes', () => {
  const dir = tempDir('relaybot-recovery-at-end-');
  let sources: RtmpServer;
  let destination: RtmpServer;
  let clip: string;
  const publishers: ChildProcess[] = [];
  let harness: Harness;

  beforeAll(async () => {
    [sources, destination] = await Promise.all([RtmpServer.start(), RtmpServer.start()]);
    clip = await makeMedia(dir.path, { name: 'live.flv', seconds: 4, format: 'flv' });
    // Longer than what is left of the window once the source is back: its return is never told on the way.
    harness = await startBackend(join(dir.path, 'data'), { RELAYBOT_RUNNER_STABLE_MS: '60000' });
  });

  afterAll(async () => {
    await harness?.backend.close();
    harness?.db.close();
    for (const publisher of publishers) publisher.kill('SIGKILL');
    await Promise.all([sources?.stop(), destination?.stop()]);
    dir.remove();
  });

  it('says it came back, and when, before it says it ended; a relay still off air at the end does not', async () => {
    const { backend, sink } = harness;
    const camera = (name: string) => {
      const publisher = publishLive(clip, sources.url(`live/${name}`));
      publishers.push(publisher);
      return publisher;
    };
    const back = camera('back');
    const gone = camera('gone');
    const relay = (name: string) => relayRequest({ SourceType: 'PullLivePushLive', SourceUrls: [sources.url(`live/${name}`)], ToUrl: destination.url(`live/${name}`) }, 18);
    const [comesBack, staysOff] = [relay('back'), relay('gone')];
    await Promise.all([backend.create(comesBack), backend.create(staysOff)]);
    const of = (request: typeof comesBack) => () => sink.forTask(request.SpecifyTaskId);
    const [backEvents, offEvents] = [of(comesBack), of(staysOff)];
    await sink.waitFor(() => backEvents().some((e) => e.event === 'TaskStart') && offEvents().some((e) => e.event === 'TaskStart'), 15_000, 'both on air');

    back.kill('SIGKILL');
    gone.kill('SIGKILL');
    await sink.waitFor(() => [backEvents(), offEvents()].every((events) => events.some((e) => e.event === 'TaskExit')), 10_000, 'both interrupted');
    const cameBackAt = Date.now();
    camera('back');

    await sink.waitFor(() => [backEvents(), offEvents()].every((events) => events.some((e) => e.detail.reason?.code === 'endTime')), 20_000, 'both ended');
    const names = (events: ReturnType<typeof backEvents>) =>
      events.filter((e) => e.event !== 'VodSourceFileStart').map((e) => `${e.event}${e.detail.type ? `:${e.detail.type}` : ''}${e.detail.reason ? `:${e.detail.reason.code}` : ''}`);
    expect(names(backEvents())).toEqual(['TaskStart', 'TaskAlarm:PullFileFailed:sourceSilent', 'TaskExit:sourceSilent', 'TaskStart', 'TaskExit:endTime']);
    const restart = backEvents().filter((e) => e.event === 'TaskStart')[1]!;
    expect(restart.detail.task_start_time).toBeGreaterThan(cameBackAt);
    expect(restart.detail.task_start_time).toBeLessThan(Date.parse(comesBack.EndTime));
    expect(names(offEvents())).toEqual(['TaskStart', 'TaskAlarm:PullFileFailed:sourceSilent', 'TaskExit:sourceSilent', 'TaskExit:endTime']);
  }, 40_000);
});
