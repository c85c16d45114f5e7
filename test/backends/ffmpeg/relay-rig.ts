// The setup most runner tests share: media made in a temp directory and served over HTTP, a real RTMP server, and
// a runner on a fresh store, started before the file's tests and torn down after them. Its parts are read after
// beforeAll has run (in the tests), never at module level.
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { HttpMediaServer } from '../../support/http-media-server.js';
import { makeMedia, type MediaSpec } from '../../support/media.js';
import { RtmpServer } from '../../support/rtmp-server.js';
import { startBackend, tempDir, type Harness } from './harness.js';

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
