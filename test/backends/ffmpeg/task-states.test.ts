// The runner's events through the real event pipeline (recorder, store, outbox, a chat stand-in): what people
// see of a relay that cannot reach its destination, and of one that plays its loops to the end.
import { describe, expect, it } from 'vitest';
import type { BackendCreateRequest } from '../../../src/core/backend.js';
import type { TaskState } from '../../../src/core/task.js';
import { eventually, makeTask } from '../../support/relay-fixtures.js';
import { freePort } from '../../support/rtmp-server.js';
import { relayRequest } from './harness.js';
import { usePipelineRig } from './pipeline-rig.js';

describe('task states and channel posts of the runner’s relays', () => {
  const rig = usePipelineRig('relaybot-states-', { chat: true });

  /** Creates the relay as the task service would: the task row first, then the runner's. */
  async function create(request: BackendCreateRequest) {
    const task = makeTask({ backend: 'local', providerTaskId: request.SpecifyTaskId, specifyTaskId: request.SpecifyTaskId, request });
    rig.pipeline.store.tasks.insert(task);
    await rig.backend.create(request);
    return task;
  }

  /** Every state the task is seen in, sampled until `ms` have passed. */
  async function statesFor(taskId: string, ms: number): Promise<Set<TaskState>> {
    const seen = new Set<TaskState>();
    const until = Date.now() + ms;
    while (Date.now() < until) {
      seen.add(rig.pipeline.store.tasks.get(taskId)!.state);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return seen;
  }

  const channelAlarmLines = (taskId: string) =>
    rig.chat.posts.filter((p) => p.doc.kind === 'alarm' && p.doc.title.includes(taskId)).flatMap((p) => p.doc.lines);

  it('shows a relay whose destination refuses as interrupted, never running, and alarms the channel once', async () => {
    const port = await freePort();
    const task = await create(
      relayRequest({ SourceType: 'PullVodPushLive', SourceUrls: [rig.http.url('clip.flv')], ToUrl: `rtmp://127.0.0.1:${port}/live/refused`, VodLoopTimes: '-1' }, 60),
    );
    const seen = await statesFor(task.id, 10_000);
    expect(seen.has('running')).toBe(false);
    expect(rig.pipeline.store.tasks.get(task.id)!.state).toBe('interrupted');
    await eventually(() => rig.pipeline.pipeline.outbox.counts().pending === 0 && rig.pipeline.pipeline.outbox.counts().sending === 0);
    const lines = channelAlarmLines(task.id);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/Alarm: push failed\. The destination could not be reached/);
    expect(lines[1]).toMatch(/interrupted before its end time/);
    await rig.backend.delete(task.providerTaskId!, 'test');
  }, 40_000);

  it('ends a relay whose loops are done, without alarming anyone', async () => {
    const task = await create(
      relayRequest({ SourceType: 'PullVodPushLive', SourceUrls: [rig.http.url('clip.flv')], ToUrl: rig.rtmp.url('live/loops'), VodLoopTimes: '1' }, 60),
    );
    await eventually(() => rig.pipeline.store.tasks.get(task.id)!.state === 'ended', 25_000, 200);
    await eventually(() => rig.pipeline.pipeline.outbox.counts().pending === 0 && rig.pipeline.pipeline.outbox.counts().sending === 0);
    expect(channelAlarmLines(task.id)).toEqual([]);
    const thread = rig.chat.posts.filter((p) => p.threadOf === 'm-status' && p.doc.title.includes(task.id)).flatMap((p) => p.doc.lines);
    expect(thread.at(-1)).toMatch(/The relay ended: every loop of the playlist was played\./);
  }, 40_000);
});
