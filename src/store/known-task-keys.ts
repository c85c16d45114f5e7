// The ids and SpecifyTaskIds of every task, in memory, for the uniqueness check of a deferred create: a query per
// create was, after the commits themselves, the largest part of what the store added to a create round trip (its
// statement, pages and native code all cold again after each SDK call). Tasks are never deleted, so the sets only
// grow, by what this connection writes (told through add()) and by what other connections commit (a CLI create while
// the bot runs): SQLite's data_version changes exactly then, and the sets are read again.
import type Database from 'better-sqlite3';
import type { Db } from './database.js';

/** How often at most another connection's commits are looked for. */
const LOOK_EVERY_MS = 100;

export class KnownTaskKeys {
  private readonly ids = new Set<string>();
  private readonly specifyTaskIds = new Set<string>();
  private readonly dataVersion: Database.Statement<[], number>;
  private readonly all: Database.Statement<[], { id: string; specify_task_id: string }>;
  private seenVersion = -1;
  private lookedAt = -Infinity;

  constructor(db: Db) {
    this.dataVersion = db.prepare<[], number>('PRAGMA data_version').pluck();
    this.all = db.prepare<[], { id: string; specify_task_id: string }>('SELECT id, specify_task_id FROM tasks');
  }

  /** Whether a task already holds this id or SpecifyTaskId. */
  taken(id: string, specifyTaskId: string): boolean {
    this.catchUp();
    return this.ids.has(id) || this.specifyTaskIds.has(specifyTaskId);
  }

  /** A task this connection wrote (or is about to). */
  add(id: string, specifyTaskId: string): void {
    this.ids.add(id);
    this.specifyTaskIds.add(specifyTaskId);
  }

  /**
   * Reads every key again when another connection has committed since the last look, looking at most every
   * LOOK_EVERY_MS: a look is a read transaction (two file locks taken and dropped), a cost on every create for what
   * only a CLI create running beside the bot changes. A key another process took in the meantime is met when the
   * create is committed (store/task-repository.ts, commitCreates), as one taken during FLUSH_AFTER_MS always was.
   */
  private catchUp(): void {
    const now = performance.now();
    if (now - this.lookedAt < LOOK_EVERY_MS) return;
    this.lookedAt = now;
    const version = this.dataVersion.get()!;
    if (version === this.seenVersion) return;
    for (const row of this.all.iterate()) this.add(row.id, row.specify_task_id);
    this.seenVersion = version;
  }
}
