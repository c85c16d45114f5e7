// Where in the playlist an edited relay starts, said after the file with "at" / "from": with a unit it is the place in
// the file; m:ss could be a clock time and is asked about; never the relay's length or start, without a word.
import { describe, expect, it } from 'vitest';
import { t } from '../../../src/core/i18n.js';
import { editOutcome, TOMORROW_EVENING } from './helpers.js';

const PLAYLIST = { ...TOMORROW_EVENING, SourceUrls: ['https://media.example.com/vod/a.mp4', 'https://media.example.com/vod/b.mp4', 'https://cdn.example.com/c.mp4'] };

describe('a place in a file said with its unit after "at" / "from"', () => {
  it.each([
    // The seconds had become the relay's new length: a 90-second relay.
    ['start from the second file at 90 seconds', { FileIndex: 2, OffsetTime: 90 }],
    ['start from file 2 at 2 minutes', { FileIndex: 2, OffsetTime: 120 }],
    ['the 3rd file from 1m30s', { FileIndex: 3, OffsetTime: 90 }],
    ['file 3 at 45 sec', { FileIndex: 3, OffsetTime: 45 }],
    // Read already, kept.
    ['second file at 1:30 in', { FileIndex: 2, OffsetTime: 90 }],
    ['start at the 3rd file 2 minutes in', { FileIndex: 3, OffsetTime: 120 }],
    ['从第2个文件的1分30秒处开始', { FileIndex: 2, OffsetTime: 90 }],
    // A clock time that says its half of the day, or a 24-hour one, is the relay's start.
    ['file 2 at 20:00', { FileIndex: 2, StartTime: '2026-03-02T12:00:00Z', EndTime: '2026-03-02T14:00:00Z' }],
  ])('%s', (text, changes) => {
    expect(editOutcome(text, PLAYLIST)).toEqual(changes);
  });
});

describe('m:ss after a file, which could be a clock time', () => {
  it.each([
    // It had moved the relay to 13:30, or its start to 01:30 with the end kept (a 20-hour relay).
    'file 2 at 1:30',
    'start the second file at 1:30',
    'start file 2 from 1:30',
    'the 3rd file at 10:15',
  ])('%s is asked about', (text) => {
    expect(editOutcome(text, PLAYLIST)).toEqual(['parse.fileOffsetOrClock']);
  });

  it('the question says both ways, in both languages', () => {
    expect(t('en', 'parse.fileOffsetOrClock', { file: 2, time: '1:30' })).toContain('file 2, 1:30 in');
    expect(t('zh-CN', 'parse.fileOffsetOrClock', { file: 2, time: '1:30' })).toContain('从第2个文件的1:30处开始');
  });
});
