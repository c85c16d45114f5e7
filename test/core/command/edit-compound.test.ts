// Several changes in one edit message: each part read, or the whole refused; never one part dropped or misread.
import { describe, expect, it } from 'vitest';
import { editOutcome, TOMORROW_EVENING } from './helpers.js';

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

describe('time changes said one after the other, each with its verb', () => {
  it.each([
    // Read as one phrase: the hour counted from now (Sunday 13:00-23:00), without a word.
    ['start an hour later, end at 11', { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T15:00:00Z' }],
    ['start an hour later and end at 11', { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T15:00:00Z' }],
    // Read as one phrase: today's 21:00, not the relay's day.
    ['9点开始，播3小时', { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T16:00:00Z' }],
    ['改到9点，播3个小时', { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T16:00:00Z' }],
    // Refused as an end and a length at once, or a word not understood.
    ['move it to 9pm and make it 3 hours', { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T16:00:00Z' }],
    ['start at 9pm and make it 3 hours', { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T16:00:00Z' }],
    ['delay by an hour and extend by 30 minutes', { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T15:30:00Z' }],
    ['extend by 30 minutes and delay by an hour', { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T15:30:00Z' }],
    ['push back 30 min and end at 11pm', { StartTime: '2026-03-02T12:30:00Z', EndTime: '2026-03-02T15:00:00Z' }],
    ['推迟一小时，延长半小时', { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T15:30:00Z' }],
    ['晚上9点开始并且11点结束', { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T15:00:00Z' }],
    ['loop 3, delay an hour, extend 30 min', { VodLoopTimes: '3', StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T15:30:00Z' }],
  ])('%s', (text, changes) => {
    expect(editOutcome(text)).toEqual(changes);
  });

  it.each([
    // One amount, not a delay and then a length.
    ['delay by 1 hour and 30 minutes', { StartTime: '2026-03-02T13:30:00Z', EndTime: '2026-03-02T15:30:00Z' }],
    ['make it 2 and a half hours', { EndTime: '2026-03-02T14:30:00Z' }],
    ['extend by 1 hour and 30 minutes', { EndTime: '2026-03-02T15:30:00Z' }],
    // One window: a day and its clock times.
    ['tomorrow, 9pm to 11pm', { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T15:00:00Z' }],
    ['改成明晚9点开始，播两个小时，备注重播', { Comment: '重播', StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T15:00:00Z' }],
  ])('still one change: %s', (text, changes) => {
    expect(editOutcome(text)).toEqual(changes);
  });

  it('the same edge said twice is refused, not the last one taken', () => {
    expect(Array.isArray(editOutcome('end at 11 and extend by 30 minutes'))).toBe(true);
    expect(Array.isArray(editOutcome('start at 9 and start at 10'))).toBe(true);
  });
});

describe('a one-word Chinese comment before other changes', () => {
  it.each([
    // The comment had kept the loops and the time change, silently (备注 took the whole word, Chinese puts no space).
    ['备注重播循环两次', { Comment: '重播', VodLoopTimes: '2' }],
    ['备注重播并且循环两次', { Comment: '重播', VodLoopTimes: '2' }],
    ['备注重播延长半小时', { Comment: '重播', EndTime: '2026-03-02T14:30:00Z' }],
    ['备注重播并且推迟一小时', { Comment: '重播', StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T15:00:00Z' }],
    ['备注重播并且9点开始', { Comment: '重播', StartTime: '2026-03-02T13:00:00Z' }],
    ['备注决赛', { Comment: '决赛' }],
    // The option after the joiner took its words before the comment's stage: the comment had ended '重播并且'.
    ['备注重播并且取消循环', { Comment: '重播', VodLoopTimes: '0' }],
    // 播 is no time by itself: the comment keeps it, though "播 9点开始" reads as a time.
    ['备注重播，9点开始', { Comment: '重播', StartTime: '2026-03-02T13:00:00Z' }],
    ['9点开始，备注重播', { Comment: '重播', StartTime: '2026-03-02T13:00:00Z' }],
  ])('%s', (text, changes) => {
    expect(editOutcome(text)).toEqual(changes);
  });

  it('a joiner before loops added is neither the comment nor the loops', () => {
    expect(editOutcome('备注重播并且再循环两次', { ...TOMORROW_EVENING, VodLoopTimes: '5' })).toEqual({ Comment: '重播', VodLoopTimes: '7' });
  });

  it('a comment that is a time as a whole is asked about, as in a new relay', () => {
    expect(editOutcome('备注明晚8点')).toEqual(['parse.commentMayBeTime']);
  });
});
