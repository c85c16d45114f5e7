// Edits that move the relay by an amount with no verb before it ("30 min later", "make it an hour earlier"), and
// several shifts in one edit where only one amount has its unit ("push back 30 min and extend by 15").
// The relay: Monday 20:00–22:00 in Shanghai, "now" Sunday 12:00 (helpers.ts), unless said otherwise.
import { describe, expect, it } from 'vitest';
import { editOutcome, relayAt, TOMORROW_EVENING } from './helpers.js';

const looping = { ...TOMORROW_EVENING, VodLoopTimes: '3', Comment: 'first run' };

describe('an amount and "later" / "earlier" alone moves the relay, as "move it 30 min later" does', () => {
  // Before: "30 min later", "make it 30 min later" and "move to 30 min later" moved tomorrow evening's relay to half an
  // hour from now (Sunday 12:30–14:30, silently); "an hour earlier", "later by 30 min" were refused.
  it.each([
    ['30 min later', { StartTime: '2026-03-02T12:30:00Z', EndTime: '2026-03-02T14:30:00Z' }],
    ['half an hour later', { StartTime: '2026-03-02T12:30:00Z', EndTime: '2026-03-02T14:30:00Z' }],
    ['1h30 later', { StartTime: '2026-03-02T13:30:00Z', EndTime: '2026-03-02T15:30:00Z' }],
    ['make it 30 min later', { StartTime: '2026-03-02T12:30:00Z', EndTime: '2026-03-02T14:30:00Z' }],
    ['move to 30 min later', { StartTime: '2026-03-02T12:30:00Z', EndTime: '2026-03-02T14:30:00Z' }],
    ['everything an hour later', { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T15:00:00Z' }],
    ['later by 30 min', { StartTime: '2026-03-02T12:30:00Z', EndTime: '2026-03-02T14:30:00Z' }],
    ['an hour earlier', { StartTime: '2026-03-02T11:00:00Z', EndTime: '2026-03-02T13:00:00Z' }],
    ['make it 15 minutes sooner', { StartTime: '2026-03-02T11:45:00Z', EndTime: '2026-03-02T13:45:00Z' }],
  ])('%s', (text, expected) => {
    expect(editOutcome(text)).toEqual(expected);
  });

  it('with an option beside it', () => {
    expect(editOutcome('30 min later, loop 2', looping)).toEqual({ VodLoopTimes: '2', StartTime: '2026-03-02T12:30:00Z', EndTime: '2026-03-02T14:30:00Z' });
  });

  it('in another zone, on a relay across midnight (New York, Sunday 23:00 to Monday 01:00)', () => {
    const relay = relayAt('2026-03-02T04:00:00Z', '2026-03-02T06:00:00Z');
    expect(editOutcome('an hour later', relay, { timeZone: 'America/New_York' })).toEqual({ StartTime: '2026-03-02T05:00:00Z', EndTime: '2026-03-02T07:00:00Z' });
  });

  // Near misses that stay as they were: a wait from now, one edge named, and words that are no amount.
  it.each([
    ['in 30 minutes', { StartTime: '2026-03-01T04:30:00Z', EndTime: '2026-03-01T06:30:00Z' }],
    ['30 min from now', { StartTime: '2026-03-01T04:30:00Z', EndTime: '2026-03-01T06:30:00Z' }],
    ['start 30 min later', { StartTime: '2026-03-02T12:30:00Z' }],
    ['end 30 min later', { EndTime: '2026-03-02T14:30:00Z' }],
    ['move it 30 min later', { StartTime: '2026-03-02T12:30:00Z', EndTime: '2026-03-02T14:30:00Z' }],
  ])('stays: %s', (text, expected) => {
    expect(editOutcome(text)).toEqual(expected);
  });

  it('a relay already running, moved to start now, is refused (its start is past), not moved to 30 minutes from now', () => {
    const running = relayAt('2026-03-01T03:30:00Z', '2026-03-01T05:30:00Z');
    expect(editOutcome('30 min later', running)).toEqual(['parse.changes.runningStartPassed']);
  });
});

describe('a shift given as a number alone takes the minutes of the other change said with it', () => {
  // Before: each was refused as words not understood (the "15" with no unit).
  it.each([
    ['push back 30 min and extend by 15', { StartTime: '2026-03-02T12:30:00Z', EndTime: '2026-03-02T14:45:00Z' }],
    ['delay 30 min, add 20', { StartTime: '2026-03-02T12:30:00Z', EndTime: '2026-03-02T14:50:00Z' }],
    ['delay 30, add 20 min', { StartTime: '2026-03-02T12:30:00Z', EndTime: '2026-03-02T14:50:00Z' }],
    ['推迟30分钟并延长15', { StartTime: '2026-03-02T12:30:00Z', EndTime: '2026-03-02T14:45:00Z' }],
  ])('%s', (text, expected) => {
    expect(editOutcome(text)).toEqual(expected);
  });

  it('with an option between them', () => {
    expect(editOutcome('delay 30 min, loop 2, add 20', looping)).toEqual({ VodLoopTimes: '2', StartTime: '2026-03-02T12:30:00Z', EndTime: '2026-03-02T14:50:00Z' });
  });

  // After hours a bare number is as likely minutes as hours: still refused, never guessed.
  it.each(['push back 2h and extend by 30', '推迟半小时并延长15', 'extend by 15'])('stays refused: %s', (text) => {
    expect(Array.isArray(editOutcome(text))).toBe(true);
  });
});

describe('减少 an amount shortens the relay, as 缩短 does', () => {
  // Before: refused as words not understood.
  it.each([
    ['减少半小时', { EndTime: '2026-03-02T13:30:00Z' }],
    ['减少20分钟', { EndTime: '2026-03-02T13:40:00Z' }],
  ])('%s', (text, expected) => {
    expect(editOutcome(text)).toEqual(expected);
  });

  it('减少1次循环 stays a loop change', () => {
    expect(editOutcome('减少1次循环', looping)).toEqual({ VodLoopTimes: '2' });
  });
});

describe('晚 / 早 and an amount alone move the relay, as 推迟 / 提前 do', () => {
  // Before: 晚半小时 and 早半小时 were refused as words not understood, 晚一个小时 as a day without a time.
  it.each([
    ['晚半小时', { StartTime: '2026-03-02T12:30:00Z', EndTime: '2026-03-02T14:30:00Z' }],
    ['早半小时', { StartTime: '2026-03-02T11:30:00Z', EndTime: '2026-03-02T13:30:00Z' }],
    ['晚一个小时', { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T15:00:00Z' }],
    ['整体晚20分钟', { StartTime: '2026-03-02T12:20:00Z', EndTime: '2026-03-02T14:20:00Z' }],
  ])('%s', (text, expected) => {
    expect(editOutcome(text)).toEqual(expected);
  });

  // With 开始 / 结束 after them they move that edge only; 晚上9点 and 晚8点 are clock times.
  it.each([
    ['晚半小时开始', { StartTime: '2026-03-02T12:30:00Z' }],
    ['早半小时结束', { EndTime: '2026-03-02T13:30:00Z' }],
    ['晚上9点', { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T15:00:00Z' }],
    ['晚8点', ['parse.changes.unchanged']],
  ])('stays: %s', (text, expected) => {
    expect(editOutcome(text)).toEqual(expected);
  });
});

describe('push / bump / slide the relay by an amount, or bump / slide it to a time', () => {
  // Before: each was refused as words not understood.
  it.each([
    ['push it 30 min', { StartTime: '2026-03-02T12:30:00Z', EndTime: '2026-03-02T14:30:00Z' }],
    ['bump it 30 min', { StartTime: '2026-03-02T12:30:00Z', EndTime: '2026-03-02T14:30:00Z' }],
    ['slide it back an hour', { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T15:00:00Z' }],
    ['push it out a day', { StartTime: '2026-03-03T12:00:00Z', EndTime: '2026-03-03T14:00:00Z' }],
    ['bump it to 9pm', { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T15:00:00Z' }],
    ['slide it to friday', { StartTime: '2026-03-06T12:00:00Z', EndTime: '2026-03-06T14:00:00Z' }],
  ])('%s', (text, expected) => {
    expect(editOutcome(text)).toEqual(expected);
  });

  // One edge named after them is no move of the relay; "bump it up" may be earlier: both stay refused.
  it.each(['bump the end 30 min', 'slide the start 15 min', 'bump it up 30 min'])('stays refused: %s', (text) => {
    expect(Array.isArray(editOutcome(text))).toBe(true);
  });

  it.each([
    ['push the end back 30 min', { EndTime: '2026-03-02T14:30:00Z' }],
    ['push it to 9pm', { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T15:00:00Z' }],
  ])('stays: %s', (text, expected) => {
    expect(editOutcome(text)).toEqual(expected);
  });
});
