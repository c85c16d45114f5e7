// Whole commands as stream operators type them, found by a probe of ~400 fresh commands (2026-11-27): a verb before
// the sources, joiners between them, loops, backups and callback events said in other words, a file named by its
// ordinal, the kind before or in brackets after the source, a region named before its word. Each was refused as words
// not understood, or worse, read without a word of what it said (events "start and end" kept only the start; "a.mp4和
// https://…/b.mp4" was one URL; "start at the 2nd file" started at the first; "live https://….m3u8" was a file relay).
import { describe, expect, it } from 'vitest';
import { accepted, keys, rejected } from './helpers.js';

const FILE = 'https://media.example.com/vod/show.mp4';
const CAM = 'rtmp://src.example.com/live/cam1';
const SLATE = 'https://cdn.example.com/slate.mp4';
const A = 'https://cdn.example.com/a.mp4';
const B = 'https://cdn.example.com/b.mp4';
const C = 'https://cdn.example.com/c.mp4';
// Helpers' now: Sunday 2026-03-01 12:00 in Shanghai (UTC+8); "tomorrow 8pm for 2h" is Monday 20:00-22:00.
const T = { StartTime: '2026-03-02T12:00:00Z', EndTime: '2026-03-02T14:00:00Z' };
const EVENING = { DomainName: 'push.example.com', AppName: 'live', StreamName: 'evening' };
const zh = { locale: 'zh-CN' as const };

describe('a verb before the sources names the relay', () => {
  it.each([
    `push ${FILE} to live/evening tomorrow 8pm for 2h`,
    `send ${FILE} to live/evening tomorrow 8pm for 2h`,
    `restream ${FILE} to live/evening tomorrow 8pm for 2h`,
    `Please push ${FILE} to live/evening tomorrow 8pm for 2h`,
    `forward ${FILE} to live/evening tomorrow 8pm for 2h`,
    `relay ${FILE} -> live/evening tomorrow 8pm for 2h`,
  ])('%s', (command) => {
    expect(accepted(command).request).toMatchObject({ ...T, ...EVENING, SourceUrls: [FILE] });
  });

  it.each([
    `转推 ${FILE} 到 live/evening 明晚8点到10点`,
    `推流 ${FILE} 到 live/evening 明晚8点到10点`,
    `转推${FILE}到live/evening 明晚8点到10点`,
    `将 ${FILE} 转推到 live/evening 明晚8点到10点`,
    `明晚8点到10点 转推 ${FILE} 至 live/evening`,
  ])('%s', (command) => {
    expect(accepted(command, zh).request).toMatchObject({ ...T, ...EVENING, SourceUrls: [FILE] });
  });

  it('takes a push URL after 到 as the destination, not as a second source', () => {
    expect(accepted(`推流 ${FILE} 到 rtmp://push.partner.com/live/KEY123 明晚8点到10点`, zh).request).toMatchObject({
      ...T,
      SourceUrls: [FILE],
      ToUrl: 'rtmp://push.partner.com/live/KEY123',
    });
  });

  it.each([
    `${FILE} 推流地址 rtmp://push.partner.com/live/KEY123 明晚8点到10点`,
    `${FILE} 推流地址：rtmp://push.partner.com/live/KEY123 明晚8点到10点`,
  ])('reads 推流地址 as the destination: %s', (command) => {
    expect(accepted(command, zh).request).toMatchObject({ ...T, ToUrl: 'rtmp://push.partner.com/live/KEY123' });
  });

  it.each([
    `src=${FILE} dst=rtmp://push.partner.com/live/KEY123 tomorrow 8pm for 2h`,
    `push url rtmp://push.partner.com/live/KEY123 source ${FILE} tomorrow 8pm for 2h`,
    `${FILE} to (rtmp://push.partner.com/live/KEY123) tomorrow 8pm for 2h`,
  ])('reads a labelled or bracketed destination: %s', (command) => {
    expect(accepted(command).request).toMatchObject({ ...T, SourceUrls: [FILE], ToUrl: 'rtmp://push.partner.com/live/KEY123' });
  });

  it('still refuses a verb it does not know', () => {
    expect(keys(rejected(`beam ${FILE} to live/evening tomorrow 8pm for 2h`))).toEqual(['parse.unrecognized']);
  });
});

describe('the source and destination by their Chinese labels', () => {
  it.each([`源地址 ${FILE} 推流地址 rtmp://push.partner.com/live/KEY9 明晚8点到10点`, `拉流地址 ${FILE} 推流地址 rtmp://push.partner.com/live/KEY9 明晚8点到10点`])(
    '%s',
    (command) => {
      expect(accepted(command, zh).request).toMatchObject({ ...T, SourceUrls: [FILE], ToUrl: 'rtmp://push.partner.com/live/KEY9' });
    },
  );
});

describe('a URL as pasted: in quotes, in backticks, in brackets', () => {
  it.each([
    `\`${FILE}\` to live/evening tomorrow 8pm for 2h`,
    `"${FILE}" to live/evening tomorrow 8pm for 2h`,
    `[${FILE}] to live/evening tomorrow 8pm for 2h`,
  ])('%s', (command) => {
    expect(accepted(command).request).toMatchObject({ ...T, ...EVENING, SourceUrls: [FILE] });
  });

  it.each([`“${FILE}” 转推到 live/evening 明晚8点到10点`, `【${FILE}】转推到 live/evening 明晚8点到10点`])('%s', (command) => {
    expect(accepted(command, zh).request).toMatchObject({ ...T, ...EVENING, SourceUrls: [FILE] });
  });

  it('reads a quoted or code-formatted push URL as the destination', () => {
    for (const push of ['`rtmp://push.partner.com/live/KEY9`', '"rtmp://push.partner.com/live/KEY9"']) {
      expect(accepted(`${FILE} to ${push} tomorrow 8pm for 2h`).request).toMatchObject({ ...T, ToUrl: 'rtmp://push.partner.com/live/KEY9' });
    }
  });

  it('keeps a quoted URL after comment as the comment', () => {
    expect(accepted(`${FILE} to live/evening tomorrow 8pm for 2h comment "https://example.com/notes"`).request).toMatchObject({
      SourceUrls: [FILE],
      Comment: 'https://example.com/notes',
    });
  });
});

describe('several source files', () => {
  it.each([
    [`${A} & ${B} to live/evening tomorrow 8pm for 2h`, [A, B]],
    [`${A} plus ${B} to live/evening tomorrow 8pm for 2h`, [A, B]],
    [`play ${A} followed by ${B} to live/evening tomorrow 8pm for 2h`, [A, B]],
    [`${A}, ${B}, and ${C} to live/evening tomorrow 8pm for 2h`, [A, B, C]],
  ])('%s', (command, urls) => {
    expect(accepted(command).request).toMatchObject({ ...T, SourceUrls: urls });
  });

  it.each([
    [`${A}、${B}和${C} 转推到 live/evening 明晚8点到10点`, [A, B, C]],
    [`${A}和${B} 转推到 live/evening 明晚8点到10点`, [A, B]],
    [`${A} 及 ${B} 转推到 live/evening 明晚8点到10点`, [A, B]],
    [`${A} 与 ${B} 转推到 live/evening 明晚8点到10点`, [A, B]],
  ])('%s', (command, urls) => {
    expect(accepted(command, zh).request).toMatchObject({ ...T, SourceUrls: urls });
  });

  it('keeps Chinese inside a URL that goes on to its file name', () => {
    expect(accepted(`https://cdn.example.com/视频/第2场.mp4 转推到 live/evening 明晚8点到10点`, zh).request.SourceUrls).toEqual([
      'https://cdn.example.com/视频/第2场.mp4',
    ]);
  });
});

describe('loops', () => {
  it.each([
    ['loop for 3 times', '3'],
    ['loop for three times', '3'],
    ['loop 3x', '3'],
    ['repeat 3 times', '3'],
    ['looping 3 times', '3'],
    ['loop count 3', '3'],
    ['loop 3 more times', '3'],
    ['w/ 3 loops', '3'],
  ])('%s', (words, loops) => {
    expect(accepted(`${FILE} to live/evening tomorrow 8pm for 2h ${words}`).request).toMatchObject({ ...T, VodLoopTimes: loops });
  });

  it.each([
    ['循环播放3遍', '3'],
    ['重复两次', '2'],
    ['循环两遍', '2'],
    ['循环无限次', '-1'],
  ])('%s', (words, loops) => {
    expect(accepted(`${FILE} 转推到 live/evening 明晚8点到10点 ${words}`, zh).request).toMatchObject({ ...T, VodLoopTimes: loops });
  });

  it('leaves "loop for 3 hours" a loop for a length', () => {
    expect(accepted(`${FILE} to live/evening tomorrow 8pm loop for 3 hours`).request).toMatchObject({
      StartTime: T.StartTime,
      EndTime: '2026-03-02T15:00:00Z',
      VodLoopTimes: '-1',
    });
  });
});

describe('no loops in other words', () => {
  it.each(['no repeat', "don't repeat"])('%s', (words) => {
    expect(accepted(`${FILE} to live/evening tomorrow 8pm for 2h ${words}`).request).toMatchObject({ ...T, VodLoopTimes: '0' });
  });
});

describe('an offset', () => {
  it('after "file N … at offset"', () => {
    expect(accepted(`${A} ${B} to live/evening tomorrow 8pm for 2h starting with file 2 at offset 30s`).request).toMatchObject({
      ...T,
      FileIndex: 2,
      OffsetTime: 30,
    });
  });

  it.each(['offset 2m', 'skip the first 30 seconds'])('said without its file asks for the file, not for one length: %s', (words) => {
    expect(keys(rejected(`${A} ${B} to live/evening tomorrow 8pm for 2h ${words}`))).toEqual(['validation.offset.needsFile']);
  });

  it('said apart from its file is read with it', () => {
    expect(accepted(`${A} ${B} to live/evening file 2 tomorrow 8pm for 2h skip the first 1:30`).request).toMatchObject({ ...T, FileIndex: 2, OffsetTime: 90 });
    expect(accepted(`${A} ${B} 转推到 live/evening 从第2个文件开始 明晚8点到10点 跳过前30秒`, zh).request).toMatchObject({ ...T, FileIndex: 2, OffsetTime: 30 });
  });

  it.each([
    [`${A} ${B} 转推到 live/evening 明晚8点到10点 从第二个文件开始，偏移1分30秒`, zh],
    [`${A} ${B} to live/evening tomorrow 8pm for 2h file 2 offset 1m30s`, {}],
    [`${A} ${B} to live/evening file 2 offset 1 min 30 s tomorrow 8pm for 2h`, {}],
  ])('in minutes and seconds: %s', (command, options) => {
    expect(accepted(command, options).request).toMatchObject({ ...T, FileIndex: 2, OffsetTime: 90 });
  });

  it('is no count of files', () => {
    // Refused by the schedule (how it words it is the schedule's), never read as a 2-second offset.
    const errors = keys(rejected(`${A} ${B} to live/evening tomorrow 8pm for 2h skip the first 2 files`));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors).not.toContain('validation.offset.needsFile');
  });
});

describe('a backup source', () => {
  it.each([
    `w/ backup ${SLATE}`,
    `w/backup ${SLATE}`,
    `backup: ${SLATE}`,
    `backup = ${SLATE}`,
    `with a backup of ${SLATE}`,
    `fallback to ${SLATE}`,
    `using ${SLATE} as backup`,
  ])('%s', (words) => {
    expect(accepted(`${CAM} to live/evening tomorrow 8pm for 2h ${words}`).request).toMatchObject({ ...T, ...EVENING, BackupSourceUrl: SLATE });
  });

  it.each([`备用源 ${SLATE}`, `备用流${SLATE}`, `备用地址 ${SLATE}`, `备用源为 ${SLATE}`, `备用源是${SLATE}`, `用 ${SLATE} 做备用`])('%s', (words) => {
    expect(accepted(`${CAM} 转推到 live/evening 明晚8点到10点 ${words}`, zh).request).toMatchObject({ ...T, ...EVENING, BackupSourceUrl: SLATE });
  });
});

describe('callback events', () => {
  it.each([
    ['events: start, end', ['TaskStart', 'TaskExit']],
    ['events: start and end', ['TaskStart', 'TaskExit']],
    ['events: start end', ['TaskStart', 'TaskExit']],
    ['events: TaskStart & TaskExit', ['TaskStart', 'TaskExit']],
    ['callback events: start, end', ['TaskStart', 'TaskExit']],
    ['events: file start, file end', ['VodSourceFileStart', 'VodSourceFileFinish']],
    ['notify on start and end', ['TaskStart', 'TaskExit']],
  ])('%s', (words, events) => {
    expect(accepted(`${FILE} to live/evening tomorrow 8pm for 2h ${words}`).request).toMatchObject({ ...T, CallbackEvents: events });
  });

  it.each([
    ['回调事件 开始,结束', ['TaskStart', 'TaskExit']],
    ['回调事件：开始、结束', ['TaskStart', 'TaskExit']],
    ['回调事件：任务开始，任务结束', ['TaskStart', 'TaskExit']],
    ['事件 开始 结束 告警', ['TaskStart', 'TaskExit', 'TaskAlarm']],
    ['回调 开始和结束', ['TaskStart', 'TaskExit']],
  ])('%s', (words, events) => {
    expect(accepted(`${FILE} 转推到 live/evening 明晚8点到10点 ${words}`, zh).request).toMatchObject({ ...T, CallbackEvents: events });
  });

  it('takes only known names after "and", so that an option after the list keeps its words', () => {
    expect(accepted(`${FILE} to live/evening tomorrow 8pm for 2h events start and loop 3`).request).toMatchObject({
      CallbackEvents: ['TaskStart'],
      VodLoopTimes: '3',
    });
  });

  it('does not take the next option\'s word as an event after a comma', () => {
    expect(accepted(`${FILE} to live/evening tomorrow 8pm for 2h events: start and end, loop 2`).request).toMatchObject({
      CallbackEvents: ['TaskStart', 'TaskExit'],
      VodLoopTimes: '2',
    });
  });

  it('still names an unknown event', () => {
    expect(keys(rejected(`${FILE} to live/evening tomorrow 8pm for 2h events: start, bogus`))).toEqual(['validation.events.unknown']);
  });
});

describe('the first file by its ordinal', () => {
  it.each([
    ['start at the 2nd file', { FileIndex: 2 }],
    ['start with the second file', { FileIndex: 2 }],
    ['begin from the 2nd file offset 1:30', { FileIndex: 2, OffsetTime: 90 }],
  ])('%s', (words, fields) => {
    expect(accepted(`${A} ${B} to live/evening tomorrow 8pm for 2h ${words}`).request).toMatchObject({ ...T, ...fields });
  });

  it('reads 从第2个视频开始播放', () => {
    expect(accepted(`${A} ${B} 转推到 live/evening 明晚8点到10点 从第2个视频开始播放`, zh).request).toMatchObject({ ...T, FileIndex: 2 });
  });
});

describe('the kind said before the source or in brackets after it', () => {
  const HLS = 'https://cdn.example.com/live/index.m3u8';
  it.each([`live ${HLS} to live/evening tomorrow 8pm for 2h`, `push live ${HLS} to live/evening tomorrow 8pm for 2h`, `${HLS} (live) to live/evening tomorrow 8pm for 2h`])(
    '%s',
    (command) => {
      expect(accepted(command).request).toMatchObject({ ...T, SourceType: 'PullLivePushLive' });
    },
  );

  it('reads （直播） after the source', () => {
    expect(accepted(`${HLS}（直播）转推到 live/evening 明晚8点到10点`, zh).request).toMatchObject({ ...T, SourceType: 'PullLivePushLive' });
  });

  it('leaves "live" elsewhere the verb of the time', () => {
    expect(accepted(`${FILE} to live/evening tomorrow 8pm live for 2h`).request).toMatchObject({ ...T, SourceType: 'PullVodPushLive' });
  });
});

describe('a region named before its word', () => {
  it.each([
    ['tokyo region', 'ap-tokyo'],
    ['from the Tokyo region', 'ap-tokyo'],
    ['ap-seoul region', 'ap-seoul'],
    ['region=ap-seoul', 'ap-seoul'],
  ])('%s', (words, region) => {
    expect(accepted(`${FILE} to live/evening tomorrow 8pm for 2h ${words}`).request).toMatchObject({ ...T, Region: region });
  });

  it.each([
    ['东京地域', 'ap-tokyo'],
    ['在东京节点', 'ap-tokyo'],
    ['区域=新加坡', 'ap-singapore'],
  ])('%s', (words, region) => {
    expect(accepted(`${FILE} 转推到 live/evening 明晚8点到10点 ${words}`, zh).request).toMatchObject({ ...T, Region: region });
  });
});
