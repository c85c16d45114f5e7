// Two Chinese clock times joined by 从 / 自 or by the second's 开始 / 起, not by 到 (two-clocks.ts): they ran from the
// first to the second (or from the second for as many hours as the first), silently; refused as twoClocks.
import { describe, expect, it } from 'vitest';
import { parseRelayCommand } from '../../../src/core/command/index.js';

const NOW = new Date('2026-11-28T07:00:00Z');
function read(phrase: string, timeZone = 'Asia/Shanghai') {
  const result = parseRelayCommand(`https://media.example.com/vod/show.mp4 转推到 live/evening ${phrase}`, {
    timeZone, now: NOW, locale: 'zh-CN', operator: 'alice', maxSpanDays: 7, allowPrivateNetworks: false, defaultDomain: 'push.example.com',
  });
  return result.ok ? `${result.value.request.StartTime}|${result.value.request.EndTime}` : result.error.map((e) => e.key).join(',');
}

describe('two Chinese clock times with no 到 between them', () => {
  it.each(['下午3点从晚上8点', '下午3点 从晚上8点开始', '15:00 从20:00开始', '下午3点自晚上8点', '下午3点，晚上8点开始', '明天下午3点 晚上8点起'])(
    'refuses %s',
    (phrase) => expect(read(phrase)).toBe('schedule.twoClocks'),
  );

  it('leaves a length before 从 / 开始 and a range with 到 as they were', () => {
    expect(read('1h30，从明晚8点开始')).toBe('2026-11-29T12:00:00Z|2026-11-29T13:30:00Z');
    expect(read('1:30 从明晚8点开始')).toBe('2026-11-29T12:00:00Z|2026-11-29T13:30:00Z');
    expect(read('2小时，从晚上8点开始', 'America/New_York')).toBe('2026-11-29T01:00:00Z|2026-11-29T03:00:00Z');
    expect(read('从明晚8点开始到10点')).toBe('2026-11-29T12:00:00Z|2026-11-29T14:00:00Z');
    expect(read('明晚8点15分开始 持续1小时')).toBe('2026-11-29T12:15:00Z|2026-11-29T13:15:00Z');
  });
});
