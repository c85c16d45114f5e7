import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { capture, makeMedia, probe } from '../../support/media.js';
import { HttpMediaServer } from '../../support/http-media-server.js';
import { RtmpServer } from '../../support/rtmp-server.js';
import { relayRequest, startBackend, tempDir } from './harness.js';

/** A fresh self-signed certificate for `localhost`: the test's own certificate authority. */
async function localhostCertificate(dir: string): Promise<{ key: string; cert: string }> {
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  await promisify(execFile)('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1',
    '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost',
  ]);
  return { key, cert };
}

describe('HTTPS sources and RTMPS destinations by host name', () => {
  const dir = tempDir('relaybot-tls-');
  let rtmp: RtmpServer;
  let https: HttpMediaServer;
  let KEY: string;
  let CERT: string;

  beforeAll(async () => {
    ({ key: KEY, cert: CERT } = await localhostCertificate(dir.path));
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
