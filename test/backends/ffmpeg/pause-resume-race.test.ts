// A relay paused and at once resumed (the operator's "oops"), while its ffmpeg is still finishing: the store must
// end with the relay running, as it is, not 'scheduled' written late by the paused run's stop.
import { describe, expect, it } from 'vitest';
import { RunnerRepository } from '../../../src/store/runner-repo.js';
import { eventually, makeTask } from '../../support/relay-fixtures.js';
import { relayRequest } from './harness.js';
import { usePipelineRig } from './pipeline-rig.js';

describe('pause then resume at once', () => {
  const rig = usePipelineRig('relaybot-pause-race-', { chat: false });

  it('keeps the resumed relay running in the store', async () => {
    const request = relayRequest({ SourceType: 'PullVodPushLive', SourceUrls: [rig.http.url('clip.flv')], ToUrl: rig.rtmp.url('live/race'), VodLoopTimes: '-1' }, 30);
    rig.pipeline.store.tasks.insert(makeTask({ backend: 'local', providerTaskId: request.SpecifyTaskId, specifyTaskId: request.SpecifyTaskId, request }));
    await rig.backend.create(request);
    const repo = new RunnerRepository(rig.pipeline.store.db);
    await eventually(async () => (await rig.backend.status(request.SpecifyTaskId))?.RunStatus === 'active', 10_000);
    await rig.backend.modify(request.SpecifyTaskId, { Status: 'pause' }, 'test');
    await rig.backend.modify(request.SpecifyTaskId, { Status: 'enable' }, 'test');
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(repo.get(request.SpecifyTaskId)?.phase).toBe('running');
    await eventually(async () => (await rig.backend.status(request.SpecifyTaskId))?.RunStatus === 'active', 10_000);
  }, 20_000);
});
