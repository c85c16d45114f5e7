// A relay's source type cannot change (ModifyLivePullStreamTask keeps SourceType). A live relay given a file as its
// new source had been accepted without a word; a file relay given a live stream was told to "say live", which an edit
// cannot do either. Both are refused, saying why.
import { describe, expect, it } from 'vitest';
import { parseRelayChanges } from '../../../src/core/command/index.js';
import { describeError } from '../../../src/core/i18n.js';
import type { RelayRequest } from '../../../src/core/relay-request.js';
import { context, TOMORROW_EVENING } from './helpers.js';

const files = TOMORROW_EVENING;
const live: RelayRequest = { ...TOMORROW_EVENING, SourceType: 'PullLivePushLive', SourceUrls: ['rtmp://src.example.com/live/cam1'] };

function edit(text: string, relay: RelayRequest, locale: 'en' | 'zh-CN' = 'en') {
  const result = parseRelayChanges(text, context({ locale }), relay);
  return result.ok ? result.value : result.error;
}

describe('a live relay', () => {
  it.each(['new source https://cdn.example.com/new.mp4', 'replace the source with https://cdn.example.com/new.mp4', 'use https://cdn.example.com/new.mp4 instead'])(
    'refuses a file: %s',
    (text) => {
      expect(edit(text, live)).toEqual([expect.objectContaining({ key: 'parse.changes.fileForLiveRelay', params: { url: 'https://cdn.example.com/new.mp4' } })]);
    },
  );

  it('says so in Chinese', () => {
    const [error] = edit('换源 https://cdn.example.com/new.mp4', live, 'zh-CN') as [Parameters<typeof describeError>[1]];
    expect(describeError('zh-CN', error)).toContain('不能更改源类型');
  });

  it.each(['rtmp://src.example.com/live/cam2', 'rtsp://cam.example.com/stream1', 'https://pull.example.com/live/cam2.m3u8', 'https://pull.example.com/live/cam2.flv'])(
    'takes a live stream, HLS and HTTP-FLV included: %s',
    (url) => {
      expect(edit(`new source ${url}`, live)).toEqual({ SourceUrls: [url] });
    },
  );
});

describe('a file relay', () => {
  it.each(['new source rtmp://src.example.com/live/cam2', '换源 srt://src.example.com:9000'])('refuses a live stream: %s', (text) => {
    const errors = edit(text, files, /换/.test(text) ? 'zh-CN' : 'en');
    expect(errors).toEqual([expect.objectContaining({ key: 'parse.changes.liveForFileRelay' })]);
  });

  it('masks the stream key it quotes back', () => {
    expect(edit('new source rtmp://src.example.com/live/SECRETKEY123', files)).toEqual([
      expect.objectContaining({ params: { url: expect.not.stringContaining('SECRETKEY123') } }),
    ]);
  });

  it('takes files', () => {
    expect(edit('new source https://cdn.example.com/a.mp4 https://cdn.example.com/b.flv', files)).toEqual({
      SourceUrls: ['https://cdn.example.com/a.mp4', 'https://cdn.example.com/b.flv'],
    });
  });
});

describe('a backup said as what to do when the live source drops', () => {
  // The edit's "switch to" / 切到 took the URL for a new source, and the words before it were left over (refused as a
  // time nobody gave; the file would have replaced the live source).
  const SLATE = 'https://media.example.com/vod/slate2.mp4';
  it.each([
    [`if it drops, switch to ${SLATE}`, 'en'],
    [`断流时切到 ${SLATE}`, 'zh-CN'],
    [`断了就切换到 ${SLATE}`, 'zh-CN'],
    [`主源挂了自动切换到 ${SLATE}`, 'zh-CN'],
  ] as const)('%s', (text, locale) => {
    expect(edit(text, live, locale)).toEqual({ BackupSourceUrl: SLATE, BackupSourceType: 'PullVodPushLive' });
  });

  it.each([
    ['切换到 rtmp://src.example.com/live/cam2', 'zh-CN'],
    ['new stream rtmp://src.example.com/live/cam2', 'en'],
    ['new feed rtmp://src.example.com/live/cam2', 'en'],
  ] as const)('a new source said alone stays one: %s', (text, locale) => {
    expect(edit(text, live, locale)).toEqual({ SourceUrls: ['rtmp://src.example.com/live/cam2'] });
  });
});
