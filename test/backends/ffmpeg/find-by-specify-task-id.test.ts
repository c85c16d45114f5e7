// The local runner answers the look-up the task service makes before stopping a create it never saw
// confirmed: the runner's task id for a SpecifyTaskId, and nothing for one it does not have (or deleted).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFfmpegBackend, type FfmpegBackend } from '../../../src/backends/ffmpeg/index.js';
import { openDatabase, type Db } from '../../../src/store/database.js';
import { relayRequest, silentLogger, tempDir, testSettings } from './harness.js';

describe('the local runner’s look-up by SpecifyTaskId', () => {
  const dir = tempDir('relaybot-lookup-');
  let db: Db;
  let backend: FfmpegBackend;

  beforeAll(() => {
    db = openDatabase(dir.path);
    // Client mode, as in a CLI process: rows only, no ffmpeg runs.
    backend = createFfmpegBackend({ settings: testSettings(), db, sink: { accept: async () => undefined }, logger: silentLogger, mode: 'client' });
  });

  afterAll(async () => {
    await backend.close();
    db.close();
    dir.remove();
  });

  it('finds a created task, and no longer once it is deleted or when it was never created', async () => {
    const request = relayRequest({ SourceType: 'PullVodPushLive', SourceUrls: ['http://127.0.0.1:1/a.mp4'], ToUrl: 'rtmp://127.0.0.1:1/live/x' }, 3600);
    expect(await backend.findBySpecifyTaskId(request.SpecifyTaskId)).toBeNull();
    const { providerTaskId } = await backend.create(request);
    expect(await backend.findBySpecifyTaskId(request.SpecifyTaskId)).toBe(providerTaskId);
    await backend.delete(providerTaskId, 'test');
    expect(await backend.findBySpecifyTaskId(request.SpecifyTaskId)).toBeNull();
  });
});
