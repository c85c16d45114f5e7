// The set-up of the runner tests that follow a relay's events through the real event pipeline (recorder, store,
// outbox, delivery worker) to a chat stand-in: a 3 s clip served over HTTP, a real RTMP server, and the runner in
// supervisor mode on the pipeline's store, started before the file's tests and torn down after them. The runner can
// be closed and started again on the same store, as a restart of the bot is. Parts are read in the tests only.
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { createFfmpegBackend, type FfmpegBackend } from '../../../src/backends/ffmpeg/index.js';
import { ChatStandin, StandinNotifier } from '../../support/chat-standin.js';
import { HttpMediaServer } from '../../support/http-media-server.js';
import { makeMedia } from '../../support/media.js';
import { startHarness, type Harness } from '../../support/relay-harness.js';
import { RtmpServer } from '../../support/rtmp-server.js';
import { silentLogger, tempDir, testSettings } from './harness.js';

export interface PipelineRig {
  readonly http: HttpMediaServer;
  readonly rtmp: RtmpServer;
  /** The chat stand-in the pipeline delivers to (only when asked for). */
  readonly chat: ChatStandin;
  readonly pipeline: Harness;
  readonly backend: FfmpegBackend;
  /** Closes the runner and starts a new one on the same store. */
  restartBackend(): Promise<void>;
}

/** Registers the rig's beforeAll/afterAll in the calling describe block; `clip.flv` (3 s) is served over HTTP. */
export function usePipelineRig(prefix: string, options: { chat: boolean }): PipelineRig {
  const dir = tempDir(prefix);
  let http: HttpMediaServer | undefined;
  let rtmp: RtmpServer | undefined;
  let chat: ChatStandin | undefined;
  let pipeline: Harness | undefined;
  let backend: FfmpegBackend | undefined;
  const startBackend = async () => {
    backend = createFfmpegBackend({ settings: testSettings(), db: pipeline!.store.db, sink: pipeline!.pipeline.recorder, logger: silentLogger, mode: 'supervisor' });
    await backend.start();
  };
  beforeAll(async () => {
    await makeMedia(dir.path, { name: 'clip.flv', seconds: 3, format: 'flv' });
    http = await HttpMediaServer.start(dir.path);
    rtmp = await RtmpServer.start();
    if (options.chat) chat = await new ChatStandin().start();
    const notifiers = chat ? [new StandinNotifier('standin', chat.url)] : [];
    pipeline = await startHarness({ dataDir: join(dir.path, 'data'), notifiers, perChannelPerSecond: 50 });
    await startBackend();
  });
  afterAll(async () => {
    await backend?.close();
    await pipeline?.close();
    await chat?.stop();
    await http?.stop();
    await rtmp?.stop();
    dir.remove();
  });
  const started = <T>(part: T | undefined, name: string): T => {
    if (part === undefined) throw new Error(`pipeline rig: ${name} read before beforeAll ran`);
    return part;
  };
  return {
    get http() {
      return started(http, 'http');
    },
    get rtmp() {
      return started(rtmp, 'rtmp');
    },
    get chat() {
      return started(chat, 'chat');
    },
    get pipeline() {
      return started(pipeline, 'pipeline');
    },
    get backend() {
      return started(backend, 'backend');
    },
    async restartBackend() {
      await started(backend, 'backend').close();
      await startBackend();
    },
  };
}
