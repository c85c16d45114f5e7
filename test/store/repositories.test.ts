import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackendCreateRequest } from '../../src/core/backend.js';
import { requestPatch } from '../../src/core/task-service/fingerprint.js';
import type { TaskRecord } from '../../src/core/task.js';
import { openDatabase } from '../../src/store/database.js';
import { openStore, type Store } from '../../src/store/index.js';
import { RunnerRepository } from '../../src/store/runner-repo.js';

let store: Store;
beforeEach(() => {
  store = openStore(':memory:', { clock: () => new Date('2026-05-01T10:00:00Z') });
});
afterEach(() => store.close());

function task(overrides: Partial<TaskRecord> = {}): TaskRecord {
  return {
    id: 'r7kq2m',
    backend: 'tencent',
    providerTaskId: null,
    specifyTaskId: 'rb-abc',
    callbackToken: 'tok-1',
    request: {
      SourceType: 'PullVodPushLive',
      SourceUrls: ['https://cdn.example.com/show.mp4'],
      DomainName: 'push.example.com',
      AppName: 'live',
      StreamName: 'evening',
      StartTime: '2026-05-02T12:00:00Z',
      EndTime: '2026-05-02T14:00:00Z',
      Operator: 'cli:ann',
    },
    state: 'scheduled',
    createdBy: { platform: 'slack', userId: 'U1', displayName: 'Ann' },
    home: { platform: 'slack', teamId: 'T1', channelId: 'C1' },
    locale: 'zh-CN',
    timeZone: 'Asia/Shanghai',
    createdAt: '2026-05-01T09:00:00.000Z',
    updatedAt: '2026-05-01T09:00:00.000Z',
    ...overrides,
  };
}

describe('SqliteTaskRepository', () => {
  it('stores a task and finds it by each of its ids', () => {
    const original = task();
    store.tasks.insert(original);
    expect(store.tasks.get('r7kq2m')).toEqual(original);
    expect(store.tasks.findBySpecifyTaskId('rb-abc')).toEqual(original);
    expect(store.tasks.findByCallbackToken('tok-1')).toEqual(original);
    expect(store.tasks.get('nope')).toBeNull();
    store.tasks.update('r7kq2m', { providerTaskId: '10001' });
    expect(store.tasks.findByProviderTaskId('tencent', '10001')?.id).toBe('r7kq2m');
    expect(store.tasks.findByProviderTaskId('local', '10001')).toBeNull();
  });

  it('refuses a second task with the same SpecifyTaskId or short id', () => {
    store.tasks.insert(task());
    expect(() => store.tasks.insert(task({ id: 'other1', callbackToken: 'tok-2' }))).toThrow(/UNIQUE/);
    expect(() => store.tasks.insert(task({ specifyTaskId: 'rb-def', callbackToken: 'tok-2' }))).toThrow(/UNIQUE/);
  });

  it('updates state, request and home, stamping updatedAt', () => {
    store.tasks.insert(task());
    const updated = store.tasks.update('r7kq2m', {
      state: 'paused',
      ...requestPatch(task(), { ...task().request, EndTime: '2026-05-02T15:00:00Z' }),
      home: { platform: 'slack', channelId: 'C2', statusMessageId: '171.5' },
    });
    expect(updated.updatedAt).toBe('2026-05-01T10:00:00.000Z');
    expect(store.tasks.get('r7kq2m')).toEqual(updated);
    expect(store.tasks.get('r7kq2m')?.home).toEqual({ platform: 'slack', channelId: 'C2', statusMessageId: '171.5' });
    expect(() => store.tasks.update('ghost1', { state: 'stopped' })).toThrow(/ghost1/);
  });

  it('lists newest first, filtered by state, backend and home', () => {
    store.tasks.insert(task({ id: 'a11111', specifyTaskId: 's1', callbackToken: 't1', createdAt: '2026-05-01T01:00:00Z' }));
    store.tasks.insert(
      task({ id: 'b22222', specifyTaskId: 's2', callbackToken: 't2', createdAt: '2026-05-01T02:00:00Z', state: 'stopped', backend: 'local', home: null }),
    );
    store.tasks.insert(
      task({ id: 'c33333', specifyTaskId: 's3', callbackToken: 't3', createdAt: '2026-05-01T03:00:00Z', home: { platform: 'discord', channelId: 'D1' } }),
    );
    expect(store.tasks.list().map((t) => t.id)).toEqual(['c33333', 'b22222', 'a11111']);
    expect(store.tasks.list({ states: ['scheduled'] }).map((t) => t.id)).toEqual(['c33333', 'a11111']);
    expect(store.tasks.list({ states: [] })).toEqual([]);
    expect(store.tasks.list({ backend: 'local' }).map((t) => t.id)).toEqual(['b22222']);
    expect(store.tasks.list({ platform: 'slack', teamId: 'T1' }).map((t) => t.id)).toEqual(['a11111']);
  });

  it('lists the tasks whose window meets a given one, comparing instants (edges touching do not meet)', () => {
    // 12:00–14:00 UTC, and 16:00–18:00 UTC written with an offset.
    store.tasks.insert(task({ id: 'a11111', specifyTaskId: 's1', callbackToken: 't1' }));
    const later = { ...task().request, StartTime: '2026-05-03T00:00:00+08:00', EndTime: '2026-05-03T02:00:00+08:00' };
    store.tasks.insert(task({ id: 'b22222', specifyTaskId: 's2', callbackToken: 't2', request: later }));
    const meeting = (start: string, end: string) => store.tasks.list({ overlapping: { start, end } }).map((t) => t.id).sort();
    expect(meeting('2026-05-02T13:00:00Z', '2026-05-02T17:00:00Z')).toEqual(['a11111', 'b22222']);
    expect(meeting('2026-05-02T14:00:00Z', '2026-05-02T16:00:00Z')).toEqual([]);
    expect(meeting('2026-05-02T21:30:00+08:00', '2026-05-02T22:30:00+08:00')).toEqual(['a11111']);
    expect(store.tasks.list({ states: ['stopped'], overlapping: { start: '2026-05-02T13:00:00Z', end: '2026-05-02T13:30:00Z' } })).toEqual([]);
  });
});

describe('SqliteAuditLog', () => {
  it('keeps who did what to a task, in order', () => {
    store.audit.record({ actor: { platform: 'cli', userId: 'ann' }, action: 'create', taskId: 'r7kq2m', detail: { backend: 'tencent' } });
    store.audit.record({ actor: { platform: 'slack', userId: 'U2', displayName: 'Bo' }, action: 'stop', taskId: 'r7kq2m' });
    store.audit.record({ actor: { platform: 'slack', userId: 'U2' }, action: 'tz' });
    const history = store.audit.forTask('r7kq2m');
    expect(history.map((e) => [e.action, e.actor])).toEqual([
      ['create', { platform: 'cli', userId: 'ann' }],
      ['stop', { platform: 'slack', userId: 'U2', displayName: 'Bo' }],
    ]);
    expect(history[0]?.detail).toEqual({ backend: 'tencent' });
    expect(history[0]?.at).toBe('2026-05-01T10:00:00.000Z');
  });
});

describe('SqlitePreferenceStore', () => {
  it('remembers a user’s zone and locale per platform, merging partial updates', () => {
    expect(store.preferences.get('slack', 'U1')).toBeNull();
    store.preferences.set('slack', 'U1', { timeZone: 'Asia/Shanghai' });
    store.preferences.set('slack', 'U1', { locale: 'zh-CN' });
    expect(store.preferences.get('slack', 'U1')).toEqual({ timeZone: 'Asia/Shanghai', locale: 'zh-CN' });
    store.preferences.set('slack', 'U1', { timeZone: 'Europe/Berlin' });
    expect(store.preferences.get('slack', 'U1')).toEqual({ timeZone: 'Europe/Berlin', locale: 'zh-CN' });
    expect(store.preferences.get('discord', 'U1')).toBeNull();
  });
});

describe('Store.transaction', () => {
  it('writes a task and its audit entry together, or neither', () => {
    expect(() =>
      store.transaction(() => {
        store.tasks.insert(task());
        store.audit.record({ actor: { platform: 'cli', userId: 'ann' }, action: 'create', taskId: 'r7kq2m' });
        throw new Error('crash between the two');
      }),
    ).toThrow('crash');
    expect(store.tasks.get('r7kq2m')).toBeNull();
    expect(store.audit.forTask('r7kq2m')).toEqual([]);
    const id = store.transaction(() => {
      store.tasks.insert(task());
      store.audit.record({ actor: { platform: 'cli', userId: 'ann' }, action: 'create', taskId: 'r7kq2m' });
      return 'r7kq2m';
    });
    expect(store.tasks.get(id)).not.toBeNull();
    expect(store.audit.forTask(id)).toHaveLength(1);
  });
});

describe('RunnerRepository across connections', () => {
  // The supervisor (the bot) learns of a CLI's create, edit or stop by polling its own connection's data_version
  // every second with one prepared statement: that statement must see each commit of another connection.
  it('sees another connection commit, and only then', () => {
    const dir = mkdtempSync(join(tmpdir(), 'relaybot-runner-repo-'));
    const botDb = openDatabase(dir);
    const cliDb = openDatabase(dir);
    try {
      const bot = new RunnerRepository(botDb);
      const cli = new RunnerRepository(cliDb);
      const quiet = bot.dataVersion();
      expect(bot.dataVersion()).toBe(quiet);
      const request: BackendCreateRequest = {
        SourceType: 'PullVodPushLive',
        SourceUrls: ['https://cdn.example.com/a.flv'],
        DomainName: '',
        AppName: '',
        StreamName: '',
        ToUrl: 'rtmp://push.example.com/live/evening',
        StartTime: '2026-05-02T12:00:00Z',
        EndTime: '2026-05-02T14:00:00Z',
        Operator: 'cli:ann',
        SpecifyTaskId: 'rb-runner-1',
        CallbackUrl: 'http://127.0.0.1:1/',
      };
      expect(cli.insert(request, new Date('2026-05-01T10:00:00Z'))).toBe(true);
      const afterInsert = bot.dataVersion();
      expect(afterInsert).not.toBe(quiet);
      expect(bot.changedSince(new Map()).map((row) => row.taskId)).toEqual(['rb-runner-1']);

      cli.markDeleted('rb-runner-1', new Date('2026-05-01T10:01:00Z'));
      expect(bot.dataVersion()).not.toBe(afterInsert);
      expect(bot.changedSince(new Map([['rb-runner-1', 0]])).map((row) => row.phase)).toEqual(['deleted']);
      expect(bot.countLive()).toBe(0);
    } finally {
      cliDb.close();
      botDb.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
