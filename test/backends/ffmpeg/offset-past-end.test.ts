// "start at file 1 offset 999" for a 3-second file: nothing of the file can be played. The relay used to skip
// it without a word — and a one-file playlist played once then ended as "every loop of the playlist was played"
// with nothing ever on air. People are told the offset is past the file's end; the rest of the list plays.
import { describe, expect, it } from 'vitest';
import { t } from '../../../src/core/i18n.js';
import { relayRequest } from './harness.js';
import { useRelayRig } from './relay-rig.js';

describe('an OffsetTime past the end of the first file', () => {
  const rig = useRelayRig('relaybot-offset-', [{ name: 'first.flv', seconds: 3, format: 'flv' }, { name: 'second.flv', seconds: 2, format: 'flv', tone: 880 }]);

  it('is said once, and the next file plays', async () => {
    const request = relayRequest(
      {
        SourceType: 'PullVodPushLive',
        SourceUrls: [rig.http.url('first.flv'), rig.http.url('second.flv')],
        ToUrl: rig.rtmp.url('live/offset'),
        VodLoopTimes: '0',
        OffsetTime: 999,
      },
      30,
    );
    await rig.harness.backend.create(request);
    const mine = () => rig.harness.sink.forTask(request.SpecifyTaskId);
    await rig.harness.sink.waitFor(() => mine().some((e) => e.event === 'TaskExit'), 20_000, 'the end of the list');

    expect(mine().map((e) => `${e.event}${e.detail.index === undefined ? '' : `:${e.detail.index}`}`)).toEqual([
      'TaskAlarm',
      'TaskStart',
      'VodSourceFileStart:1',
      'VodSourceFileFinish:1',
      'TaskExit',
    ]);
    const alarm = mine()[0]!;
    expect(alarm.detail.type).toBe('PullFileFailed');
    expect(alarm.detail.reason).toMatchObject({ code: 'sourceFailed', values: { messageKey: 'runner.offsetPastEnd', offset: 999 } });
    for (const locale of ['en', 'zh-CN'] as const) expect(t(locale, 'runner.offsetPastEnd', alarm.detail.reason!.values!)).toContain('999');
  });
});
