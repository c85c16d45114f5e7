// 明晚8点到明早6点: an evening start and an end on that same day's morning ends before it begins. It was refused with
// only the two times (endBeforeStart); it is now asked by name, saying what to write for the morning after
// (明晚8点到后天早上6点). Ends on another day keep their readings. Said in Shanghai at 15:00 on Saturday 28 November 2026.
import { describe, expect, it } from 'vitest';
import { parseRelayCommand } from '../../../src/core/command/index.js';
import { describeErrorFor } from '../../../src/core/error-text.js';
import { expectRejected, expectSchedule } from './schedule-case.js';

const SHANGHAI = { timeZone: 'Asia/Shanghai', now: '2026-11-28T07:00:00Z', locale: 'zh-CN' as const };

function refusal(phrase: string, locale: 'zh-CN' | 'en'): { keys: string[]; text: string } {
  const parsed = parseRelayCommand(`https://media.example.com/vod/show.mp4 转推到 live/evening ${phrase}`, {
    timeZone: SHANGHAI.timeZone,
    now: new Date(SHANGHAI.now),
    locale,
    operator: 'alice',
    maxSpanDays: 7,
    allowPrivateNetworks: false,
    defaultDomain: 'push.example.com',
  });
  if (parsed.ok) throw new Error(`${phrase} was accepted`);
  return {
    keys: parsed.error.map((error) => error.key),
    text: parsed.error.map((error) => describeErrorFor({ locale, timeZone: SHANGHAI.timeZone }, error)).join(' / '),
  };
}

describe('an evening start with an end on the same day word’s morning, in Chinese', () => {
  it('is asked, naming the morning after', () => {
    for (const text of ['明晚8点到明早6点', '明天晚上10点到明天凌晨2点', '今晚10点到今早6点', '明晚八点到明早六点', '明晚8点-明早6点', '明天晚上8点至明天早上6点半', '后天晚上8点到后天早上6点', '明晚8点开始，明早6点结束', '明晚8点开播 明早6点下线', '明晚8点开始到明早6点']) {
      expectRejected(text, SHANGHAI, 'morningBeforeEvening', 'EndTime');
    }
    expect(refusal('明晚8点到明早6点', 'zh-CN').text).toContain('明晚8点到后天早上6点');
    expect(refusal('今晚10点到今天凌晨2点', 'zh-CN').text).toContain('今晚10点到明天凌晨2点');
    expect(refusal('明晚8点开始，明早6点结束', 'zh-CN').text).toContain('明晚8点开始 后天早上6点结束');
    expect(refusal('明天晚上10点到明天凌晨2点', 'en').text).toContain('明天晚上10点到后天凌晨2点');
  });

  it('near misses keep their readings', () => {
    expectSchedule('今晚10点到明天凌晨2点', SHANGHAI, '2026-11-28T14:00:00Z', '2026-11-28T18:00:00Z');
    expectSchedule('周五晚上9点到周六早上7点', SHANGHAI, '2026-12-04T13:00:00Z', '2026-12-04T23:00:00Z');
    expectSchedule('明晚8点到后天早上6点', SHANGHAI, '2026-11-29T12:00:00Z', '2026-11-29T22:00:00Z');
    expectSchedule('明晚8点到第二天早上6点', SHANGHAI, '2026-11-29T12:00:00Z', '2026-11-29T22:00:00Z');
    expectSchedule('明早6点到明晚8点', SHANGHAI, '2026-11-28T22:00:00Z', '2026-11-29T12:00:00Z');
    expectSchedule('今晚10点开始，明早6点结束', SHANGHAI, '2026-11-28T14:00:00Z', '2026-11-28T22:00:00Z');
    expectSchedule('明早6点开始，明晚8点结束', SHANGHAI, '2026-11-28T22:00:00Z', '2026-11-29T12:00:00Z');
    expectSchedule('今晚10点到凌晨2点', SHANGHAI, '2026-11-28T14:00:00Z', '2026-11-28T18:00:00Z');
    expect(refusal('明晚8点到今天早上6点', 'zh-CN').keys).toContain('validation.time.endBeforeStart');
  });
});
