// "start at file 1 offset 999" for a 3-second file: nothing of the file can be played. The relay used to skip
// it without a word — and a one-file playlist played once then ended as "every loop of the playlist was played"
// with nothing ever on air. People are told the offset is past the file's end; the rest of the list plays.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { t } from '../../../src/core/i18n.js';
import { makeMedia } from '../../support/media.js';
import { HttpMediaServer } from '../../support/http-media-server.js';
import { RtmpServer } from '../../support/rtmp-server.js';
import { relayRequest, startBackend, tempDir, type Harness } from './harness.js';

describe('an OffsetTime past the end of the first file', () => {
  const dir = tempDir('relaybot-offset-');
  let http: HttpMediaServer;
  let rtmp: RtmpServer;
  let harness: Harness;

  beforeAll(async () => {
    await makeMedia(dir.path, { name: 'first.flv', seconds: 3, format: 'flv' });
    await makeMedia(dir.path, { name: 'second.flv', seconds: 2, format: 'flv', tone: 880 });
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

  it('is said once, and the next file plays', async () => {
    const request = relayRequest(
      {
        SourceType: 'PullVodPushLive',
        SourceUrls: [http.url('first.flv'), http.url('second.flv')],
        ToUrl: rtmp.url('live/offset'),
        VodLoopTimes: '0',
        OffsetTime: 999,
      },
      30,
    );
    await harness.backend.create(request);
    const mine = () => harness.sink.forTask(request.SpecifyTaskId);
    await harness.sink.waitFor(() => mine().some((e) => e.event === 'TaskExit'), 20_000, 'the end of the list');

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
