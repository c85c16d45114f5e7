// The HTTP server around the receiver: health and readiness (with the real ffmpeg runner's ping), Prometheus
// metrics, adapter routes mounted with their raw bodies, and a graceful close that answers in-flight requests.
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFfmpegBackend } from '../../src/backends/ffmpeg/index.js';
import { parseSettings } from '../../src/config/index.js';
import { coreConfigSchema } from '../../src/config/core.js';
import { ffmpegConfigSchema } from '../../src/config/ffmpeg.js';
import { callbackPath } from '../../src/core/relay-event.js';
import { backendCheck, storeCheck, type HttpRoutes } from '../../src/http/index.js';
import { createLogger } from '../../src/log.js';
import { openStore } from '../../src/store/index.js';
import { ChatStandin, StandinNotifier } from '../support/chat-standin.js';
import { callbackBody, eventually, makeTask, postCallback } from '../support/relay-fixtures.js';
import { startHarness, type Harness } from '../support/relay-harness.js';

function ffmpegBackend(dir: string, env: Record<string, string> = {}) {
  const store = openStore(join(dir, 'runner'));
  const backend = createFfmpegBackend({
    settings: { core: parseSettings(coreConfigSchema, env), ffmpeg: parseSettings(ffmpegConfigSchema, env) },
    db: store.db,
    sink: { accept: async () => {} },
    logger: createLogger({ level: 'silent' }),
    mode: 'client',
  });
  return { backend, store };
}

describe('the HTTP server', () => {
  let dir: string;
  let harness: Harness | null = null;
  const cleanups: (() => Promise<void> | void)[] = [];

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'relaybot-http-'));
  });

  afterEach(async () => {
    await harness?.close();
    harness = null;
    for (const cleanup of cleanups.splice(0)) await cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is live at /healthz and ready at /readyz with each check’s detail (ffmpeg version included)', async () => {
    const runner = ffmpegBackend(dir);
    cleanups.push(() => runner.store.close());
    harness = await startHarness({ dataDir: dir, readiness: [backendCheck(runner.backend)] });
    expect(await (await fetch(`${harness.url}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${harness.url}/readyz`);
    expect(ready.status).toBe(200);
    const body = (await ready.json()) as { status: string; checks: Record<string, { ok: boolean; detail?: string }> };
    expect(body.status).toBe('ready');
    expect(body.checks.store).toMatchObject({ ok: true });
    expect(body.checks['backend:local']?.detail).toMatch(/ffmpeg/i);
  });

  it('answers 503 at /readyz with the reasons when the store or a backend is not usable', async () => {
    const runner = ffmpegBackend(dir, { RELAYBOT_FFMPEG_PATH: join(dir, 'no-such-ffmpeg') });
    cleanups.push(() => runner.store.close());
    const broken = openStore(join(dir, 'closed'));
    broken.close();
    harness = await startHarness({ dataDir: dir, readiness: [backendCheck(runner.backend), { ...storeCheck(broken), name: 'other-store' }] });
    const ready = await fetch(`${harness.url}/readyz`);
    expect(ready.status).toBe(503);
    const body = (await ready.json()) as { status: string; checks: Record<string, { ok: boolean; reason?: string }> };
    expect(body.status).toBe('unavailable');
    expect(body.checks['backend:local']).toMatchObject({ ok: false });
    expect(body.checks['other-store']?.reason).toMatch(/not open/i);
    expect(body.checks.store).toMatchObject({ ok: true });
  });

  it('exports Prometheus metrics: tasks by state, events by outcome, deliveries and their latency', async () => {
    const chat = await new ChatStandin().start();
    cleanups.push(() => chat.stop());
    harness = await startHarness({ dataDir: dir, notifiers: [new StandinNotifier('standin', chat.url)], perChannelPerSecond: 50 });
    const task = makeTask();
    harness.store.tasks.insert(task);
    const url = `${harness.url}${callbackPath(task.callbackToken)}`;
    const start = callbackBody(task, 'TaskStart', { eventTime: 1_900_000_000 });
    await postCallback(url, start);
    await postCallback(url, start); // a provider retry
    await postCallback(url, { nonsense: true });
    await eventually(() => chat.posts.length >= 1 && chat.edits.length >= 1);
    await eventually(() => harness!.pipeline.outbox.counts().done === 2);
    const response = await fetch(`${harness.url}/metrics`);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/relaybot_tasks\{state="running"\} 1/);
    expect(text).toMatch(/relaybot_events_total\{outcome="received"\} 3/);
    expect(text).toMatch(/relaybot_events_total\{outcome="stored"\} 1/);
    expect(text).toMatch(/relaybot_events_total\{outcome="duplicate"\} 1/);
    expect(text).toMatch(/relaybot_events_total\{outcome="rejected"\} 1/);
    expect(text).toMatch(/relaybot_deliveries_total\{outcome="delivered",platform="standin"\} 2/);
    expect(text).toMatch(/relaybot_delivery_latency_seconds_count\{platform="standin"\} 2/);
  });

  it('mounts adapter routes that see the exact raw body (for signature checks)', async () => {
    const seen: { raw: string | null; parsed: unknown }[] = [];
    const slackLike: HttpRoutes = async (app) => {
      app.post('/slack/events', async (request) => {
        seen.push({ raw: request.rawBody, parsed: request.body });
        return { ok: true };
      });
    };
    harness = await startHarness({ dataDir: dir, extraRoutes: [slackLike] });
    const json = '{ "type":"url_verification",  "challenge": "abc" }';
    await fetch(`${harness.url}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: json });
    const form = 'command=%2Frelay&text=list+tasks&team_id=T1';
    await fetch(`${harness.url}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form });
    expect(seen).toEqual([
      { raw: json, parsed: { type: 'url_verification', challenge: 'abc' } },
      { raw: form, parsed: { command: '/relay', text: 'list tasks', team_id: 'T1' } },
    ]);
  });

  it('closes gracefully: a request in flight is answered, new connections are refused', async () => {
    let release: () => void = () => {};
    const slow: HttpRoutes = async (app) => {
      app.get('/slow', async () => {
        await new Promise<void>((resolve) => (release = resolve));
        return { finished: true };
      });
    };
    const started = await startHarness({ dataDir: dir, extraRoutes: [slow] });
    const inFlight = fetch(`${started.url}/slow`).then(async (r) => ({ status: r.status, body: await r.json() }));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const closing = started.close();
    setTimeout(() => release(), 100);
    expect(await inFlight).toEqual({ status: 200, body: { finished: true } });
    await closing;
    // A new connection is refused (a kept-alive one would get 503 while closing).
    const refused = await new Promise<string>((resolve) => {
      request(`${started.url}/healthz`, { agent: false }, (r) => resolve(String(r.statusCode)))
        .on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'))
        .end();
    });
    expect(refused).toBe('ECONNREFUSED');
  });
});
