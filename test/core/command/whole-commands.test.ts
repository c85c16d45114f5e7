// Whole commands as operators type them: the schedule among URLs, stream names, options and comments. A number
// from a URL, an option or a comment must never become part of the time; such words are either taken by their
// option or refused by name.
import { describe, expect, it } from 'vitest';
import { accepted, context, keys, rejected } from './helpers.js';
import { parseRelayChanges } from '../../../src/core/command/index.js';
import type { RelayRequest } from '../../../src/core/relay-request.js';

const FILE = 'https://media.example.com/vod/show.mp4';
// Helpers' now: Sunday 2026-03-01 12:00 in Shanghai. "tomorrow 8pm for 2h" is Monday 20:00-22:00 (UTC+8).
const TOMORROW_8_TO_10 = { StartTime: '2026-03-02T12:00:00Z', EndTime: '2026-03-02T14:00:00Z' };
const zh = { locale: 'zh-CN' as const };

describe('numbers next to a removed URL or option are not part of the time', () => {
  it.each([
    [`${FILE} to live/x tomorrow 8pm for 2h https://media.example.com/vod/b.mp4 30`, ['parse.unrecognized']],
    [`${FILE} to live/x tomorrow 8pm for 2h loop 3 8`, ['parse.unrecognized']],
    [`${FILE} to live/x tomorrow 8pm for 1h on local 30`, ['parse.unrecognized']],
    [`${FILE} to live/x tomorrow 8pm for 1h region na-ashburn 30`, ['parse.unrecognized']],
  ])('%s', (command, expected) => {
    expect(keys(rejected(command))).toEqual(expected);
  });

  it.each([
    `${FILE} 转推到 live/x 明晚8点到10点 循环 2`,
    `${FILE} 转推到 live/x 明晚8点到10点 用本地 30`,
    `${FILE} 转推到 live/x 明晚8点到10点，2`,
  ])('%s', (command) => {
    expect(keys(rejected(command, zh))).toEqual(['parse.unrecognized']);
  });

  it('still reads a schedule split around the URL, destination and options', () => {
    expect(accepted(`from 8pm ${FILE} to live/x until 10pm tomorrow`).request).toMatchObject(TOMORROW_8_TO_10);
    expect(accepted(`tomorrow 8pm ${FILE} to live/x loop 2 for 2h`).request).toMatchObject({ ...TOMORROW_8_TO_10, VodLoopTimes: '2' });
    expect(accepted(`${FILE} 转推到 live/x 明晚8点 https://media.example.com/vod/b.mp4 到10点`, zh).request).toMatchObject(TOMORROW_8_TO_10);
    expect(accepted(`${FILE} 转推到 live/x 下周二，晚上8点到10点`, zh).request).toMatchObject({
      StartTime: '2026-03-03T12:00:00Z',
      EndTime: '2026-03-03T14:00:00Z',
    });
    expect(accepted(`${FILE} 转推到 live/x 明天 用本地 晚上8点到10点`, zh).request).toMatchObject(TOMORROW_8_TO_10);
  });
});

describe('an unquoted comment followed by a number', () => {
  it.each([
    `${FILE} to live/x tomorrow 8pm for 2h comment: round 2`,
    `${FILE} to live/x tomorrow 8pm to 10pm comment ep 12`,
    `${FILE} to live/x tomorrow 8pm for 2h remark rerun 2`,
    `${FILE} to live/x comment: starts at 8 tomorrow for 2h`,
    `${FILE} to live/x tomorrow for 2h comment: starts at 8`,
  ])('is refused with a hint to quote it: %s', (command) => {
    expect(keys(rejected(command))).toContain('parse.commentNeedsQuotes');
  });

  it('says so when a one-word 备注 swallowed the time (no space to end it), but not in an edit', () => {
    // 决赛明晚8点到10点 gives its time back (one-word-comments.test.ts); 明晚8点 alone has no end to give.
    expect(keys(rejected(`${FILE} 转推到 live/x 备注：决赛明晚8点`, zh))).toEqual(['parse.scheduleInComment', 'parse.noSchedule']);
    expect(keys(rejected(`${FILE} 转推到 live/x 备注：决赛`, zh))).toEqual(['parse.noSchedule']);
    const current: RelayRequest = {
      SourceType: 'PullVodPushLive', SourceUrls: [FILE], DomainName: 'push.example.com', AppName: 'live', StreamName: 'x',
      StartTime: '2026-03-02T12:00:00Z', EndTime: '2026-03-02T14:00:00Z', Operator: 'alice',
    };
    expect(parseRelayChanges('备注：第2场', context(zh), current)).toEqual({ ok: true, value: { Comment: '第2场' } });
  });

  it('is refused in Chinese too', () => {
    expect(keys(rejected(`${FILE} 转推到 live/x 明晚8点到10点 备注 第2场 2`, zh))).toContain('parse.commentNeedsQuotes');
  });

  it('is fine quoted, as one word, or with a clock time of the schedule after it', () => {
    expect(accepted(`${FILE} to live/x tomorrow 8pm for 2h comment "round 2 at 8"`).request).toMatchObject({ ...TOMORROW_8_TO_10, Comment: 'round 2 at 8' });
    expect(accepted(`${FILE} to live/x comment rerun tomorrow 8pm for 2h`).request).toMatchObject({ ...TOMORROW_8_TO_10, Comment: 'rerun' });
    expect(accepted(`${FILE} to live/x comment: ep12 tomorrow 8pm for 2h`).request.Comment).toBe('ep12');
    expect(accepted(`${FILE} 转推到 live/x 备注：第2场 明晚8点到10点`, zh).request).toMatchObject({ ...TOMORROW_8_TO_10, Comment: '第2场' });
  });
});

describe('loop counts as people type them', () => {
  // VodLoopTimes counts loops after the first play (the preview says "N more times"): playing a file N times is
  // N - 1 loops, looping or repeating it N times is N.
  it.each([
    ['play it twice', '1'],
    ['play 3 times', '2'],
    ['play just once', '0'],
    ['once', '0'],
    ['loop it 3 times', '3'],
    ['looped 3 times', '3'],
    ['3 loops', '3'],
    ['loop x3', '3'],
    ['x2', '2'],
    ['2x', '2'],
    ['loop:2', '2'],
    ['loops=2', '2'],
    ['loop it twice', '2'],
    ['loop it forever', '-1'],
    ['on repeat', '-1'],
  ])('%s', (words, loops) => {
    expect(accepted(`${FILE} to live/x tomorrow 8pm for 2h, ${words}`).request).toMatchObject({ ...TOMORROW_8_TO_10, VodLoopTimes: loops });
  });

  it.each([
    ['重复3次', '3'],
    ['播两遍', '1'],
    ['播一遍', '0'],
    ['只播一遍', '0'],
    ['播放3次', '2'],
    ['循环播放三次', '3'],
    ['循环３次', '3'],
  ])('%s', (words, loops) => {
    expect(accepted(`${FILE} 转推到 live/x 明晚8点到10点 ${words}`, zh).request).toMatchObject({ ...TOMORROW_8_TO_10, VodLoopTimes: loops });
  });

  it('keeps "play once" as no loop and leaves lengths alone', () => {
    expect(accepted(`${FILE} to live/x tomorrow 8pm for 2h play once`).request.VodLoopTimes).toBe('0');
    expect(keys(rejected(`${FILE} to live/x tomorrow 8pm play 2`))).toEqual(['schedule.noEnd']);
  });
});

describe('URLs as they are pasted', () => {
  it('keeps Chinese file and folder names inside the URL, so their numbers are not times', () => {
    const { request } = accepted('https://media.example.com/节目/8点档.mp4 转推到 live/x 明晚8点到10点', zh);
    expect(request).toMatchObject({ ...TOMORROW_8_TO_10, SourceUrls: ['https://media.example.com/节目/8点档.mp4'] });
    const dated = accepted('https://media.example.com/节目/12月5日重播.flv，转推到 live/x，明晚8点到10点', zh).request;
    expect(dated).toMatchObject({ ...TOMORROW_8_TO_10, SourceUrls: ['https://media.example.com/节目/12月5日重播.flv'] });
    expect(accepted('https://media.example.com/第3集.m3u8?t=20 转推到 live/x 明晚8点到10点', zh).request.SourceUrls).toEqual([
      'https://media.example.com/第3集.m3u8?t=20',
    ]);
  });

  it('splits URLs typed with only a comma between them, keeps commas inside a query', () => {
    const b = 'https://media.example.com/vod/b.mp4';
    expect(accepted(`${FILE},${b} to live/x tomorrow 8pm for 2h`).request).toMatchObject({ ...TOMORROW_8_TO_10, SourceUrls: [FILE, b] });
    expect(accepted(`${FILE}?list=a,b to live/x tomorrow 8pm for 2h`).request.SourceUrls).toEqual([`${FILE}?list=a,b`]);
  });

  it('still ends a URL at Chinese words glued to it', () => {
    expect(accepted(`${FILE}转推到live/x 明晚8点到10点`, zh).request).toMatchObject({ ...TOMORROW_8_TO_10, SourceUrls: [FILE], StreamName: 'x' });
  });

  it('reads <url> (a link kept from unfurling) as the URL', () => {
    const { request } = accepted(`<${FILE}> <https://media.example.com/vod/b.mp4> to <rtmp://push.other.com/live/x> tomorrow 8pm for 2h`);
    expect(request).toMatchObject({ ...TOMORROW_8_TO_10, SourceUrls: [FILE, 'https://media.example.com/vod/b.mp4'], ToUrl: 'rtmp://push.other.com/live/x' });
  });

  it('takes the 上 of "推到 live/x 上" with the destination, not the 上 of 上午', () => {
    expect(accepted(`明晚8点到10点 把 ${FILE} 推到 live/x 上，循环3次`, zh).request).toMatchObject({ ...TOMORROW_8_TO_10, VodLoopTimes: '3' });
    expect(accepted(`${FILE} 推到 live/x 上午10点到12点`, zh).request).toMatchObject({
      StartTime: '2026-03-02T02:00:00Z',
      EndTime: '2026-03-02T04:00:00Z',
    });
  });
});

describe('the destination as operators write it', () => {
  it('takes a lone app/stream path when "to" is forgotten, never a time zone name', () => {
    expect(accepted(`${FILE} live/evening tomorrow 8pm for 2h`).request).toMatchObject({ ...TOMORROW_8_TO_10, AppName: 'live', StreamName: 'evening' });
    expect(accepted(`${FILE} live/x tomorrow 8pm America/New_York for 2h`).request).toMatchObject({ StartTime: '2026-03-03T01:00:00Z', StreamName: 'x' });
    expect(keys(rejected(`${FILE} tomorrow 8pm America/New_York for 2h`))).toEqual(['parse.noDestination']);
  });

  it('reads "to: app/stream", "destination app/stream" and 转推到：', () => {
    expect(accepted(`${FILE} to: live/x tomorrow 8pm for 2h`).request).toMatchObject({ ...TOMORROW_8_TO_10, StreamName: 'x' });
    expect(accepted(`${FILE} destination live/x tomorrow 8pm for 2h`).request).toMatchObject({ ...TOMORROW_8_TO_10, StreamName: 'x' });
    expect(accepted(`${FILE} 转推到：live/x 明晚8点到10点`, zh).request).toMatchObject({ ...TOMORROW_8_TO_10, StreamName: 'x' });
  });
});

describe('sentence punctuation and verbs around the parts', () => {
  it('ends a stream name at a full stop, but keeps a dot inside it', () => {
    expect(accepted(`${FILE} tomorrow 8pm for 2h to live/x.`).request).toMatchObject({ ...TOMORROW_8_TO_10, AppName: 'live', StreamName: 'x' });
    expect(accepted(`${FILE} to live/x. Tomorrow 8pm for 2h`).request.StreamName).toBe('x');
    expect(accepted(`${FILE} to live/x.8pm tomorrow 9pm for 1h`).request).toMatchObject({ StreamName: 'x.8pm', StartTime: '2026-03-02T13:00:00Z' });
  });

  it('reads "with 2 loops" and "play from 8pm"', () => {
    expect(accepted(`${FILE} to live/x tomorrow 8pm for 2h with 2 loops`).request).toMatchObject({ ...TOMORROW_8_TO_10, VodLoopTimes: '2' });
    expect(accepted(`${FILE} to live/x play from 8pm tomorrow for 2h`).request).toMatchObject(TOMORROW_8_TO_10);
  });
});

describe('a full stop closing the command', () => {
  it('is not part of the last number', () => {
    // "for 1:30." was 5h30.
    expect(accepted(`${FILE} to live/x tomorrow 8pm for 1:30.`).request).toMatchObject({ StartTime: '2026-03-02T12:00:00Z', EndTime: '2026-03-02T13:30:00Z' });
    expect(accepted(`${FILE} to live/x 9 tomorrow for 1h.`).request).toMatchObject({ StartTime: '2026-03-02T01:00:00Z', EndTime: '2026-03-02T02:00:00Z' });
    expect(accepted(`${FILE} to live/x tomorrow 8pm for 2 extra minutes.`).request).toMatchObject({ StartTime: '2026-03-02T12:00:00Z', EndTime: '2026-03-02T12:02:00Z' });
    expect(accepted(`${FILE} to live/x tomorrow 8 p.m. for 2h`).request).toMatchObject(TOMORROW_8_TO_10);
  });
});

describe('Chinese words around the schedule', () => {
  it('does not take 直播 before a Traditional 兩 as a live source', () => {
    expect(accepted(`${FILE} 转推到 live/x 明天晚上8點 直播兩個鐘頭 循环2次`, zh).request).toMatchObject({
      ...TOMORROW_8_TO_10,
      SourceType: 'PullVodPushLive',
      VodLoopTimes: '2',
    });
  });

  it('lets a one-word 备注 be followed by a schedule with spaced numbers', () => {
    expect(accepted(`${FILE} 转推到 live/x 备注：第2场 明天 20:00 持续 2 小时`, zh).request).toMatchObject({ ...TOMORROW_8_TO_10, Comment: '第2场' });
    expect(accepted(`${FILE} 转推到 live/x 备注：第2场 2026.3.2 晚上8点到10点`, zh).request).toMatchObject({ ...TOMORROW_8_TO_10, Comment: '第2场' });
    expect(accepted(`${FILE} 转推到 live/x 备注：第2场 mar 2 晚上8点到10点`, zh).request).toMatchObject({ ...TOMORROW_8_TO_10, Comment: '第2场' });
    expect(accepted(`${FILE} to live/x comment rerun mar 2 8pm to 10pm`).request).toMatchObject({ ...TOMORROW_8_TO_10, Comment: 'rerun' });
  });
});

describe('a lone x2 right after a length', () => {
  it('is refused, not read as loops: "30 min x 2" may mean an hour', () => {
    expect(keys(rejected(`${FILE} to live/x tomorrow 8pm for 30 min x 2`))).toEqual(['parse.unrecognized']);
    expect(keys(rejected(`${FILE} to live/x tomorrow 8pm for 2h x2`))).toEqual(['parse.unrecognized']);
  });
});

describe('a link without its scheme, or a bare file name', () => {
  it('is refused by name, and its digits never reach the schedule', () => {
    // "2026-12-01" in the path was read as a day (conflictingDays), "show-8pm" as words not understood.
    expect(keys(rejected('media.example.com/2026-12-01/show.mp4 to live/x tomorrow 8pm for 2h'))).toEqual(['parse.linkWithoutScheme', 'parse.noSource']);
    expect(keys(rejected(`${FILE} to live/x tomorrow 8pm for 2h 2026.12.05-final.flv`))).toEqual(['parse.linkWithoutScheme']);
    const errors = rejected(`${FILE} media.example.com/b-10.mp4 to live/x tomorrow 8pm for 2h`);
    expect(errors).toEqual([expect.objectContaining({ code: 'InvalidParameter.InvalidSourceUrl', key: 'parse.linkWithoutScheme', params: { text: 'media.example.com/b-10.mp4' } })]);
  });

  it('leaves a domain/app/stream destination, and a one-word comment naming a file, alone', () => {
    expect(accepted(`${FILE} push.other.com/live/x tomorrow 8pm for 2h`).request).toMatchObject({ ...TOMORROW_8_TO_10, DomainName: 'push.other.com' });
    expect(accepted(`${FILE} to live/x tomorrow 8pm for 2h comment show-8pm.mp4`).request).toMatchObject({ ...TOMORROW_8_TO_10, Comment: 'show-8pm.mp4' });
  });
});
