// A playlist that has played its loops ends its task then and there (TaskExit loopsDone). Its end time, still
// ahead, must not close the task a second time: the runner once left the end-time timer armed, and hours later
// the channel got another TaskExit saying "end time passed while the runner was not running".
import { describe, expect, it } from 'vitest';
import { relayRequest } from './harness.js';
import { useRelayRig } from './relay-rig.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a playlist that finished before its end time', () => {
  const rig = useRelayRig('relaybot-loopsdone-', [{ name: 'clip.flv', seconds: 2, format: 'flv' }]);

  it('is told once that it ended, not again when its end time comes', async () => {
    const request = relayRequest({ SourceType: 'PullVodPushLive', SourceUrls: [rig.http.url('clip.flv')], ToUrl: rig.rtmp.url('live/once'), VodLoopTimes: '0' }, 7);
    await rig.harness.backend.create(request);
    const exits = () => rig.harness.sink.of('TaskExit').filter((e) => e.body.task_id === request.SpecifyTaskId);
    await rig.harness.sink.waitFor(() => exits().length > 0, 15_000, 'TaskExit when the loops are done');
    expect(exits()[0]!.detail.reason?.code).toBe('loopsDone');
    // Past the end time (7 s after creation), with a margin for the timer.
    await sleep(Date.parse(request.EndTime) - Date.now() + 1500);
    expect(exits().map((e) => e.detail.reason?.code ?? e.detail.message)).toEqual(['loopsDone']);
    expect((await rig.harness.backend.describe(request.SpecifyTaskId))?.RunnerPhase).toBe('finished');
  });
});
