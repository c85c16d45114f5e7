// A new start on a day of its own, past the relay's end: the relay moves there with its length, as "move to" says.
// The relay: Monday 20:00–22:00 in Shanghai, now Sunday 12:00 (helpers.ts).
import { describe, expect, it } from 'vitest';
import { editOutcome, relayAt } from './helpers.js';

describe('a start said with its day, past the relay\'s end, moves the relay', () => {
  // Before: each kept the Monday 22:00 end and was refused as an end before the start.
  it.each([
    ['start friday 8pm', { StartTime: '2026-03-06T12:00:00Z', EndTime: '2026-03-06T14:00:00Z' }],
    ['start on friday at 8pm', { StartTime: '2026-03-06T12:00:00Z', EndTime: '2026-03-06T14:00:00Z' }],
    ['start at 3pm on friday', { StartTime: '2026-03-06T07:00:00Z', EndTime: '2026-03-06T09:00:00Z' }],
    ['start tuesday 9pm', { StartTime: '2026-03-03T13:00:00Z', EndTime: '2026-03-03T15:00:00Z' }],
    ['改成周五晚上8点开始', { StartTime: '2026-03-06T12:00:00Z', EndTime: '2026-03-06T14:00:00Z' }],
    ['周五晚上8点开始', { StartTime: '2026-03-06T12:00:00Z', EndTime: '2026-03-06T14:00:00Z' }],
    ['后天晚上9点开始', { StartTime: '2026-03-03T13:00:00Z', EndTime: '2026-03-03T15:00:00Z' }],
  ])('%s', (text, expected) => {
    expect(editOutcome(text)).toEqual(expected);
  });

  it('in New York, for a relay on Monday 20:00–22:00 EST', () => {
    const relay = relayAt('2026-03-03T01:00:00Z', '2026-03-03T03:00:00Z');
    expect(editOutcome('start friday 8pm', relay, { timeZone: 'America/New_York' })).toEqual({ StartTime: '2026-03-07T01:00:00Z', EndTime: '2026-03-07T03:00:00Z' });
  });

  // Near misses that stay: a start before the end keeps the end; a time with no day past the end is refused (it may be
  // a slip for the end); a start with its own end keeps that end.
  it.each([
    ['start tomorrow at 9pm', { StartTime: '2026-03-02T13:00:00Z' }],
    ['start at 9pm', { StartTime: '2026-03-02T13:00:00Z' }],
    ['start friday 8pm end 11pm', { StartTime: '2026-03-06T12:00:00Z', EndTime: '2026-03-06T15:00:00Z' }],
  ])('stays: %s', (text, expected) => {
    expect(editOutcome(text)).toEqual(expected);
  });

  it.each(['start at 11pm', '晚上11点开始'])('stays refused: %s', (text) => {
    expect(editOutcome(text)).toEqual(['validation.time.endBeforeStart']);
  });
});
