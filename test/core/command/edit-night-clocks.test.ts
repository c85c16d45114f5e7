// A clock time with no day for a relay that runs across midnight, and "make it H:MM" (a length or a clock time).
// Now is Sunday 2026-03-01 12:00 in Shanghai (helpers.ts).
import { describe, expect, it } from 'vitest';
import { editOutcome, relayAt } from './helpers.js';

// Monday 23:00 to Tuesday 01:00, Shanghai.
const lateNight = relayAt('2026-03-02T15:00:00Z', '2026-03-02T17:00:00Z');

describe('a time in the small hours for a relay late at night is that night, not its own day a day before', () => {
  // Before: each was read on Monday: "start at 00:30" made the relay Monday 00:30 to Tuesday 01:00 (a day long),
  // "start at 1am" Monday 01:00 to Tuesday 01:00, "move to 1am" and 改到凌晨1点 moved it 22 hours earlier, and the bare
  // "move to 1" / 1:00开始 to 1 pm on Monday (all silently).
  it.each([
    ['start at 00:30', { StartTime: '2026-03-02T16:30:00Z' }],
    ['start at 12:30am', { StartTime: '2026-03-02T16:30:00Z' }],
    ['凌晨0点半开始', { StartTime: '2026-03-02T16:30:00Z' }],
    ['move to 1am', { StartTime: '2026-03-02T17:00:00Z', EndTime: '2026-03-02T19:00:00Z' }],
    ['reschedule to 00:30', { StartTime: '2026-03-02T16:30:00Z', EndTime: '2026-03-02T18:30:00Z' }],
    ['改到凌晨1点', { StartTime: '2026-03-02T17:00:00Z', EndTime: '2026-03-02T19:00:00Z' }],
    ['move to 1', { StartTime: '2026-03-02T17:00:00Z', EndTime: '2026-03-02T19:00:00Z' }],
  ])('%s', (text, expected) => {
    expect(editOutcome(text, lateNight)).toEqual(expected);
  });

  it.each(['start at 1am', '1:00开始', '凌晨1点开始'])('a start moved onto the end is refused (it was a day-long relay): %s', (text) => {
    expect(editOutcome(text, lateNight)).toEqual(['validation.time.endBeforeStart']);
  });

  it('in New York too (Monday 23:00 EST)', () => {
    const relay = relayAt('2026-03-03T04:00:00Z', '2026-03-03T06:00:00Z');
    expect(editOutcome('move to 1am', relay, { timeZone: 'America/New_York' })).toEqual({ StartTime: '2026-03-03T06:00:00Z', EndTime: '2026-03-03T08:00:00Z' });
  });

  it('a relay just after midnight moved to 11pm is the evening before (Tuesday 00:30 to Monday 23:00)', () => {
    const early = relayAt('2026-03-02T16:30:00Z', '2026-03-02T18:30:00Z');
    expect(editOutcome('move to 11pm', early)).toEqual({ StartTime: '2026-03-02T15:00:00Z', EndTime: '2026-03-02T17:00:00Z' });
  });

  // Near misses that stay: midnight, the relay's own evening, and a morning far from the night on either side.
  it.each([
    ['start at midnight', lateNight, { StartTime: '2026-03-02T16:00:00Z' }],
    ['move to 9pm', lateNight, { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T15:00:00Z' }],
    ['move to 7am', relayAt('2026-03-02T12:00:00Z', '2026-03-02T14:00:00Z'), { StartTime: '2026-03-01T23:00:00Z', EndTime: '2026-03-02T01:00:00Z' }],
    ['start at 9', relayAt('2026-03-02T12:00:00Z', '2026-03-02T14:00:00Z'), { StartTime: '2026-03-02T13:00:00Z' }],
    ['push it back to 1am on Tuesday', relayAt('2026-03-02T12:00:00Z', '2026-03-02T14:00:00Z'), { StartTime: '2026-03-02T17:00:00Z', EndTime: '2026-03-02T19:00:00Z' }],
  ])('stays: %s', (text, relay, expected) => {
    expect(editOutcome(text, relay)).toEqual(expected);
  });
});

describe('"make it H:MM" with an hour up to 12 is asked: a length or a clock time', () => {
  // Before: "make it 1:30" for the 20:00–22:00 relay moved it to 13:30 (silently), though it is as likely 1 h 30 min.
  it.each(['make it 1:30', 'make it 2:15', 'Make it 12:00'])('%s', (text) => {
    expect(editOutcome(text)).toEqual(['parse.changes.lengthOrClock']);
  });

  it.each([
    ['make it 20:30', { StartTime: '2026-03-02T12:30:00Z', EndTime: '2026-03-02T14:30:00Z' }],
    ['make it 1:30pm', { StartTime: '2026-03-02T05:30:00Z', EndTime: '2026-03-02T07:30:00Z' }],
    ['make it 2h30', { EndTime: '2026-03-02T14:30:00Z' }],
    ['only 1:30', { EndTime: '2026-03-02T13:30:00Z' }],
    ['for 1h30', { EndTime: '2026-03-02T13:30:00Z' }],
  ])('stays: %s', (text, expected) => {
    expect(editOutcome(text)).toEqual(expected);
  });
});

describe('"make it" and a bare hour is asked too, unless its clock time is near the relay\'s start', () => {
  // Before: "make it 3" and "make it 2" moved the 20:00–22:00 relay to 15:00 / 14:00 (silently); three hours is as likely.
  it.each(['make it 3', 'make it 2', 'make it 12', 'make it 2:30'])('%s is asked', (text) => {
    expect(editOutcome(text)).toEqual(['parse.changes.lengthOrClock']);
  });

  // Within three hours of the start on the clock, the time is plain, and read as before.
  it.each([
    ['make it 9', { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T15:00:00Z' }],
    ['make it 8:30', { StartTime: '2026-03-02T12:30:00Z', EndTime: '2026-03-02T14:30:00Z' }],
    ['make it 3 hours', { EndTime: '2026-03-02T15:00:00Z' }],
  ])('stays: %s', (text, expected) => {
    expect(editOutcome(text)).toEqual(expected);
  });

  it('for the late-night relay "make it 1:30" is that night\'s 1:30 (near its 23:00 start)', () => {
    expect(editOutcome('make it 1:30', lateNight)).toEqual({ StartTime: '2026-03-02T17:30:00Z', EndTime: '2026-03-02T19:30:00Z' });
  });
});
