// The bundled ffmpeg runner, measured side by side in one run on this machine:
//  1. CPU seconds and peak memory of one ~2 Mbps relay (live; an FLV file; an MP4 file) through the runner vs the
//     same ffmpeg command run bare (target: runner ≤ 10% more). Memory is PSS: the relay's ffmpegs summed at the
//     same instant (see PeakMemory), plus the media Buffers it holds in the bot (see liveBuffersMiB);
//  2. time from a task's start to its stream being readable at the destination, runner vs bare (target < 2 s);
//  3. N concurrent relays (default 20, RELAYBOT_BENCH_RELAYS) all holding speed ≥ 1.0×.
// Everything is local: media made by the bundled ffmpeg, served over HTTP from this process, pushed to a real
// RTMP server (node-media-server) in a child process.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { Writable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { pino } from 'pino';
import { createFfmpegBackend, type FfmpegBackend } from '../src/backends/ffmpeg/index.js';
import type { BackendCreateRequest } from '../src/core/backend.js';
import { toApiTime } from '../src/core/relay-request.js';
import { openDatabase, type Db } from '../src/store/database.js';
import { testSettings } from '../test/backends/ffmpeg/harness.js';
import { FFMPEG, makeMedia, publishLive } from '../test/support/media.js';
import { RtmpServer } from '../test/support/rtmp-server.js';
import { summary } from './stats.js';

const RELAYS = Number(process.env.RELAYBOT_BENCH_RELAYS ?? 20);
const CLIP_SECONDS = 20;

/**
 * Polls the memory of a changing set of processes, in MiB, every 100 ms:
 *  - `pss`: the peak of their PSS summed at the same instant — what the relay holds at its worst moment. PSS splits
 *    pages shared between processes (the ffmpeg binary's code) fairly among them, so two ffmpegs of one binary are
 *    not charged its code twice;
 *  - `pssEach`: each process's own peak PSS, summed (peaks of different moments: it over-counts a relay of two
 *    processes whose share of the code changes as one starts or exits; shown, not judged);
 *  - `rss`: each one's peak RSS (VmHWM), summed (shared pages counted in full by each).
 * Reading smaps_rollup costs this process ~60 µs per pid per sample, and the runner has two ffmpegs where bare
 * has one: the sampler counts its own CPU so that it is not billed to the runner.
 */
class PeakMemory {
  private readonly rss = new Map<number, number>();
  private readonly pss = new Map<number, number>();
  private pssTogether = 0;
  private readonly timer: NodeJS.Timeout;
  /** CPU seconds this sampler has spent in this process. */
  ownCpu = 0;
  constructor(private readonly pids: () => Iterable<number>) {
    this.timer = setInterval(() => this.sample(), 100);
  }
  private sample(): void {
    const before = process.cpuUsage();
    this.read();
    this.ownCpu += cpuSeconds(process.cpuUsage(before));
  }
  private read(): void {
    let together = 0;
    for (const pid of this.pids()) {
      try {
        const rss = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
        const pss = pssOf(pid);
        this.rss.set(pid, Math.max(this.rss.get(pid) ?? 0, rss));
        this.pss.set(pid, Math.max(this.pss.get(pid) ?? 0, pss));
        together += pss;
      } catch {
        // exited between listing and reading
      }
    }
    this.pssTogether = Math.max(this.pssTogether, together);
  }
  stop(): Memory {
    this.sample();
    clearInterval(this.timer);
    const sum = (m: Map<number, number>) => [...m.values()].reduce((a, b) => a + b, 0) / 1024;
    return { pss: this.pssTogether / 1024, pssEach: sum(this.pss), rss: sum(this.rss) };
  }
}

interface Memory {
  pss: number;
  pssEach: number;
  rss: number;
}

/**
 * The media Buffers this process holds (the bot runs the runner in it: a file relay's queue and socket reads are
 * Buffers), MiB, after a full collection: garbage Buffers wait for the collector, so without one the figure is its
 * timing (a relay's peak moved from 0.2 to 7 MiB between runs), and the bot's PSS as a whole moves the same way.
 * Taken after the CPU window, so the collection is not billed to the relay.
 */
function liveBuffersMiB(): number {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
  return process.memoryUsage().arrayBuffers / 2 ** 20;
}

/** A process's proportional set size, KiB. */
function pssOf(pid: number): number {
  return Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
}

/** Runner log lines, parsed: which ffmpeg processes it spawned and how fast each source was read. */
class LogTap {
  readonly pids = new Set<number>();
  readonly speeds: number[] = [];
  readonly stream = new Writable({
    write: (chunk: Buffer, _encoding, done) => {
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        const entry = JSON.parse(line) as { msg?: string; pid?: number; speed?: number; played?: number };
        if (entry.msg === 'ffmpeg spawned' && entry.pid) this.pids.add(entry.pid);
        if (entry.msg === 'source read' && typeof entry.speed === 'number' && (entry.played ?? 0) > 2) this.speeds.push(entry.speed);
      }
      done();
    },
  });
}

interface Rig {
  dir: string;
  rtmp: RtmpServer;
  http: MediaServerProcess;
  clipUrl: string;
  clipMbps: number;
  /** The same media as an MP4 file: a file relay that is not FLV takes another path (an ffmpeg reader). */
  mp4Url: string;
  mp4Mbps: number;
}

function newRunner(rig: Rig, name: string, tap: LogTap): { backend: FfmpegBackend; db: Db } {
  const db = openDatabase(join(rig.dir, name));
  const backend = createFfmpegBackend({
    settings: testSettings({ RELAYBOT_RUNNER_MAX_TASKS: String(Math.max(20, RELAYS)) }),
    db,
    sink: { accept: async () => undefined },
    logger: pino({ level: 'info' }, tap.stream),
    mode: 'supervisor',
  });
  return { backend, db };
}

let taskCounter = 0;
function task(rig: Rig, stream: string, loops: string, seconds: number, source = rig.clipUrl): BackendCreateRequest {
  taskCounter += 1;
  return {
    SourceType: 'PullVodPushLive',
    SourceUrls: [source],
    DomainName: '',
    AppName: '',
    StreamName: '',
    ToUrl: rig.rtmp.url(`live/${stream}`),
    StartTime: toApiTime(new Date(Date.now() - 1000)),
    EndTime: toApiTime(new Date(Date.now() + seconds * 1000)),
    Operator: 'bench',
    VodLoopTimes: loops,
    SpecifyTaskId: `bench-${process.pid}-${taskCounter}`,
    CallbackUrl: 'http://127.0.0.1:1/',
  };
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** The same relay as one plain ffmpeg command: read the file at real time, push it unchanged. */
function bareRelay(rig: Rig, stream: string): ChildProcess {
  return spawn(
    FFMPEG,
    ['-hide_banner', '-nostdin', '-loglevel', 'error', '-re', '-i', rig.clipUrl, '-c', 'copy', '-f', 'flv', rig.rtmp.url(`live/${stream}`)],
    { stdio: 'ignore' },
  );
}

/** A player that waits for the stream and exits at its first video frame: resolves with the time taken. */
function firstFrame(rig: Rig, stream: string): { done: Promise<number>; player: ChildProcess } {
  const started = performance.now();
  const player = spawn(
    FFMPEG,
    ['-hide_banner', '-nostdin', '-loglevel', 'error', '-rw_timeout', '15000000', '-fflags', 'nobuffer', '-analyzeduration', '100000', '-i', rig.rtmp.url(`live/${stream}`), '-frames:v', '1', '-f', 'null', '-'],
    { stdio: 'ignore' },
  );
  return { player, done: exited(player).then(() => performance.now() - started) };
}

const LIVE_SECONDS = 20;
/** The steady part of a relay that is measured: from this many seconds after its start ... */
const WINDOW_FROM_S = 4;
/** ... for this long (start-up and shutdown are one-off costs, shown apart). */
const WINDOW_S = 12;

/** CPU time of processes, all their threads, in seconds, with nanosecond precision (schedstat). */
function cpuOf(pids: Iterable<number>): number {
  let ns = 0;
  for (const pid of pids) {
    try {
      for (const task of readdirSync(`/proc/${pid}/task`)) {
        ns += Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ')[0]);
      }
    } catch {
      // exited
    }
  }
  return ns / 1e9;
}

/** Milliseconds this process has spent in garbage collection (main thread), counted while observed. */
let gcMs = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) gcMs += entry.duration;
}).observe({ entryTypes: ['gc'] });

interface Phase {
  ffmpegCpu: number;
  nodeCpu: number;
  /** Part of nodeCpu spent collecting garbage: V8's idle-time heap shrinking lands at random in a window. */
  nodeGc: number;
  memory: Memory;
  /** Live Buffers in this process during the relay, MiB (liveBuffersMiB). */
  buffers: number;
}

/** Measures one relay: CPU over its steady window, and memory peaks until it has exited. */
async function measurePhase(start: () => Promise<void>, pids: () => Set<number>, expected: number): Promise<Phase> {
  const memory = new PeakMemory(pids);
  await start();
  while (pids().size < expected) await sleep(50);
  await sleep(WINDOW_FROM_S * 1000);
  const f0 = cpuOf(pids());
  const n0 = process.cpuUsage();
  const sampler0 = memory.ownCpu;
  const gc0 = gcMs;
  await sleep(WINDOW_S * 1000);
  const ffmpegCpu = cpuOf(pids()) - f0;
  const nodeCpu = cpuSeconds(process.cpuUsage(n0)) - (memory.ownCpu - sampler0);
  const nodeGc = (gcMs - gc0) / 1000;
  const buffers = liveBuffersMiB();
  await waitForExit(pids());
  return { ffmpegCpu, nodeCpu, nodeGc, buffers, memory: memory.stop() };
}

/** What one overhead measurement relays: a live RTMP source, or a file over HTTP (FLV or MP4). */
type RelayKind = 'live' | 'flv' | 'mp4';

const RELAY_LABELS: Record<RelayKind, string> = {
  live: 'a live RTMP source (one ffmpeg)',
  flv: 'an FLV file over HTTP (one ffmpeg; node reads, splices and paces it)',
  mp4: 'an MP4 file over HTTP (one ffmpeg; node reads its index and frames, splices and paces them)',
};

/** CPU and memory of one relay, bare and through the runner, one after the other. */
async function measureOverhead(rig: Rig, kind: RelayKind): Promise<void> {
  // The bot is up (runner started, its database open) in both runs: what one relay adds to it is measured, not
  // what an idle bot costs anyway (its checkpoint thread, its timers).
  const tap = new LogTap();
  const { backend, db } = newRunner(rig, `overhead-${kind}`, tap);
  await backend.start();
  // Files: the same bare command for either container, `ffmpeg -re -i http://… -c copy -f flv rtmp://…`.
  const fileUrl = kind === 'mp4' ? rig.mp4Url : rig.clipUrl;
  const bareArgs = kind === 'live' ? ['-rtmp_live', 'live', '-i', rig.rtmp.url('live/source')] : ['-re', '-i', fileUrl];
  const barePids = new Set<number>();
  const bare = await measurePhase(
    async () => {
      const child = spawn(FFMPEG, ['-hide_banner', '-nostdin', '-loglevel', 'error', ...bareArgs, '-c', 'copy', '-f', 'flv', rig.rtmp.url(`live/bare-${kind}`)], {
        stdio: 'ignore',
      });
      barePids.add(child.pid!);
      if (kind === 'live') setTimeout(() => child.kill('SIGINT'), LIVE_SECONDS * 1000);
    },
    () => barePids,
    1,
  );

  const request =
    kind === 'live'
      ? { ...task(rig, `runner-${kind}`, '0', LIVE_SECONDS), SourceType: 'PullLivePushLive' as const, SourceUrls: [rig.rtmp.url('live/source')] }
      : task(rig, `runner-${kind}`, '0', 60, fileUrl);
  const runner = await measurePhase(() => backend.create(request).then(() => undefined), () => tap.pids, 1);
  await backend.close();
  db.close();

  // The HTTP source is served by another process (as a CDN would be) and the RTMP server runs in one too: what
  // this process spends beyond the bare run's baseline (the same bot, idle) is the relay's own cost.
  const extraNode = Math.max(0, runner.nodeCpu - bare.nodeCpu);
  const pct = (seconds: number) => `${((seconds / WINDOW_S) * 100).toFixed(2)}%`;
  const mbps = kind === 'mp4' ? rig.mp4Mbps : rig.clipMbps;
  console.log(`one ${mbps.toFixed(2)} Mbps relay of ${RELAY_LABELS[kind]}; CPU as % of one core over ${WINDOW_S} s of steady relaying:`);
  // What the relay adds to the bot's own memory: its live Buffers beyond the bare run's (the same bot, idle).
  const inBot = Math.max(0, runner.buffers - bare.buffers);
  const runnerPss = runner.memory.pss + inBot;
  console.log(`  bare ffmpeg      ffmpeg ${pct(bare.ffmpegCpu)}   peak pss ${bare.memory.pss.toFixed(1)} MiB   peak rss ${bare.memory.rss.toFixed(1)} MiB`);
  console.log(
    `  runner           ffmpeg ${pct(runner.ffmpegCpu)} + node ${pct(extraNode)} (gc in window: bare ${pct(bare.nodeGc)}, runner ${pct(runner.nodeGc)})` +
      `   peak pss ${runnerPss.toFixed(1)} MiB (ffmpeg ${runner.memory.pss.toFixed(1)} at once, each one's own peak summed ${runner.memory.pssEach.toFixed(1)}; Buffers in the bot +${inBot.toFixed(1)})` +
      `   peak rss ${runner.memory.rss.toFixed(1)} MiB`,
  );
  console.log(
    `  ratio            cpu ${((runner.ffmpegCpu + extraNode) / bare.ffmpegCpu).toFixed(2)}x   pss ${(runnerPss / bare.memory.pss).toFixed(2)}x   rss ${(runner.memory.rss / bare.memory.rss).toFixed(2)}x   (target ≤ 1.10x)`,
  );
}

async function measureStartup(rig: Rig, rounds = 5): Promise<void> {
  const bare: number[] = [];
  const runner: number[] = [];
  const tap = new LogTap();
  const { backend, db } = newRunner(rig, 'startup', tap);
  await backend.start();
  for (let i = 0; i < rounds; i += 1) {
    const b = firstFrame(rig, `sb${i}`);
    const bareProcess = bareRelay(rig, `sb${i}`);
    bare.push(await b.done);
    bareProcess.kill('SIGKILL');
    const r = firstFrame(rig, `sr${i}`);
    const request = task(rig, `sr${i}`, '-1', 60);
    await backend.create(request);
    runner.push(await r.done);
    await backend.delete(request.SpecifyTaskId, 'bench');
  }
  await backend.close();
  db.close();
  const b = summary(bare);
  const r = summary(runner);
  console.log(`start to first frame at the destination (player included), ${rounds} rounds:`);
  console.log(`  bare ffmpeg      p50 ${(b.p50 / 1000).toFixed(2)} s   max ${(b.max / 1000).toFixed(2)} s`);
  console.log(`  runner           p50 ${(r.p50 / 1000).toFixed(2)} s   max ${(r.max / 1000).toFixed(2)} s   (target < 2 s)`);
}

async function measureConcurrency(rig: Rig): Promise<void> {
  const tap = new LogTap();
  const { backend, db } = newRunner(rig, 'concurrency', tap);
  await backend.start();
  const cpu0 = process.cpuUsage();
  const started = performance.now();
  const ids: string[] = [];
  for (let i = 0; i < RELAYS; i += 1) {
    const request = task(rig, `c${i}`, '0', 120); // one pass of the clip each
    ids.push(request.SpecifyTaskId);
    await backend.create(request);
  }
  const memory = new PeakMemory(() => tap.pids);
  // A relay reports itself active once its destination takes the stream, and inactive again when it is done:
  // wait for each to go on air, then for each to finish (a deadline keeps a relay that never got on air from
  // hanging the bench; it shows up below as a missing speed figure).
  const deadline = Date.now() + (CLIP_SECONDS + 60) * 1000;
  const until = async (id: string, status: 'active' | 'inactive') => {
    while ((await backend.status(id))?.RunStatus !== status && Date.now() < deadline) await sleep(250);
  };
  for (const id of ids) await until(id, 'active');
  for (const id of ids) await until(id, 'inactive');
  const wall = (performance.now() - started) / 1000;
  const { rss, pss } = memory.stop();
  const nodeCpu = cpuSeconds(process.cpuUsage(cpu0));
  await backend.close();
  db.close();
  const speeds = tap.speeds;
  const s = summary(speeds);
  // -re paces a reader at exactly real time; ffmpeg prints that as "1x". Measured between progress reports the
  // figure wobbles in the third decimal, so falling behind means below 0.99.
  const below = speeds.filter((v) => v < 0.99).length;
  console.log(`${RELAYS} concurrent relays, ${CLIP_SECONDS} s of media each, done in ${wall.toFixed(1)} s:`);
  console.log(`  steady speed of each file read: min ${Math.min(...speeds).toFixed(3)}x   p50 ${s.p50.toFixed(3)}x   below 0.99x: ${below} of ${speeds.length}`);
  console.log(`  ffmpeg peak rss ${rss.toFixed(0)} MiB, pss ${pss.toFixed(0)} MiB in all; runner node cpu ${nodeCpu.toFixed(2)} s`);
}

interface MediaServerProcess {
  url(path: string): string;
  stop(): Promise<void>;
}

/** test/support's HTTP media server in a child process, so that serving the clip is not billed to the runner. */
async function startMediaServerProcess(dir: string): Promise<MediaServerProcess> {
  const script = new URL('../test/support/http-media-server-process.ts', import.meta.url).pathname;
  const child = spawn(process.execPath, ['--import', 'tsx', script, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`media server exited (${code})`)));
    child.stdout.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim())));
  });
  return {
    url: (path) => `http://127.0.0.1:${port}/${path}`,
    stop: async () => {
      child.kill('SIGTERM');
      await exited(child);
    },
  };
}

function cpuSeconds(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1e6;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function waitForExit(pids: Iterable<number>): Promise<void> {
  for (const pid of pids) {
    while (isAlive(pid)) await sleep(50);
  }
}

function isAlive(pid: number): boolean {
  try {
    return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return false;
  }
}

/**
 * The first file relays of a bot load and optimise the file path's code (HTTP reads, the FLV splicer, the feed)
 * and grow its heap once; a bot that has run one file relay does not pay that again. Two short relays (FLV and MP4)
 * run first, so that "in the bot" below is what one more relay adds; what they cost is printed.
 */
async function warmUpFileRelays(rig: Rig): Promise<void> {
  const tap = new LogTap();
  const { backend, db } = newRunner(rig, 'warm-up', tap);
  await backend.start();
  const before = pssOf(process.pid) / 1024;
  await backend.create(task(rig, 'warm-up-flv', '0', 8));
  await backend.create(task(rig, 'warm-up-mp4', '0', 8, rig.mp4Url));
  await sleep(9000);
  await waitForExit(tap.pids);
  await backend.close();
  db.close();
  const after = pssOf(process.pid) / 1024;
  console.log(`warm-up: an FLV and an MP4 file relay for 8 s; this process's PSS ${before.toFixed(1)} MiB before, ${after.toFixed(1)} MiB after (one-time: the file path's code and heap)`);
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'relaybot-bench-runner-'));
  const rtmp = await RtmpServer.start();
  const http = await startMediaServerProcess(dir);
  try {
    const clip = await makeMedia(dir, { name: 'clip.flv', seconds: CLIP_SECONDS, format: 'flv', videoKbps: 1930, size: '1280x720', cbr: true });
    const clipMbps = (statSync(clip).size * 8) / CLIP_SECONDS / 1e6;
    const mp4 = await makeMedia(dir, { name: 'clip.mp4', seconds: CLIP_SECONDS, format: 'mp4', videoKbps: 1930, size: '1280x720', cbr: true });
    const mp4Mbps = (statSync(mp4).size * 8) / CLIP_SECONDS / 1e6;
    const rig: Rig = { dir, rtmp, http, clipUrl: http.url('clip.flv'), clipMbps, mp4Url: http.url('clip.mp4'), mp4Mbps };
    const source = publishLive(clip, rtmp.url('live/source'));
    try {
      await sleep(1500);
      await measureOverhead(rig, 'live');
    } finally {
      source.kill('SIGKILL');
      await exited(source);
    }
    await warmUpFileRelays(rig);
    await measureOverhead(rig, 'flv');
    await measureOverhead(rig, 'mp4');
    await measureStartup(rig);
    await measureConcurrency(rig);
  } finally {
    await http.stop();
    await rtmp.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
