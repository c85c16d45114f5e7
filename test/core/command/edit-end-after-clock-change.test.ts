// An end said with a small-hours clock time for a relay on the day the clocks go forward: the hour exists the next day,
// which is the end meant; the day itself lacks it, and that was all that had been tried.
import { describe, expect, it } from 'vitest';
import { editOutcome, relayAt } from './helpers.js';

// Sunday 29 March 2026 20:00–22:00 BST in London (clocks went forward at 01:00 that morning), edited on the Friday.
const LONDON_SPRING = relayAt('2026-03-29T19:00:00Z', '2026-03-29T21:00:00Z');
const LONDON = { timeZone: 'Europe/London', now: new Date('2026-03-27T12:00:00Z') };

describe('an end in the small hours after a relay on the day the clocks go forward', () => {
  it.each([
    // Refused as a time the clocks skip: 1 am was read on the relay's own day, which has none.
    ['until 1am', { EndTime: '2026-03-30T00:00:00Z' }],
    ['end at 1am', { EndTime: '2026-03-30T00:00:00Z' }],
    ['until 1:30am', { EndTime: '2026-03-30T00:30:00Z' }],
    ['凌晨1点结束', { EndTime: '2026-03-30T00:00:00Z' }],
    ['播到凌晨1点', { EndTime: '2026-03-30T00:00:00Z' }],
    // Hours the day has were read right already.
    ['until 2am', { EndTime: '2026-03-30T01:00:00Z' }],
    ['until 11pm', { EndTime: '2026-03-29T22:00:00Z' }],
  ])('%s', (text, changes) => {
    expect(editOutcome(text, LONDON_SPRING, LONDON)).toEqual(changes);
  });

  it('the night before, 1 am is the hour the clocks skip, and is refused', () => {
    const saturday = relayAt('2026-03-28T20:00:00Z', '2026-03-28T22:00:00Z');
    expect(editOutcome('until 1am', saturday, LONDON)).toEqual(['schedule.nonexistentTime']);
  });
});
