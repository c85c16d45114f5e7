// Pause or resume said with a time of its own: refused, saying how (pause now, resume later, or change the times); never
// the time words moving the relay's end or window beside a pause that happens at once.
import { describe, expect, it } from 'vitest';
import { t } from '../../../src/core/i18n.js';
import { editOutcome } from './helpers.js';

// The relay: Monday 2026-03-02 20:00–22:00 in Shanghai (12:00Z–14:00Z).
describe('a pause or resume with its own time', () => {
  it.each([
    // Each had paused the relay and moved its end or its window, without a word: "pause for an hour" ended it at 21:00,
    // "pause at 10pm" moved it to 22:00–24:00.
    'pause until 9pm',
    'pause for an hour',
    'pause it for 30 minutes',
    'pause at 10pm',
    'pause from 9 to 10',
    'resume at 9pm',
    '暂停到9点',
    '暂停一小时',
    '暂停半小时',
    '10点暂停',
  ])('%s', (text) => {
    expect(editOutcome(text)).toContain('parse.changes.statusWithTime');
  });

  it('says both ways to do it, in both languages', () => {
    expect(t('en', 'parse.changes.statusWithTime', { verb: 'pause' })).toContain('“resume”');
    expect(t('zh-CN', 'parse.changes.statusWithTime', { verb: '暂停' })).toContain('“恢复”');
  });
});

describe('a pause or resume beside another change is still read', () => {
  it.each([
    ['pause', { Status: 'pause' }],
    ['暂停', { Status: 'pause' }],
    ['resume and end at 11', { Status: 'enable', EndTime: '2026-03-02T15:00:00Z' }],
    ['pause, then extend by an hour', { Status: 'pause', EndTime: '2026-03-02T15:00:00Z' }],
    ['恢复并延长半小时', { Status: 'enable', EndTime: '2026-03-02T14:30:00Z' }],
    ['暂停，延长半小时', { Status: 'pause', EndTime: '2026-03-02T14:30:00Z' }],
    ['pause it and loop twice', { Status: 'pause', VodLoopTimes: '2' }],
  ])('%s', (text, changes) => {
    expect(editOutcome(text)).toEqual(changes);
  });
});
