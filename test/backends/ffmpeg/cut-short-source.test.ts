// A file whose server hangs up part-way (Content-Length announces the whole file, half of it arrives): a broken
// upload, an origin that dies. The channel hears one PullFileFailed that says so — in the reader's language, not
// node's bare "aborted" — the file starts and finishes once per pass however often it is retried, and the relay,
// which stays on air, is not reported interrupted (a pass whose retries failed after part of the file played
// was counted as a pass that played nothing: a TaskExit, then a TaskStart, every pass).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { t } from '../../../src/core/i18n.js';
import { makeMedia } from '../../support/media.js';
import { RtmpServer } from '../../support/rtmp-server.js';
import { relayRequest, startBackend, tempDir, type Harness } from './harness.js';
import { LoopbackSource } from './loopback-source.js';

describe('a source file cut short by its server', () => {
  const dir = tempDir('relaybot-cutshort-');
  let source: LoopbackSource;
  let rtmp: RtmpServer;
  let harness: Harness;
  let size = 0;

  beforeAll(async () => {
    const file = readFileSync(await makeMedia(dir.path, { name: 'clip.flv', seconds: 3, format: 'flv' }));
    size = file.length;
    source = await LoopbackSource.start((_req, res) => {
      res.writeHead(200, { 'content-type': 'video/x-flv', 'content-length': file.length });
      res.write(file.subarray(0, Math.floor(file.length / 2)));
      setTimeout(() => res.destroy(), 100);
    });
    rtmp = await RtmpServer.start();
    harness = await startBackend(join(dir.path, 'data'));
  });

  afterAll(async () => {
    await harness?.backend.close();
    harness?.db.close();
    source?.close();
    await rtmp?.stop();
    dir.remove();
  });

  it('is one alarm that says the server hung up, with one start and finish of the file per pass', async () => {
    const request = relayRequest(
      { SourceType: 'PullVodPushLive', SourceUrls: [`${source.origin}/clip.flv`], ToUrl: rtmp.url('live/cut'), VodLoopTimes: '1' },
      40,
    );
    await harness.backend.create(request);
    const mine = () => harness.sink.forTask(request.SpecifyTaskId);
    await harness.sink.waitFor(() => mine().some((e) => e.event === 'TaskExit'), 35_000, 'the end of the loops');

    expect(mine().map((e) => e.event)).toEqual([
      'TaskAlarm',
      'TaskStart',
      'VodSourceFileStart',
      'VodSourceFileFinish',
      'VodSourceFileStart',
      'VodSourceFileFinish',
      'TaskExit',
    ]);
    const [alarm] = mine();
    expect(alarm!.detail.type).toBe('PullFileFailed');
    const reason = alarm!.detail.reason!;
    expect(reason.code).toBe('sourceFailed');
    expect(reason.values).toMatchObject({ messageKey: 'runner.sourceCutShort', expected: size });
    expect(Number(reason.values!.received)).toBeLessThan(size);
    // What the notifier shows (it words `messageKey` in the reader's language): no leftover placeholder.
    for (const locale of ['en', 'zh-CN'] as const) expect(t(locale, 'runner.sourceCutShort', reason.values!)).not.toMatch(/[{}]|runner\./);
    expect(mine().at(-1)!.detail.reason?.code).toBe('loopsDone');
  });
});
