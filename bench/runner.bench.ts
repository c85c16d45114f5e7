// The bundled ffmpeg runner, measured side by side in one run on this machine:
//  1. CPU seconds and peak memory of one ~2 Mbps relay (live; an FLV file; an MP4 file) through the runner vs the
//     same ffmpeg command run bare (target: runner ≤ 10% more); see measureOverhead. Memory is PSS, each side
//     alone: the relay's ffmpegs summed at the same instant (memory-sampler-process.ts, which samples from a
//     process of its own), plus the most media Buffers the relay holds in the bot (see liveBuffersMiB). CPU: the
//     runner and two copies of the bare command at the same time, in rounds (against the copies' mean), over the
//     same windows, once with the machine otherwise idle and once with every core kept busy at the lowest
//     priority (busy-cores.ts: what a wake-up costs then does not depend on the host);
//  2. time from a task's start to its stream being readable at the destination, runner vs bare (target < 2 s);
//  3. N concurrent relays (default 20, RELAYBOT_BENCH_RELAYS) all holding speed ≥ 1.0×.
// Everything is local: media made by the bundled ffmpeg, served over HTTP by a child process, pushed to a real
// RTMP server (node-media-server) in a child process.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
import { withBusyCores } from './busy-cores.js';
import { MemorySampler, type Memory } from './memory-sampler.js';
import { pssOf } from './proc-memory.js';
import { median, summary } from './stats.js';

const RELAYS = Number(process.env.RELAYBOT_BENCH_RELAYS ?? 20);
/** Which parts to run (comma-separated: live, flv, mp4, startup, concurrency); all by default. */
const PARTS = new Set((process.env.RELAYBOT_BENCH_RUNNER_PARTS ?? 'live,flv,mp4,startup,concurrency').split(',').map((part) => part.trim()));
const CLIP_SECONDS = 20;

/**
 * The media Buffers this process holds (the bot runs the runner in it: a file relay's queue and socket reads are
 * Buffers), MiB, after a full collection: garbage Buffers wait for the collector, so without one the figure is its
 * timing (a relay's peak moved from 0.2 to 7 MiB between runs), and the bot's PSS as a whole moves the same way.
 * Two collections back to back: V8 frees dead Buffers' memory on a background thread after a collection, and a
 * reading right after one alone sometimes still counted them (one MP4 relay, read 60 times ~1.3 s apart: 1.65,
 * 2.62 and 1.65 MiB right after one collection where a second one right after read 0.86–0.88; the other 57
 * readings alike both ways, 0.6–0.9). The second collection starts by finishing the first one's freeing, and
 * nothing is allocated between them.
 * Taken after the CPU window, so the collection is not billed to the relay.
 */
function liveBuffersMiB(): number {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
  gc();
  return process.memoryUsage().arrayBuffers / 2 ** 20;
}

/** Runner log lines, parsed: which ffmpeg processes it spawned and how fast each source was read. */
class LogTap {
  readonly pids = new Set<number>();
  readonly speeds: number[] = [];
  /** Told of each ffmpeg the runner spawns from now on. */
  readonly spawned = new Set<(pid: number) => void>();
  readonly stream = new Writable({
    write: (chunk: Buffer, _encoding, done) => {
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        const entry = JSON.parse(line) as { msg?: string; pid?: number; speed?: number; played?: number };
        if (entry.msg === 'ffmpeg spawned' && entry.pid) {
          this.pids.add(entry.pid);
          for (const listener of this.spawned) listener(entry.pid);
        }
        if (entry.msg === 'source read' && typeof entry.speed === 'number' && (entry.played ?? 0) > 2) this.speeds.push(entry.speed);
      }
      done();
    },
  });
}

interface Rig {
  dir: string;
  memory: MemorySampler;
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
/** The bot with no relay, before each round and after the last: its own CPU, the baseline of a relay's. */
const IDLE_WINDOW_S = 8;

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

/** The bot with no relay: its CPU seconds per second over IDLE_WINDOW_S. */
async function idleCpuPerSecond(): Promise<number> {
  const n0 = process.cpuUsage();
  await sleep(IDLE_WINDOW_S * 1000);
  return cpuSeconds(process.cpuUsage(n0)) / IDLE_WINDOW_S;
}

/** What one overhead measurement relays: a live RTMP source, or a file over HTTP (FLV or MP4). */
type RelayKind = 'live' | 'flv' | 'mp4';

const RELAY_LABELS: Record<RelayKind, string> = {
  live: 'a live RTMP source (one ffmpeg)',
  flv: 'an FLV file over HTTP (one ffmpeg; node reads, splices and paces it)',
  mp4: 'an MP4 file over HTTP (one ffmpeg; node reads its index and frames, splices and paces them)',
};

/** The bare command, `ffmpeg [-re] -i SOURCE -c copy -f flv rtmp://…` (the same for either file container). */
function startBare(rig: Rig, kind: RelayKind, stream: string): ChildProcess {
  const fileUrl = kind === 'mp4' ? rig.mp4Url : rig.clipUrl;
  const input = kind === 'live' ? ['-rtmp_live', 'live', '-i', rig.rtmp.url('live/source')] : ['-re', '-i', fileUrl];
  const child = spawn(FFMPEG, ['-hide_banner', '-nostdin', '-loglevel', 'error', ...input, '-c', 'copy', '-f', 'flv', rig.rtmp.url(`live/${stream}`)], {
    stdio: 'ignore',
  });
  if (kind === 'live') setTimeout(() => child.kill('SIGINT'), LIVE_SECONDS * 1000);
  return child;
}

/**
 * The same relay as a runner task; resolves with the set of ffmpegs it runs (growing as they start) and a way to
 * stop following the runner's spawns once the relay is over.
 */
async function startRunner(
  rig: Rig,
  backend: FfmpegBackend,
  tap: LogTap,
  kind: RelayKind,
  stream: string,
  onPid: (pid: number) => void,
): Promise<{ pids: Set<number>; detach: () => void }> {
  const pids = new Set<number>();
  const listener = (pid: number) => {
    pids.add(pid);
    onPid(pid);
  };
  tap.spawned.add(listener);
  const request =
    kind === 'live'
      ? { ...task(rig, stream, '0', LIVE_SECONDS), SourceType: 'PullLivePushLive' as const, SourceUrls: [rig.rtmp.url('live/source')] }
      : task(rig, stream, '0', 60, kind === 'mp4' ? rig.mp4Url : rig.clipUrl);
  await backend.create(request);
  while (pids.size < 1) await sleep(50);
  return { pids, detach: () => tap.spawned.delete(listener) };
}

/** How often the media Buffers a relay holds in the bot are read during its steady part, seconds. */
const BUFFER_READING_EVERY_S = 2;

/**
 * Memory of one relay running alone (PSS depends on what else maps the same binary): its ffmpegs' peak from
 * start to exit, and the most media Buffers it holds in the bot in its steady part.
 */
async function memoryAlone(
  rig: Rig,
  backend: FfmpegBackend,
  tap: LogTap,
  kind: RelayKind,
): Promise<{ bare: Memory; runner: Memory; inBot: number; inBotReadings: number[] }> {
  const bareWatch = rig.memory.watch();
  const bare = startBare(rig, kind, `bare-memory-${kind}`);
  bareWatch.add(bare.pid!);
  const idleBefore = liveBuffersMiB();
  await exited(bare);
  const bareMemory = await bareWatch.stop();

  const runnerWatch = rig.memory.watch();
  const { pids, detach } = await startRunner(rig, backend, tap, kind, `runner-memory-${kind}`, (pid) => runnerWatch.add(pid));
  // The most the relay holds, read every 2 s of its steady part: one reading at a fixed time showed wherever a
  // sawtooth stood then (the feed once kept written tags, with their source reads, until 1,024 had gone: 1.2
  // MiB read at 16 s, 4.4 MiB at its peak).
  await sleep(WINDOW_FROM_S * 1000);
  const readings: number[] = [];
  for (let waited = 0; waited < WINDOW_S; waited += BUFFER_READING_EVERY_S) {
    await sleep(BUFFER_READING_EVERY_S * 1000);
    readings.push(liveBuffersMiB());
  }
  await waitForExit(pids);
  detach();
  // The bot's Buffers without the relay: the lower of a reading before it and one after it. One reading before
  // alone once came while the previous part's relays still held theirs, and showed an MP4 relay holding nothing.
  await sleep(1000);
  const idleBuffers = Math.min(idleBefore, liveBuffersMiB());
  const inBotReadings = readings.map((reading) => Math.max(0, reading - idleBuffers));
  return { bare: bareMemory, runner: await runnerWatch.stop(), inBot: Math.max(...inBotReadings), inBotReadings };
}

/** One CPU round: the bare command twice and the runner relaying the same source at the same time, in one window. */
interface Round {
  /** The two bare commands' CPU, in the order they were started this round. */
  bareCpu: [number, number];
  runnerFfmpegCpu: number;
  /** All of this process's CPU in the window, every thread. */
  botCpu: number;
  /** Who started first, second and third. */
  order: Starter[];
}

type Starter = 'bare' | 'runner';

/**
 * The start order of each round: each of the three takes each place once over three rounds. Where a process
 * comes in the order weighs on its CPU: of two identical bare commands pulling the same live stream, the one
 * that subscribed first took ~10 % more (0.357 % against 0.321 %, medians of 7 rounds, every core busy, in 11
 * rounds of 12); and with the machine idle, two identical bare commands differed by up to 25 % in one round
 * (medians of 7 rounds 0.381 % and 0.427 %). So the runner is measured against the mean of two bare copies, and
 * nobody always starts first.
 */
const START_ORDERS: Starter[][] = [
  ['bare', 'runner', 'bare'],
  ['runner', 'bare', 'bare'],
  ['bare', 'bare', 'runner'],
];

/**
 * Starts the bare commands and the runner's task together and measures them over the same steady window: what
 * the machine is doing then (its clock, other tenants of the host) weighs on all alike.
 */
async function cpuRound(rig: Rig, backend: FfmpegBackend, tap: LogTap, kind: RelayKind, round: string, order: Starter[]): Promise<Round> {
  const bares: ChildProcess[] = [];
  let runnerPids = new Set<number>();
  let detach = () => undefined as void;
  for (const starter of order) {
    if (starter === 'bare') {
      bares.push(startBare(rig, kind, `bare${bares.length + 1}-${kind}-${round}`));
    } else {
      ({ pids: runnerPids, detach } = await startRunner(rig, backend, tap, kind, `runner-${kind}-${round}`, () => undefined));
    }
  }
  await sleep(WINDOW_FROM_S * 1000);
  const b0 = bares.map((bare) => cpuOf([bare.pid!]));
  const r0 = cpuOf(runnerPids);
  const n0 = process.cpuUsage();
  await sleep(WINDOW_S * 1000);
  const botCpu = cpuSeconds(process.cpuUsage(n0));
  const bareCpu = bares.map((bare, i) => cpuOf([bare.pid!]) - b0[i]!) as [number, number];
  const runnerFfmpegCpu = cpuOf(runnerPids) - r0;
  await waitForExit([...bares.map((bare) => bare.pid!), ...runnerPids]);
  detach();
  return { bareCpu, runnerFfmpegCpu, botCpu, order };
}

/**
 * CPU and memory of one relay, bare and through the runner. Memory: each alone, one after the other. CPU:
 * three rounds of all three at once (START_ORDERS), the verdict their median. The bot is up (runner started, its
 * database open) throughout: what one relay adds to it is measured, not what an idle bot costs anyway (its
 * checkpoint thread, its timers); its idle CPU is read just before and just after each round, and the relay's
 * share is what the round's window took beyond their mean.
 */
async function measureOverhead(rig: Rig, kind: RelayKind): Promise<void> {
  const tap = new LogTap();
  const { backend, db } = newRunner(rig, `overhead-${kind}`, tap);
  await backend.start();
  const mbps = kind === 'mp4' ? rig.mp4Mbps : rig.clipMbps;
  console.log(`one ${mbps.toFixed(2)} Mbps relay of ${RELAY_LABELS[kind]}:`);

  const memory = await memoryAlone(rig, backend, tap, kind);
  const runnerPss = memory.runner.pss + memory.inBot;
  console.log(
    `  memory, each alone: peak pss bare ${memory.bare.pss.toFixed(1)} MiB, runner ${runnerPss.toFixed(1)} MiB` +
      ` (ffmpeg ${memory.runner.pss.toFixed(1)} at once, each one's own peak summed ${memory.runner.pssEach.toFixed(1)}; Buffers in the bot +${memory.inBot.toFixed(1)}, the most of ${memory.inBotReadings.map((mib) => mib.toFixed(1)).join(' ')})` +
      `   peak rss bare ${memory.bare.rss.toFixed(1)}, runner ${memory.runner.rss.toFixed(1)} MiB` +
      `   ratio pss ${(runnerPss / memory.bare.pss).toFixed(2)}x, rss ${(memory.runner.rss / memory.bare.rss).toFixed(2)}x   (target ≤ 1.10x)`,
  );

  console.log(`  CPU as % of one core over ${WINDOW_S} s of steady relaying, two bare copies and the runner at the same time, the machine otherwise idle:`);
  const idle = await cpuRounds(rig, backend, tap, kind, 'idle');
  console.log(`    median ratio runner / bare ${median(idle).toFixed(2)}x   (target ≤ 1.10x)`);
  console.log('  the same with every core kept busy by a lowest-priority spinner (no core sleeps: see busy-cores.ts):');
  const busy = await withBusyCores(() => cpuRounds(rig, backend, tap, kind, 'busy'));
  console.log(`    median ratio runner / bare ${median(busy).toFixed(2)}x   (target ≤ 1.10x)`);
  await backend.close();
  db.close();
}

/** One round per start order, bare (twice) and runner at once, each printed; their ratios runner / mean of bare. */
async function cpuRounds(rig: Rig, backend: FfmpegBackend, tap: LogTap, kind: RelayKind, pass: 'idle' | 'busy'): Promise<number[]> {
  const pct = (seconds: number) => `${((seconds / WINDOW_S) * 100).toFixed(2)}%`;
  const ratios: number[] = [];
  let before = await idleCpuPerSecond();
  for (const [index, order] of START_ORDERS.entries()) {
    const round = index + 1;
    const measured = await cpuRound(rig, backend, tap, kind, `${pass}-${round}`, order);
    // The relays' exits (sockets closing, processes reaped) are over before the bot's next idle reading.
    await sleep(1000);
    const after = await idleCpuPerSecond();
    const idleCpu = ((before + after) / 2) * WINDOW_S;
    // Never below zero: a round whose idle readings came out above its relaying one counts the bot as free,
    // which is a reading's noise, not a saving to credit the runner with.
    const relayBot = Math.max(0, measured.botCpu - idleCpu);
    const [first, second] = measured.bareCpu;
    const cpu = (measured.runnerFfmpegCpu + relayBot) / ((first + second) / 2);
    ratios.push(cpu);
    console.log(
      `    round ${round} (${measured.order.join(', ')})   bare ffmpeg ${pct(first)} and ${pct(second)} (the second / the first ${(second / first).toFixed(2)}x)` +
        `   runner ffmpeg ${pct(measured.runnerFfmpegCpu)} + bot ${pct(relayBot)} (the bot ${pct(measured.botCpu)} relaying, ${pct(idleCpu)} idle)` +
        `   ratio ${cpu.toFixed(2)}x`,
    );
    before = after;
  }
  return ratios;
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
  const memory = rig.memory.watch();
  for (const pid of tap.pids) memory.add(pid);
  tap.spawned.add((pid) => memory.add(pid));
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
  const { rss, pss } = await memory.stop();
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
  const memory = await MemorySampler.start();
  try {
    const clip = await makeMedia(dir, { name: 'clip.flv', seconds: CLIP_SECONDS, format: 'flv', videoKbps: 1930, size: '1280x720', cbr: true });
    const clipMbps = (statSync(clip).size * 8) / CLIP_SECONDS / 1e6;
    const mp4 = await makeMedia(dir, { name: 'clip.mp4', seconds: CLIP_SECONDS, format: 'mp4', videoKbps: 1930, size: '1280x720', cbr: true });
    const mp4Mbps = (statSync(mp4).size * 8) / CLIP_SECONDS / 1e6;
    const rig: Rig = { dir, memory, rtmp, http, clipUrl: http.url('clip.flv'), clipMbps, mp4Url: http.url('clip.mp4'), mp4Mbps };
    if (PARTS.has('live')) {
      const source = publishLive(clip, rtmp.url('live/source'));
      try {
        await sleep(1500);
        await measureOverhead(rig, 'live');
      } finally {
        source.kill('SIGKILL');
        await exited(source);
      }
    }
    if (PARTS.has('flv') || PARTS.has('mp4')) await warmUpFileRelays(rig);
    if (PARTS.has('flv')) await measureOverhead(rig, 'flv');
    if (PARTS.has('mp4')) await measureOverhead(rig, 'mp4');
    if (PARTS.has('startup')) await measureStartup(rig);
    if (PARTS.has('concurrency')) await measureConcurrency(rig);
  } finally {
    memory.close();
    await http.stop();
    await rtmp.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
