// WAL checkpoints run on a worker thread (src/store/checkpointer.ts), not inside the writer's commits: what a
// burst of callbacks commits reaches the database file without any commit having paid for copying it there.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { checkpointLooks } from '../../src/store/checkpointer.js';
import { openDatabase } from '../../src/store/database.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * How long a checkpoint may take to reach the file. It takes well under a second on an idle machine; on a loaded
 * one (CI's two cores shared with other test files) the worker thread gets little time, and a wait of 5 s was seen
 * to end with a checkpoint half done. The tests wait for the file, not for a time, so this only bounds a failure.
 */
const CHECKPOINT_WAIT_MS = 15_000;

/**
 * The database file's size once it has reached `bytes` and then stopped growing for 300 ms: the worker copies a
 * checkpoint page by page, and a file caught mid-copy already past `bytes` is not yet all that was committed.
 */
async function sizeReaches(file: string, bytes: number, withinMs: number): Promise<number> {
  const until = Date.now() + withinMs;
  let size = statSync(file).size;
  let steadySince = Date.now();
  while (Date.now() < until && (size < bytes || Date.now() - steadySince < 300)) {
    await sleep(25);
    const now = statSync(file).size;
    if (now !== size) steadySince = Date.now();
    size = now;
  }
  return size;
}

/** A fresh store with a scratch table, and a way to commit ~6 MB to it (192 rows of 32 KB). */
function scratchStore(): { db: ReturnType<typeof openDatabase>; file: string; insert: (fill: number) => void; burst: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'relaybot-checkpoint-'));
  dirs.push(dir);
  const db = openDatabase(dir);
  db.exec('CREATE TABLE scratch (payload BLOB NOT NULL)');
  const statement = db.prepare('INSERT INTO scratch (payload) VALUES (?)');
  const insert = (fill: number) => void statement.run(Buffer.alloc(32_768, fill));
  const burst = () => {
    for (let i = 0; i < 192; i += 1) insert(i);
  };
  return { db, file: join(dir, 'relaybot.sqlite'), insert, burst };
}

describe('background checkpoints', () => {
  it('moves committed pages into the database file while the writer only appends to the WAL', async () => {
    const { db, file, burst } = scratchStore();
    // The writer's own checkpoint is only a far backstop: ~6 MB of commits stay below it, and are past the
    // size at which the worker checkpoints (4 MB).
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBeGreaterThanOrEqual(5_000);
    burst();

    const size = await sizeReaches(file, 6_000_000, CHECKPOINT_WAIT_MS);
    expect(size).toBeGreaterThanOrEqual(6_000_000);
    // Everything the WAL held is in the file: a checkpoint now has nothing left to copy.
    const [result] = db.pragma('wal_checkpoint(PASSIVE)') as { log: number; checkpointed: number }[];
    expect(result!.checkpointed).toBe(result!.log);
    expect((db.prepare('SELECT COUNT(*) AS n FROM scratch').get() as { n: number }).n).toBe(192);
    db.close();
  });

  it('still checkpoints a burst that comes after a quiet spell (the worker looks less often while nothing is written)', async () => {
    const { db, file, burst } = scratchStore();
    // Long enough for the worker's wait to have grown to its longest.
    await sleep(2_500);
    burst();
    expect(await sizeReaches(file, 6_000_000, CHECKPOINT_WAIT_MS)).toBeGreaterThanOrEqual(6_000_000);
    db.close();
  });

  it('leaves a small WAL alone, so sporadic writes do not each restart it', async () => {
    const { db, file, insert } = scratchStore();
    const before = statSync(file).size;
    insert(1);
    await sleep(400);
    // The 32 KB row is still only in the WAL: the database file has not grown.
    expect(statSync(file).size).toBe(before);
    db.close();
  });

  it('after a large checkpoint, judges by what the WAL holds, not by its file (which keeps its size)', async () => {
    const { db, file, insert, burst } = scratchStore();
    burst();
    expect(await sizeReaches(file, 6_000_000, CHECKPOINT_WAIT_MS)).toBeGreaterThanOrEqual(6_000_000);

    // The next commit restarts the WAL from its top; the file stays ~6 MB, far above the 4 MB threshold.
    const before = statSync(file).size;
    insert(255);
    await sleep(400);
    expect(statSync(`${file}-wal`).size).toBeGreaterThanOrEqual(4 * 1024 * 1024);
    // ...yet the one new row waits in the WAL: no checkpoint (and fsync) for a few pages.
    expect(statSync(file).size).toBe(before);
    db.close();
  });

  it('looks about once a second while only a trickle is written (a relay saving its progress), not ten times', async () => {
    const { db, insert } = scratchStore();
    db.exec('CREATE TABLE progress (at INTEGER NOT NULL)');
    const save = db.prepare('INSERT INTO progress (at) VALUES (?)');
    insert(1);
    await sleep(1_200); // past the worker's first looks at the new file
    const before = checkpointLooks();
    const started = Date.now();
    while (Date.now() - started < 4_000) {
      save.run(Date.now());
      await sleep(250);
    }
    const looks = checkpointLooks() - before;
    // One look a second (four, five with timing); the cadence this replaced went back to 100 ms at every write
    // and took ~25.
    expect(looks).toBeGreaterThanOrEqual(2);
    expect(looks).toBeLessThanOrEqual(8);
    db.close();
  });

  it('checkpoints a WAL growing steadily (not in one burst) once it passes 4 MB', async () => {
    const { db, file, insert } = scratchStore();
    await sleep(1_200); // the worker at its slowest cadence when the writes begin
    const before = statSync(file).size;
    // ~2 MB a second: 192 rows of 32 KB (~6 MB), one every 16 ms or so; the WAL passes 4 MB after about 2 s.
    for (let row = 0; row < 192; row += 1) {
      insert(row);
      await sleep(16);
    }
    // Checkpointed while the writes went on, or right after. The database file grows by the distinct pages the
    // WAL held at the checkpoint (4 MB of frames repeat the table's upper pages): over 3 MB of the rows.
    expect(await sizeReaches(file, before + 3_000_000, CHECKPOINT_WAIT_MS)).toBeGreaterThanOrEqual(before + 3_000_000);
    db.close();
  });
});
