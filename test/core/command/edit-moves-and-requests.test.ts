// Edits from a probe of ~500 phrasings (2026-11-28). Misread before, without a word: 往后延一小时结束 moved the whole
// relay an hour (its start too). Refused before as words not understood or a day without a time: 提早半小时结束, 往后推半小时
// 开始, 提早到7点, "make it 30 minutes shorter", "make it an hour longer", a request's politeness ("can you extend it by
// 30 minutes?", "please push it back 1 hour", 帮我延长半小时, 麻烦推迟一小时), and a move to a day with no time ("move to
// thursday", "postpone until friday", 改到周五, 推迟到周五), which keeps the relay's clock time.
import { describe, expect, it } from 'vitest';
import { parseRelayChanges } from '../../../src/core/command/index.js';
import { context, editOutcome, TOMORROW_EVENING } from './helpers.js';

// Monday 2026-03-02 20:00–22:00 Shanghai (12:00–14:00 UTC), edited on Sunday at noon.
const edit = (text: string) => editOutcome(text);

describe('every Chinese verb of later and earlier moves the edge it names', () => {
  it.each([
    ['往后延一小时结束', { EndTime: '2026-03-02T15:00:00Z' }],
    ['顺延20分钟结束', { EndTime: '2026-03-02T14:20:00Z' }],
    ['往后推半小时开始', { StartTime: '2026-03-02T12:30:00Z' }],
    ['提早半小时结束', { EndTime: '2026-03-02T13:30:00Z' }],
    ['提早10分钟开始', { StartTime: '2026-03-02T11:50:00Z' }],
    ['往前挪半小时开始', { StartTime: '2026-03-02T11:30:00Z' }],
    ['结束时间提早15分钟', { EndTime: '2026-03-02T13:45:00Z' }],
    ['开始时间往后推10分钟', { StartTime: '2026-03-02T12:10:00Z' }],
    ['提早半小时', { StartTime: '2026-03-02T11:30:00Z', EndTime: '2026-03-02T13:30:00Z' }],
    ['提早到7点', { StartTime: '2026-03-02T11:00:00Z', EndTime: '2026-03-02T13:00:00Z' }],
    ['往后挪到9点', { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T15:00:00Z' }],
  ])('%s', (text, expected) => {
    expect(edit(text)).toEqual(expected);
  });
});

describe('longer and shorter', () => {
  it.each([
    ['make it 30 minutes shorter', { EndTime: '2026-03-02T13:30:00Z' }],
    ['an hour shorter', { EndTime: '2026-03-02T13:00:00Z' }],
    ['make the show 15 minutes shorter', { EndTime: '2026-03-02T13:45:00Z' }],
    ['make it an hour longer', { EndTime: '2026-03-02T15:00:00Z' }],
    ['keep it 20 minutes longer', { EndTime: '2026-03-02T14:20:00Z' }],
  ])('%s', (text, expected) => {
    expect(edit(text)).toEqual(expected);
  });
});

describe('a request asked politely', () => {
  it.each([
    ['can you extend it by 30 minutes', { EndTime: '2026-03-02T14:30:00Z' }],
    ['can you extend it by 30 minutes?', { EndTime: '2026-03-02T14:30:00Z' }],
    ['could you please push it back an hour?', { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T15:00:00Z' }],
    ['please push it back 1 hour', { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T15:00:00Z' }],
    ['pls end at 11pm', { EndTime: '2026-03-02T15:00:00Z' }],
    ['帮我延长半小时', { EndTime: '2026-03-02T14:30:00Z' }],
    ['请延长半小时', { EndTime: '2026-03-02T14:30:00Z' }],
    ['麻烦推迟一小时', { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T15:00:00Z' }],
    ['麻烦帮我把结束时间改成11点', { EndTime: '2026-03-02T15:00:00Z' }],
    ['请循环3次', { VodLoopTimes: '3' }],
  ])('%s', (text, expected) => {
    expect(edit(text)).toEqual(expected);
  });

  it.each(['can you make it better?', 'please', '请'])('still says nothing to change: %s', (text) => {
    expect(edit(text)).not.toHaveProperty('EndTime');
  });
});

describe('a move to a day keeps the relay’s clock time', () => {
  it.each([
    ['move to thursday', { StartTime: '2026-03-05T12:00:00Z', EndTime: '2026-03-05T14:00:00Z' }],
    ['postpone until friday', { StartTime: '2026-03-06T12:00:00Z', EndTime: '2026-03-06T14:00:00Z' }],
    ['reschedule it to march 5', { StartTime: '2026-03-05T12:00:00Z', EndTime: '2026-03-05T14:00:00Z' }],
    ['改到周五', { StartTime: '2026-03-06T12:00:00Z', EndTime: '2026-03-06T14:00:00Z' }],
    ['推迟到周五', { StartTime: '2026-03-06T12:00:00Z', EndTime: '2026-03-06T14:00:00Z' }],
    ['改到后天', { StartTime: '2026-03-03T12:00:00Z', EndTime: '2026-03-03T14:00:00Z' }],
  ])('%s', (text, expected) => {
    expect(edit(text)).toEqual(expected);
  });

  it.each(['move to tomorrow', '改到明天', 'move it to monday'])('says so when that is the relay’s own day: %s', (text) => {
    expect(edit(text)).toEqual(['parse.changes.sameTimeUnchanged']);
  });

  it.each(['move to yesterday', 'move to friday morning'])('refuses a day past or a part of the day without a time: %s', (text) => {
    expect(Array.isArray(edit(text))).toBe(true);
  });
});

describe('words that are no change at all', () => {
  // As a whole schedule's "no time" they had asked for a start and a length ("tomorrow 8pm for 2h"), which in an edit
  // moves the relay; they are quoted back with the changes an edit takes.
  it.each(['make it better', 'whatever', '随便改改'])('%s', (text) => {
    const locale = /[\u4e00-\u9fff]/.test(text) ? 'zh-CN' : 'en';
    const result = parseRelayChanges(text, context({ locale }), TOMORROW_EVENING);
    expect(result.ok ? result.value : result.error).toEqual([expect.objectContaining({ key: 'parse.changes.notUnderstood', params: { words: text } })]);
  });
});

describe('a new destination said as app/stream', () => {
  // It was refused with "create a new relay" only, though the push URL (ToUrl) can change: the refusal gives that URL.
  it.each([
    ['push to live/other', 'rtmp://push.example.com/live/ot****'],
    ['推到 push.partner.com/live/other', 'rtmp://push.partner.com/live/ot****'],
  ])('%s', (text, url) => {
    const locale = /[\u4e00-\u9fff]/.test(text) ? 'zh-CN' : 'en';
    const result = parseRelayChanges(text, context({ locale }), TOMORROW_EVENING);
    expect(result.ok ? result.value : result.error).toEqual([expect.objectContaining({ key: 'parse.changes.destinationPath', params: { url } })]);
  });

  it('the push URL itself is taken', () => {
    expect(edit('to rtmp://push.example.com/live/other')).toEqual({ ToUrl: 'rtmp://push.example.com/live/other' });
  });
});
