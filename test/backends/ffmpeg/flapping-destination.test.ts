// A destination that accepts the stream and drops it every few seconds, for as long as the show lasts. The
// channel hears of it once — one PushStreamFailed, one TaskExit — not an alarm, an exit and a start every few
// seconds (each flap made two channel alarms before); the retries back off; and once the stream has stayed up
// for RELAYBOT_RUNNER_STABLE_MS (3 s in tests) the relay is reported running again, and a later drop is news.
import { afterAll, describe, expect, it } from 'vitest';
import { DroppingProxy } from './dropping-proxy.js';
import { relayRequest } from './harness.js';
import { useRelayRig } from './relay-rig.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a destination that keeps dropping the stream', () => {
  const rig = useRelayRig('relaybot-flap-', [{ name: 'clip.flv', seconds: 3, format: 'flv' }]);
  let proxy: DroppingProxy;
  afterAll(async () => {
    await proxy?.stop();
  });

  it('is one incident until the stream stays up, with growing pauses between retries', async () => {
    // Up first, so the relay is on air and running; then every connection is cut 1.8 s after it is accepted
    // (on air after 1 s, never up for the 3 s that end a failure streak).
    proxy = await DroppingProxy.start(rig.rtmp.port, null);
    const request = relayRequest({ SourceType: 'PullVodPushLive', SourceUrls: [rig.http.url('clip.flv')], ToUrl: proxy.url('live/flap'), VodLoopTimes: '-1' }, 60);
    await rig.harness.backend.create(request);
    const mine = () => rig.harness.sink.forTask(request.SpecifyTaskId);
    const named = (name: string) => mine().filter((e) => e.event === name);
    await rig.harness.sink.waitFor(() => named('TaskStart').length === 1, 15_000, 'TaskStart');
    await sleep(4000);

    proxy.dropAfterMs = 1800;
    const flappingFrom = proxy.connections.length;
    proxy.dropAll();
    await sleep(16_000);
    const attempts = proxy.connections.slice(flappingFrom);
    expect(attempts.length).toBeGreaterThanOrEqual(4);
    expect(named('TaskAlarm').map((e) => `${e.detail.type}:${e.detail.reason?.code}`)).toEqual(['PushStreamFailed:destinationClosed']);
    expect(named('TaskExit').map((e) => e.detail.reason?.code)).toEqual(['destinationClosed']);
    expect(named('TaskStart')).toHaveLength(1);
    // The pause before each retry doubles (0.3, 0.6, 1.2 s, then the 1.5 s ceiling): each gap between two
    // connections is a 1.8 s session plus that pause, so the later gaps are clearly longer than the first.
    const gaps = attempts.slice(1).map((at, i) => at - attempts[i]!);
    expect(gaps[gaps.length - 1]!, `gaps ${gaps.join(', ')} ms`).toBeGreaterThan(gaps[0]! + 400);

    // The edge is healthy again: once the stream stays up, the channel hears it is running; a drop after that is
    // a new incident.
    proxy.dropAfterMs = null;
    await rig.harness.sink.waitFor(() => named('TaskStart').length === 2, 15_000, 'TaskStart once stable');
    expect(named('TaskExit')).toHaveLength(1);
    proxy.dropAll();
    await rig.harness.sink.waitFor(() => named('TaskAlarm').length === 2, 15_000, 'a new alarm for a new streak');
    await rig.harness.backend.delete(request.SpecifyTaskId, 'test');
    // ~30 s of real flapping and recovery on its own; room for a busy two-core machine.
  }, 75_000);
});
