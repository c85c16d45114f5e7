// "same time the next day", 第二天同一时间, 同一时间 改到明天: the relay moved by a day, its clock time and length kept.
// Now is Sunday 2026-03-01 12:00 in Shanghai; the relay is Monday 20:00-22:00 there (helpers.ts).
import { describe, expect, it } from 'vitest';
import { editOutcome, relayAt } from './helpers.js';

const TUESDAY = { StartTime: '2026-03-03T12:00:00Z', EndTime: '2026-03-03T14:00:00Z' };

describe("the same time on the relay's next day", () => {
  // Before: "same time the next day" was refused as a day without a time, 同一时间 改到第二天 as words not understood.
  it.each([
    'same time the next day',
    'move it to the same time the next day',
    'same time the following day',
    'the next day same time',
    '第二天同一时间',
    '改到第二天同一时间',
    '同一时间 改到第二天',
    '次日同一时间',
  ])('%s', (text) => {
    expect(editOutcome(text, undefined)).toEqual(TUESDAY);
  });

  it('in New York too (Monday 20:00 EST to Tuesday 20:00 EST)', () => {
    const relay = relayAt('2026-03-03T01:00:00Z', '2026-03-03T03:00:00Z');
    expect(editOutcome('same time the next day', relay, { timeZone: 'America/New_York' })).toEqual({
      StartTime: '2026-03-04T01:00:00Z',
      EndTime: '2026-03-04T03:00:00Z',
    });
  });
});

describe('同一时间 before the day it moves to', () => {
  // Before: refused as words not understood. 同一时间 改到明天 is 明天同一时间 the other way round.
  it.each([
    ['同一时间 改到后天', TUESDAY],
    ['同一时间，周三', { StartTime: '2026-03-04T12:00:00Z', EndTime: '2026-03-04T14:00:00Z' }],
  ])('%s', (text, expected) => {
    expect(editOutcome(text, undefined)).toEqual(expected);
  });

  it('a relay today moves to tomorrow', () => {
    const today = relayAt('2026-03-01T12:00:00Z', '2026-03-01T14:00:00Z');
    expect(editOutcome('同一时间 改到明天', today)).toEqual({ StartTime: '2026-03-02T12:00:00Z', EndTime: '2026-03-02T14:00:00Z' });
  });

  // Tomorrow is now's tomorrow, where the relay already is: asked (sameTimeUnchanged), as 明天同一时间 and "same time
  // tomorrow" are (near misses that stay).
  it('同一时间 改到明天 for the relay tomorrow is asked as 明天同一时间 is', () => {
    expect(editOutcome('同一时间 改到明天', undefined)).toEqual(['parse.changes.sameTimeUnchanged']);
  });
  it.each(['明天同一时间', 'same time tomorrow'])('%s for the relay tomorrow stays asked', (text) => {
    expect(editOutcome(text, undefined)).toEqual(['parse.changes.sameTimeUnchanged']);
  });
  it.each([
    ['same time friday', { StartTime: '2026-03-06T12:00:00Z', EndTime: '2026-03-06T14:00:00Z' }],
    ['2am the next day', { StartTime: '2026-03-02T18:00:00Z', EndTime: '2026-03-02T20:00:00Z' }],
  ])('%s stays', (text, expected) => {
    expect(editOutcome(text, undefined)).toEqual(expected);
  });
});
