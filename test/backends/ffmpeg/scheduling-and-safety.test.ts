import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { createFfmpegBackend } from '../../../src/backends/ffmpeg/index.js';
import { BackendError } from '../../../src/core/backend.js';
import { CodedError } from '../../../src/core/errors.js';
import { t } from '../../../src/core/i18n.js';
import { toApiTime } from '../../../src/core/relay-request.js';
import { openDatabase } from '../../../src/store/database.js';
import { makeMedia } from '../../support/media.js';
import { HttpMediaServer } from '../../support/http-media-server.js';
import { RecordingSink, relayRequest, startBackend, tempDir, testSettings } from './harness.js';

/** A logger whose lines the test can read: proof of what was (not) spawned. */
function recordingLogger() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { logger: pino({ level: 'info' }, stream), lines };
}

async function refusal(promise: Promise<unknown>): Promise<BackendError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BackendError);
  return error as BackendError;
}

describe('runner scheduling and URL safety', () => {
  const dir = tempDir('relaybot-safety-');
  let http: HttpMediaServer;

  beforeAll(async () => {
    await makeMedia(dir.path, { name: 'ok.flv', seconds: 2, format: 'flv' });
    http = await HttpMediaServer.start(dir.path);
  });

  afterAll(async () => {
    await http?.stop();
    dir.remove();
  });

  it('refuses local files, other protocols and private or internal addresses before anything reaches ffmpeg', async () => {
    const { logger, lines } = recordingLogger();
    const db = openDatabase(join(dir.path, 'strict'));
    const backend = createFfmpegBackend({
      settings: testSettings({ RELAYBOT_ALLOW_PRIVATE_NETWORKS: 'false' }),
      db,
      sink: new RecordingSink(),
      logger,
      mode: 'supervisor',
    });
    await backend.start();
    const destination = 'rtmp://1.1.1.1/live/stream';
    const sources: [string, string][] = [
      ['file:///etc/passwd', 'runner.unsupportedScheme'],
      ['concat:http://1.1.1.1/a.flv|file:///etc/passwd', 'runner.unsupportedScheme'],
      ['http://127.0.0.1/a.flv', 'runner.privateAddress'],
      ['rtmp://2130706433/live/a', 'runner.privateAddress'],
      ['http://10.1.2.3/a.flv', 'runner.privateAddress'],
      ['http://[::1]/a.flv', 'runner.privateAddress'],
      ['http://localhost/a.flv', 'runner.privateAddress'],
      ['http://metadata.google.internal/computeMetadata', 'runner.privateAddress'],
      ['srt://1.1.1.1:9000?streamid=a', 'runner.srtUnsupported'], // the bundled 4.1 build has no SRT
      ['http://user:pw@1.1.1.1/a.flv', 'runner.credentialsInUrl'],
    ];
    for (const [url, key] of sources) {
      const request = relayRequest({ SourceType: 'PullVodPushLive', SourceUrls: [url], ToUrl: destination }, 60);
      const error = await refusal(backend.create(request));
      expect(error.code, url).toBe('InvalidParameter.InvalidSourceUrl');
      expect((error.cause as CodedError).key, url).toBe(key);
      expect(error.message).toBe(t('en', key, (error.cause as CodedError).params));
    }
    for (const url of ['http://1.1.1.1/live/x', 'rtmp://192.168.1.20/live/x', 'file:///tmp/out.flv']) {
      const request = relayRequest({ SourceType: 'PullLivePushLive', SourceUrls: ['rtmp://1.1.1.1/live/in'], ToUrl: url }, 60);
      expect((await refusal(backend.create(request))).code, url).toBe('InvalidParameter.InvalidToUrl');
    }
    expect((await backend.quota()).count).toBe(0);
    await backend.close();
    db.close();
    expect(lines.join('')).not.toContain('ffmpeg spawned');
  });

  it('does not let a source redirect ffmpeg to a local file', async () => {
    http.redirect('/evil.flv', 'file:///etc/passwd');
    const harness = await startBackend(join(dir.path, 'redirect'));
    try {
      const request = relayRequest({ SourceType: 'PullVodPushLive', SourceUrls: [http.url('evil.flv')], ToUrl: 'rtmp://127.0.0.1:9/live/x' }, 60);
      await harness.backend.create(request);
      await harness.sink.waitFor((e) => e.some((x) => x.detail.type === 'PullFileFailed'), 15_000, 'PullFileFailed');
      expect(http.requests.filter((path) => path !== '/evil.flv')).toEqual([]);
    } finally {
      await harness.backend.close();
      harness.db.close();
    }
  });

  it('refuses tasks beyond the limit with the provider code, and closes a window that passed while it was down', async () => {
    const dataDir = join(dir.path, 'limit');
    const harness = await startBackend(dataDir, { RELAYBOT_RUNNER_MAX_TASKS: '2' });
    const later = (request: ReturnType<typeof relayRequest>) => ({
      ...request,
      StartTime: toApiTime(new Date(Date.now() + 3_600_000)),
      EndTime: toApiTime(new Date(Date.now() + 7_200_000)),
    });
    const source = { SourceType: 'PullVodPushLive' as const, SourceUrls: [http.url('ok.flv')], ToUrl: 'rtmp://127.0.0.1:9/live/x' };
    const first = later(relayRequest(source, 60));
    await harness.backend.create(first);
    await harness.backend.create(later(relayRequest(source, 60)));
    // A retried create of the same task is not a new task.
    await harness.backend.create(first);
    const error = await refusal(harness.backend.create(later(relayRequest(source, 60))));
    expect(error.code).toBe('InvalidParameter.TaskNumMoreThanLimit');
    expect(await harness.backend.quota()).toEqual({ count: 2, limit: 2 });
    expect(harness.backend.runningCount).toBe(0);
    expect((await harness.backend.describe(first.SpecifyTaskId))?.Status).toBe('enable');

    // The bot goes down; meanwhile (through a CLI) the first task's window is moved into the past.
    await harness.backend.close();
    harness.db.close();
    const cliDb = openDatabase(dataDir);
    const cli = createFfmpegBackend({ settings: testSettings(), db: cliDb, sink: new RecordingSink(), logger: pino({ level: 'silent' }), mode: 'client' });
    const past = { StartTime: toApiTime(new Date(Date.now() - 7_200_000)), EndTime: toApiTime(new Date(Date.now() - 3_600_000)) };
    await cli.modify(first.SpecifyTaskId, past, 'test');
    cliDb.close();
    const restarted = await startBackend(dataDir, { RELAYBOT_RUNNER_MAX_TASKS: '2' });
    try {
      await restarted.sink.waitFor((e) => e.some((x) => x.event === 'TaskExit'), 5000, 'TaskExit of the passed window');
      // It never ran: an alarm saying so comes before the exit that closes it, not a quiet "ended".
      expect(restarted.sink.events.map((e) => e.event)).toEqual(['TaskAlarm', 'TaskExit']);
      expect(restarted.sink.events.map((e) => e.body.task_id)).toEqual([first.SpecifyTaskId, first.SpecifyTaskId]);
      const [alarm, exit] = restarted.sink.events.map((e) => e.detail);
      expect(alarm).toMatchObject({ reason: { code: 'windowMissed' }, message: expect.stringContaining('never ran') });
      expect(exit).toMatchObject({ code: 1, reason: { code: 'windowMissed' } });
      expect((await restarted.backend.quota()).count).toBe(1);
      await restarted.backend.delete(first.SpecifyTaskId, 'test').catch(() => undefined);
    } finally {
      await restarted.backend.close();
      restarted.db.close();
    }
  });
});
