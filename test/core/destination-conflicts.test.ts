import { describe, expect, it } from 'vitest';
import { conflictingRelays, destinationKey, warnOfConflicts } from '../../src/core/destination-conflicts.js';
import { buildPreview } from '../../src/core/preview.js';
import type { RelayRequest } from '../../src/core/relay-request.js';
import type { TaskRecord, TaskState } from '../../src/core/task.js';

function request(overrides: Partial<RelayRequest> = {}): RelayRequest {
  return {
    SourceType: 'PullVodPushLive',
    SourceUrls: ['https://media.example.com/a.mp4'],
    DomainName: 'push.example.com',
    AppName: 'live',
    StreamName: 'dup',
    StartTime: '2026-11-27T12:00:00Z',
    EndTime: '2026-11-27T14:00:00Z',
    Operator: 'ann',
    ...overrides,
  };
}

function task(id: string, state: TaskState, overrides: Partial<RelayRequest> = {}): TaskRecord {
  return {
    id,
    backend: 'tencent',
    providerTaskId: `p-${id}`,
    specifyTaskId: `rb-${id}`,
    callbackToken: `token-${id}`,
    request: request(overrides),
    state,
    createdBy: { platform: 'cli', userId: 'ann' },
    home: null,
    locale: 'en',
    timeZone: 'UTC',
    createdAt: '2026-11-26T10:00:00.000Z',
    updatedAt: '2026-11-26T10:00:00.000Z',
  };
}

describe('relays pushing to the same stream at the same time', () => {
  it('one stream, however it is written: names, or a ToUrl without its query (stream keys and signatures)', () => {
    const names = destinationKey(request());
    expect(destinationKey(request({ DomainName: 'PUSH.example.com' }))).toBe(names);
    const toUrl = (ToUrl: string) => destinationKey(request({ DomainName: '', AppName: '', StreamName: '', ToUrl }));
    expect(toUrl('rtmp://push.example.com/live/dup?txSecret=a&txTime=1')).toBe(names);
    expect(toUrl('rtmp://push.example.com:1935/live/dup?txSecret=b')).toBe(names);
    expect(toUrl('rtmp://push.example.com/live/dup2')).not.toBe(names);
    expect(toUrl('rtmp://push.other.com/live/dup')).not.toBe(names);
    expect(destinationKey(request({ AppName: 'other' }))).not.toBe(names);
  });

  it('finds active relays to that stream whose windows overlap, and only those', () => {
    const tasks = [
      task('same01', 'scheduled'),
      task('runs02', 'running', { StartTime: '2026-11-27T13:30:00Z', EndTime: '2026-11-27T15:00:00Z' }),
      task('paus03', 'paused'),
      task('intr04', 'interrupted'),
      task('url005', 'scheduled', { DomainName: '', AppName: '', StreamName: '', ToUrl: 'rtmp://push.example.com/live/dup?txSecret=x' }),
      task('done06', 'ended'),
      task('stop07', 'stopped'),
      task('fail08', 'failed'),
      task('othr09', 'scheduled', { StreamName: 'other' }),
      // Back to back is a hand-over, not a clash: [12:00, 14:00) and [14:00, 15:00) do not meet.
      task('next10', 'scheduled', { StartTime: '2026-11-27T14:00:00Z', EndTime: '2026-11-27T15:00:00Z' }),
      task('prev11', 'scheduled', { StartTime: '2026-11-27T10:00:00Z', EndTime: '2026-11-27T12:00:00Z' }),
    ];
    expect(conflictingRelays(request(), tasks).map((t) => t.id)).toEqual(['same01', 'runs02', 'paus03', 'intr04', 'url005']);
  });

  it('the preview warns, naming the relays, before anyone confirms; without clashes it is unchanged', () => {
    const preview = buildPreview(request(), { locale: 'en', timeZone: 'UTC', pendingId: 'p1' });
    expect(warnOfConflicts(preview, [], 'en')).toBe(preview);
    const warned = warnOfConflicts(preview, [{ id: 'same01' }, { id: 'runs02' }], 'en');
    expect(warned.lines[0]).toContain('another relay already pushes to this same stream at an overlapping time: same01, runs02');
    expect(warned.text).toContain('same01, runs02');
    expect(warned.severity).toBe('warning');
    // Still a preview people confirm: the buttons stay.
    expect(warned.actions.map((a) => a.id)).toEqual(['confirm', 'cancel']);
    expect(warnOfConflicts(preview, [{ id: 'same01' }], 'zh-CN').lines[0]).toContain('same01');
  });
});
