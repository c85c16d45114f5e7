import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { makeMedia, publishLive } from '../../support/media.js';
import { HttpMediaServer } from '../../support/http-media-server.js';
import { RtmpServer } from '../../support/rtmp-server.js';
import { relayRequest, startBackend, tempDir, type Harness } from './harness.js';

/** A TCP relay in front of the RTMP server that can stop taking data, as a congested destination does. */
async function throttlingProxy(targetPort: number): Promise<{ port: number; readonly connections: number; hold(): void; release(): void; close(): void }> {
  const clients = new Set<Socket>();
  let held = false;
  const server: Server = createServer((client) => {
    clients.add(client);
    const upstream = connect(targetPort, '127.0.0.1');
    client.pipe(upstream).pipe(client);
    if (held) client.pause();
    const close = () => {
      client.destroy();
      upstream.destroy();
      clients.delete(client);
    };
    client.on('error', close).on('close', close);
    upstream.on('error', close).on('close', close);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    get connections() {
      return clients.size;
    },
    hold() {
      held = true;
      for (const client of clients) {
        client.unpipe();
        client.pause();
      }
    },
    release() {
      held = false;
      for (const client of clients) client.resume();
    },
    close() {
      server.close();
      for (const client of clients) client.destroy();
    },
  };
}

describe('a destination that stops taking data', () => {
  const dir = tempDir('relaybot-slow-');
  let rtmp: RtmpServer;
  let http: HttpMediaServer;
  let harness: Harness;
  let proxy: Awaited<ReturnType<typeof throttlingProxy>>;
  let clip: string;
  let publisher: ChildProcess | undefined;

  beforeAll(async () => {
    rtmp = await RtmpServer.start();
    proxy = await throttlingProxy(rtmp.port);
    clip = await makeMedia(dir.path, { name: 'big.flv', seconds: 4, format: 'flv', size: '640x360', videoKbps: 3000, cbr: true });
    http = await HttpMediaServer.start(dir.path);
    harness = await startBackend(join(dir.path, 'data'));
  });

  afterAll(async () => {
    await harness?.backend.close();
    harness?.db.close();
    publisher?.kill('SIGKILL');
    proxy?.close();
    await http?.stop();
    await rtmp?.stop();
    dir.remove();
  });

  it('raises PushStreamUnstable, not a source alarm, when the push is what holds the relay back', async () => {
    const request = relayRequest(
      { SourceType: 'PullVodPushLive', SourceUrls: [http.url('big.flv')], ToUrl: `rtmp://127.0.0.1:${proxy.port}/live/slow`, VodLoopTimes: '-1' },
      60,
    );
    await harness.backend.create(request);
    await harness.sink.waitFor((e) => e.some((x) => x.event === 'VodSourceFileStart'), 15_000, 'the file to start');
    proxy.hold();
    await harness.sink.waitFor((e) => e.some((x) => x.detail.type === 'PushStreamUnstable'), 20_000, 'PushStreamUnstable');
    expect(harness.sink.of('TaskAlarm', 'PullFileUnstable')).toEqual([]);
    expect(harness.sink.of('TaskAlarm', 'PullFileFailed')).toEqual([]);
    await harness.backend.delete(request.SpecifyTaskId, 'test');
    proxy.release();
  }, 60_000);

  it('tells a congested destination from a silent source when one ffmpeg relays a live stream', async () => {
    // A fresh relay in front of the server: nothing left over from the previous case.
    proxy.close();
    proxy = await throttlingProxy(rtmp.port);
    publisher = publishLive(clip, rtmp.url('live/camera'));
    const before = harness.sink.events.length;
    const events = () => harness.sink.events.slice(before);
    const request = relayRequest(
      { SourceType: 'PullLivePushLive', SourceUrls: [rtmp.url('live/camera')], ToUrl: `rtmp://127.0.0.1:${proxy.port}/live/slow-live` },
      60,
    );
    await harness.backend.create(request);
    // Held soon after the push connects, before the kernel has grown the connection's buffers, so that they
    // fill in seconds.
    while (proxy.connections === 0) await new Promise((resolve) => setTimeout(resolve, 50));
    await harness.sink.waitFor(() => events().some((e) => e.event === 'TaskStart'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    proxy.hold();
    await harness.sink.waitFor(() => events().some((e) => e.detail.type === 'PushStreamUnstable'), 40_000, 'PushStreamUnstable');
    expect(events().filter((e) => e.detail.type === 'PullFileFailed')).toEqual([]);
    await harness.backend.delete(request.SpecifyTaskId, 'test');
  }, 60_000);
});
