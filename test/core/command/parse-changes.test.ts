import { describe, expect, it } from 'vitest';
import { parseRelayChanges } from '../../../src/core/command/index.js';
import type { RelayRequest } from '../../../src/core/relay-request.js';
import { context } from './helpers.js';

// A files relay tonight 20:00–22:00 Shanghai (12:00–14:00 UTC); "now" is 12:00 Shanghai.
const current: RelayRequest = {
  SourceType: 'PullVodPushLive',
  SourceUrls: ['https://media.example.com/a.mp4'],
  DomainName: 'push.example.com',
  AppName: 'live',
  StreamName: 'evening',
  StartTime: '2026-03-01T12:00:00Z',
  EndTime: '2026-03-01T14:00:00Z',
  Operator: 'alice',
};

function changes(text: string, locale: 'en' | 'zh-CN' = 'en') {
  const result = parseRelayChanges(text, context({ locale }), current);
  if (!result.ok) throw new Error(`rejected: ${JSON.stringify(result.error)}`);
  return result.value;
}

function refused(text: string) {
  const result = parseRelayChanges(text, context(), current);
  if (result.ok) throw new Error(`accepted: ${JSON.stringify(result.value)}`);
  return result.error.map((e) => e.key);
}

describe('parseRelayChanges', () => {
  it('moves the end: until, extend by, shorten by, and Chinese 延长', () => {
    expect(changes('until 11pm')).toEqual({ EndTime: '2026-03-01T15:00:00Z' });
    expect(changes('extend by 1h')).toEqual({ EndTime: '2026-03-01T15:00:00Z' });
    expect(changes('shorten by 30 minutes')).toEqual({ EndTime: '2026-03-01T13:30:00Z' });
    expect(changes('延长1小时', 'zh-CN')).toEqual({ EndTime: '2026-03-01T15:00:00Z' });
  });

  it('reads an end after midnight as the day after the start', () => {
    expect(changes('end 1am')).toEqual({ EndTime: '2026-03-01T17:00:00Z' });
  });

  it('moves the start, or replaces the whole window', () => {
    expect(changes('start 9pm')).toEqual({ StartTime: '2026-03-01T13:00:00Z' });
    expect(changes('tomorrow 8pm for 3h')).toEqual({ StartTime: '2026-03-02T12:00:00Z', EndTime: '2026-03-02T15:00:00Z' });
  });

  it('changes sources, loops, comment, refresh and status together', () => {
    expect(changes('https://media.example.com/b.mp4 https://media.example.com/c.mp4 loop 2 comment "new cut" refresh immediate pause')).toEqual({
      SourceUrls: ['https://media.example.com/b.mp4', 'https://media.example.com/c.mp4'],
      VodLoopTimes: '2',
      Comment: 'new cut',
      VodRefreshType: 'ImmediateNewSource',
      Status: 'pause',
    });
    expect(changes('恢复', 'zh-CN')).toEqual({ Status: 'enable' });
  });

  it('refuses what cannot change, what means nothing, and results the API would refuse', () => {
    expect(refused('live')).toEqual(['parse.changes.notEditable']);
    expect(refused('on local')).toEqual(['parse.changes.notEditable']);
    expect(refused('')).toEqual(['parse.changes.empty']);
    expect(refused('until 7pm')).toEqual(['validation.time.endBeforeStart']);
    expect(refused('https://media.example.com/notes.txt')).toEqual(['validation.sources.notStream']);
    expect(refused('comment "ok" frobnicate')).toHaveLength(1);
    expect(refused('comment "ok" until 11pm frobnicate')).toEqual(['parse.unrecognized']);
  });
});

describe('parseRelayChanges destinations', () => {
  it('accepts a new full push URL for a task that pushed to a domain, and refuses a private one', () => {
    expect(changes('to rtmp://push.other.com/live/k2')).toEqual({ ToUrl: 'rtmp://push.other.com/live/k2' });
    expect(refused('to rtmp://192.168.1.10/live/k2')).toEqual(['validation.url.privateAddress']);
  });
});

describe('parseRelayChanges on a relay that is not today', () => {
  // Thursday 2026-03-05 20:00–22:00 Shanghai (12:00–14:00 UTC), edited on Sunday 2026-03-01 at noon.
  const later: RelayRequest = { ...current, StartTime: '2026-03-05T12:00:00Z', EndTime: '2026-03-05T14:00:00Z' };
  const edit = (text: string, locale: 'en' | 'zh-CN' = 'en') => parseRelayChanges(text, context({ locale }), later);

  it('reads a bare clock time on the relay own day, not the next one from now', () => {
    expect(edit('start 9pm')).toEqual({ ok: true, value: { StartTime: '2026-03-05T13:00:00Z' } });
    expect(edit('start 7pm end 11pm')).toEqual({ ok: true, value: { StartTime: '2026-03-05T11:00:00Z', EndTime: '2026-03-05T15:00:00Z' } });
    expect(edit('until 1am')).toEqual({ ok: true, value: { EndTime: '2026-03-05T17:00:00Z' } });
    expect(edit('开始时间改为晚上9点', 'zh-CN')).toEqual({ ok: true, value: { StartTime: '2026-03-05T13:00:00Z' } });
  });

  it('still reads a phrase that names its own day from now', () => {
    expect(edit('start tomorrow 9pm')).toEqual({ ok: true, value: { StartTime: '2026-03-02T13:00:00Z' } });
    expect(edit('start tomorrow 9pm end tomorrow 11pm')).toEqual({
      ok: true,
      value: { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T15:00:00Z' },
    });
    expect(edit('start friday 9pm end friday 11pm')).toEqual({
      ok: true,
      value: { StartTime: '2026-03-06T13:00:00Z', EndTime: '2026-03-06T15:00:00Z' },
    });
  });

  it('refuses an end that would make the relay run round the clock (no silent 23-hour relay)', () => {
    const result = edit('until 7pm');
    expect(result.ok ? [] : result.error.map((e) => e.key)).toEqual(['validation.time.endBeforeStart']);
  });

  it('takes the help text own Chinese form: 结束 晚上11点', () => {
    expect(edit('结束 晚上11点', 'zh-CN')).toEqual({ ok: true, value: { EndTime: '2026-03-05T15:00:00Z' } });
    expect(edit('开始 晚上9点', 'zh-CN')).toEqual({ ok: true, value: { StartTime: '2026-03-05T13:00:00Z' } });
  });

  it('refuses arithmetic beyond any date instead of failing', () => {
    const result = edit('extend by 9999999999999999 days');
    expect(result.ok ? [] : result.error.map((e) => e.key)).toEqual(['schedule.outOfRange']);
  });
});
