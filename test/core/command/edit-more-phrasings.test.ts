// Edits found unread or misread in a round of probes (2026-11-28): one file of a playlist replaced in its place, and
// the other edits below. Relays as in helpers.ts (Monday 2026-03-02 20:00–22:00 Shanghai, edited on Sunday at noon).
import { describe, expect, it } from 'vitest';
import type { RelayRequest } from '../../../src/core/relay-request.js';
import { editOutcome, TOMORROW_EVENING } from './helpers.js';

const A = 'https://media.example.com/vod/a.mp4';
const B = 'https://media.example.com/vod/b.mp4';
const C = 'https://cdn.example.com/c.mp4';
const D = 'https://cdn.example.com/d.flv';
const CAM1 = 'rtmp://src.example.com/live/cam1';
const CAM2 = 'rtmp://src.example.com/live/cam2';
const playlist: RelayRequest = { ...TOMORROW_EVENING, SourceUrls: [A, B] };
const live: RelayRequest = { ...TOMORROW_EVENING, SourceType: 'PullLivePushLive', SourceUrls: [CAM1] };

describe('one file replaced in its place', () => {
  // Before: 把 <b> 换成 <c> made the whole list [b, c] (silently); the English forms were refused as words not understood,
  // and "change <b> to <c>" took <c> for a push URL.
  it.each([
    [`replace ${B} with ${C}`, [A, C]],
    [`replace ${A} with ${C}`, [C, B]],
    [`replace b.mp4 with ${C}`, [A, C]],
    [`swap ${B} for ${C}`, [A, C]],
    [`swap out ${B} for ${C}`, [A, C]],
    [`change ${B} to ${C}`, [A, C]],
    [`use ${C} instead of ${B}`, [A, C]],
    [`use ${C} in place of b.mp4`, [A, C]],
    [`replace ${B} with ${C} and ${D}`, [A, C, D]],
    [`把 ${B} 换成 ${C}`, [A, C]],
    [`把b.mp4换成${C}`, [A, C]],
    [`把 ${B} 替换成 ${C}`, [A, C]],
    [`将 ${A} 替换为 ${C}`, [C, B]],
    [`${B} 换成 ${C}`, [A, C]],
    [`用 ${C} 替换 ${B}`, [A, C]],
    [`用 ${C} 代替 a.mp4`, [C, B]],
  ])('%s', (text, urls) => {
    expect(editOutcome(text, playlist)).toEqual({ SourceUrls: urls });
  });

  it('with other changes', () => {
    expect(editOutcome(`replace ${B} with ${C} and extend by 30 minutes`, playlist)).toEqual({ SourceUrls: [A, C], EndTime: '2026-03-02T14:30:00Z' });
    expect(editOutcome(`把 ${B} 换成 ${C}，延长半小时`, playlist)).toEqual({ SourceUrls: [A, C], EndTime: '2026-03-02T14:30:00Z' });
  });

  it("a live relay's stream replaced, not pushed to", () => {
    expect(editOutcome(`change ${CAM1} to ${CAM2}`, live)).toEqual({ SourceUrls: [CAM2] });
    expect(editOutcome(`把 ${CAM1} 换成 ${CAM2}`, live)).toEqual({ SourceUrls: [CAM2] });
  });

  it('refuses a file that is not in the list, or a name two files share, by name', () => {
    expect(editOutcome(`replace ${C} with ${D}`, playlist)).toEqual(['parse.changes.notInPlaylistToReplace']);
    expect(editOutcome(`replace c.mp4 with ${D}`, playlist)).toEqual(['parse.changes.notInPlaylistToReplace']);
    expect(editOutcome(`replace a.mp4 with ${D}`, { ...playlist, SourceUrls: [A, 'https://cdn.example.com/a.mp4'] })).toEqual(['parse.changes.fileNameTwice']);
  });

  it('refuses a live stream in a file relay', () => {
    expect(editOutcome(`replace ${B} with ${CAM2}`, playlist)).toEqual(['parse.changes.liveForFileRelay']);
  });

  it('the whole list replaced is still the whole list', () => {
    expect(editOutcome(`换成 ${C}`, playlist)).toEqual({ SourceUrls: [C] });
    expect(editOutcome(`replace the source with ${C}`, playlist)).toEqual({ SourceUrls: [C] });
    expect(editOutcome(`use ${C} instead`, playlist)).toEqual({ SourceUrls: [C] });
  });
});

describe('a delay or an advance to a time on the wrong side of the start is asked about', () => {
  // Before: "push back to 1" for the 8pm relay moved it to 1 am that morning (earlier), and 开始时间推迟到7点 started it at
  // 7 pm (earlier). The next 1 o'clock after the start is past midnight, and "push back to 1" may mean the end.
  it.each([
    ['push back to 1', 'parse.changes.notLaterThanStart'],
    ['postpone to 7pm', 'parse.changes.notLaterThanStart'],
    ['delay until 7', 'parse.changes.notLaterThanStart'],
    ['推迟到1点', 'parse.changes.notLaterThanStart'],
    ['推迟到明天凌晨1点', 'parse.changes.notLaterThanStart'],
    ['开始时间推迟到7点', 'parse.changes.notLaterThanStart'],
    ['bring it forward to 11pm', 'parse.changes.notEarlierThanStart'],
    ['提前到晚上11点', 'parse.changes.notEarlierThanStart'],
  ])('%s', (text, key) => {
    expect(editOutcome(text)).toEqual([key]);
  });

  it.each([
    // With the day named, or on the verb's side of the start, the move is read.
    ['push it back to 1am on tuesday', { StartTime: '2026-03-02T17:00:00Z', EndTime: '2026-03-02T19:00:00Z' }],
    // With its half of the day said, the next such time within half a day (see the block on the late relay below).
    ['push it back to 1am', { StartTime: '2026-03-02T17:00:00Z', EndTime: '2026-03-02T19:00:00Z' }],
    ['推迟到凌晨1点', { StartTime: '2026-03-02T17:00:00Z', EndTime: '2026-03-02T19:00:00Z' }],
    ['push it back to 9', { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T15:00:00Z' }],
    ['推迟到周二凌晨1点', { StartTime: '2026-03-02T17:00:00Z', EndTime: '2026-03-02T19:00:00Z' }],
    ['bring it forward to 7', { StartTime: '2026-03-02T11:00:00Z', EndTime: '2026-03-02T13:00:00Z' }],
    ['提前到11点', { StartTime: '2026-03-02T03:00:00Z', EndTime: '2026-03-02T05:00:00Z' }],
    ['开始时间推迟到9点', { StartTime: '2026-03-02T13:00:00Z' }],
  ])('%s', (text, expected) => {
    expect(editOutcome(text)).toEqual(expected);
  });
});

describe('looping turned off', () => {
  const looping: RelayRequest = { ...TOMORROW_EVENING, VodLoopTimes: '2' };
  // Before: each was refused as words not understood (不要循环了 for its 了 alone).
  it.each([
    'no more looping',
    'no more loops',
    'turn off looping',
    'turn the loop off',
    'switch off the loop',
    'disable looping',
    'stop the loop',
    'cancel the loop',
    "don't loop anymore",
    "don't loop it again",
    '不要循环了',
    '不循环了',
    '别循环了',
    '取消循环',
    '关闭循环',
    '关掉循环',
    '停止循环',
    '不再循环',
    '循环关闭',
  ])('%s', (text) => {
    expect(editOutcome(text, looping)).toEqual({ VodLoopTimes: '0' });
  });

  it('with other changes, and as they were', () => {
    expect(editOutcome('turn off looping and extend by 30 min', looping)).toEqual({ VodLoopTimes: '0', EndTime: '2026-03-02T14:30:00Z' });
    expect(editOutcome('取消循环，延长半小时', looping)).toEqual({ VodLoopTimes: '0', EndTime: '2026-03-02T14:30:00Z' });
    expect(editOutcome('stop looping', looping)).toEqual({ VodLoopTimes: '0' });
    expect(editOutcome('loop twice more', looping)).toEqual({ VodLoopTimes: '4' });
    expect(editOutcome('再循环两次', looping)).toEqual({ VodLoopTimes: '4' });
  });
});

describe('the comment taken off', () => {
  // ModifyLivePullStreamTask takes any string up to 512 bytes as Comment, the empty one too: that clears it. Before, each
  // was refused as words not understood.
  const commented: RelayRequest = { ...TOMORROW_EVENING, Comment: 'rehearsal' };
  it.each([
    'remove the comment',
    'clear the comment',
    'delete the comment',
    'clear comment',
    'remove the note',
    'no comment',
    'no more comment',
    'comment removed',
    '去掉备注',
    '删除备注',
    '清空备注',
    '不要备注了',
    '备注清空',
    '备注删掉',
  ])('%s', (text) => {
    expect(editOutcome(text, commented)).toEqual({ Comment: '' });
  });

  it('with other changes; a comment given is still the comment', () => {
    expect(editOutcome('remove the comment and extend by 30 min', commented)).toEqual({ Comment: '', EndTime: '2026-03-02T14:30:00Z' });
    expect(editOutcome('去掉备注，延长半小时', commented)).toEqual({ Comment: '', EndTime: '2026-03-02T14:30:00Z' });
    expect(editOutcome('comment "remove the comment"', commented)).toEqual({ Comment: 'remove the comment' });
    expect(editOutcome('change the comment to "new"', commented)).toEqual({ Comment: 'new' });
    expect(editOutcome('remove the comment, comment "x"', commented)).toEqual(['parse.duplicateOption']);
  });
});

describe('a new start said with 改到 … 开始 moves the start only, as "start at 9 instead" and 改成9点开始 do', () => {
  // Before: 改到9点开始 moved the whole relay (21:00–23:00) while 改成9点开始 and "start at 9 instead" kept its end (21:00–22:00).
  // 改到 is "change to", as 改成 is; the words name the start. 推迟到 / 挪到 … 开始 name a move, and keep the length.
  it.each([
    ['改到9点开始', { StartTime: '2026-03-02T13:00:00Z' }],
    ['改到晚上9点开始', { StartTime: '2026-03-02T13:00:00Z' }],
    ['改到9点开播', { StartTime: '2026-03-02T13:00:00Z' }],
    ['改到明晚9点开始', { StartTime: '2026-03-02T13:00:00Z' }],
    ['改成9点开始', { StartTime: '2026-03-02T13:00:00Z' }],
    ['start at 9 instead', { StartTime: '2026-03-02T13:00:00Z' }],
    ['改到9点', { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T15:00:00Z' }],
    ['推迟到9点开始', { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T15:00:00Z' }],
    ['挪到9点开始', { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T15:00:00Z' }],
    ['改到9点开始11点结束', { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T15:00:00Z' }],
  ])('%s', (text, expected) => {
    expect(editOutcome(text)).toEqual(expected);
  });
});

describe('time cut off an edge', () => {
  // Before: "off" was left over and refused as a word not understood.
  it.each([
    ['cut 30 minutes off the end', { EndTime: '2026-03-02T13:30:00Z' }],
    ['cut 30 minutes off', { EndTime: '2026-03-02T13:30:00Z' }],
    ['cut half an hour off the end', { EndTime: '2026-03-02T13:30:00Z' }],
    ['take 15 min off the end', { EndTime: '2026-03-02T13:45:00Z' }],
    ['take 15 minutes off', { EndTime: '2026-03-02T13:45:00Z' }],
    ['knock 10 minutes off', { EndTime: '2026-03-02T13:50:00Z' }],
    ['cut 30 minutes off the start', { StartTime: '2026-03-02T12:30:00Z' }],
    ['shave 10 minutes off the beginning', { StartTime: '2026-03-02T12:10:00Z' }],
    ['trim 20 min from the beginning', { StartTime: '2026-03-02T12:20:00Z' }],
    // As they were.
    ['trim 30 min from the end', { EndTime: '2026-03-02T13:30:00Z' }],
    ['cut it by 30 minutes', { EndTime: '2026-03-02T13:30:00Z' }],
    ['cut to 1 hour', { EndTime: '2026-03-02T13:00:00Z' }],
    ['make it 2 hours longer', { EndTime: '2026-03-02T16:00:00Z' }],
    ['end 15 min earlier', { EndTime: '2026-03-02T13:45:00Z' }],
    ['提前半小时结束', { EndTime: '2026-03-02T13:30:00Z' }],
    ['晚半小时开始', { StartTime: '2026-03-02T12:30:00Z' }],
  ])('%s', (text, expected) => {
    expect(editOutcome(text)).toEqual(expected);
  });

  it('refuses cutting the whole relay away', () => {
    expect(editOutcome('cut 3 hours off')).not.toHaveProperty('EndTime');
  });
});

describe('the end later said as running over, and the whole relay named as everything', () => {
  // Before: each was refused as words not understood.
  it.each([
    ['go 20 minutes over', { EndTime: '2026-03-02T14:20:00Z' }],
    ['run it 30 min over', { EndTime: '2026-03-02T14:30:00Z' }],
    ['go over by 10 minutes', { EndTime: '2026-03-02T14:10:00Z' }],
    ['overrun by 15 minutes', { EndTime: '2026-03-02T14:15:00Z' }],
    ['shift everything 30 minutes later', { StartTime: '2026-03-02T12:30:00Z', EndTime: '2026-03-02T14:30:00Z' }],
    ['push the whole thing back an hour', { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T15:00:00Z' }],
    ['move everything to 9pm', { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T15:00:00Z' }],
  ])('%s', (text, expected) => {
    expect(editOutcome(text)).toEqual(expected);
  });
});

describe('loops: "until the end" and one more', () => {
  const looping: RelayRequest = { ...TOMORROW_EVENING, VodLoopTimes: '2' };
  // Before: "loop until the end" in an edit took "until the end" for a new end (refused as one before the start), and
  // "one more loop" (singular) was refused as words not understood.
  it.each([
    ['loop until the end', { VodLoopTimes: '-1' }],
    ['keep looping until the end of the show', { VodLoopTimes: '-1' }],
    ['loop until the end and extend by 30 min', { VodLoopTimes: '-1', EndTime: '2026-03-02T14:30:00Z' }],
    ['one more loop', { VodLoopTimes: '3' }],
    ['add one more loop', { VodLoopTimes: '3' }],
    ['2 more loops', { VodLoopTimes: '4' }],
  ])('%s', (text, expected) => {
    expect(editOutcome(text, looping)).toEqual(expected);
  });
});

describe('one file replaced by its place in the list', () => {
  // Before: each was refused as words not understood.
  it.each([
    [`replace the second file with ${C}`, [A, C]],
    [`replace file 2 with ${C}`, [A, C]],
    [`replace video #2 with ${C}`, [A, C]],
    [`swap the first video for ${C}`, [C, B]],
    [`replace the first one with ${C}`, [C, B]],
    [`replace the last file with ${C}`, [A, C]],
    [`把第二个文件换成 ${C}`, [A, C]],
    [`第二个视频换成 ${C}`, [A, C]],
    [`把第一个换成 ${C}`, [C, B]],
    [`把最后一个视频换成 ${C}`, [A, C]],
  ])('%s', (text, urls) => {
    expect(editOutcome(text, playlist)).toEqual({ SourceUrls: urls });
  });

  it('refuses a place past the end of the list', () => {
    expect(editOutcome(`replace the third file with ${C}`, playlist)).toEqual(['parse.changes.notInPlaylistToReplace']);
    expect(editOutcome(`把第三个换成 ${C}`, playlist)).toEqual(['parse.changes.notInPlaylistToReplace']);
  });
});

describe('a new start said as a spoken hour is the half of the day nearer the relay, as a bare hour is', () => {
  // Before: "start at half past 8" for the 8pm relay started it at 8:30 am, and "move to half past 8" moved it there,
  // without a word ("start at 8:30" was already 8:30 pm).
  it.each([
    ['start at half past 8', { StartTime: '2026-03-02T12:30:00Z' }],
    ['start at quarter past 9', { StartTime: '2026-03-02T13:15:00Z' }],
    ['start at half eight', { StartTime: '2026-03-02T12:30:00Z' }],
    ['begin at nine', { StartTime: '2026-03-02T13:00:00Z' }],
    ["start at 9 o'clock", { StartTime: '2026-03-02T13:00:00Z' }],
    ['change the start to quarter to 9', { StartTime: '2026-03-02T12:45:00Z' }],
    ['move to half past 8', { StartTime: '2026-03-02T12:30:00Z', EndTime: '2026-03-02T14:30:00Z' }],
    ['push it back to half past 9', { StartTime: '2026-03-02T13:30:00Z', EndTime: '2026-03-02T15:30:00Z' }],
    ['bring it forward to half past 7', { StartTime: '2026-03-02T11:30:00Z', EndTime: '2026-03-02T13:30:00Z' }],
    // As they were.
    ['start at 8:30', { StartTime: '2026-03-02T12:30:00Z' }],
    ['start at 8:30am', { StartTime: '2026-03-02T00:30:00Z' }],
    ['8点半开始', { StartTime: '2026-03-02T12:30:00Z' }],
  ])('%s', (text, expected) => {
    expect(editOutcome(text)).toEqual(expected);
  });
});

describe('a late relay moved past midnight, or to midnight', () => {
  // A relay on Monday 23:00 to Tuesday 01:00 (Shanghai). Before: "start at midnight" started it at Monday 00:00 (a
  // 25-hour relay) and "move to midnight" moved it 23 hours earlier, without a word; 推迟到凌晨12点半 was refused as
  // earlier than the start.
  const late: RelayRequest = { ...TOMORROW_EVENING, StartTime: '2026-03-02T15:00:00Z', EndTime: '2026-03-02T17:00:00Z' };
  it.each([
    ['start at midnight', { StartTime: '2026-03-02T16:00:00Z' }],
    ['move to midnight', { StartTime: '2026-03-02T16:00:00Z', EndTime: '2026-03-02T18:00:00Z' }],
    ['零点开始', { StartTime: '2026-03-02T16:00:00Z' }],
    ['推迟到凌晨12点半', { StartTime: '2026-03-02T16:30:00Z', EndTime: '2026-03-02T18:30:00Z' }],
    ['push it back to 12:30am', { StartTime: '2026-03-02T16:30:00Z', EndTime: '2026-03-02T18:30:00Z' }],
    // As they were.
    ['push it back to 12:30', { StartTime: '2026-03-02T16:30:00Z', EndTime: '2026-03-02T18:30:00Z' }],
    ['bring it forward to 10pm', { StartTime: '2026-03-02T14:00:00Z', EndTime: '2026-03-02T16:00:00Z' }],
    ['until 2am', { EndTime: '2026-03-02T18:00:00Z' }],
  ])('%s', (text, expected) => {
    expect(editOutcome(text, late)).toEqual(expected);
  });

  it('a time more than half a day on is still asked about', () => {
    expect(editOutcome('postpone to 7pm', late)).toEqual(['parse.changes.notLaterThanStart']);
  });
});
