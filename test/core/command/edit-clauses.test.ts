// Chinese edits of several clauses: each clause that sets an edge with its own verb (11点结束, 10点下播) is a change of
// its own, even when it opens with a number, and a space between two Chinese clauses parts them as a comma does.
import { describe, expect, it } from 'vitest';
import { editOutcome, TOMORROW_EVENING } from './helpers.js';

// The relay: Monday 2026-03-02 20:00–22:00 in Shanghai (12:00Z–14:00Z).
describe('a clause that opens with a number and ends with its edge', () => {
  it.each([
    // The split never happened before a digit: read as one phrase, both were refused.
    ['改到晚上9点，11点结束', { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T15:00:00Z' }],
    ['提前半小时开始，11点结束', { StartTime: '2026-03-02T11:30:00Z', EndTime: '2026-03-02T15:00:00Z' }],
    ['推迟一小时，11点下播', { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T15:00:00Z' }],
    ['推迟半小时，10点半结束', { StartTime: '2026-03-02T12:30:00Z', EndTime: '2026-03-02T14:30:00Z' }],
    ['提前一小时 11点结束', { StartTime: '2026-03-02T11:00:00Z', EndTime: '2026-03-02T15:00:00Z' }],
    ['改到晚上9点 11点结束', { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T15:00:00Z' }],
    // One amount or one window stays one.
    ['推迟1小时30分钟', { StartTime: '2026-03-02T13:30:00Z', EndTime: '2026-03-02T15:30:00Z' }],
    ['delay by 1 hour and 30 minutes', { StartTime: '2026-03-02T13:30:00Z', EndTime: '2026-03-02T15:30:00Z' }],
    ['9pm, 3 hours', { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T16:00:00Z' }],
  ])('%s', (text, changes) => {
    expect(editOutcome(text)).toEqual(changes);
  });
});

describe('Chinese clauses joined only by a space', () => {
  it.each([
    // Read as one phrase: refused as words not understood.
    ['播3小时 推迟一小时', { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T16:00:00Z' }],
    ['延长半小时 推迟一小时', { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T15:30:00Z' }],
    ['推迟一小时 延长半小时', { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T15:30:00Z' }],
    ['推迟一小时 循环两次', { VodLoopTimes: '2', StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T15:00:00Z' }],
    ['9点开始 11点结束', { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T15:00:00Z' }],
    ['晚上9点 到11点', { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T15:00:00Z' }],
  ])('%s', (text, changes) => {
    expect(editOutcome(text)).toEqual(changes);
  });
});

describe('和 / 以及 / 还有 joining two changes, as "and" does', () => {
  const A = 'https://media.example.com/vod/show.mp4';
  it.each([
    // Left alone between the two, 和 was refused as words not understood.
    ['推迟一小时和循环两次', { VodLoopTimes: '2', StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T15:00:00Z' }],
    ['推迟一小时以及循环两次', { VodLoopTimes: '2', StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T15:00:00Z' }],
    ['循环两次还有延长半小时', { VodLoopTimes: '2', EndTime: '2026-03-02T14:30:00Z' }],
    ['循环两次和备注重播', { VodLoopTimes: '2', Comment: '重播' }],
    ['延长半小时和推迟一小时', { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T15:30:00Z' }],
    // Inside a comment it is the comment's.
    ['备注重播和直播', { Comment: '重播和直播' }],
  ])('%s', (text, changes) => {
    expect(editOutcome(text)).toEqual(changes);
  });

  it('after a file taken out', () => {
    const playlist = { ...TOMORROW_EVENING, SourceUrls: [A, 'https://media.example.com/vod/b.mp4', 'https://cdn.example.com/c.mp4'] };
    expect(editOutcome('去掉第二个文件和备注重播', playlist)).toEqual({ SourceUrls: [A, 'https://cdn.example.com/c.mp4'], Comment: '重播' });
    expect(editOutcome('去掉第二个文件和循环两次', playlist)).toEqual({ SourceUrls: [A, 'https://cdn.example.com/c.mp4'], VodLoopTimes: '2' });
  });
});
