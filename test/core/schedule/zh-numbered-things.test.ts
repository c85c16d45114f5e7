// 8号厅, 3号机位, 2号线: a numbered place or thing is no day of the month. It had been rewritten to a date and quoted back
// as one the user never wrote ("2026年12月8日厅" not understood), or refused as a day without a time or two days.
import { describe, expect, it } from 'vitest';
import { parseRelayCommand } from '../../../src/core/command/index.js';

function refusal(when: string) {
  const parsed = parseRelayCommand(`https://media.example.com/vod/show.mp4 转推到 live/evening ${when}`, {
    timeZone: 'Asia/Shanghai',
    now: new Date('2026-11-28T07:00:00Z'),
    locale: 'zh-CN',
    operator: 'alice',
    maxSpanDays: 7,
    allowPrivateNetworks: false,
    defaultDomain: 'push.example.com',
  });
  if (parsed.ok) throw new Error(`accepted: ${when}`);
  return parsed.error.map((error) => [error.key, error.params?.words]);
}

describe('a numbered place or thing beside a schedule', () => {
  it.each([
    ['明晚8点到10点 8号厅', '8号厅'],
    ['8号厅 明晚8点到10点', '8号厅'],
    ['明晚8点到10点 3号机位', '3号机位'],
    ['2号线 明晚8点 持续1小时', '2号线'],
    ['明晚8点 持续1小时 1号源', '1号源'],
  ])('%s quotes %s as typed', (when, words) => {
    expect(refusal(when)).toEqual([['parse.unrecognized', words]]);
  });
});
