// One broken file in a looping playlist fails on every pass. The channel hears of it once, not on every pass
// (for a playlist of short clips that was an alarm every few seconds for the whole show); once the file plays
// again, a new failure of it is news again.
import { describe, expect, it } from 'vitest';
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { relayRequest } from './harness.js';
import { useRelayRig } from './relay-rig.js';

describe('a broken file in a looping playlist', () => {
  const rig = useRelayRig('relaybot-brokenloop-', [{ name: 'clip.flv', seconds: 2, format: 'flv' }]);

  it('is one alarm for as long as the file stays broken', async () => {
    const request = relayRequest(
      { SourceType: 'PullVodPushLive', SourceUrls: [rig.http.url('later.flv'), rig.http.url('clip.flv')], ToUrl: rig.rtmp.url('live/brokenloop'), VodLoopTimes: '-1' },
      60,
    );
    await rig.harness.backend.create(request);
    const mine = () => rig.harness.sink.forTask(request.SpecifyTaskId);
    const alarms = () => mine().filter((e) => e.event === 'TaskAlarm');
    const finishes = () => mine().filter((e) => e.event === 'VodSourceFileFinish');
    await rig.harness.sink.waitFor(() => finishes().length >= 3, 30_000, 'three passes');
    expect(alarms().map((e) => `${e.detail.type}:${e.detail.reason?.code}`)).toEqual(['PullFileFailed:sourceNotFound']);

    // The file appears, plays, and is removed again: that is a new failure.
    copyFileSync(join(rig.dir.path, 'clip.flv'), join(rig.dir.path, 'later.flv'));
    await rig.harness.sink.waitFor(() => finishes().some((e) => e.detail.index === 0), 20_000, 'the file playing');
    rmSync(join(rig.dir.path, 'later.flv'));
    await rig.harness.sink.waitFor(() => alarms().length === 2, 20_000, 'a second alarm');
    expect(mine().filter((e) => e.event === 'TaskExit')).toEqual([]);
    await rig.harness.backend.delete(request.SpecifyTaskId, 'test');
  });
});
