import { describe, expect, it } from 'vitest';
import { listLine, statusText, taskJson, taskText } from '../../src/cli/commands/lifecycle-render.js';
import type { TaskRecord } from '../../src/core/task.js';

const task: TaskRecord = {
  id: 'r7kq2m',
  backend: 'tencent',
  providerTaskId: '100001',
  specifyTaskId: 'rb-aaaa',
  callbackToken: 'SECRET-callback-token-123',
  request: {
    SourceType: 'PullLivePushLive',
    SourceUrls: ['https://src.example.com/live.flv?txSecret=s3cr3t&txTime=5F'],
    DomainName: '',
    AppName: '',
    StreamName: '',
    ToUrl: 'rtmp://push.example.net/app/streamkey-42?auth_key=k3y',
    StartTime: '2026-05-02T12:00:00Z',
    EndTime: '2026-05-02T14:00:00Z',
    Operator: 'ann',
    CallbackUrl: 'https://relaybot.example.com/callbacks/tencent/SECRET-callback-token-123',
    VodLoopTimes: '-1',
  },
  state: 'running',
  createdBy: { platform: 'slack', userId: 'U1', displayName: 'Ann' },
  home: null,
  locale: 'en',
  timeZone: 'Asia/Shanghai',
  createdAt: '2026-05-01T09:00:00.000Z',
  updatedAt: '2026-05-01T09:00:00.000Z',
};

describe('how the CLI shows a task', () => {
  it('says loops in words, only for files, and a window’s seconds when it has some', () => {
    expect(taskText(task, 'en').join('\n')).not.toContain('Loops'); // a live relay has no loops
    const files = { ...task, request: { ...task.request, SourceType: 'PullVodPushLive' as const, VodLoopTimes: '1', EndTime: '2026-05-02T12:01:30Z' } };
    const text = taskText(files, 'en', 'UTC').join('\n');
    expect(text).toContain('Loops: once more');
    expect(text).toMatch(/From May 2, 2026, 12:00 PM to May 2, 2026, 12:01:30 PM \(UTC\)/);
    expect(taskText({ ...files, request: { ...files.request, VodLoopTimes: '-1' } }, 'zh-CN', 'UTC').join('\n')).toContain('循环次数：无限循环');
  });

  it('JSON keeps the request for scripts with its secrets masked, and never the callback token', () => {
    const json = JSON.stringify(taskJson({ ...task, requestFingerprint: 'v1:internal' }));
    expect(json).not.toContain('SECRET-callback-token');
    expect(json).not.toContain('v1:internal');
    expect(json).not.toMatch(/streamkey-42|s3cr3t|k3y/);
    expect(taskJson(task).request.ToUrl).toBe('rtmp://push.example.net/app/st****?auth_key=****');
    expect(taskJson(task).request.SourceUrls).toEqual(['https://src.example.com/live.flv?txSecret=****&txTime=****']);
  });

  it('text masks stream keys and secret query values, in the task’s zone and the reader’s language', () => {
    const text = [...taskText(task, 'en'), listLine(task, 'en')].join('\n');
    expect(text).not.toMatch(/streamkey-42|s3cr3t|k3y|SECRET/);
    expect(text).toContain('Task r7kq2m — running');
    expect(text).toContain('rtmp://push.example.net/app/st****');
    expect(text).toContain('8:00 PM'); // 12:00 UTC in Asia/Shanghai
    expect(taskText(task, 'zh-CN')[0]).toBe('任务 r7kq2m — 运行中');
  });

  it('names the zone on every list line, and shows another zone when asked (--tz)', () => {
    expect(listLine(task, 'en')).toMatch(/8:00 PM → .*10:00 PM \(Asia\/Shanghai\)/);
    expect(listLine(task, 'en', 'UTC')).toMatch(/12:00 PM → .*2:00 PM \(UTC\)/);
    expect(taskText(task, 'en', 'Asia/Tokyo').join('\n')).toMatch(/From .*9:00 PM to .*11:00 PM \(Asia\/Tokyo\)/);
    expect(listLine(task, 'zh-CN')).toContain('（Asia/Shanghai）');
  });

  it('provider status: what runs now, file urls masked', () => {
    expect(statusText(null, 'en')).toEqual(['At the provider: no status (the task is not running there)']);
    const lines = statusText({ RunStatus: 'active', FileUrl: 'https://cdn.example.com/a.mp4?sign=abc', OffsetTime: 12, FileDuration: 60, LoopedTimes: 1 }, 'en');
    expect(lines[0]).toBe('At the provider: running');
    expect(lines[1]).not.toContain('abc');
  });
});
