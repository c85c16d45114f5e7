// The setup most runner tests share: media made in a temp directory and served over HTTP, a real RTMP server, and
// a runner on a fresh store, started before the file's tests and torn down after them. Its parts are read after
// beforeAll has run (in the tests), never at module level.
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { HttpMediaServer } from '../../support/http-media-server.js';
import { makeMedia, type MediaSpec } from '../../support/media.js';
import { RtmpServer } from '../../support/rtmp-server.js';
import { relayRequest, startBackend, tempDir, type Harness, type RecordedEvent } from './harness.js';

export interface RelayRig {
  readonly dir: { path: string };
  readonly http: HttpMediaServer;
  readonly rtmp: RtmpServer;
  readonly harness: Harness;
}

/** Registers the rig's beforeAll/afterAll in the calling describe block; `media` is made before the servers start. */
export function useRelayRig(prefix: string, media: MediaSpec[]): RelayRig {
  const dir = tempDir(prefix);
  let http: HttpMediaServer | undefined;
  let rtmp: RtmpServer | undefined;
  let harness: Harness | undefined;
  beforeAll(async () => {
    for (const spec of media) await makeMedia(dir.path, spec);
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
  const started = <T>(part: T | undefined, name: string): T => {
    if (part === undefined) throw new Error(`relay rig: ${name} read before beforeAll ran`);
    return part;
  };
  return {
    dir,
    get http() {
      return started(http, 'http');
    },
    get rtmp() {
      return started(rtmp, 'rtmp');
    },
    get harness() {
      return started(harness, 'harness');
    },
  };
}

/**
 * Plays the rig's `files` once, in order, to `live/<stream>` on the rig's RTMP server, and resolves with the task's
 * events once it has exited (within `exitWithinMs`).
 */
export async function playOnce(rig: RelayRig, files: string[], stream: string, exitWithinMs = 15_000): Promise<RecordedEvent[]> {
  const { http, rtmp, harness } = rig;
  const request = relayRequest(
    { SourceType: 'PullVodPushLive', SourceUrls: files.map((file) => http.url(file)), ToUrl: rtmp.url(`live/${stream}`), VodLoopTimes: '0' },
    40,
  );
  await harness.backend.create(request);
  const mine = () => harness.sink.forTask(request.SpecifyTaskId);
  await harness.sink.waitFor(() => mine().some((e) => e.event === 'TaskExit'), exitWithinMs, 'TaskExit after the playlist');
  return mine();
}
