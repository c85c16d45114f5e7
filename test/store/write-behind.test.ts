// The store as the bot opens it: new tasks journaled at once and committed together a little later. Whatever is
// deferred, nothing in the process may tell: every read sees every create made before it, nothing is lost when the
// process stops or dies, and a key or id taken elsewhere meanwhile is never handed out twice.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../src/core/ports.js';
import type { TaskRecord } from '../../src/core/task.js';
import { SqliteEventLedger } from '../../src/store/events-repo.js';
import { openStore, type Store } from '../../src/store/index.js';
import { INTENT_JOURNAL_FILE } from '../../src/store/intent-journal.js';
import { relayRequest } from '../core/task-service/harness.js';
import { eventually } from '../support/relay-fixtures.js';

const ann = { platform: 'slack', userId: 'U1', displayName: 'Ann' };

function newTask(id: string, specifyTaskId = `rb-${id}`): TaskRecord {
  const now = new Date().toISOString();
  return {
    id,
    backend: 'tencent',
    providerTaskId: null,
    specifyTaskId,
    callbackToken: `token-${id}`,
    request: relayRequest(),
    state: 'scheduled',
    createdBy: ann,
    home: { platform: 'slack', teamId: 'T1', channelId: 'C1' },
    locale: 'en',
    timeZone: 'UTC',
    createdAt: now,
    updatedAt: now,
  };
}

const createEntry = (task: TaskRecord): AuditEntry => ({ actor: ann, action: 'create', taskId: task.id, detail: { specifyTaskId: task.specifyTaskId } });

describe('a store that defers its creates', () => {
  let dir = '';
  const opened: Store[] = [];
  const open = (options: Parameters<typeof openStore>[1] = {}) => {
    const store = openStore(dir, options);
    opened.push(store);
    return store;
  };
  /** Another connection, as a CLI process has: sees only what is committed. */
  const committedIds = () => {
    const other = openStore(dir);
    try {
      return other.tasks.list().map((task) => task.id);
    } finally {
      other.close();
    }
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'relaybot-write-behind-'));
  });

  afterEach(() => {
    for (const store of opened.splice(0)) {
      try {
        store.close();
      } catch {
        // closed by the test
      }
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers every read in the process with a create not yet committed, then commits it within its delay', async () => {
    const store = open({ writeBehind: true, flushAfterMs: 60_000 });
    const ledger = new SqliteEventLedger(store.db);
    const reads: [string, (task: TaskRecord) => unknown][] = [
      ['get', (task) => store.tasks.get(task.id)?.id],
      ['by key', (task) => store.tasks.findBySpecifyTaskId(task.specifyTaskId)?.id],
      ['by callback token', (task) => store.tasks.findByCallbackToken(task.callbackToken)?.id],
      ['list', (task) => store.tasks.list().find((listed) => listed.id === task.id)?.id],
      ['audit', (task) => store.audit.forTask(task.id)[0]?.taskId],
      ['event ledger', (task) => (ledger.progressOf(task.id)?.state === 'scheduled' ? task.id : null)],
    ];
    for (const [i, [read, answer]] of reads.entries()) {
      const task = newTask(`r2aaa${'abcdef'[i]}`);
      expect(store.tasks.recordNew(task, createEntry(task))).toBe(true);
      expect(committedIds(), read).not.toContain(task.id); // deferred indeed
      expect(answer(task), read).toBe(task.id);
    }

    const later = open({ writeBehind: true, flushAfterMs: 50 });
    const second = newTask('r2bbbb');
    later.tasks.recordNew(second, createEntry(second));
    await eventually(() => committedIds().includes(second.id));
  });

  it('keeps a create that a read inside a transaction wrote, when that transaction rolls back', () => {
    const store = open({ writeBehind: true, flushAfterMs: 60_000 });
    const task = newTask('r9aaaa');
    store.tasks.recordNew(task, createEntry(task));
    expect(() =>
      store.transaction(() => {
        expect(store.tasks.get(task.id)?.id).toBe(task.id); // the read wrote the create into this transaction
        throw new Error('the change failed');
      }),
    ).toThrow('the change failed');
    expect(store.tasks.get(task.id)?.id).toBe(task.id);
    store.close();
    expect(open().tasks.get(task.id)?.id).toBe(task.id);
    expect(open().audit.forTask(task.id)).toHaveLength(1);
  });

  it('keeps the order of the audit log: a create still deferred is logged before what is done to it next', () => {
    const store = open({ writeBehind: true, flushAfterMs: 60_000 });
    const task = newTask('r3aaaa');
    store.tasks.recordNew(task, createEntry(task));
    store.audit.record({ actor: ann, action: 'pause', taskId: task.id });
    expect(store.audit.forTask(task.id).map((entry) => entry.action)).toEqual(['create', 'pause']);
  });

  it('commits the provider’s id with the create it belongs to, and everything deferred when the store closes', () => {
    const store = open({ writeBehind: true, flushAfterMs: 60_000 });
    const task = newTask('r4aaaa');
    store.tasks.recordNew(task, createEntry(task));
    const known = store.tasks.updateKnown(task, { providerTaskId: '4242' });
    expect(known.providerTaskId).toBe('4242');
    expect(committedIds()).toEqual([]);
    store.close();
    expect(readFileSync(join(dir, INTENT_JOURNAL_FILE), 'utf8')).toBe('');
    const reopened = open();
    expect(reopened.tasks.get(task.id)).toMatchObject({ providerTaskId: '4242', updatedAt: known.updatedAt });
    expect(reopened.audit.forTask(task.id)).toHaveLength(1);
  });

  it('refuses a key or an id already taken, deferred or committed, by this process or by another one', async () => {
    const store = open({ writeBehind: true, flushAfterMs: 60_000 });
    const first = newTask('r5aaaa');
    expect(store.tasks.recordNew(first, createEntry(first))).toBe(true);
    expect(store.tasks.recordNew(newTask('r5bbbb', first.specifyTaskId), createEntry(first))).toBe(false);
    expect(store.tasks.recordNew(newTask(first.id, 'rb-other'), createEntry(first))).toBe(false);

    // A CLI create meanwhile, on its own connection: its key and id are seen (after the store's next look).
    const cli = openStore(dir);
    const fromCli = newTask('r5cccc', 'rb-cli');
    cli.tasks.insert(fromCli);
    cli.close();
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(store.tasks.recordNew(newTask('r5dddd', 'rb-cli'), createEntry(fromCli))).toBe(false);
    expect(store.tasks.recordNew(newTask('r5cccc', 'rb-new'), createEntry(fromCli))).toBe(false);
  });

  it('never drops a create whose id another process took before the commit: it is kept under a longer id', () => {
    const renamed: string[] = [];
    const store = open({ writeBehind: true, flushAfterMs: 60_000, onRenamed: (from, to) => renamed.push(`${from} → ${to}`) });
    const task = newTask('r6aaaa');
    store.tasks.recordNew(newTask('r6zzzz'), createEntry(newTask('r6zzzz'))); // the store has looked just now
    store.tasks.recordNew(task, createEntry(task));
    const cli = openStore(dir);
    cli.tasks.insert({ ...newTask('r6aaaa', 'rb-cli'), callbackToken: 'token-cli' });
    cli.close();
    const kept = store.tasks.findBySpecifyTaskId(task.specifyTaskId);
    expect(kept?.id).toBe('r6aaaa2');
    expect(store.audit.forTask('r6aaaa2').map((entry) => entry.action)).toEqual(['create']);
    expect(store.tasks.get('r6aaaa')?.specifyTaskId).toBe('rb-cli');
    expect(renamed).toEqual(['r6aaaa → r6aaaa2']); // the bot logs it: the person was told r6aaaa
  });

  it('replays a journal left behind: a torn last line is left out, a create already committed is not doubled', () => {
    const store = open({ writeBehind: true, flushAfterMs: 60_000 });
    const committed = newTask('r7aaaa');
    store.tasks.recordNew(committed, createEntry(committed));
    store.tasks.settle();
    const journal = join(dir, INTENT_JOURNAL_FILE);
    const line = (task: TaskRecord) => `${JSON.stringify({ op: 'create', task, audit: createEntry(task), at: task.createdAt })}\n`;
    // As a process that died between its commit and emptying the journal, in the middle of writing another line.
    store.tasks.closeWrites();
    const pending = newTask('r7bbbb');
    writeFileSync(journal, `${line(committed)}${line(pending)}${line(newTask('r7cccc')).slice(0, 40)}`);
    store.db.close();

    const reopened = open({ writeBehind: true });
    expect(reopened.tasks.list().map((task) => task.id).sort()).toEqual(['r7aaaa', 'r7bbbb']);
    expect(reopened.audit.forTask('r7aaaa')).toHaveLength(1);
    expect(reopened.audit.forTask('r7bbbb').map((entry) => entry.action)).toEqual(['create']);
    expect(readFileSync(journal, 'utf8')).toBe('');
  });

  it('commits at once where it is not the data directory’s holder (the CLI), without a journal', () => {
    const store = open();
    const task = newTask('r8aaaa');
    expect(store.tasks.recordNew(task, createEntry(task))).toBe(true);
    expect(committedIds()).toEqual([task.id]);
    expect(store.tasks.recordNew(newTask('r8bbbb', task.specifyTaskId), createEntry(task))).toBe(false);
  });
});
