import { describe, expect, it } from 'vitest';
import { loopsText } from '../../../src/core/chat/format.js';
import { buildPreview, renderPlainText } from '../../../src/core/preview.js';
import type { RelayRequest } from '../../../src/core/relay-request.js';

const request: RelayRequest = {
  SourceType: 'PullVodPushLive',
  SourceUrls: ['https://media.example.com/a.mp4?token=abcdef123', 'https://media.example.com/b.mp4'],
  DomainName: '',
  AppName: '',
  StreamName: '',
  ToUrl: 'rtmp://push.other.com/live/streamkey123?txSecret=deadbeef',
  StartTime: '2026-03-02T12:00:00Z',
  EndTime: '2026-03-02T14:30:00Z',
  Operator: 'alice',
  VodLoopTimes: '3',
  Comment: 'Friday show',
  Region: 'ap-tokyo',
};

describe('buildPreview', () => {
  it('shows times in the user zone and in UTC, the duration, loops, comment, region and backend', () => {
    const text = buildPreview(request, { locale: 'en', timeZone: 'Asia/Shanghai', backend: 'local' }).text;
    expect(text).toContain('20:00 (Asia/Shanghai) · 2026-03-02 12:00 UTC');
    expect(text).toContain('22:30 (Asia/Shanghai) · 2026-03-02 14:30 UTC');
    expect(text).toContain('2 h 30 min');
    // VodLoopTimes "3" repeats the files three times after the first play (the API's meaning), and says so.
    expect(text).toContain('3 more times after the first play');
    expect(text).toContain('Friday show');
    expect(text).toContain('ap-tokyo');
    expect(text).toContain('bundled ffmpeg runner');
  });

  it('says a window’s length to the second and one repeat in the singular', () => {
    const lasting = (seconds: number, locale: 'en' | 'zh-CN' = 'en', loops = '3') =>
      buildPreview(
        { ...request, VodLoopTimes: loops, EndTime: new Date(Date.parse(request.StartTime) + seconds * 1000).toISOString() },
        { locale, timeZone: 'UTC' },
      ).fields.find((field) => field.label === (locale === 'en' ? 'Duration' : '时长'))?.value;
    expect(lasting(25)).toBe('25 s');
    expect(lasting(90)).toBe('1 min 30 s');
    expect(lasting(45 * 60)).toBe('45 min');
    expect(lasting(3600 + 5)).toBe('1 h 0 min 5 s');
    expect(lasting(90, 'zh-CN')).toBe('1 分 30 秒');
    const once = buildPreview({ ...request, VodLoopTimes: '1' }, { locale: 'en', timeZone: 'UTC' }).text;
    expect(once).toContain('once more after the first play');
    expect(once).not.toContain('1 more times');
    // The same in a relay's status document.
    expect(loopsText({ SourceType: 'PullVodPushLive', VodLoopTimes: '1' }, 'en')).toBe('once more');
    expect(loopsText({ SourceType: 'PullVodPushLive', VodLoopTimes: '2' }, 'en')).toBe('2 more times');
  });

  it('masks stream keys, signatures and tokens', () => {
    const doc = buildPreview(request, { locale: 'en', timeZone: 'UTC' });
    const everything = JSON.stringify(doc);
    for (const secret of ['streamkey123', 'deadbeef', 'abcdef123']) expect(everything).not.toContain(secret);
    expect(doc.text).toContain('push.other.com/live/');
  });

  it('speaks Chinese and offers Confirm/Cancel for a pending preview', () => {
    const doc = buildPreview(request, { locale: 'zh-CN', timeZone: 'Asia/Shanghai', pendingId: 'p-123' });
    expect(doc.title).toContain('请确认');
    expect(doc.text).toContain('2 小时 30 分钟');
    expect(doc.actions.map((a) => [a.id, a.value])).toEqual([
      ['confirm', 'p-123'],
      ['cancel', 'p-123'],
    ]);
    expect(renderPlainText(doc)).toContain('[确认] [取消]');
    expect(doc.instants?.['开始']).toBe(Date.parse('2026-03-02T12:00:00Z'));
  });
});
