// The kind of the sources (SourceType): the URLs decide, unless the kind is said as a kind. "live" and 直播 are also
// the verb of the schedule ("live tomorrow 8pm", 明晚8点直播); as such they say nothing about the sources.
import { describe, expect, it } from 'vitest';
import { accepted, keys, rejected } from './helpers.js';

const FILE = 'https://media.example.com/vod/show.mp4';
const HLS = 'https://media.example.com/live/index.m3u8';
const LIVE = 'rtmp://src.example.com/live/cam1';
// Helpers' now: Sunday 2026-03-01 12:00 in Shanghai (UTC+8).
const TOMORROW_8_TO_10 = { StartTime: '2026-03-02T12:00:00Z', EndTime: '2026-03-02T14:00:00Z' };
const zh = { locale: 'zh-CN' as const };

describe('直播 / live as the verb of the schedule', () => {
  it.each([
    `${FILE} 转推到 live/x 明晚8点直播 持续2小时`,
    `${FILE} 转推到 live/x 明晚8点开始直播，持续2小时`,
    `${FILE} 转推到 live/x 明晚8点到10点直播`,
    `${FILE} 转推到 live/x 直播时间明晚8点到10点`,
    `${FILE} 直播 明晚8点到10点 转推到 live/x`,
  ])('leaves a file a file: %s', (command) => {
    expect(accepted(command, zh).request).toMatchObject({ ...TOMORROW_8_TO_10, SourceType: 'PullVodPushLive' });
  });

  it('keeps the loops of a file said with 直播 (they had been refused as loops on a live source)', () => {
    expect(accepted(`${FILE} 转推到 live/x 明晚8点直播 持续2小时 循环3次`, zh).request).toMatchObject({ SourceType: 'PullVodPushLive', VodLoopTimes: '3' });
    expect(accepted(`${FILE} 转推到 live/x 今晚直播，9点到11点半`, zh).request).toMatchObject({
      SourceType: 'PullVodPushLive',
      StartTime: '2026-03-01T13:00:00Z',
      EndTime: '2026-03-01T15:30:00Z',
    });
  });

  it.each([
    `${FILE} to live/x live tomorrow 8pm for 2h`,
    `${FILE} to live/x tomorrow 8pm for 2h, live`,
    `${FILE}, live tomorrow 8pm for 2h to live/x`,
    `https://media.example.com/vod/index.m3u8 to live/x live from 8pm tomorrow until 10pm`,
  ])('leaves the kind to the URLs in English too: %s', (command) => {
    expect(accepted(command).request).toMatchObject({ ...TOMORROW_8_TO_10, SourceType: 'PullVodPushLive' });
  });
});

describe('the kind said as a kind', () => {
  it.each([
    `${HLS} live to live/x tomorrow 8pm for 2h`,
    `${HLS} to live/x tomorrow 8pm for 2h as a live stream`,
    `${HLS} to live/x tomorrow 8pm for 2h live source`,
    `${HLS} to live/x tomorrow 8pm for 2h type: live`,
  ])('%s', (command) => {
    expect(accepted(command).request).toMatchObject({ ...TOMORROW_8_TO_10, SourceType: 'PullLivePushLive' });
  });

  it.each([
    `${HLS} 直播 推流到 live/x 明晚8点到10点`,
    `${HLS}，直播，转推到 live/x 明晚8点到10点`,
    `${HLS} 转推到 live/x 明晚8点到10点 直播源`,
    `${HLS} 转推到 live/x 明晚8点到10点 类型：直播`,
  ])('%s', (command) => {
    expect(accepted(command, zh).request).toMatchObject({ ...TOMORROW_8_TO_10, SourceType: 'PullLivePushLive' });
  });

  it('reads "as a file" too', () => {
    expect(accepted(`${FILE} as a file to live/x tomorrow 8pm for 2h`).request.SourceType).toBe('PullVodPushLive');
  });
});

describe('media files the API cannot pull', () => {
  it.each(['show.mov', 'show.mkv', 'show.avi', 'show.ts', 'show.webm?sig=1', 'SHOW.MOV'])('refuses %s as a file of another format', (name) => {
    const errors = rejected(`https://media.example.com/vod/${name} to live/x tomorrow 8pm for 2h`);
    expect(keys(errors)).toEqual(['validation.sources.fileFormat']);
    expect(errors[0]).toMatchObject({ code: 'InvalidParameter.InvalidSourceUrl', field: 'SourceUrls' });
  });

  it('refuses such a backup by the same message', () => {
    const errors = rejected(`${LIVE} to live/x tomorrow 8pm for 2h backup https://media.example.com/vod/slate.mov`);
    expect(errors).toEqual([expect.objectContaining({ key: 'validation.sources.fileFormat', field: 'BackupSourceUrl' })]);
  });

  it('still takes a stream without an extension as live, and an .mov said to be live', () => {
    expect(accepted(`https://pull.example.com/live/cam to live/x tomorrow 8pm for 2h`).request.SourceType).toBe('PullLivePushLive');
    expect(accepted(`https://pull.example.com/live/cam.mov live to live/x tomorrow 8pm for 2h`).request.SourceType).toBe('PullLivePushLive');
  });
});

describe('several live streams', () => {
  it('are refused as more than one live source, not as files of the wrong format', () => {
    expect(keys(rejected(`${LIVE} rtmp://src.example.com/live/cam2 to live/x tomorrow 8pm for 2h`))).toEqual(['validation.sources.tooManyLive']);
  });

  it('while a file among them still makes them files', () => {
    expect(keys(rejected(`${LIVE} ${FILE} to live/x tomorrow 8pm for 2h`))).toEqual(['validation.sources.fileFormat']);
  });
});

describe('a file named in the query', () => {
  it.each([
    'https://cdn.example.com/download?file=a.mp4',
    'https://cdn.example.com/download?name=a.mp4&token=abc123',
    'https://cdn.example.com/get.php?f=show.flv',
    'https://cdn.example.com/dl?filename=my+show.mp4',
    'https://cdn.example.com/play?url=https%3A%2F%2Fmedia.example.com%2Fa.mp4%3Fsign%3Dabc123',
  ])('is a file, as its name says: %s', (url) => {
    expect(accepted(`${url} to live/x tomorrow 8pm for 2h loop 2 times`).request).toMatchObject({ ...TOMORROW_8_TO_10, SourceType: 'PullVodPushLive', VodLoopTimes: '2' });
  });

  it('is refused in a format the API cannot pull, as a path would be, without quoting the query', () => {
    const errors = rejected('https://cdn.example.com/download?file=secret-cut.mov to live/x tomorrow 8pm for 2h');
    expect(keys(errors)).toEqual(['validation.sources.fileFormat']);
    expect(JSON.stringify(errors)).not.toContain('secret-cut');
  });

  it('leaves a query that names no media file to the path', () => {
    expect(accepted('https://cdn.example.com/live/cam1?ref=promo.html to live/x tomorrow 8pm for 2h').request.SourceType).toBe('PullLivePushLive');
  });
});

describe('.flv and .m3u8 from a live stream\'s address: a live stream or a file', () => {
  it.each([
    'https://pull.example.com/live/stream1.flv',
    'https://pull.example.com/live/stream1.flv?txSecret=abcdef123&txTime=6A0B1C2D',
    'https://live.example.com/hls/cam1/index.m3u8',
    'https://cdn.example.com/hls/live.m3u8',
    'https://pull-zhibo.example.com/app/stream1.m3u8',
    'https://cdn.example.com/livestream/show.flv',
    'rtmp://pull.example.com/app/stream1.flv',
  ])('asks which: %s', (url) => {
    const errors = rejected(`${url} to live/x tomorrow 8pm for 2h`);
    expect(keys(errors)).toEqual(['parse.liveOrFile']);
    expect(JSON.stringify(errors)).not.toMatch(/abcdef123|6A0B1C2D/);
    expect(keys(rejected(`${url} 转推到 live/x 明晚8点到10点`, zh))).toEqual(['parse.liveOrFile']);
  });

  it.each([
    ['live', 'PullLivePushLive'],
    ['file', 'PullVodPushLive'],
  ] as const)('takes the answer: "%s" after it', (word, kind) => {
    expect(accepted(`https://pull.example.com/live/stream1.flv ${word} to live/x tomorrow 8pm for 2h`).request).toMatchObject({ ...TOMORROW_8_TO_10, SourceType: kind });
  });

  it.each([
    ['直播', 'PullLivePushLive'],
    ['点播', 'PullVodPushLive'],
  ] as const)('takes the answer in Chinese: %s', (word, kind) => {
    expect(accepted(`https://pull.example.com/live/stream1.flv ${word} 转推到 live/x 明晚8点到10点`, zh).request.SourceType).toBe(kind);
  });

  it('reads a loop as files, and a backup as live (only a live relay takes one)', () => {
    expect(accepted('https://pull.example.com/live/stream1.flv to live/x tomorrow 8pm for 2h loop 3 times').request.SourceType).toBe('PullVodPushLive');
    expect(accepted('https://pull.example.com/live/stream1.flv to live/x tomorrow 8pm for 2h backup https://cdn.example.com/vod/slate.mp4').request).toMatchObject({
      SourceType: 'PullLivePushLive',
      BackupSourceType: 'PullVodPushLive',
    });
  });

  it.each(['https://cdn.example.com/vod/show.flv', 'https://cdn.example.com/vod/show.m3u8', 'https://cdn.example.com/olive/show.flv', 'https://cdn.example.com/deliver/a.m3u8'])(
    'leaves an address with no live word a file: %s',
    (url) => {
      expect(accepted(`${url} to live/x tomorrow 8pm for 2h`).request.SourceType).toBe('PullVodPushLive');
    },
  );

  it('leaves a playlist with an .mp4 in it files', () => {
    expect(accepted(`https://pull.example.com/live/a.flv ${FILE} to live/x tomorrow 8pm for 2h`).request.SourceType).toBe('PullVodPushLive');
  });
});

describe('a page, a document or an archive', () => {
  it.each([
    'https://media.example.com/vod/show.html?token=abcdef123',
    'https://media.example.com/vod/notes.txt',
    'https://media.example.com/vod/show.mp4.zip',
    'https://media.example.com/vod/poster.jpg',
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    'https://youtu.be/dQw4w9WgXcQ',
    'https://live.bilibili.com/123456',
    'https://www.twitch.tv/somechannel',
  ])('is no source (it had been a live stream): %s', (url) => {
    const errors = rejected(`${url} to live/x tomorrow 8pm for 2h`);
    expect(keys(errors)).toEqual(['validation.sources.notStream']);
    expect(JSON.stringify(errors)).not.toContain('abcdef123');
  });

  it('is no backup either', () => {
    expect(keys(rejected(`${LIVE} to live/x tomorrow 8pm for 2h backup https://media.example.com/slate.png`))).toEqual(['validation.sources.notStream']);
  });

  it.each(['https://media.example.com/stream.php?id=3', 'https://media.example.com/live/cam1', 'https://media.example.com'])('leaves a dynamic or bare address a live stream: %s', (url) => {
    expect(accepted(`${url} to live/x tomorrow 8pm for 2h`).request.SourceType).toBe('PullLivePushLive');
  });
});
