// Edits on the night the clocks change. An end rolled to the day after the start, and a shift by whole days, are
// steps on the zone's clock and calendar, not 24 hours of elapsed time: "end at 3am" for a relay on the night the
// clocks go back had ended at 2am (and at 4am on the night they go forward), "until 2:30am" on the spring-forward night
// (a time that never happens) became 3:30 without a word, and "delay by a day" moved an 11pm relay to 10pm or midnight.
import { describe, expect, it } from 'vitest';
import type { RelayRequest } from '../../../src/core/relay-request.js';
import { editOutcome, TOMORROW_EVENING } from './helpers.js';

function edit(text: string, relay: RelayRequest, timeZone: string, now: string) {
  return editOutcome(text, relay, { timeZone, now: new Date(now) });
}

describe('London, the night the clocks go back (Sunday 2026-10-25, 02:00 BST → 01:00 GMT)', () => {
  // Saturday 22:00 BST to Sunday 01:00 BST, edited on the Friday.
  const relay = { ...TOMORROW_EVENING, StartTime: '2026-10-24T21:00:00Z', EndTime: '2026-10-25T00:00:00Z' };
  const london = (text: string) => edit(text, relay, 'Europe/London', '2026-10-23T10:00:00Z');

  it.each([
    ['end at 2am', { EndTime: '2026-10-25T02:00:00Z' }],
    ['end at 3am', { EndTime: '2026-10-25T03:00:00Z' }],
    ['until 2:15', { EndTime: '2026-10-25T02:15:00Z' }],
    ['凌晨3点结束', { EndTime: '2026-10-25T03:00:00Z' }],
    // The repeated hour is its first occurrence, as in a new schedule.
    ['until 1:30am', { EndTime: '2026-10-25T00:30:00Z' }],
  ])('%s', (text, expected) => {
    expect(london(text)).toEqual(expected);
  });

  it.each([
    ['delay by a day', { StartTime: '2026-10-25T22:00:00Z', EndTime: '2026-10-26T01:00:00Z' }],
    ['push it back 1 day', { StartTime: '2026-10-25T22:00:00Z', EndTime: '2026-10-26T01:00:00Z' }],
    ['推迟一天', { StartTime: '2026-10-25T22:00:00Z', EndTime: '2026-10-26T01:00:00Z' }],
    ['extend by a day', { EndTime: '2026-10-26T01:00:00Z' }],
  ])('a shift by days keeps the clock times: %s', (text, expected) => {
    expect(london(text)).toEqual(expected);
  });

  it('a shift by hours stays elapsed time', () => {
    expect(london('push back an hour')).toEqual({ StartTime: '2026-10-24T22:00:00Z', EndTime: '2026-10-25T01:00:00Z' });
    expect(london('make it 5 hours')).toEqual({ EndTime: '2026-10-25T02:00:00Z' });
  });
});

describe('New York, the night the clocks go forward (Sunday 2026-03-08, 02:00 EST → 03:00 EDT)', () => {
  // Saturday 23:00 EST to Sunday 01:00 EST, edited on the Friday.
  const relay = { ...TOMORROW_EVENING, StartTime: '2026-03-08T04:00:00Z', EndTime: '2026-03-08T06:00:00Z' };
  const newYork = (text: string) => edit(text, relay, 'America/New_York', '2026-03-06T15:00:00Z');

  it.each([
    ['end at 3am', { EndTime: '2026-03-08T07:00:00Z' }],
    ['end at 4am', { EndTime: '2026-03-08T08:00:00Z' }],
    ['until 3', { EndTime: '2026-03-08T07:00:00Z' }],
  ])('%s', (text, expected) => {
    expect(newYork(text)).toEqual(expected);
  });

  it.each(['until 2:30am', 'end at 2am', '凌晨2点半结束'])('asks for another time than one that never happens: %s', (text) => {
    expect(newYork(text)).toEqual(['schedule.nonexistentTime']);
  });

  it.each([
    ['delay by a day', { StartTime: '2026-03-09T03:00:00Z', EndTime: '2026-03-09T05:00:00Z' }],
    ['顺延一天', { StartTime: '2026-03-09T03:00:00Z', EndTime: '2026-03-09T05:00:00Z' }],
    ['another day', { EndTime: '2026-03-09T05:00:00Z' }],
    ['1 more day', { EndTime: '2026-03-09T05:00:00Z' }],
  ])('a shift by days keeps the clock times: %s', (text, expected) => {
    expect(newYork(text)).toEqual(expected);
  });

  it('a shift by hours stays elapsed time', () => {
    expect(newYork('push back 3 hours')).toEqual({ StartTime: '2026-03-08T07:00:00Z', EndTime: '2026-03-08T09:00:00Z' });
  });
});
