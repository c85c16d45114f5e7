// One verb said for two things joined by "and" / 和: "remove 2 loops and the second file" took the loops away and read
// "the second file" alone, as "start at file 2" (FileIndex 2), and "remove the second file and 2 loops" set 2 loops in
// all: both silently. Each thing is now read with the verb.
import { describe, expect, it } from 'vitest';
import type { RelayRequest } from '../../../src/core/relay-request.js';
import { editOutcome, TOMORROW_EVENING } from './helpers.js';

const A = 'https://media.example.com/vod/a.mp4';
const B = 'https://media.example.com/vod/b.mp4';
const C = 'https://cdn.example.com/c.mp4';
const D = 'https://cdn.example.com/d.mp4';
const looping: RelayRequest = { ...TOMORROW_EVENING, SourceUrls: [A, B, C], VodLoopTimes: '5', Comment: 'first run' };

describe('a verb shared by two things', () => {
  it.each([
    ['remove 2 loops and the second file', { SourceUrls: [A, C], VodLoopTimes: '3' }],
    ['remove the second file and 2 loops', { SourceUrls: [A, C], VodLoopTimes: '3' }],
    ['drop a loop and the last file', { SourceUrls: [A, B], VodLoopTimes: '4' }],
    ['delete a loop and the first file', { SourceUrls: [B, C], VodLoopTimes: '4' }],
    ['remove a loop and the comment', { Comment: '', VodLoopTimes: '4' }],
    ['remove 2 loops and the second file and the comment', { SourceUrls: [A, C], Comment: '', VodLoopTimes: '3' }],
    [`add ${D} and 2 loops`, { SourceUrls: [A, B, C, D], VodLoopTimes: '7' }],
    [`add 2 loops and ${D}`, { SourceUrls: [A, B, C, D], VodLoopTimes: '7' }],
    ['去掉两次循环和第二个文件', { SourceUrls: [A, C], VodLoopTimes: '3' }],
    ['去掉第二个文件和两次循环', { SourceUrls: [A, C], VodLoopTimes: '3' }],
    ['去掉备注和两次循环', { Comment: '', VodLoopTimes: '3' }],
    ['删除备注和第二个文件', { SourceUrls: [A, C], Comment: '' }],
    [`添加 ${D} 和两次循环`, { SourceUrls: [A, B, C, D], VodLoopTimes: '7' }],
  ])('%s', (text, changes) => {
    expect(editOutcome(text, looping)).toEqual(changes);
  });

  it('two files by place stay one removal', () => {
    expect(editOutcome('remove the first file and the last file', looping)).toEqual({ SourceUrls: [B] });
  });

  it('a verb the second thing cannot do is refused, not dropped', () => {
    // The backup cannot be taken off by an edit (backup-clear.ts): refused as such.
    expect(editOutcome('remove the comment and the backup', looping)).toEqual(['parse.changes.backupNotRemovable']);
  });

  it.each([
    ['add 2 loops and comment replay', { Comment: 'replay', VodLoopTimes: '7' }],
    ['remove the second file and comment replay', { SourceUrls: [A, C], Comment: 'replay' }],
    ['remove the comment and 2 loops', { Comment: '', VodLoopTimes: '3' }],
  ])('a comment with its value is no thing the verb takes: %s', (text, changes) => {
    expect(editOutcome(text, looping)).toEqual(changes);
  });

  it('a second verb of its own is left alone', () => {
    expect(editOutcome('remove the second file and loop twice', looping)).toEqual({ SourceUrls: [A, C], VodLoopTimes: '2' });
  });
});

describe('loops taken away or added by the verb of a file', () => {
  it.each([
    ['去掉两次循环', '3'],
    ['删掉一次循环', '4'],
    ['delete a loop', '4'],
    ['添加两次循环', '7'],
    ['加上两次循环', '7'],
  ])('%s', (text, loops) => {
    expect(editOutcome(text, looping)).toEqual({ VodLoopTimes: loops });
  });
});
