// "start at file 2" (FileIndex) beside the schedule: only "offset …" (偏移, 跳过, 从…处) is a position in the file. A
// clock time after "file 2" is when the relay starts; read as an offset, it had started the relay now.
import { describe, expect, it } from 'vitest';
import { accepted } from './helpers.js';

const A = 'https://media.example.com/vod/a.mp4';
const B = 'https://media.example.com/vod/b.flv';
// Helpers' now: Sunday 2026-03-01 12:00 in Shanghai (UTC+8).
const TOMORROW_8_TO_10 = { StartTime: '2026-03-02T12:00:00Z', EndTime: '2026-03-02T14:00:00Z' };
const zh = { locale: 'zh-CN' as const };

describe('a clock time after "file N"', () => {
  it.each([
    [`${A} ${B} to live/x today start at file 2 at 15:00 until 17:00`, { StartTime: '2026-03-01T07:00:00Z', EndTime: '2026-03-01T09:00:00Z' }],
    [`${A} ${B} to live/x begin with file 2 at 20:00 tomorrow until 22:00`, TOMORROW_8_TO_10],
    [`${A} ${B} to live/x file 2 at 9 tonight until 11pm`, { StartTime: '2026-03-01T13:00:00Z', EndTime: '2026-03-01T15:00:00Z' }],
    [`${A} ${B} to live/x start at file 2 at 20:00 tomorrow for 2h`, TOMORROW_8_TO_10],
    [`${A} ${B} to live/x starting from file #2, at 8 pm tomorrow for 2h`, TOMORROW_8_TO_10],
  ])('is the start of the relay, not an offset: %s', (command, window) => {
    const { request } = accepted(command);
    expect(request).toMatchObject({ ...window, FileIndex: 2 });
    expect(request).not.toHaveProperty('OffsetTime');
  });

  it.each([
    [`${A} ${B} 转推到 live/x 明天 从第2个文件开始 从20:00到22:00`, TOMORROW_8_TO_10],
    [`${A} ${B} 转推到 live/x 从第2个文件开始，从8点到10点 明天`, { StartTime: '2026-03-02T00:00:00Z', EndTime: '2026-03-02T02:00:00Z' }],
  ])('is the start in Chinese too: %s', (command, window) => {
    const { request } = accepted(command, zh);
    expect(request).toMatchObject({ ...window, FileIndex: 2 });
    expect(request).not.toHaveProperty('OffsetTime');
  });
});

describe('an offset said as one', () => {
  it.each([
    [`${A} ${B} to live/x tomorrow 8pm for 2h start at file 2 offset 1:30`, 90],
    [`${A} ${B} to live/x start at file 2 with an offset of 45s tomorrow 8pm for 2h`, 45],
  ])('%s', (command, offset) => {
    expect(accepted(command).request).toMatchObject({ ...TOMORROW_8_TO_10, FileIndex: 2, OffsetTime: offset });
  });

  it.each([
    [`${A} ${B} 转推到 live/x 从第2个文件开始 偏移30秒 明晚8点到10点`, 30],
    [`${A} ${B} 转推到 live/x 从第2个文件开始，跳过2分钟 明晚8点到10点`, 120],
    [`${A} ${B} 转推到 live/x 从第2个文件开始，从1:30处开始 明晚8点到10点`, 90],
  ])('%s', (command, offset) => {
    expect(accepted(command, zh).request).toMatchObject({ ...TOMORROW_8_TO_10, FileIndex: 2, OffsetTime: offset });
  });
});
