// The day a refusal or a note names is written as the reader's date with its weekday, never as the ISO date
// "2026-11-29": 美东夏令时 on a day New York keeps standard time (seasonNotInEffect) and a time the clocks pass twice
// (the repeatedTime note) named theirs as ISO dates.
import { describe, expect, it } from 'vitest';
import { parseRelayCommand } from '../../../src/core/command/index.js';
import { describeErrorFor } from '../../../src/core/error-text.js';
import type { Locale } from '../../../src/core/i18n.js';

const PREFIX: Record<Locale, string> = {
  en: 'https://media.example.com/vod/show.mp4 to live/evening ',
  'zh-CN': 'https://media.example.com/vod/show.mp4 转推到 live/evening ',
};

function messages(locale: Locale, timeZone: string, now: string, phrase: string): string[] {
  const parsed = parseRelayCommand(PREFIX[locale] + phrase, {
    timeZone, now: new Date(now), locale, operator: 'alice', maxSpanDays: 7, allowPrivateNetworks: false, defaultDomain: 'push.example.com',
  });
  const said = parsed.ok ? parsed.value.notes : parsed.error;
  return said.map((error) => describeErrorFor({ locale, timeZone }, error));
}

describe('days named in messages', () => {
  it('names the day a summer time is not in effect as the reader reads dates', () => {
    const [zh] = messages('zh-CN', 'Asia/Shanghai', '2026-11-28T07:00:00Z', '美东夏令时明晚8点 播1小时');
    expect(zh).toContain('2026年11月29日周日');
    expect(zh).not.toMatch(/\d{4}-\d\d-\d\d/);
  });

  it('names the day a time comes twice as the reader reads dates', () => {
    const [en] = messages('en', 'America/New_York', '2026-10-30T16:00:00Z', 'sunday 1:30am for 1h');
    expect(en).toContain('Sun, 1 Nov 2026');
    const [zh] = messages('zh-CN', 'America/New_York', '2026-10-30T16:00:00Z', '11月1日凌晨1点半 播1小时');
    expect(zh).toContain('2026年11月1日周日');
    for (const text of [en, zh]) expect(text).not.toMatch(/\d{4}-\d\d-\d\d/);
  });
});
