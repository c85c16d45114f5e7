// A start in so long, then a length written as on a clock (lengths.ts, findsBareLength): the wait was taken for a
// bare length, so 'for 1:30' / 时长1:30 was left to be read as a clock time and the relay refused as a start given
// twice. The Chinese forms are in zh-unseen-probes.txt; this file holds the English ones, read the same way.
import { describe, expect, it } from 'vitest';
import { parseRelayCommand } from '../../../src/core/command/index.js';

const NOW = new Date('2026-11-28T15:00:00Z');
function read(phrase: string) {
  const result = parseRelayCommand(`https://media.example.com/vod/show.mp4 to live/evening ${phrase}`, {
    timeZone: 'America/New_York', now: NOW, locale: 'en', operator: 'alice', maxSpanDays: 7, allowPrivateNetworks: false, defaultDomain: 'push.example.com',
  });
  return result.ok ? `${result.value.request.StartTime}|${result.value.request.EndTime}` : result.error.map((e) => e.key).join(',');
}

describe('a wait before the start, then a clock-shaped length', () => {
  it.each([
    ['in 30 minutes for 1:30', '2026-11-28T15:30:00Z|2026-11-28T17:00:00Z'],
    ['30 minutes from now for 1:30', '2026-11-28T15:30:00Z|2026-11-28T17:00:00Z'],
    ['in 30 minutes, lasting 1:30', '2026-11-28T15:30:00Z|2026-11-28T17:00:00Z'],
    ['after 2 hours for 0:45', '2026-11-28T17:00:00Z|2026-11-28T17:45:00Z'],
  ])('reads %s as the wait and the length', (phrase, expected) => expect(read(phrase)).toBe(expected));

  it('leaves a clock after a wait, and a length with a start of its own, as they were', () => {
    expect(read('in 2 hours at 1:30')).toBe('schedule.twoStarts');
    expect(read('for 8:30 tomorrow, 2h')).toBe('2026-11-29T13:30:00Z|2026-11-29T15:30:00Z');
    expect(read('tomorrow 8pm for 1:30')).toBe('2026-11-30T01:00:00Z|2026-11-30T02:30:00Z');
  });
});
