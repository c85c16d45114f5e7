// Several changes in one edit message: each part read, or the whole refused; never one part dropped or misread.
import { describe, expect, it } from 'vitest';
import { editOutcome } from './helpers.js';

// The relay: Monday 2026-03-02 20:00–22:00 in Shanghai (12:00Z–14:00Z).
describe('a start and an end joined by a word or a comma', () => {
  it.each([
    // The start's phrase had run up to the end's marker with its joiner ("9 and", "9,"): no bare hour, so 9 am.
    ['start at 9 and end at 11', { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T15:00:00Z' }],
    ['start at 9, end at 11', { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T15:00:00Z' }],
    ['start 9 then end 11', { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T15:00:00Z' }],
    ['start at 9, end at 11, loop twice', { VodLoopTimes: '2', StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T15:00:00Z' }],
    ['start at 8:30 and end at 10', { StartTime: '2026-03-02T12:30:00Z', EndTime: '2026-03-02T14:00:00Z' }],
  ])('%s', (text, changes) => {
    expect(editOutcome(text)).toEqual(changes);
  });
});

describe('a joining word before another option', () => {
  it.each([
    ['推迟一小时并且循环3次', { VodLoopTimes: '3', StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T15:00:00Z' }],
    ['推迟一小时，并且循环3次', { VodLoopTimes: '3', StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T15:00:00Z' }],
    ['推迟一小时并循环3次', { VodLoopTimes: '3', StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T15:00:00Z' }],
    ['推迟一小时然后循环3次', { VodLoopTimes: '3', StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T15:00:00Z' }],
    ['延长半小时并且备注重播', { Comment: '重播', EndTime: '2026-03-02T14:30:00Z' }],
    ['delay an hour and also loop 3 times', { VodLoopTimes: '3', StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T15:00:00Z' }],
  ])('%s', (text, changes) => {
    expect(editOutcome(text)).toEqual(changes);
  });
});
