import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, openDatabase } from '../../src/store/database.js';
import { m001Tasks } from '../../src/store/migrations/001-tasks.js';
import { MIGRATIONS } from '../../src/store/migrations/index.js';
import { STATE_SET_CONDITION } from '../../src/store/migrations/007-state-set-index.js';
import { STATE_DECIDING_EVENTS } from '../../src/core/events/transitions.js';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'relaybot-store-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const highest = Math.max(...MIGRATIONS.map((m) => m.version));
const tables = (db: Database.Database) =>
  db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'").all().map((r) => r.name);

describe('openDatabase', () => {
  it('creates the data directory and a WAL database with every migration applied', () => {
    const dir = join(tempDir(), 'nested', 'data');
    const db = openDatabase(dir);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(highest);
    expect(tables(db)).toEqual(expect.arrayContaining(['tasks', 'user_preferences', 'audit_log', 'schema_migrations']));
    const applied = db.prepare<[], { version: number }>('SELECT version FROM schema_migrations ORDER BY version').all();
    expect(applied.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version).sort((a, b) => a - b));
    db.close();
  });

  it('upgrades a database made by an older version and keeps its rows', () => {
    const dir = tempDir();
    // What the first release wrote: only migration 1, tracked by user_version alone.
    const old = new Database(join(dir, 'relaybot.sqlite'));
    old.exec(m001Tasks.sql);
    old.pragma('user_version = 1');
    old.prepare("INSERT INTO audit_log (at, platform, user_id, action) VALUES ('2026-01-01T00:00:00Z', 'cli', 'ann', 'create')").run();
    old.close();

    const db = openDatabase(dir);
    expect(db.pragma('user_version', { simple: true })).toBe(highest);
    expect(db.prepare('SELECT user_id FROM audit_log').all()).toEqual([{ user_id: 'ann' }]);
    db.close();
  });

  it('reopening an up-to-date database changes nothing and keeps the data', () => {
    const dir = tempDir();
    const first = openDatabase(dir);
    first.prepare("INSERT INTO user_preferences (platform, user_id, time_zone, updated_at) VALUES ('slack', 'U1', 'Asia/Shanghai', 'x')").run();
    first.close();
    const again = openDatabase(dir);
    expect(again.prepare('SELECT time_zone FROM user_preferences').get()).toEqual({ time_zone: 'Asia/Shanghai' });
    expect(again.prepare('SELECT COUNT(*) AS n FROM schema_migrations').get()).toEqual({ n: MIGRATIONS.length });
    again.close();
  });

  it('a second process sees committed writes at once (WAL readers beside a writer)', () => {
    const dir = tempDir();
    const writer = openDatabase(dir);
    const reader = openDatabase(dir);
    writer.prepare("INSERT INTO audit_log (at, platform, user_id, action) VALUES ('t', 'cli', 'bob', 'stop')").run();
    expect(reader.prepare('SELECT user_id FROM audit_log').all()).toEqual([{ user_id: 'bob' }]);
    writer.close();
    reader.close();
  });

  it('applies a migration numbered below one already applied (parts land in any order)', () => {
    const db = new Database(':memory:');
    const m = (version: number) => ({ version, name: `m${version}`, sql: `CREATE TABLE t${version} (x INTEGER);` });
    migrate(db, [m(1), m(4)]);
    migrate(db, [m(1), m(3), m(4)]);
    expect(tables(db)).toEqual(expect.arrayContaining(['t1', 't3', 't4']));
    expect(db.pragma('user_version', { simple: true })).toBe(4);
    expect(() => migrate(db, [m(1), m(5), { ...m(5), name: 'other' }])).toThrow(/share version 5/);
    db.close();
  });
});

describe('the index of the events that set a task state', () => {
  it('names exactly the events the transitions treat as deciding the state', () => {
    const named = [...STATE_SET_CONDITION.matchAll(/'(\w+)'/g)].map((m) => m[1]);
    expect(named).toEqual([...STATE_DECIDING_EVENTS]);
  });
});
