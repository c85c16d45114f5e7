import { describe, expect, it } from 'vitest';
import { matchVerb } from '../../../src/core/chat/verbs.js';

describe('matchVerb: what a chat line starts with', () => {
  it('reads English verbs case-insensitively and keeps the rest of the line as typed', () => {
    expect(matchVerb('list')).toEqual({ verb: 'list', args: '' });
    expect(matchVerb('  STOP  r7kq2m ')).toEqual({ verb: 'stop', args: 'r7kq2m' });
    expect(matchVerb('edit r7kq2m comment "two  spaces"')).toEqual({ verb: 'edit', args: 'r7kq2m comment "two  spaces"' });
    expect(matchVerb('tz Asia/Shanghai')).toEqual({ verb: 'tz', args: 'Asia/Shanghai' });
  });

  it('reads Chinese verbs with or without a space, the longest alias first', () => {
    expect(matchVerb('列表')).toEqual({ verb: 'list', args: '' });
    expect(matchVerb('停止r7kq2m')).toEqual({ verb: 'stop', args: 'r7kq2m' });
    expect(matchVerb('暂停 r7kq2m')).toEqual({ verb: 'pause', args: 'r7kq2m' });
    expect(matchVerb('取消订阅')).toEqual({ verb: 'unsubscribe', args: '' });
    expect(matchVerb('订阅 all')).toEqual({ verb: 'subscribe', args: 'all' });
    expect(matchVerb('时区 Asia/Shanghai')).toEqual({ verb: 'tz', args: 'Asia/Shanghai' });
  });

  it('knows the other words people use for stop and edit', () => {
    expect(matchVerb('cancel r7kq2m')).toEqual({ verb: 'stop', args: 'r7kq2m' });
    expect(matchVerb('reschedule r7kq2m tomorrow 9pm')).toEqual({ verb: 'edit', args: 'r7kq2m tomorrow 9pm' });
    expect(matchVerb('change r7kq2m until 11pm')).toEqual({ verb: 'edit', args: 'r7kq2m until 11pm' });
    expect(matchVerb('取消r7kq2m')).toEqual({ verb: 'stop', args: 'r7kq2m' });
    expect(matchVerb('删除 r7kq2m')).toEqual({ verb: 'stop', args: 'r7kq2m' });
    expect(matchVerb('调整 r7kq2m 推迟半小时')).toEqual({ verb: 'edit', args: 'r7kq2m 推迟半小时' });
    // 取消订阅 is still unsubscribing, not stopping a relay called 订阅.
    expect(matchVerb('取消订阅 all')).toEqual({ verb: 'unsubscribe', args: 'all' });
  });

  it('leaves a relay in natural language to the command parser', () => {
    expect(matchVerb('https://cdn.example.com/show.mp4 to live/evening tomorrow 8pm for 2h')).toBeNull();
    expect(matchVerb('明天晚上8点 https://cdn.example.com/a.mp4 转推到 live/x 持续2小时')).toBeNull();
    expect(matchVerb('listen.mp4')).toBeNull();
  });
});
