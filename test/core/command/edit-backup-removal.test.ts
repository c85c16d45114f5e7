// Taking a relay's backup off in an edit: no documented way to clear it in ModifyLivePullStreamTask, so it is refused
// with what can be done instead, never sent (the old backup might stay on) nor refused as words not understood.
import { describe, expect, it } from 'vitest';
import { t } from '../../../src/core/i18n.js';
import type { RelayRequest } from '../../../src/core/relay-request.js';
import { editOutcome, TOMORROW_EVENING } from './helpers.js';

// A live relay with a backup file, Monday 2026-03-02 20:00–22:00 in Shanghai.
const LIVE_WITH_BACKUP: RelayRequest = {
  ...TOMORROW_EVENING,
  SourceType: 'PullLivePushLive',
  SourceUrls: ['rtmp://live.example.com/app/src'],
  BackupSourceType: 'PullVodPushLive',
  BackupSourceUrl: 'https://media.example.com/vod/slate.mp4',
};

describe('the backup taken off', () => {
  it.each([
    'remove the backup',
    'no backup',
    'without backup',
    'drop the fallback',
    'delete the backup source',
    'turn off the backup',
    'take the backup off',
    'get rid of the backup stream',
    'no standby',
    'no backup, end at 11',
    '去掉备用源',
    '不要备用源了',
    '备用源去掉',
    '删除备源',
    '取消垫片',
    '关掉备用流',
    '删除备源，延长半小时',
  ])('%s', (text) => {
    expect(editOutcome(text, LIVE_WITH_BACKUP)).toContain('parse.changes.backupNotRemovable');
  });

  it('says what to do instead, in both languages', () => {
    expect(t('en', 'parse.changes.backupNotRemovable')).toMatch(/backup rtmp:/);
    expect(t('zh-CN', 'parse.changes.backupNotRemovable')).toMatch(/备用源 rtmp:/);
  });

  it('a new backup is still a new backup', () => {
    expect(editOutcome('backup rtmp://live.example.com/app/b2', LIVE_WITH_BACKUP)).toEqual({
      BackupSourceUrl: 'rtmp://live.example.com/app/b2',
      BackupSourceType: 'PullLivePushLive',
    });
  });
});
