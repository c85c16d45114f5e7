// A playlist entry whose URL answers with a web page instead of the file (a share link, an expired link behind
// a login page). The channel is told that a page came back — not ffmpeg's "Invalid data found when processing
// input" quoting the runner's internal loopback URL and its token — and the rest of the playlist plays.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { t } from '../../../src/core/i18n.js';
import { makeMedia } from '../../support/media.js';
import { RtmpServer } from '../../support/rtmp-server.js';
import { relayRequest, startBackend, tempDir, type Harness } from './harness.js';
import { LoopbackSource } from './loopback-source.js';

describe('a source URL that answers with a web page', () => {
  const dir = tempDir('relaybot-webpage-');
  let source: LoopbackSource;
  let rtmp: RtmpServer;
  let harness: Harness;

  beforeAll(async () => {
    const clip = readFileSync(await makeMedia(dir.path, { name: 'clip.flv', seconds: 2, format: 'flv' }));
    source = await LoopbackSource.start((req, res) => {
      if (req.url === '/clip.flv') res.writeHead(200, { 'content-type': 'video/x-flv', 'content-length': clip.length }).end(clip);
      else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>Sign in</title><p>Please sign in');
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

  it('says a page came back, once, and plays the rest of the playlist', async () => {
    const base = source.origin;
    const request = relayRequest(
      { SourceType: 'PullVodPushLive', SourceUrls: [`${base}/share/show`, `${base}/clip.flv`], ToUrl: rtmp.url('live/page'), VodLoopTimes: '-1' },
      40,
    );
    await harness.backend.create(request);
    const mine = () => harness.sink.forTask(request.SpecifyTaskId);
    await harness.sink.waitFor(() => mine().filter((e) => e.event === 'VodSourceFileFinish').length >= 2, 30_000, 'two plays of the good file');

    const alarms = mine().filter((e) => e.event === 'TaskAlarm');
    expect(alarms).toHaveLength(1);
    expect(alarms[0]!.detail.type).toBe('PullFileFailed');
    const reason = alarms[0]!.detail.reason!;
    expect(reason).toMatchObject({ code: 'sourceFailed', values: { messageKey: 'runner.sourceNotMedia', type: 'text/html' } });
    expect(alarms[0]!.detail.message).not.toMatch(/Invalid data|127\.0\.0\.1/);
    for (const locale of ['en', 'zh-CN'] as const) expect(t(locale, 'runner.sourceNotMedia', reason.values!)).toContain('text/html');
    // Only the good file was announced, and the relay was never reported interrupted.
    expect(new Set(mine().filter((e) => e.event === 'VodSourceFileStart').map((e) => e.detail.index))).toEqual(new Set([1]));
    expect(mine().filter((e) => e.event === 'TaskExit')).toEqual([]);
    await harness.backend.delete(request.SpecifyTaskId, 'test');
  });
});
