import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { capture, makeMedia, probe } from '../../support/media.js';
import { HttpMediaServer } from '../../support/http-media-server.js';
import { RtmpServer } from '../../support/rtmp-server.js';
import { relayRequest, startBackend, tempDir } from './harness.js';

// node-media-server ships a self-signed certificate for CN=localhost: the test's own certificate authority.
const nmsDir = join(dirname(createRequire(import.meta.url).resolve('node-media-server')), '..', 'bin');
const KEY = join(nmsDir, 'key.pem');
const CERT = join(nmsDir, 'cert.pem');

describe('HTTPS sources and RTMPS destinations by host name', () => {
  const dir = tempDir('relaybot-tls-');
  let rtmp: RtmpServer;
  let https: HttpMediaServer;

  beforeAll(async () => {
    rtmp = await RtmpServer.start(undefined, { key: KEY, cert: CERT });
    await makeMedia(dir.path, { name: 'a.flv', seconds: 3, format: 'flv' });
    https = await HttpMediaServer.start(dir.path, { key: readFileSync(KEY, 'utf8'), cert: readFileSync(CERT, 'utf8') });
  });

  afterAll(async () => {
    await https?.stop();
    await rtmp?.stop();
    dir.remove();
  });

  it('keeps the TLS server name on both ends, so a certificate for the name is accepted', async () => {
    const harness = await startBackend(join(dir.path, 'trusted'), {}, undefined, { ca: readFileSync(CERT, 'utf8') });
    try {
      const request = relayRequest(
        {
          SourceType: 'PullVodPushLive',
          SourceUrls: [https.url('a.flv', 'localhost')],
          ToUrl: `rtmps://localhost:${rtmp.tls!.port}/live/secure`,
          VodLoopTimes: '-1',
        },
        60,
      );
      await harness.backend.create(request);
      await harness.sink.waitFor((e) => e.some((x) => x.event === 'VodSourceFileStart'), 15_000, 'the file to start');
      const out = join(dir.path, 'secure.flv');
      await capture(rtmp.url('live/secure'), 2, out);
      expect((await probe(out)).videoCodec).toBe('h264');
      expect(harness.sink.of('TaskAlarm')).toEqual([]);
    } finally {
      await harness.backend.close();
      harness.db.close();
    }
  });

  it('refuses a source whose certificate is not trusted', async () => {
    const harness = await startBackend(join(dir.path, 'untrusted'));
    try {
      const request = relayRequest(
        { SourceType: 'PullVodPushLive', SourceUrls: [https.url('a.flv', 'localhost')], ToUrl: rtmp.url('live/never') },
        60,
      );
      await harness.backend.create(request);
      await harness.sink.waitFor((e) => e.some((x) => x.detail.type === 'PullFileFailed'), 15_000, 'PullFileFailed');
      expect(harness.sink.of('VodSourceFileStart')).toEqual([]);
    } finally {
      await harness.backend.close();
      harness.db.close();
    }
  });
});
