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

describe('words that only ask for the change before start / end', () => {
  // Before: "make it start at 9pm" and "make it start at 5pm" moved the relay whole (21:00–23:00, 17:00–19:00), where
  // "start at 9pm" moves its start only (edit-more-phrasings.test.ts); "please start at 9pm" did too.
  it.each([
    ['make it start at 9pm', { StartTime: '2026-03-02T13:00:00Z' }],
    ['make it start at 5pm', { StartTime: '2026-03-02T09:00:00Z' }],
    ['please start at 9pm', { StartTime: '2026-03-02T13:00:00Z' }],
    ['can you make it start at 9pm', { StartTime: '2026-03-02T13:00:00Z' }],
    ['have it end at 11pm', { EndTime: '2026-03-02T15:00:00Z' }],
  ])('%s', (text, expected) => {
    expect(editOutcome(text)).toEqual(expected);
  });

  // A day of its own before the marker is still a whole schedule; "make it 9pm" still moves the relay.
  it.each([
    ['tonight 9pm until 11pm', { StartTime: '2026-03-01T13:00:00Z', EndTime: '2026-03-01T15:00:00Z' }],
    ['make it 9pm', { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T15:00:00Z' }],
    ['make it start at friday 8pm', { StartTime: '2026-03-06T12:00:00Z', EndTime: '2026-03-06T14:00:00Z' }],
  ])('stays: %s', (text, expected) => {
    expect(editOutcome(text)).toEqual(expected);
  });
});
