// GET /healthz (the process answers) and GET /readyz (it can do its job: the store answers and every backend's
// ping() passes). Readiness reports each check's detail, e.g. the ffmpeg runner's binary and version.
import type { HttpRoutes } from './server.js';

export interface ReadinessCheck {
  name: string;
  /** Resolves with a detail when ready; throws (with a reason an operator can act on) when not. */
  check(): Promise<string>;
}

export interface ReadinessOptions {
  checks: readonly ReadinessCheck[];
  /** A check that hangs counts as failed after this long. */
  timeoutMs?: number;
}

type CheckReport = { ok: true; detail: string } | { ok: false; reason: string };

async function run(check: ReadinessCheck, timeoutMs: number): Promise<CheckReport> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    return { ok: true, detail: await Promise.race([check.check(), timeout]) };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}

export function healthRoutes(options: ReadinessOptions): HttpRoutes {
  const timeoutMs = options.timeoutMs ?? 5_000;
  return async (app) => {
    app.get('/healthz', async () => ({ status: 'ok' }));
    app.get('/readyz', async (request, reply) => {
      const reports = await Promise.all(options.checks.map(async (check) => [check.name, await run(check, timeoutMs)] as const));
      const ready = reports.every(([, report]) => report.ok);
      if (!ready) request.log.warn({ checks: Object.fromEntries(reports) }, 'not ready');
      return reply.code(ready ? 200 : 503).send({ status: ready ? 'ready' : 'unavailable', checks: Object.fromEntries(reports) });
    });
  };
}

/** The store answers a query (the store runs it: no SQL here). */
export function storeCheck(store: { ping(): void }): ReadinessCheck {
  return {
    name: 'store',
    async check() {
      store.ping();
      return 'sqlite ok';
    },
  };
}

/** A backend's own readiness (credentials and reachability for Tencent, the ffmpeg binary for the runner). */
export function backendCheck(backend: { kind: string; ping(): Promise<{ detail: string }> }): ReadinessCheck {
  return { name: `backend:${backend.kind}`, check: async () => (await backend.ping()).detail };
}
