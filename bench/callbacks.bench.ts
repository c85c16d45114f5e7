// The callback receiver under load on loopback: 10,000 distinct signed callbacks (plus 1,000 provider retries
// of some of them) at 50 concurrent keep-alive connections, against the receiver running in its own process
// (as in production; the load generator gets the other core). Prints throughput, p50/p99 latency, and counts
// from the store proving every distinct event was stored exactly once.
// Targets (issue 5): >= 2,000 callbacks/s, p99 < 25 ms on the 2-core machine.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { performance } from 'node:perf_hooks';
import { callbackPath } from '../src/core/relay-event.js';
import { openStore } from '../src/store/index.js';
import { callbackBody, makeTask } from '../test/support/relay-fixtures.js';
import { fmtMs, summary } from './stats.js';

const DISTINCT = 10_000;
const RETRIES = 1_000;
const CONCURRENCY = 50;
const TASKS = 100;
const KEY = 'bench-callback-key';

/** CPU time (user + system) a process has used so far, from /proc (Linux), in ms; NaN elsewhere. */
function cpuMsOf(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return Number.NaN;
  }
}

function post(agent: Agent, url: URL, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(body);
  });
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'relaybot-bench-callbacks-'));
  const store = openStore(dir);
  const tasks = Array.from({ length: TASKS }, () => makeTask({ state: 'running' }));
  for (const task of tasks) store.tasks.insert(task);
  store.close();

  const child = spawn(process.execPath, [...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []), '--import', 'tsx', new URL('../test/support/relay-child.ts', import.meta.url).pathname], {
    env: { ...process.env, RELAY_DATA_DIR: dir, RELAY_DELIVER: '0', RELAY_CALLBACK_KEY: KEY, RELAYBOT_TEST_LOG: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const { url } = await new Promise<{ url: string }>((resolve) => createInterface({ input: child.stdout }).once('line', (line) => resolve(JSON.parse(line) as { url: string })));
    const bodies: { url: URL; body: string }[] = [];
    for (let i = 0; i < DISTINCT; i += 1) {
      const task = tasks[i % TASKS]!;
      const index = Math.floor(i / TASKS);
      const body = callbackBody(task, 'VodSourceFileStart', { key: KEY, eventTime: 1_900_000_000 + index, msg: { url: `https://cdn.example.com/f${index}.mp4`, index, duration: 30 } });
      bodies.push({ url: new URL(`${url}${callbackPath(task.callbackToken)}`), body: JSON.stringify(body) });
    }
    // Provider retries: the same events again, interleaved with the rest.
    const sends = [...bodies];
    for (let i = 0; i < RETRIES; i += 1) sends.splice(Math.floor((i * sends.length) / RETRIES), 0, bodies[(i * 7) % DISTINCT]!);

    const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
    const latencies: number[] = [];
    const statuses = new Map<number, number>();
    let next = 0;
    const serverCpuBefore = cpuMsOf(child.pid);
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < sends.length) {
          const item = sends[next++]!;
          const t0 = performance.now();
          const status = await post(agent, item.url, item.body);
          latencies.push(performance.now() - t0);
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
        }
      }),
    );
    const elapsed = (performance.now() - started) / 1000;
    const loadDuring = loadavg()[0]!;
    const serverCpuMs = cpuMsOf(child.pid) - serverCpuBefore;
    agent.destroy();

    const check = openStore(dir);
    const stored = check.db.prepare('SELECT COUNT(*) AS n, COUNT(DISTINCT dedup_key) AS keys FROM relay_events').get() as { n: number; keys: number };
    check.close();
    const s = summary(latencies);
    console.log(`machine                  ${cpus().length} cores, 1-min load average ${loadDuring.toFixed(1)} at the end (figures are only comparable on an otherwise idle machine)`);
    console.log(`callbacks sent           ${sends.length} (${DISTINCT} distinct + ${RETRIES} retries), ${CONCURRENCY} connections`);
    console.log(`answers                  ${[...statuses].map(([status, n]) => `${status}: ${n}`).join(', ')}`);
    console.log(`throughput               ${(sends.length / elapsed).toFixed(0)} callbacks/s (target >= 2000)`);
    console.log(`latency p50 / p99 / max  ${fmtMs(s.p50)} / ${fmtMs(s.p99)} / ${fmtMs(s.max)} (target p99 < 25 ms)`);
    console.log(`server CPU per callback  ${fmtMs(serverCpuMs / sends.length)} (user+system of the receiver process; ${(sends.length / (serverCpuMs / 1000)).toFixed(0)} callbacks per CPU-second)`);
    console.log(`events stored            ${stored.n} rows, ${stored.keys} distinct keys, expected ${DISTINCT}: ${stored.n === DISTINCT && stored.keys === DISTINCT ? 'every event exactly once' : 'MISMATCH'}`);
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    rmSync(dir, { recursive: true, force: true });
  }
}
