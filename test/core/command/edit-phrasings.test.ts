// Edits as operators type them, found by a probe of ~150 edits (2026-11-27). Misread before, without a word: "30 more
// minutes", "another hour", "+30m" (the relay cut to that length from its start), "-30m" (moved to today), "晚上11点停"
// (started now, ended tonight), "<url> immediately" (the relay moved to start now). Refused before: a change verb
// between a field and its value (循环改成5次, "set loops to 5", 备注改为“重播”, 源换成 <url>, "replace the source with
// <url>"), 把 opening the edit, "pause it", 先暂停, 继续推, "stop looping", 加30分钟, "end 30 minutes early", an option and
// a time joined by "and" or a comma.
import { describe, expect, it } from 'vitest';
import { parseRelayChanges } from '../../../src/core/command/index.js';
import type { RelayRequest } from '../../../src/core/relay-request.js';
import { context, TOMORROW_EVENING } from './helpers.js';

const B = 'https://cdn.example.com/b.mp4';
const SLATE = 'https://cdn.example.com/slate.mp4';
const PUSH = 'rtmp://push.partner.com/live/KEY9';
// Monday 2026-03-02 20:00-22:00 Shanghai (12:00-14:00 UTC); helpers' now is Sunday 12:00 there.
const current = TOMORROW_EVENING;
const live: RelayRequest = { ...current, SourceType: 'PullLivePushLive', SourceUrls: ['rtmp://src.example.com/live/cam1'] };

function changes(text: string, locale: 'en' | 'zh-CN' = 'en', task: RelayRequest = current) {
  const result = parseRelayChanges(text, context({ locale }), task);
  if (!result.ok) throw new Error(`rejected: ${JSON.stringify(result.error)}`);
  return result.value;
}

function refused(text: string): string[] {
  const result = parseRelayChanges(text, context(), current);
  if (result.ok) throw new Error(`accepted: ${JSON.stringify(result.value)}`);
  return result.error.map((e) => e.key);
}

describe('more time', () => {
  it.each(['30 more minutes', 'give it 30 more minutes', 'another 30 minutes', 'an extra 30 minutes', '30 minutes more', '+30m', '+30 min'])(
    'is added to the end: %s',
    (text) => {
      expect(changes(text)).toEqual({ EndTime: '2026-03-02T14:30:00Z' });
    },
  );

  it.each(['keep it going 30 more minutes', 'run 30 minutes longer', 'go 30 min longer'])('is added to the end, said with its verb: %s', (text) => {
    expect(changes(text)).toEqual({ EndTime: '2026-03-02T14:30:00Z' });
  });

  it.each(['再播半小时', '再推30分钟'])('is added to the end in Chinese (it had been the whole length): %s', (text) => {
    expect(changes(text, 'zh-CN')).toEqual({ EndTime: '2026-03-02T14:30:00Z' });
  });

  it('adds hours as it adds minutes', () => {
    expect(changes('2 more hours')).toEqual({ EndTime: '2026-03-02T16:00:00Z' });
    expect(changes('for another hour')).toEqual({ EndTime: '2026-03-02T15:00:00Z' });
  });

  it.each([
    ['加30分钟', { EndTime: '2026-03-02T14:30:00Z' }],
    ['把结束时间往后推半小时', { EndTime: '2026-03-02T14:30:00Z' }],
    ['往后延半小时', { StartTime: '2026-03-02T12:30:00Z', EndTime: '2026-03-02T14:30:00Z' }],
  ])('%s', (text, expected) => {
    expect(changes(text, 'zh-CN')).toEqual(expected);
  });

  it('asks what "-30m" means instead of moving the relay', () => {
    expect(refused('-30m')).toEqual(['parse.changes.badTime']);
  });

  it('reads "end 30 minutes early" as earlier', () => {
    expect(changes('end 30 minutes early')).toEqual({ EndTime: '2026-03-02T13:30:00Z' });
  });
});

describe('an end said with its verb', () => {
  it.each(['晚上11点停', '11点下播', '晚上11点关播', '再播到11点', '推到11点', '再推到11点', '再直播到11点'])('%s', (text) => {
    expect(changes(text, 'zh-CN')).toEqual({ EndTime: '2026-03-02T15:00:00Z' });
  });
});

describe('an end with no start of its own keeps the start (it had started the relay now and ended it today)', () => {
  it.each(['go on until 11pm', 'last until 11pm', 'should end by 11pm', 'wrap up at 11pm', 'through 11pm', 'by 11pm'])('%s', (text) => {
    expect(changes(text)).toEqual({ EndTime: '2026-03-02T15:00:00Z' });
  });

  it.each(['一直播到11点', '持续到11点', '11点收工', '11点为止', '到晚上11点为止', '截至11点', '11点前结束', '改到11点结束', '延迟到11点结束'])(
    '%s',
    (text) => {
      expect(changes(text, 'zh-CN')).toEqual({ EndTime: '2026-03-02T15:00:00Z' });
    },
  );

  it('ends on the relay\'s day, not today, for a relay two days ahead', () => {
    const later: RelayRequest = { ...current, StartTime: '2026-03-03T12:00:00Z', EndTime: '2026-03-03T14:00:00Z' };
    expect(changes('go on until 11pm', 'en', later)).toEqual({ EndTime: '2026-03-03T15:00:00Z' });
  });
});

describe('the whole relay moved to a time, with the verbs of moving', () => {
  it.each([
    ['往后推到9点', { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T15:00:00Z' }],
    ['向前挪到7点', { StartTime: '2026-03-02T11:00:00Z', EndTime: '2026-03-02T13:00:00Z' }],
    ['整体推迟到9点', { StartTime: '2026-03-02T13:00:00Z', EndTime: '2026-03-02T15:00:00Z' }],
  ])('%s', (text, expected) => {
    expect(changes(text, 'zh-CN')).toEqual(expected);
  });
});

describe('change verbs between a field and its value', () => {
  it.each([
    ['change loops to 5', { VodLoopTimes: '5' }],
    ['set loop to 5', { VodLoopTimes: '5' }],
    ['stop looping', { VodLoopTimes: '0' }],
    ['change comment to "rerun"', { Comment: 'rerun' }],
    ["set the comment to 'final cut'", { Comment: 'final cut' }],
    [`change destination to ${PUSH}`, { ToUrl: PUSH }],
    [`swap to ${B}`, { SourceUrls: [B] }],
    [`switch to ${B}`, { SourceUrls: [B] }],
    [`replace the source with ${B}`, { SourceUrls: [B] }],
    [`use ${B} instead`, { SourceUrls: [B] }],
    [`change source to ${B}`, { SourceUrls: [B] }],
    [`new source ${B} immediately`, { SourceUrls: [B], VodRefreshType: 'ImmediateNewSource' }],
    ['new end 11pm', { EndTime: '2026-03-02T15:00:00Z' }],
  ])('%s', (text, expected) => {
    expect(changes(text)).toEqual(expected);
  });

  it.each([
    ['把结束时间改成11点', { EndTime: '2026-03-02T15:00:00Z' }],
    ['把开始时间改成9点', { StartTime: '2026-03-02T13:00:00Z' }],
    [`换成 ${B}`, { SourceUrls: [B] }],
    [`换成${B}`, { SourceUrls: [B] }],
    [`源换成 ${B}`, { SourceUrls: [B] }],
    [`把源换成 ${B}`, { SourceUrls: [B] }],
    [`换源 ${B}`, { SourceUrls: [B] }],
    [`改用 ${B}`, { SourceUrls: [B] }],
    [`切换到 ${B} 立即切换`, { SourceUrls: [B], VodRefreshType: 'ImmediateNewSource' }],
    ['循环改成5次', { VodLoopTimes: '5' }],
    ['循环次数改为5', { VodLoopTimes: '5' }],
    ['改成循环5次', { VodLoopTimes: '5' }],
    ['把循环次数改成5次', { VodLoopTimes: '5' }],
    ['改为不循环', { VodLoopTimes: '0' }],
    ['改成无限循环', { VodLoopTimes: '-1' }],
    ['循环改成无限', { VodLoopTimes: '-1' }],
    ['备注改成 重播', { Comment: '重播' }],
    ['备注改为“重播”', { Comment: '重播' }],
    [`目标改成 ${PUSH}`, { ToUrl: PUSH }],
  ])('%s', (text, expected) => {
    expect(changes(text, 'zh-CN')).toEqual(expected);
  });

  it('sets a live relay\'s backup in other words', () => {
    expect(changes(`set backup to ${SLATE}`, 'en', live)).toMatchObject({ BackupSourceUrl: SLATE });
    expect(changes(`w/ backup ${SLATE}`, 'en', live)).toMatchObject({ BackupSourceUrl: SLATE });
    expect(changes(`备用源改成 ${SLATE}`, 'zh-CN', live)).toMatchObject({ BackupSourceUrl: SLATE });
    // "use <url>" is a new source, but "use <url> as backup" is the backup.
    expect(changes(`use ${SLATE} as backup`, 'en', live)).toEqual({ BackupSourceUrl: SLATE, BackupSourceType: 'PullVodPushLive' });
  });

  it('leaves "switch to" a push URL refused, not a new source', () => {
    expect(refused(`switch to ${PUSH}`).length).toBeGreaterThan(0);
  });
});

describe('the field first, its verb taken by the chat ("change <id> loops to 5")', () => {
  it.each([
    ['loops to 5', { VodLoopTimes: '5' }],
    ['the loop count to 4', { VodLoopTimes: '4' }],
    ['the comment to "x"', { Comment: 'x' }],
    ['end to 11pm', { EndTime: '2026-03-02T15:00:00Z' }],
    ['the end time to 11pm', { EndTime: '2026-03-02T15:00:00Z' }],
    ['start to 9pm', { StartTime: '2026-03-02T13:00:00Z' }],
    ['duration to 3h', { EndTime: '2026-03-02T15:00:00Z' }],
    [`source to ${B}`, { SourceUrls: [B] }],
  ])('%s', (text, expected) => {
    expect(changes(text)).toEqual(expected);
  });
});

describe('pause and resume', () => {
  it.each([
    ['pause it', 'pause'],
    ['pause the relay', 'pause'],
    ['resume it', 'enable'],
  ])('%s', (text, status) => {
    expect(changes(text)).toEqual({ Status: status });
  });

  it.each([
    ['先暂停', 'pause'],
    ['继续推', 'enable'],
  ])('%s', (text, status) => {
    expect(changes(text, 'zh-CN')).toEqual({ Status: status });
  });
});

describe('an option and a time in one edit', () => {
  it.each(['loop 3 and extend by 30 min', 'loop 3, extend by 30 min', 'loop 3, then extend by 30 min'])('%s', (text) => {
    expect(changes(text)).toEqual({ VodLoopTimes: '3', EndTime: '2026-03-02T14:30:00Z' });
  });
});
