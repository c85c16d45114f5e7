// A new window said in one breath in an edit ("9点开始播3小时", "9 for 3h", "start at 9 for 3 hours"): on the relay's own
// day, at the half of the day nearer its start, as a bare hour moves the start; never today's, without a word.
import { describe, expect, it } from 'vitest';
import { editOutcome, relayAt } from './helpers.js';

// The relay: Monday 2026-03-02 20:00–22:00 in Shanghai (12:00Z–14:00Z); now is Sunday noon.
describe('a bare hour and a length, no punctuation between them', () => {
  it.each([
    // Read with the relay's date written in, the bare 9点 was 09:00, which no longer matched the reading as typed
    // (tonight's 21:00), and today won.
    ['9点开始 播3小时', { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T16:00:00Z' }],
    ['9点开始播3小时', { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T16:00:00Z' }],
    ['9点开始 3小时', { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T16:00:00Z' }],
    ['9点开始播放3小时', { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T16:00:00Z' }],
    ['10点开始播1小时', { StartTime: '2026-03-02T14:00:00Z', EndTime: '2026-03-02T15:00:00Z' }],
    ['at 9 for 3h', { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T16:00:00Z' }],
    ['9:30 for 3h', { StartTime: '2026-03-02T13:30:00Z', EndTime: '2026-03-02T16:30:00Z' }],
    // The lone opening number was not read as an hour once the date followed it.
    ['9 for 3 hours', { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T16:00:00Z' }],
    ['10 for an hour', { StartTime: '2026-03-02T14:00:00Z', EndTime: '2026-03-02T15:00:00Z' }],
    // Said with its half of the day, it was read right already; kept so.
    ['晚上9点开始播3小时', { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T16:00:00Z' }],
    ['早上9点开始播3小时', { StartTime: '2026-03-02T01:00:00Z', EndTime: '2026-03-02T04:00:00Z' }],
    ['9am for 3h', { StartTime: '2026-03-02T01:00:00Z', EndTime: '2026-03-02T04:00:00Z' }],
    ['9点开始，播3小时', { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T16:00:00Z' }],
  ])('%s', (text, changes) => {
    expect(editOutcome(text)).toEqual(changes);
  });
});

describe("a start's marker with the length after it", () => {
  it.each([
    // Read as one instant, "9 for 3 hours for 1 minute" was refused as an end and a length at once.
    ['start at 9 for 3 hours', { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T16:00:00Z' }],
    ['start 9pm for 3h', { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T16:00:00Z' }],
    ['begin at 9 for 3 hours', { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T16:00:00Z' }],
    ['starts 9 for 3h', { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T16:00:00Z' }],
    ['start at 9 for 3 hours, loop twice', { VodLoopTimes: '2', StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T16:00:00Z' }],
    ['开始 晚上9点 持续3小时', { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T16:00:00Z' }],
    // A start counted from now stays so.
    ['start in an hour for 3h', { StartTime: '2026-03-01T05:00:00Z', EndTime: '2026-03-01T08:00:00Z' }],
    ['start at 9', { StartTime: '2026-03-02T13:00:00Z' }],
  ])('%s', (text, changes) => {
    expect(editOutcome(text)).toEqual(changes);
  });
});

describe('on a relay in another month, year or across a clock change', () => {

  it.each([
    // Thursday 2 April 20:00 in Shanghai, edited on Sunday 29 March.
    ['9点开始播3小时', relayAt('2026-04-02T12:00:00Z', '2026-04-02T14:00:00Z'), 'Asia/Shanghai', '2026-03-29T04:00:00Z',
      { StartTime: '2026-04-02T13:00:00Z', EndTime: '2026-04-02T16:00:00Z' }],
    // New Year's Day 2027 20:00 in Shanghai, edited on 30 December.
    ['9 for 3h', relayAt('2027-01-01T12:00:00Z', '2027-01-01T14:00:00Z'), 'Asia/Shanghai', '2026-12-30T04:00:00Z',
      { StartTime: '2027-01-01T13:00:00Z', EndTime: '2027-01-01T16:00:00Z' }],
    // Sunday 8 March 20:00 EDT in New York, the day the clocks go forward, edited on the Friday before (EST).
    ['start at 9 for 3 hours', relayAt('2026-03-09T00:00:00Z', '2026-03-09T02:00:00Z'), 'America/New_York', '2026-03-06T15:00:00Z',
      { StartTime: '2026-03-09T01:00:00Z', EndTime: '2026-03-09T04:00:00Z' }],
    ['9点开始播3小时', relayAt('2026-03-09T00:00:00Z', '2026-03-09T02:00:00Z'), 'America/New_York', '2026-03-06T15:00:00Z',
      { StartTime: '2026-03-09T01:00:00Z', EndTime: '2026-03-09T04:00:00Z' }],
  ])('%s (%#)', (text, current, timeZone, now, changes) => {
    expect(editOutcome(text, current, { timeZone, now: new Date(now) })).toEqual(changes);
  });
});

describe('a bare hour alone, in digits, words or Chinese numerals', () => {
  it.each([
    // Said with no verb, the hour was the morning's on the relay's day, while "move to 9" was the evening's.
    ['9点', { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T15:00:00Z' }],
    ['at 9', { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T15:00:00Z' }],
    ['9:30', { StartTime: '2026-03-02T13:30:00Z', EndTime: '2026-03-02T15:30:00Z' }],
    // "nine on <date>" was refused, and the reading as typed (tonight's) was nearer the relay's morning.
    ['nine', { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T15:00:00Z' }],
    ['move to nine', { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T15:00:00Z' }],
    // Chinese numerals were no bare hour: 9 am, while 改到9点 was 9 pm.
    ['九点', { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T15:00:00Z' }],
    ['改到九点', { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T15:00:00Z' }],
    ['九点半', { StartTime: '2026-03-02T13:30:00Z', EndTime: '2026-03-02T15:30:00Z' }],
    ['十点一刻', { StartTime: '2026-03-02T14:15:00Z', EndTime: '2026-03-02T16:15:00Z' }],
    ['九点开始播三小时', { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T16:00:00Z' }],
    // Kept: a named day's bare hour is the schedule's reading, and the half of the day when it is said.
    ['明天9点', { StartTime: '2026-03-02T01:00:00Z', EndTime: '2026-03-02T03:00:00Z' }],
    ['明晚9点', { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T15:00:00Z' }],
    ['九点到十一点', { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T15:00:00Z' }],
    ['十一点结束', { EndTime: '2026-03-02T15:00:00Z' }],
  ])('%s', (text, changes) => {
    expect(editOutcome(text)).toEqual(changes);
  });
});
