// WAL checkpoints off the event loop. SQLite's automatic checkpoint runs inside the COMMIT that crosses the
// threshold, on the committing thread: it copies pages back to the database file and fsyncs both files, which
// on a shared disk stalls the event loop for 5–20 ms every ~1,000 pages. Under a burst of relay callbacks that
// is every few dozen commits, and every request in flight waits it out (it was the p99 of the callback bench).
//
// Here one worker thread per process, with its own connection to each file database, runs PASSIVE checkpoints
// on a timer: they never block the writer, and the fsyncs wait on that thread. The writer's own automatic
// checkpoint stays on with a high threshold as a backstop (a worker that falls behind, or a WAL that never
// catches up under sustained load); it only copies what the worker has not. Durability is unchanged: a commit
// is in the WAL before it returns, checkpoints only move it into the main file.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** How often at most the worker looks at each database's WAL: while it grows fast enough to need it. */
const CHECKPOINT_EVERY_MS = 100;
/**
 * How often at least. Each look wakes the thread (~40 µs with cold caches, and on a VM often far more), so the
 * worker looks only as often as the WAL's growth needs: from the growth since its last look it estimates when
 * the WAL reaches MIN_WAL_BYTES and looks again at half that time, between CHECKPOINT_EVERY_MS (a burst of
 * callbacks) and this (a relay saving its progress every few seconds, or nothing written at all). A burst
 * starting in a quiet spell is seen at most this late: a few thousand pages at the callback bench's rate, far
 * below the writer's backstop.
 */
const IDLE_LOOK_EVERY_MS = 1_000;
/**
 * The writer's own automatic checkpoint (pages of WAL, ~100 MB): a backstop. Under a continuous burst the
 * worker keeps the database file current but never quite catches up with the last commit, and the WAL only
 * restarts from the top once it has; the backstop bounds the WAL when a burst outlasts ~25,000 pages (about
 * 6,000 callbacks), at the price of one stalled commit then. (At 1,000 pages, SQLite's default, a burst of
 * 10,000 callbacks stalled some 30 commits.)
 */
/** The worker checkpoints a WAL once it is this large (~1,000 pages, SQLite's own default threshold). */
const MIN_WAL_BYTES = 4 * 1024 * 1024;
export const BACKSTOP_AUTOCHECKPOINT_PAGES = 25_000;
/** What the WAL file is cut back to once it restarts (bytes). */
export const WAL_SIZE_LIMIT_BYTES = 64 * 1024 * 1024;

// CommonJS, evaluated in the worker: `files` maps a database file to its connection (opened on 'open', closed on
// 'close'). A failed checkpoint (busy, file gone) is skipped: the next tick or the writer's backstop retries.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const files = new Map();
let timer = null;
// Looks taken so far, shared with the main thread (checkpointLooks()).
const looks = new Int32Array(workerData.looks);
const { openSync, readSync, closeSync } = require('node:fs');
// The wal-index header (https://www.sqlite.org/walformat.html): szPage (u16) at byte 14, mxFrame (u32) at 16,
// and in the checkpoint info that follows the header's two 48-byte copies, nBackfill (u32) at 96. All in the
// machine's byte order. mxFrame - nBackfill is what a checkpoint would copy now.
const header = Buffer.alloc(100);
const LE = require('node:os').endianness() === 'LE';
// Reads the header into entry.frames (mxFrame: the WAL's last frame) and entry.pageBytes, and returns the bytes
// not yet checkpointed.
function pendingBytes(entry) {
  try {
    if (entry.shm === null) entry.shm = openSync(entry.file + '-shm', 'r');
    if (readSync(entry.shm, header, 0, 100, 0) < 100) return 0;
  } catch {
    return 0;
  }
  const pageSize = LE ? header.readUInt16LE(14) : header.readUInt16BE(14);
  // A page size of 65536 is stored as 1.
  entry.pageBytes = pageSize === 1 ? 65536 : pageSize;
  entry.frames = LE ? header.readUInt32LE(16) : header.readUInt32BE(16);
  const frames = entry.frames - (LE ? header.readUInt32LE(96) : header.readUInt32BE(96));
  return Math.max(0, frames) * entry.pageBytes;
}
let wait = workerData.everyMs;
// When to look at one database's WAL again, from what it held at the last look (frames then) and now.
function nextLook(entry, framesBefore, pending) {
  if (framesBefore < 0) return workerData.everyMs;
  // mxFrame moves on every commit, and back to the top when the WAL restarts (its frames are then all new).
  const grownFrames = entry.frames >= framesBefore ? entry.frames - framesBefore : entry.frames;
  if (grownFrames === 0) return Math.min(wait * 2, workerData.idleEveryMs);
  const bytesPerMs = (grownFrames * entry.pageBytes) / wait;
  const untilFull = Math.max(0, workerData.minWalBytes - pending) / bytesPerMs;
  return Math.min(workerData.idleEveryMs, Math.max(workerData.everyMs, untilFull / 2));
}
function tick() {
  let next = workerData.idleEveryMs;
  for (const entry of files.values()) {
    const framesBefore = entry.frames;
    const pending = pendingBytes(entry);
    next = Math.min(next, nextLook(entry, framesBefore, pending));
    // Only a WAL that has grown by ~1,000 pages since the last checkpoint is worth it: each complete
    // checkpoint fsyncs the database file and makes the writer's next commit restart the WAL, so
    // checkpointing a few pages every tick would move a stall onto every sporadic write instead of removing
    // it. The frames, not the WAL file's size: the file keeps its size after a restart.
    if (pending < workerData.minWalBytes) continue;
    try { entry.db.pragma('wal_checkpoint(PASSIVE)'); } catch {}
    next = workerData.everyMs;
  }
  wait = next;
  Atomics.add(looks, 0, 1);
  timer = setTimeout(tick, wait);
}
parentPort.on('message', ({ op, file }) => {
  if (op === 'open' && !files.has(file)) {
    try {
      const db = new Database(file, { fileMustExist: true });
      db.pragma('busy_timeout = 0');
      files.set(file, { file, db, shm: null, frames: -1, pageBytes: 4096 });
    } catch {}
  } else if (op === 'close') {
    const entry = files.get(file);
    files.delete(file);
    try { if (entry && entry.shm !== null) closeSync(entry.shm); } catch {}
    try { entry && entry.db.close(); } catch {}
  }
  if (files.size > 0 && !timer) { wait = workerData.everyMs; timer = setTimeout(tick, wait); }
  if (files.size === 0 && timer) { clearTimeout(timer); timer = null; }
});
`;

let worker: Worker | null = null;
/** The worker's count of looks (one Int32), readable here without a message round trip. */
const looks = new Int32Array(new SharedArrayBuffer(4));
/** Open handles per file: two connections of this process to one file share one checkpoint connection. */
const users = new Map<string, number>();

function theWorker(): Worker {
  if (!worker) {
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        driver,
        everyMs: CHECKPOINT_EVERY_MS,
        idleEveryMs: IDLE_LOOK_EVERY_MS,
        minWalBytes: MIN_WAL_BYTES,
        looks: looks.buffer,
      },
    });
    // It must never keep the process alive, nor take it down: without it the writer's backstop checkpoints.
    worker.unref();
    worker.on('error', () => {
      worker = null;
    });
  }
  return worker;
}

/** Starts background checkpoints of `file` (a WAL database); the returned function stops them. */
export function checkpointInBackground(file: string): () => void {
  users.set(file, (users.get(file) ?? 0) + 1);
  theWorker().postMessage({ op: 'open', file });
  let stopped = false;
  return () => {
    if (stopped) return;
    stopped = true;
    const left = (users.get(file) ?? 1) - 1;
    if (left > 0) {
      users.set(file, left);
      return;
    }
    users.delete(file);
    worker?.postMessage({ op: 'close', file });
  };
}

/** How many times the worker has looked at the WALs (each look wakes its thread): for tests and diagnostics. */
export function checkpointLooks(): number {
  return Atomics.load(looks, 0);
}
