// A live relay whose primary is down plays its file backup pass after pass. The API says the primary is checked
// after each pass; that check (an ffmpeg probe, seconds long) used to run between the passes, so viewers got
// seconds of nothing after every pass of the backup and the relay was barely ever reported on air. The check
// now runs while the next pass plays, and stops with the relay.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { capture, continuity, probe } from '../../support/media.js';
import { ffmpegChildren } from './child-processes.js';
import { relayRequest } from './harness.js';
import { useRelayRig } from './relay-rig.js';

describe('a file backup playing while the primary is down', () => {
  const rig = useRelayRig('relaybot-backuppasses-', [{ name: 'backup.flv', seconds: 2, format: 'flv' }]);

  it('plays the backup without gaps between its passes, and is reported on air', async () => {
    const request = relayRequest(
      {
        SourceType: 'PullLivePushLive',
        // Nobody publishes this stream: the primary stays silent, and every check of it fails.
        SourceUrls: [rig.rtmp.url('live/nobody')],
        BackupSourceType: 'PullVodPushLive',
        BackupSourceUrl: rig.http.url('backup.flv'),
        ToUrl: rig.rtmp.url('live/backuppasses'),
      },
      40,
    );
    await rig.harness.backend.create(request);
    const mine = () => rig.harness.sink.forTask(request.SpecifyTaskId);
    await rig.harness.sink.waitFor(() => mine().some((e) => e.event === 'TaskAlarm'), 15_000, 'the primary failing');
    const failedAt = Date.now();
    await rig.harness.sink.waitFor(() => mine().some((e) => e.event === 'TaskStart'), 10_000, 'TaskStart on the backup');
    expect(Date.now() - failedAt).toBeLessThan(6000);
    expect((await rig.harness.backend.status(request.SpecifyTaskId))?.RunStatus).toBe('active');

    // Four passes of the 2 s backup, each followed by a failed check of the primary.
    const out = join(rig.dir.path, 'out.flv');
    await capture(rig.rtmp.url('live/backuppasses'), 8, out, 4);
    const result = await probe(out);
    expect(result.duration).toBeGreaterThan(7);
    expect(continuity(result.videoPts).maxGap).toBeLessThan(0.5);
    expect(mine().map((e) => e.event)).toEqual(['TaskAlarm', 'TaskStart']);

    // Deleted: the relay's TaskExit comes once every ffmpeg of it has gone, the probe of the primary included.
    await rig.harness.backend.delete(request.SpecifyTaskId, 'test');
    await rig.harness.sink.waitFor(() => mine().some((e) => e.event === 'TaskExit'), 10_000, 'TaskExit on delete');
    expect(ffmpegChildren()).toEqual([]);
  });
});
