// English edge words behind their time ("11pm end", "9pm start"), as 结束 / 开始 are in Chinese.
// The relay: Monday 20:00–22:00 in Shanghai, now Sunday 12:00 (helpers.ts).
import { describe, expect, it } from 'vitest';
import { editOutcome, TOMORROW_EVENING } from './helpers.js';

describe('a time followed by start / end sets that edge', () => {
  // Before: "11pm end" moved the relay to start at 11pm (23:00–01:00, silently), "11:30pm finish" was read the same way.
  it.each([
    ['11pm end', { EndTime: '2026-03-02T15:00:00Z' }],
    ['11:30pm finish', { EndTime: '2026-03-02T15:30:00Z' }],
    ['10:45 pm ends', { EndTime: '2026-03-02T14:45:00Z' }],
    ['9pm start', { StartTime: '2026-03-02T13:00:00Z' }],
    ['9pm start, 11pm end', { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T15:00:00Z' }],
    ['9pm start and 11pm end', { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T15:00:00Z' }],
  ])('%s', (text, expected) => {
    expect(editOutcome(text)).toEqual(expected);
  });

  it('with an option beside it', () => {
    expect(editOutcome('11pm end, loop 2', { ...TOMORROW_EVENING, VodLoopTimes: '3' })).toEqual({ VodLoopTimes: '2', EndTime: '2026-03-02T15:00:00Z' });
  });

  // Near misses that stay: the verb in front, a time alone, an edge named after a shift verb.
  it.each([
    ['end at 11pm', { EndTime: '2026-03-02T15:00:00Z' }],
    ['start 9pm end 11pm', { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T15:00:00Z' }],
    ['11pm', { StartTime: '2026-03-02T15:00:00Z', EndTime: '2026-03-02T17:00:00Z' }],
    ['push the end back 30 min', { EndTime: '2026-03-02T14:30:00Z' }],
    ['晚上11点结束', { EndTime: '2026-03-02T15:00:00Z' }],
  ])('stays: %s', (text, expected) => {
    expect(editOutcome(text)).toEqual(expected);
  });
});
