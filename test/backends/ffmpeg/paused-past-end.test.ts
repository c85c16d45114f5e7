// A relay paused and left paused until its end time: it ends there, as a task at the provider does. Left
// 'scheduled' it held a place under the runner's task limit for ever, its channel was never told it was over,
// and resuming it after its end alarmed that it "never ran". Through the real event pipeline to a chat stand-in.
import { describe, expect, it } from 'vitest';
import type { BackendCreateRequest } from '../../../src/core/backend.js';
import { toApiTime } from '../../../src/core/relay-request.js';
import { eventually, makeTask } from '../../support/relay-fixtures.js';
import { relayRequest } from './harness.js';
import { usePipelineRig } from './pipeline-rig.js';

describe('a relay paused until past its end time', () => {
  const rig = usePipelineRig('relaybot-paused-end-', { chat: true });

  /** Creates the relay as the task service would (the task row first), and pauses it as the service does. */
  async function createThenPause(request: BackendCreateRequest, pauseWhen: () => Promise<unknown>) {
    const task = makeTask({ backend: 'local', providerTaskId: request.SpecifyTaskId, specifyTaskId: request.SpecifyTaskId, request });
    rig.pipeline.store.tasks.insert(task);
    await rig.backend.create(request);
    await pauseWhen();
    await rig.backend.modify(request.SpecifyTaskId, { Status: 'pause' }, 'test');
    rig.pipeline.store.tasks.update(task.id, { state: 'paused' });
    return task;
  }

  const delivered = () => eventually(() => rig.pipeline.pipeline.outbox.counts().pending === 0 && rig.pipeline.pipeline.outbox.counts().sending === 0);
  const postsAbout = (taskId: string) => rig.chat.posts.filter((p) => p.doc.title.includes(taskId));
  const alarmsAbout = (taskId: string) => postsAbout(taskId).filter((p) => p.doc.kind === 'alarm');
  const eventsOf = (taskId: string) =>
    rig.pipeline.store.db.prepare<[string], { event: string }>('SELECT event FROM relay_events WHERE task_id = ? ORDER BY id').all(taskId).map((row) => row.event);

  it('ends at its end time, frees its place and tells the channel, without an alarm; a restart adds nothing', async () => {
    const onAir = relayRequest({ SourceType: 'PullVodPushLive', SourceUrls: [rig.http.url('clip.flv')], ToUrl: rig.rtmp.url('live/paused-on-air'), VodLoopTimes: '-1' }, 6);
    const onAirTask = await createThenPause(onAir, () => eventually(async () => (await rig.backend.status(onAir.SpecifyTaskId))?.RunStatus === 'active', 10_000));
    // Paused before it ever started, and never resumed.
    const soon = Date.now();
    const never = relayRequest(
      { SourceType: 'PullVodPushLive', SourceUrls: [rig.http.url('clip.flv')], ToUrl: rig.rtmp.url('live/paused-early'), StartTime: toApiTime(new Date(soon + 3000)), EndTime: toApiTime(new Date(soon + 5000)) },
      5,
    );
    const neverTask = await createThenPause(never, async () => undefined);
    expect((await rig.backend.quota()).count).toBe(2);

    for (const task of [onAirTask, neverTask]) await eventually(() => rig.pipeline.store.tasks.get(task.id)!.state === 'ended', 15_000, 100);
    expect((await rig.backend.quota()).count).toBe(0);
    await delivered();
    for (const task of [onAirTask, neverTask]) {
      expect(alarmsAbout(task.id)).toEqual([]);
      const lines = postsAbout(task.id).flatMap((p) => p.doc.lines);
      expect(lines.at(-1)).toMatch(/The relay ended at its end time\./);
      expect(lines.join('\n')).not.toMatch(/never ran|not running/);
    }

    // The bot restarts after the end: the relays are over, and nobody hears of them again.
    const before = [eventsOf(onAirTask.id), eventsOf(neverTask.id)];
    const postsBefore = rig.chat.posts.length;
    await rig.restartBackend();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await delivered();
    expect([eventsOf(onAirTask.id), eventsOf(neverTask.id)]).toEqual(before);
    expect(rig.chat.posts.length).toBe(postsBefore);
    expect(before[1]).toEqual(['TaskExit']);
  }, 40_000);
});
