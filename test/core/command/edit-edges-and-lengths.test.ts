// Edits that name the edge they move, give the length in all, or a range of bare hours, on a relay that does not start
// on the hour (Thursday 2026-06-04 19:30–21:00 Berlin, 17:30–19:00 UTC; edited on the Monday). Misread before, without
// a word: "delay the start by 15 minutes", "push the end back 30 minutes", "bring the start forward 30 min", "move the
// end up 15 minutes" moved the whole relay (the start / the end was taken for the relay itself); "9-11" and "from 8 to
// 10" kept the relay's :30 (21:30–23:30, 20:30–22:30). Refused before: "extend to 3 hours" (an end two days before the
// start), "shorten to 1 hour", "cut it to 45 minutes", 缩短到1小时, 延长至3小时, "end earlier by 30 min", "start
// earlier by 1h", "end later by 1h", "start half an hour late", "reduce by 15 min".
import { describe, expect, it } from 'vitest';
import { editOutcome, TOMORROW_EVENING } from './helpers.js';

const relay = { ...TOMORROW_EVENING, StartTime: '2026-06-04T17:30:00Z', EndTime: '2026-06-04T19:00:00Z' };

function edit(text: string) {
  return editOutcome(text, relay, { timeZone: 'Europe/Berlin', now: new Date('2026-06-01T08:00:00Z') });
}

describe('one edge named after the verb moves alone', () => {
  it.each([
    ['delay the start by 15 minutes', { StartTime: '2026-06-04T17:45:00Z' }],
    ['push the start back 30 minutes', { StartTime: '2026-06-04T18:00:00Z' }],
    ['bring the start forward 30 min', { StartTime: '2026-06-04T17:00:00Z' }],
    ['move the start forward by 10 min', { StartTime: '2026-06-04T17:20:00Z' }],
    ['delay the end by 15 minutes', { EndTime: '2026-06-04T19:15:00Z' }],
    ['push the end back 30 minutes', { EndTime: '2026-06-04T19:30:00Z' }],
    ['move the end up 15 minutes', { EndTime: '2026-06-04T18:45:00Z' }],
    ['end earlier by 30 min', { EndTime: '2026-06-04T18:30:00Z' }],
    ['end later by 1h', { EndTime: '2026-06-04T20:00:00Z' }],
    ['start earlier by 1h', { StartTime: '2026-06-04T16:30:00Z' }],
    ['start half an hour late', { StartTime: '2026-06-04T18:00:00Z' }],
    ['reduce by 15 min', { EndTime: '2026-06-04T18:45:00Z' }],
  ])('%s', (text, expected) => {
    expect(edit(text)).toEqual(expected);
  });

  it.each([
    ['delay it by 15 minutes', { StartTime: '2026-06-04T17:45:00Z', EndTime: '2026-06-04T19:15:00Z' }],
    ['bring it forward 30 min', { StartTime: '2026-06-04T17:00:00Z', EndTime: '2026-06-04T18:30:00Z' }],
    ['move the start to 8pm', { StartTime: '2026-06-04T18:00:00Z' }],
    ['move the end to 10pm', { EndTime: '2026-06-04T20:00:00Z' }],
  ])('the relay itself, or a new time, as before: %s', (text, expected) => {
    expect(edit(text)).toEqual(expected);
  });
});

describe('the length in all', () => {
  it.each([
    ['extend to 3 hours', { EndTime: '2026-06-04T20:30:00Z' }],
    ['extend it to 2.5 hours', { EndTime: '2026-06-04T20:00:00Z' }],
    ['shorten to 1 hour', { EndTime: '2026-06-04T18:30:00Z' }],
    ['cut it to 45 minutes', { EndTime: '2026-06-04T18:15:00Z' }],
    ['缩短到1小时', { EndTime: '2026-06-04T18:30:00Z' }],
    ['延长至3小时', { EndTime: '2026-06-04T20:30:00Z' }],
    ['延长到两个半小时', { EndTime: '2026-06-04T20:00:00Z' }],
  ])('%s', (text, expected) => {
    expect(edit(text)).toEqual(expected);
  });

  it.each([
    ['extend to 11pm', { EndTime: '2026-06-04T21:00:00Z' }],
    ['extend to 10:30', { EndTime: '2026-06-04T20:30:00Z' }],
    ['延长到11点', { EndTime: '2026-06-04T21:00:00Z' }],
  ])('an end after "to" stays an end: %s', (text, expected) => {
    expect(edit(text)).toEqual(expected);
  });
});

describe('a range of bare hours is on the hours said', () => {
  it.each([
    ['9-11', { StartTime: '2026-06-04T19:00:00Z', EndTime: '2026-06-04T21:00:00Z' }],
    ['from 8 to 10', { StartTime: '2026-06-04T18:00:00Z', EndTime: '2026-06-04T20:00:00Z' }],
    ['9:15 to 11', { StartTime: '2026-06-04T19:15:00Z', EndTime: '2026-06-04T21:00:00Z' }],
    ['8点到10点', { StartTime: '2026-06-04T18:00:00Z', EndTime: '2026-06-04T20:00:00Z' }],
  ])('%s', (text, expected) => {
    expect(edit(text)).toEqual(expected);
  });
});

describe('a spoken end with no half of the day is the first such time after the start', () => {
  // They had ended the relay in the morning, before its start (refused); a new schedule reads them after the start.
  it.each([
    ['end at half nine', { EndTime: '2026-06-04T19:30:00Z' }],
    ['finish at quarter to ten', { EndTime: '2026-06-04T19:45:00Z' }],
    ['until ten past ten', { EndTime: '2026-06-04T20:10:00Z' }],
    ['end at quarter past eleven', { EndTime: '2026-06-04T21:15:00Z' }],
  ])('%s', (text, expected) => {
    expect(edit(text)).toEqual(expected);
  });

  it.each(['end at half nine in the morning', 'end at 09:30'])('one said in the morning stays there (refused as before the start): %s', (text) => {
    expect(edit(text)).toEqual(['validation.time.endBeforeStart']);
  });
});

describe('an end on the day after the start, and Chinese lengths and ends said with 多 / 只', () => {
  // "until next day 2am" had ended before the start (refused), "end at 2am the next day" and 第二天凌晨1点 were refused;
  // 多加半个小时, 只播1小时, 只播到10点 were refused as words not understood.
  it.each([
    ['until next day 2am', { EndTime: '2026-06-05T00:00:00Z' }],
    ['end at 2am the next day', { EndTime: '2026-06-05T00:00:00Z' }],
    ['until 11pm the next day', { EndTime: '2026-06-05T21:00:00Z' }],
    ['结束时间改成第二天凌晨1点', { EndTime: '2026-06-04T23:00:00Z' }],
    ['结束时间改为第二天早上8点', { EndTime: '2026-06-05T06:00:00Z' }],
    ['多加半个小时', { EndTime: '2026-06-04T19:30:00Z' }],
    ['只播1小时', { EndTime: '2026-06-04T18:30:00Z' }],
    ['只播到10点', { EndTime: '2026-06-04T20:00:00Z' }],
  ])('%s', (text, expected) => {
    expect(edit(text)).toEqual(expected);
  });
});
