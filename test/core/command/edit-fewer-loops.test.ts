// Loops taken from a relay's own count in an edit: "loop 2 fewer times", "one less loop", 少循环一次, 循环次数减1 had been
// words not understood. The count never goes below 0: -1 is no count but "loop forever" (VodLoopTimes on the API page).
import { describe, expect, it } from 'vitest';
import type { RelayRequest } from '../../../src/core/relay-request.js';
import { editOutcome, TOMORROW_EVENING } from './helpers.js';

const loopingThrice: RelayRequest = { ...TOMORROW_EVENING, VodLoopTimes: '3' };
const noLoop: RelayRequest = { ...TOMORROW_EVENING, VodLoopTimes: '0' };
const live: RelayRequest = { ...TOMORROW_EVENING, SourceType: 'PullLivePushLive', SourceUrls: ['rtmp://src.example.com/live/cam1'] };

describe('loops taken from the count the relay has (3)', () => {
  it.each([
    ['loop 2 fewer times', '1'],
    ['loop it one less time', '2'],
    ['repeat 2 times fewer', '1'],
    ['loop one time less', '2'],
    ['one less loop', '2'],
    ['one fewer loop', '2'],
    ['2 fewer loops', '1'],
    ['a loop less', '2'],
    ['reduce the loop count by 2', '1'],
    ['decrease loops by one', '2'],
    ['lower the number of loops by 1', '2'],
    ['take away a loop', '2'],
    ['remove 2 loops', '1'],
    ['loop 3 fewer times', '0'],
    ['少循环一次', '2'],
    ['少循环两次', '1'],
    ['少重复1次', '2'],
    ['少播一遍', '2'],
    ['循环次数减1', '2'],
    ['循环次数减一', '2'],
    ['循环次数减少2次', '1'],
    ['循环减少一次', '2'],
    ['循环少一次', '2'],
    ['少一次循环', '2'],
    ['减少两次循环', '1'],
  ])('%s', (text, loops) => {
    expect(editOutcome(text, loopingThrice)).toEqual({ VodLoopTimes: loops });
  });

  it('goes with a time change', () => {
    expect(editOutcome('one less loop and extend by 30 minutes', loopingThrice)).toEqual({ VodLoopTimes: '2', EndTime: '2026-03-02T14:30:00Z' });
    expect(editOutcome('少循环一次，延长半小时', loopingThrice)).toEqual({ VodLoopTimes: '2', EndTime: '2026-03-02T14:30:00Z' });
  });

  it('adding loops is still adding', () => {
    expect(editOutcome('one more loop', loopingThrice)).toEqual({ VodLoopTimes: '4' });
    expect(editOutcome('多循环一次', loopingThrice)).toEqual({ VodLoopTimes: '4' });
  });
});

describe('refused, never below no loop', () => {
  it.each(['loop 5 fewer times', '4 fewer loops', '少循环五次', '循环次数减4'])('more than the relay has (3): %s', (text) => {
    expect(editOutcome(text, loopingThrice)).toEqual(['parse.changes.loopFewerThanNone']);
  });

  it.each(['one less loop', '少循环一次'])('a relay that plays once with no loop: %s', (text) => {
    expect(editOutcome(text, noLoop)).toEqual(['parse.changes.loopFewerThanNone']);
  });

  it.each(['one less loop', 'loop 2 fewer times', '循环次数减1'])('a relay that loops until its end has no count to take from: %s', (text) => {
    expect(editOutcome(text, TOMORROW_EVENING)).toEqual(['parse.changes.loopFewerOfEndless']);
    expect(editOutcome(text, { ...TOMORROW_EVENING, VodLoopTimes: '-1' })).toEqual(['parse.changes.loopFewerOfEndless']);
  });

  it('with a count in all beside it', () => {
    expect(editOutcome('one less loop, loop 4', loopingThrice)).toEqual(['parse.duplicateOption']);
  });

  it('on a live relay, which has no loops', () => {
    expect(editOutcome('one less loop', live)).toEqual(['validation.loop.onlyFiles']);
  });
});
