import { afterEach, describe, expect, it } from 'vitest';
import type { PendingConfirmation } from '../../../src/core/chat/ports.js';
import { openDatabase, type Db } from '../../../src/store/database.js';
import { SqlitePendingRepository } from '../../../src/store/pending-repo.js';

const open: Db[] = [];
afterEach(() => open.splice(0).forEach((db) => db.close()));

function repo(): SqlitePendingRepository {
  const db = openDatabase(':memory:');
  open.push(db);
  return new SqlitePendingRepository(db);
}

function pending(id: string, expiresAt: string): PendingConfirmation {
  return {
    id,
    text: 'https://cdn.example.com/a.mp4 to live/a now for 1h',
    request: {
      SourceType: 'PullVodPushLive',
      SourceUrls: ['https://cdn.example.com/a.mp4'],
      DomainName: 'push.example.com',
      AppName: 'live',
      StreamName: 'a',
      StartTime: '2030-01-01T10:00:00Z',
      EndTime: '2030-01-01T11:00:00Z',
      Operator: 'alice',
    },
    actor: { platform: 'slack', userId: 'U1', displayName: 'alice' },
    home: { platform: 'slack', teamId: 'T1', channelId: 'C1' },
    locale: 'zh-CN',
    timeZone: 'Asia/Shanghai',
    createdAt: '2030-01-01T09:00:00.000Z',
    expiresAt,
  };
}

describe('SqlitePendingRepository', () => {
  it('keeps a preview whole and remembers the task its confirm created', () => {
    const store = repo();
    const saved = pending('pabc', '2030-01-01T09:15:00.000Z');
    store.insert(saved);
    expect(store.get('pabc')).toEqual(saved);
    store.markConfirmed('pabc', 'r7kq2m');
    expect(store.get('pabc')).toEqual({ ...saved, taskId: 'r7kq2m' });
    store.delete('pabc');
    expect(store.get('pabc')).toBeNull();
  });

  it('forgets expired previews, but keeps confirmed ones a day longer', () => {
    const store = repo();
    store.insert(pending('pold', '2030-01-01T09:15:00.000Z'));
    store.insert(pending('pdone', '2030-01-01T09:15:00.000Z'));
    store.insert(pending('pnew', '2030-01-01T09:45:00.000Z'));
    store.markConfirmed('pdone', 'r7kq2m');
    expect(store.deleteExpired(new Date('2030-01-01T09:30:00.000Z'))).toBe(1);
    expect(store.get('pold')).toBeNull();
    expect(store.get('pdone')?.taskId).toBe('r7kq2m');
    expect(store.get('pnew')).not.toBeNull();
    expect(store.deleteExpired(new Date('2030-01-02T10:00:00.000Z'))).toBe(2);
  });
});
