// Edits found by a generated probe (2026-11-28: ~1,200 edits of relays tomorrow evening, across midnight, later in the
// week and of three hours, in New York, London, Sydney and Shanghai, against an oracle of the window plus the words).
// Refused before: a day alone as the new day ("make it friday", "friday instead"; "move it to friday" had worked), and a
// later or earlier start or end in quarters (晚一刻钟开始, 早三刻钟结束; 晚半小时开始 had worked).
import { describe, expect, it } from 'vitest';
import { editOutcome, relayAt } from './helpers.js';

// TOMORROW_EVENING: Monday 2026-03-02 20:00-22:00 Shanghai (12:00-14:00 UTC); helpers' now is Sunday 12:00 there.
const FRIDAY_EVENING = { StartTime: '2026-03-06T12:00:00Z', EndTime: '2026-03-06T14:00:00Z' };

describe('a day alone moves the relay to its own clock time that day', () => {
  it('reads "make it friday", "friday instead", "make it the 5th" as "move it to friday" / "to the 5th" reads', () => {
    expect(editOutcome('move it to friday')).toEqual(FRIDAY_EVENING);
    expect(editOutcome('make it friday')).toEqual(FRIDAY_EVENING);
    expect(editOutcome('make it friday instead')).toEqual(FRIDAY_EVENING);
    expect(editOutcome('friday instead')).toEqual(FRIDAY_EVENING);
    expect(editOutcome('make it thursday')).toEqual({ StartTime: '2026-03-05T12:00:00Z', EndTime: '2026-03-05T14:00:00Z' });
    expect(editOutcome('make it the 5th')).toEqual({ StartTime: '2026-03-05T12:00:00Z', EndTime: '2026-03-05T14:00:00Z' });
    expect(editOutcome('改成周五')).toEqual(FRIDAY_EVENING);
  });

  it('keeps the wall clock across a clock change, and a day with a time of its own keeps that time', () => {
    // Saturday 2026-03-07 20:00-22:00 New York (EST); Sunday is after the change to EDT, so 20:00 is 00:00 UTC.
    const saturday = relayAt('2026-03-08T01:00:00Z', '2026-03-08T03:00:00Z');
    const ny = { timeZone: 'America/New_York', now: new Date('2026-03-07T15:00:00Z') };
    expect(editOutcome('make it sunday', saturday, ny)).toEqual({ StartTime: '2026-03-09T00:00:00Z', EndTime: '2026-03-09T02:00:00Z' });
    expect(editOutcome('make it friday 9pm')).toEqual({ StartTime: '2026-03-06T13:00:00Z', EndTime: '2026-03-06T15:00:00Z' });
    expect(editOutcome('make it 9pm')).toEqual({ StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T15:00:00Z' });
    // The relay's own day changes nothing, and is refused as such.
    expect(editOutcome('make it monday')).toEqual(['parse.changes.unchanged']);
  });
});

describe('晚 / 早 with an amount in quarters moves one edge', () => {
  it('reads 一刻钟 and 三刻钟 as 半小时 is read', () => {
    expect(editOutcome('晚半小时开始')).toEqual({ StartTime: '2026-03-02T12:30:00Z' });
    expect(editOutcome('晚一刻钟开始')).toEqual({ StartTime: '2026-03-02T12:15:00Z' });
    expect(editOutcome('早一刻钟开始')).toEqual({ StartTime: '2026-03-02T11:45:00Z' });
    expect(editOutcome('晚三刻钟结束')).toEqual({ EndTime: '2026-03-02T14:45:00Z' });
    expect(editOutcome('早一刻钟结束')).toEqual({ EndTime: '2026-03-02T13:45:00Z' });
    // A clock time with 一刻 stays the clock: 20:15, not a quarter later.
    expect(editOutcome('晚8点一刻开始')).toEqual({ StartTime: '2026-03-02T12:15:00Z' });
    expect(editOutcome('晚上9点一刻开始')).toEqual({ StartTime: '2026-03-02T13:15:00Z' });
  });
});

describe('a length in the h notation after a lead that says a length', () => {
  // "make it 2h30" moved the relay to 2:30 am with its two hours (silently), while "make it 2h" and "make it 2h30m" set
  // the length.
  it('reads "make it 2h30", "run 1h15", "length: 1h45" and 时长改为2h30 as the length from the same start', () => {
    expect(editOutcome('make it 2h30')).toEqual({ EndTime: '2026-03-02T14:30:00Z' });
    expect(editOutcome('make it 1h15')).toEqual({ EndTime: '2026-03-02T13:15:00Z' });
    expect(editOutcome('run 2h30')).toEqual({ EndTime: '2026-03-02T14:30:00Z' });
    expect(editOutcome('length: 1h45')).toEqual({ EndTime: '2026-03-02T13:45:00Z' });
    expect(editOutcome('时长改为2h30')).toEqual({ EndTime: '2026-03-02T14:30:00Z' });
    expect(editOutcome('make it 2h30m')).toEqual({ EndTime: '2026-03-02T14:30:00Z' });
  });

  it('keeps an hour past 12 and the h notation after a move verb as the clock', () => {
    expect(editOutcome('make it 20h30')).toEqual({ StartTime: '2026-03-02T12:30:00Z', EndTime: '2026-03-02T14:30:00Z' });
    expect(editOutcome('move to 21h30')).toEqual({ StartTime: '2026-03-02T13:30:00Z', EndTime: '2026-03-02T15:30:00Z' });
  });
});

describe('a new length in the h notation after "extend to" / "cut it to" / 缩短到', () => {
  // "extend to 3h" and "extend to 2h30" ended the relay at 3 am and 2:30 am (silently, as "until 3h"), while "extend to
  // 3 hours" set the length; "cut it to 1h30" and 缩短到1h30 were refused.
  it('reads hours up to 12 in the h notation as the length from the same start', () => {
    expect(editOutcome('extend to 3h')).toEqual({ EndTime: '2026-03-02T15:00:00Z' });
    expect(editOutcome('extend to 2h30')).toEqual({ EndTime: '2026-03-02T14:30:00Z' });
    expect(editOutcome('extend it to 3h15')).toEqual({ EndTime: '2026-03-02T15:15:00Z' });
    expect(editOutcome('cut it to 1h30')).toEqual({ EndTime: '2026-03-02T13:30:00Z' });
    expect(editOutcome('shorten to 1h45')).toEqual({ EndTime: '2026-03-02T13:45:00Z' });
    expect(editOutcome('缩短到1h30')).toEqual({ EndTime: '2026-03-02T13:30:00Z' });
    expect(editOutcome('延长到3h')).toEqual({ EndTime: '2026-03-02T15:00:00Z' });
  });

  it('keeps a clock time as the end', () => {
    expect(editOutcome('extend to 23h30')).toEqual({ EndTime: '2026-03-02T15:30:00Z' });
    expect(editOutcome('extend to 11')).toEqual({ EndTime: '2026-03-02T15:00:00Z' });
    expect(editOutcome('extend to 11:30')).toEqual({ EndTime: '2026-03-02T15:30:00Z' });
    expect(editOutcome('extend to 3 hours')).toEqual({ EndTime: '2026-03-02T15:00:00Z' });
  });
});

describe('a new length after "cut to" in minutes, or after the relay named', () => {
  // "cut to 90m", "cut it to 45m", "shorten the relay to 1 hour" and "extend the relay to 3 hours" were refused.
  it('reads minutes written as m and the relay named before "to" as a length', () => {
    expect(editOutcome('cut to 90m')).toEqual({ EndTime: '2026-03-02T13:30:00Z' });
    expect(editOutcome('cut it to 45m')).toEqual({ EndTime: '2026-03-02T12:45:00Z' });
    expect(editOutcome('shorten the relay to 1 hour')).toEqual({ EndTime: '2026-03-02T13:00:00Z' });
    expect(editOutcome('extend the relay to 3 hours')).toEqual({ EndTime: '2026-03-02T15:00:00Z' });
    expect(editOutcome('cut to 90 minutes')).toEqual({ EndTime: '2026-03-02T13:30:00Z' });
  });
});

describe('the h notation alone is a length, as "3h" alone is', () => {
  // "2h30" and "1h15" alone moved the relay to 2:30 am (1:15 am) with its length (silently); "3h" set the length.
  it('reads "2h30" and "1h15" as the length, and keeps "at 2h30" and "20h30" as clocks', () => {
    expect(editOutcome('3h')).toEqual({ EndTime: '2026-03-02T15:00:00Z' });
    expect(editOutcome('2h30')).toEqual({ EndTime: '2026-03-02T14:30:00Z' });
    expect(editOutcome('1h15')).toEqual({ EndTime: '2026-03-02T13:15:00Z' });
    expect(editOutcome('2h30 and loop 2')).toEqual({ VodLoopTimes: '2', EndTime: '2026-03-02T14:30:00Z' });
    expect(editOutcome('20h30')).toEqual({ StartTime: '2026-03-02T12:30:00Z', EndTime: '2026-03-02T14:30:00Z' });
    expect(editOutcome('at 2h30')).toEqual({ StartTime: '2026-03-01T18:30:00Z', EndTime: '2026-03-01T20:30:00Z' });
  });
});

describe('"just" / "only" before a length, as 只 / 仅 before one', () => {
  // "just 1h", "only 45m" and "just for 90 minutes" were refused as words not understood, while 只播40分钟 set the length.
  it('reads the length from the same start', () => {
    expect(editOutcome('just 1h')).toEqual({ EndTime: '2026-03-02T13:00:00Z' });
    expect(editOutcome('only 45m')).toEqual({ EndTime: '2026-03-02T12:45:00Z' });
    expect(editOutcome('only 2h30')).toEqual({ EndTime: '2026-03-02T14:30:00Z' });
    expect(editOutcome('just for 90 minutes')).toEqual({ EndTime: '2026-03-02T13:30:00Z' });
    expect(editOutcome('只播40分钟')).toEqual({ EndTime: '2026-03-02T12:40:00Z' });
  });
});
