// Write-behind for a create's two writes: the new task with its audit entry (before the provider is asked) and the
// provider's id (after it answers). Committed one by one, they were most of what the task service added to a create
// round trip: two SQLite commits on the path of every create, each writing its pages to the WAL (issue 3's bench).
//
// Here the new task is appended to the intent journal (store/intent-journal.ts) instead, one write() that is as
// durable as a commit in our WAL mode; the provider's id joins it in memory; and the creates of the last few
// milliseconds are committed together, in one transaction, after FLUSH_AFTER_MS or before anything reads the
// tables, whichever comes first. So:
// - a create is still recorded before the provider is asked: the journal is replayed into the tables at the next
//   open, and a task recorded without its provider's id is settled as it always was (the upkeep asks the provider);
// - every read of tasks or the audit log in this process sees every write made before it (the repositories settle
//   first), so no caller can tell the writes were late;
// - only the process that holds the data directory defers (the bot, under its instance lock): the journal has one
//   writer. The CLI's store commits at once, as before.
import type { AuditEntry } from '../core/ports.js';
import type { TaskRecord } from '../core/task.js';
import type { Db } from './database.js';
import { readIntentJournal, type IntentJournal } from './intent-journal.js';

/**
 * How long a deferred create waits at most before it is committed (unless a read commits it sooner): creates that
 * arrive together (a burst, a script) share one commit, and the tables lag other processes (a CLI reading them) by
 * no more than this.
 */
export const FLUSH_AFTER_MS = 200;

export interface PendingCreate {
  task: TaskRecord;
  audit: AuditEntry;
  /** When the audit entry was made (ISO), kept through the wait. */
  at: string;
}

export interface PendingWritesDeps {
  /** Null for a store that cannot outlive its process (':memory:'): nothing to replay there. */
  journal: IntentJournal | null;
  /** Commits creates in one transaction: each task unless its key is there already, then its audit entry. */
  commit(creates: readonly PendingCreate[]): void;
  /** Whether a transaction is open on the database (a commit made now would be part of it). */
  inTransaction(): boolean;
  /** A commit that failed on the timer (the next read commits again and throws it to its caller). */
  onFlushError(error: unknown): void;
  /** FLUSH_AFTER_MS unless told otherwise (tests that must catch a create between its journal and its commit). */
  flushAfterMs?: number;
}

/** The deferred creates of one database, and what commits them. */
export class PendingWrites {
  private readonly creates = new Map<string, PendingCreate>();
  private timer: NodeJS.Timeout | null = null;
  private settleQueued = false;

  constructor(private readonly deps: PendingWritesDeps) {}

  /** Accepts a create: durable when this returns (journal), in the tables within FLUSH_AFTER_MS or at the next read. */
  add(create: PendingCreate): void {
    this.deps.journal?.append({ op: 'create', task: create.task, audit: create.audit, at: create.at });
    this.creates.set(create.task.id, create);
    this.timer ??= setTimeout(() => this.flushOnTimer(), this.deps.flushAfterMs ?? FLUSH_AFTER_MS).unref();
  }

  /**
   * Records the provider's id of a create still deferred (`known`: the task with it); false when it was committed
   * already (update the row). Not journaled: after a crash the create is replayed without it, a create whose answer
   * was lost, and the upkeep finds it at the provider by its SpecifyTaskId as it finds any other
   * (core/task-service/upkeep.ts).
   */
  setProviderTaskId(known: TaskRecord): boolean {
    const create = this.creates.get(known.id);
    if (!create) return false;
    create.task = known;
    return true;
  }

  /**
   * Commits every deferred create now: called before any read or other write of the tables. Inside a transaction
   * someone else opened, the creates are written into it (its reads must see them) but kept, journal and all, until
   * that transaction is over: it may still roll back. The next settle writes again what it lost (a create already
   * there is skipped) and lets go of them once they are committed on their own.
   */
  settle(): void {
    if (this.creates.size === 0) return;
    this.deps.commit([...this.creates.values()]);
    if (this.deps.inTransaction()) {
      if (!this.settleQueued) {
        this.settleQueued = true;
        // Transactions are synchronous: by the next microtask this one has committed or rolled back.
        queueMicrotask(() => {
          this.settleQueued = false;
          this.settleOrReport();
        });
      }
      return;
    }
    this.creates.clear();
    this.deps.journal?.clear();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  close(): void {
    try {
      this.settle();
    } finally {
      if (this.timer) clearTimeout(this.timer);
      this.timer = null;
      this.deps.journal?.close();
    }
  }

  private flushOnTimer(): void {
    this.timer = null;
    this.settleOrReport();
  }

  /** settle() where no caller waits for it (its timer, after a transaction): a failure is reported and tried again. */
  private settleOrReport(): void {
    try {
      this.settle();
    } catch (error) {
      this.deps.onFlushError(error);
      this.timer ??= setTimeout(() => this.flushOnTimer(), (this.deps.flushAfterMs ?? FLUSH_AFTER_MS) * 10).unref();
    }
  }
}

// Each database with deferred writes, for the few statements outside the task repository that read the tasks
// table (the event recorder's view of a task's state): they settle through this first.
const pendingByDb = new WeakMap<Db, PendingWrites>();

export function registerPendingWrites(db: Db, writes: PendingWrites): void {
  pendingByDb.set(db, writes);
}

/** Commits the writes deferred on `db`, if any: call before reading the tasks or audit_log tables directly. */
export function settleWritesOn(db: Db): void {
  pendingByDb.get(db)?.settle();
}

/** The creates a journal left by a process that died holds, oldest first, and how many lines were left out. */
export function readPendingCreates(path: string): { creates: PendingCreate[]; skipped: number } {
  const { entries, skipped } = readIntentJournal(path);
  const replay = { creates: [] as PendingCreate[], skipped };
  for (const entry of entries) {
    const fields = entry as Record<string, unknown>;
    if (fields.op === 'create' && isTaskRecord(fields.task) && typeof fields.at === 'string' && isAuditEntry(fields.audit)) {
      replay.creates.push({ task: fields.task, audit: fields.audit, at: fields.at });
    } else {
      replay.skipped += 1;
    }
  }
  return replay;
}

function isTaskRecord(value: unknown): value is TaskRecord {
  const task = value as Partial<TaskRecord> | null;
  return Boolean(task && typeof task.id === 'string' && typeof task.specifyTaskId === 'string' && task.request && typeof task.request === 'object');
}

function isAuditEntry(value: unknown): value is AuditEntry {
  const entry = value as Partial<AuditEntry> | null;
  return Boolean(entry && typeof entry.action === 'string' && entry.actor && typeof entry.actor.platform === 'string');
}
