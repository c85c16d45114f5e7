// Edits whose amount is a bare number or a clock-shaped length: "make it 0:45", "make it 90", "length 0:45",
// 时长改为1:30, "push back 2h and extend by 30". Now is Sunday 2026-03-01 12:00 in Shanghai; the relay is Monday
// 20:00-22:00 there (helpers.ts).
import { describe, expect, it } from 'vitest';
import { parseRelayChanges } from '../../../src/core/command/index.js';
import { describeErrorFor } from '../../../src/core/error-text.js';
import { context, editOutcome, relayAt, TOMORROW_EVENING } from './helpers.js';

describe("a length's own word before H:MM makes it the length", () => {
  // Before: each moved the relay to start at 00:45 / 01:30 / 02:15 that night, its length kept (silently).
  it.each([
    ['length 0:45', { EndTime: '2026-03-02T12:45:00Z' }],
    ['duration 1:30', { EndTime: '2026-03-02T13:30:00Z' }],
    ['change length to 1:30', { EndTime: '2026-03-02T13:30:00Z' }],
    ['set the duration to 2:15', { EndTime: '2026-03-02T14:15:00Z' }],
    ['时长改为1:30', { EndTime: '2026-03-02T13:30:00Z' }],
    ['时长0:45', { EndTime: '2026-03-02T12:45:00Z' }],
  ])('%s', (text, expected) => {
    expect(editOutcome(text, undefined)).toEqual(expected);
  });

  it('in New York too (Monday 20:00 EST)', () => {
    const relay = relayAt('2026-03-03T01:00:00Z', '2026-03-03T03:00:00Z');
    expect(editOutcome('duration 1:30', relay, { timeZone: 'America/New_York' })).toEqual({ EndTime: '2026-03-03T02:30:00Z' });
  });

  // Near misses that stay: a length with its unit, and "only" (4fc10f7).
  it.each([
    ['duration 3h', { EndTime: '2026-03-02T15:00:00Z' }],
    ['时长改为3小时', { EndTime: '2026-03-02T15:00:00Z' }],
    ['only 1:30', { EndTime: '2026-03-02T13:30:00Z' }],
  ])('%s stays', (text, expected) => {
    expect(editOutcome(text, undefined)).toEqual(expected);
  });
});

describe('"make it" and a number that is neither plainly a length nor a clock time is asked', () => {
  // Before: "make it 0:45" moved the relay to 00:45 that night (silently); "make it 90" was a change not understood.
  it.each([
    ['make it 0:45', 'parse.changes.minutesOrClock'],
    ['make it 00:30', 'parse.changes.minutesOrClock'],
    ['make it 90', 'parse.changes.bareMinutes'],
    ['make it 45', 'parse.changes.bareMinutes'],
    ['make it 120', 'parse.changes.bareMinutes'],
  ])('%s', (text, key) => {
    expect(editOutcome(text, undefined)).toEqual([key]);
  });

  it('in New York too', () => {
    const relay = relayAt('2026-03-03T01:00:00Z', '2026-03-03T03:00:00Z');
    expect(editOutcome('make it 0:45', relay, { timeZone: 'America/New_York' })).toEqual(['parse.changes.minutesOrClock']);
  });

  // Near misses that stay: near a relay at 23:30 00:45 is plainly that night's clock; "make it 20" is the relay's own
  // 8pm (unchanged); "make it 90 min" a length; "make it 3" asked as before (401927e).
  it('a relay at 23:30: make it 0:45 is 00:45 that night', () => {
    const late = relayAt('2026-03-02T15:30:00Z', '2026-03-02T17:00:00Z');
    expect(editOutcome('make it 0:45', late)).toEqual({ StartTime: '2026-03-02T16:45:00Z', EndTime: '2026-03-02T18:15:00Z' });
  });
  it.each([
    ['make it 20', ['parse.changes.unchanged']],
    ['make it 90 min', { EndTime: '2026-03-02T13:30:00Z' }],
    ['make it 3', ['parse.changes.lengthOrClock']],
  ])('%s stays', (text, expected) => {
    expect(editOutcome(text, undefined)).toEqual(expected);
  });
});

describe('a second change whose amount has no unit is asked, as it is alone', () => {
  // Before: refused as words not understood (parse.unrecognized).
  it.each(['push back 2h and extend by 30', 'push back 2 hours, extend by 30', 'delay by an hour and extend by 30', '推迟2小时，延长30', 'move to 9pm and extend by 30'])(
    '%s',
    (text) => {
      expect(editOutcome(text, undefined)).toEqual(['schedule.lengthWithoutUnit']);
    },
  );

  // Near misses that stay: minutes said once for both (withMinutesSaidOnce), and a unit on each.
  it.each([
    ['push back 30 min and extend by 15', { StartTime: '2026-03-02T12:30:00Z', EndTime: '2026-03-02T14:45:00Z' }],
    ['push back 2h and extend by 30 min', { StartTime: '2026-03-02T14:00:00Z', EndTime: '2026-03-02T16:30:00Z' }],
  ])('%s stays', (text, expected) => {
    expect(editOutcome(text, undefined)).toEqual(expected);
  });
});

describe("a length's word and a bare number in an edit is asked for its unit, as 'tomorrow 8pm for 2' is", () => {
  // Before: each was a change not understood (parse.changes.notUnderstood), naming neither unit.
  it.each(['for 90', 'run for 90', 'run 90', 'length 90', 'duration 90', 'set the duration to 45', '时长90', '时长改为90', '播90'])('%s', (text) => {
    expect(editOutcome(text, undefined)).toEqual(['schedule.lengthWithoutUnit']);
  });

  // Near misses that stay: with its unit, an end, and a number that is no length.
  it.each([
    ['length 90 min', { EndTime: '2026-03-02T13:30:00Z' }],
    ['run until 11', { EndTime: '2026-03-02T15:00:00Z' }],
    ['for 2 people', ['parse.changes.notUnderstood']],
  ])('%s stays', (text, expected) => {
    expect(editOutcome(text, undefined)).toEqual(expected);
  });
});

describe('an amount with no unit is quoted as typed', () => {
  // Before: quoted as "for 30", words never typed, and in English inside the Chinese message.
  it.each([
    ['extend by 30', 'en', '“30” gives the length no unit'],
    ['延长30', 'zh-CN', '“30”没有写单位'],
    ['push back 2h and extend by 30', 'en', '“30” gives the length no unit'],
    ['推迟2小时，延长30', 'zh-CN', '“30”没有写单位'],
  ] as const)('%s', (text, locale, message) => {
    const result = parseRelayChanges(text, context({ locale }), TOMORROW_EVENING);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const said = result.error.map((error) => describeErrorFor({ locale, timeZone: 'Asia/Shanghai' }, error)).join(' ');
    expect(said).toContain(message);
    expect(said).not.toContain('for 30');
  });

  // Near miss that stays: a whole command's "tomorrow 8pm for 2" quotes its own words.
  it('tomorrow 8pm for 2 in a command', () => {
    expect(editOutcome('tomorrow 8pm for 2', undefined)).toEqual(['schedule.lengthWithoutUnit']);
  });
});
