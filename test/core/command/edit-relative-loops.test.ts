// Loops added to a relay's own count in an edit. "loop 3 more times" had been 3 loops in all (a relay looping 3 times
// kept looping 3 times, without a word); 再循环3次, 多重复2次, 循环次数再加2次 were refused as a time nobody gave.
import { describe, expect, it } from 'vitest';
import type { RelayRequest } from '../../../src/core/relay-request.js';
import { editOutcome, TOMORROW_EVENING } from './helpers.js';

const loopingThrice: RelayRequest = { ...TOMORROW_EVENING, VodLoopTimes: '3' };

function edit(text: string, relay: RelayRequest = loopingThrice) {
  return editOutcome(text, relay);
}

describe('loops added to the count the relay has (3)', () => {
  it.each([
    ['loop 3 more times', '6'],
    ['loop it 2 more times', '5'],
    ['loop another 2 times', '5'],
    ['repeat the playlist 2 more times', '5'],
    ['loop once more', '4'],
    ['loop it one more time', '4'],
    ['2 more loops', '5'],
    ['add 2 loops', '5'],
    ['play it 2 more times', '5'],
    ['再循环3次', '6'],
    ['再循环一次', '4'],
    ['多循环两次', '5'],
    ['多重复2次', '5'],
    ['再播3遍', '6'],
    ['循环次数加2', '5'],
    ['循环次数再加2次', '5'],
  ])('%s', (text, loops) => {
    expect(edit(text)).toEqual({ VodLoopTimes: loops });
  });

  it('adds to a relay that plays once (no loop) as to any count', () => {
    expect(edit('loop 2 more times', { ...TOMORROW_EVENING, VodLoopTimes: '0' })).toEqual({ VodLoopTimes: '2' });
  });

  it('goes with a time change', () => {
    expect(edit('loop 2 more times and extend by 30 minutes')).toEqual({ VodLoopTimes: '5', EndTime: '2026-03-02T14:30:00Z' });
    expect(edit('再循环两次，延长半小时')).toEqual({ VodLoopTimes: '5', EndTime: '2026-03-02T14:30:00Z' });
  });

  it('a count in all stays a count in all', () => {
    expect(edit('loop 5')).toEqual({ VodLoopTimes: '5' });
    expect(edit('循环5次')).toEqual({ VodLoopTimes: '5' });
  });
});

describe('refused', () => {
  it.each(['loop 3 more times', '再循环3次'])('on a relay that loops until its end, with no count to add to: %s', (text) => {
    expect(edit(text, TOMORROW_EVENING)).toEqual(['parse.changes.loopMoreOfEndless']);
  });

  it('with a count in all beside it', () => {
    expect(edit('loop 2 more times, loop 4')).toEqual(['parse.duplicateOption']);
  });

  it('on a live relay, which has no loops', () => {
    const live: RelayRequest = { ...TOMORROW_EVENING, SourceType: 'PullLivePushLive', SourceUrls: ['rtmp://src.example.com/live/cam1'] };
    expect(edit('loop 2 more times', live)).toEqual(['validation.loop.onlyFiles']);
  });
});
