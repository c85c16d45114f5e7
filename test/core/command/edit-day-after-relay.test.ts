// "the day after", "the next day", "the following day" in a new start: the day after the relay's.
// The relay: Monday 20:00–22:00 in Shanghai, now Sunday 12:00 (helpers.ts).
import { describe, expect, it } from 'vitest';
import { editOutcome, relayAt } from './helpers.js';

describe('the day after the relay\'s, for a new start', () => {
  // Before: "move to 9pm the day after" and "start at 9pm the day after" kept Monday (silently); "move to the next day",
  // "move to 9pm the next day" and "9pm the following day" were refused as an end that could not be read.
  it.each([
    ['move to 9pm the day after', { StartTime: '2026-03-03T13:00:00Z', EndTime: '2026-03-03T15:00:00Z' }],
    ['start at 9pm the day after', { StartTime: '2026-03-03T13:00:00Z', EndTime: '2026-03-03T15:00:00Z' }],
    ['move to the next day', { StartTime: '2026-03-03T12:00:00Z', EndTime: '2026-03-03T14:00:00Z' }],
    ['move to 9pm the next day', { StartTime: '2026-03-03T13:00:00Z', EndTime: '2026-03-03T15:00:00Z' }],
    ['move to the following day', { StartTime: '2026-03-03T12:00:00Z', EndTime: '2026-03-03T14:00:00Z' }],
    ['9pm the following day', { StartTime: '2026-03-03T13:00:00Z', EndTime: '2026-03-03T15:00:00Z' }],
    ['move it to the day after at 9pm', { StartTime: '2026-03-03T13:00:00Z', EndTime: '2026-03-03T15:00:00Z' }],
  ])('%s', (text, expected) => {
    expect(editOutcome(text)).toEqual(expected);
  });

  it('counted from the relay\'s day, not from today (a relay on Thursday moves to Friday)', () => {
    const thursday = relayAt('2026-03-05T12:00:00Z', '2026-03-05T14:00:00Z');
    expect(editOutcome('move to the next day', thursday)).toEqual({ StartTime: '2026-03-06T12:00:00Z', EndTime: '2026-03-06T14:00:00Z' });
  });

  // Near misses that stay: the day after tomorrow (from now), and an end on the day after the start.
  it.each([
    ['move to the day after tomorrow', { StartTime: '2026-03-03T12:00:00Z', EndTime: '2026-03-03T14:00:00Z' }],
    ['the day after tomorrow 9pm', { StartTime: '2026-03-03T13:00:00Z', EndTime: '2026-03-03T15:00:00Z' }],
    ['until 2am the next day', { EndTime: '2026-03-02T18:00:00Z' }],
  ])('stays: %s', (text, expected) => {
    expect(editOutcome(text)).toEqual(expected);
  });

  it('the day after tomorrow from a relay on Thursday is still Tuesday (counted from now)', () => {
    const thursday = relayAt('2026-03-05T12:00:00Z', '2026-03-05T14:00:00Z');
    expect(editOutcome('move to the day after tomorrow', thursday)).toEqual({ StartTime: '2026-03-03T12:00:00Z', EndTime: '2026-03-03T14:00:00Z' });
  });
});
