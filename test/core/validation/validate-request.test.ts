import { describe, expect, it } from 'vitest';
import { describeError } from '../../../src/core/i18n.js';
import { validateRelayRequest } from '../../../src/core/validation/index.js';
import type { RelayRequest } from '../../../src/core/relay-request.js';

const ctx = { now: new Date('2026-03-01T04:00:00Z'), maxSpanDays: 7, allowPrivateNetworks: false };

function request(overrides: Partial<RelayRequest> = {}): RelayRequest {
  return {
    SourceType: 'PullVodPushLive',
    SourceUrls: ['https://media.example.com/a.mp4'],
    DomainName: 'push.example.com',
    AppName: 'live',
    StreamName: 'evening',
    StartTime: '2026-03-02T12:00:00Z',
    EndTime: '2026-03-02T14:00:00Z',
    Operator: 'alice',
    ...overrides,
  };
}

/** [code, field, key] of each error, for compact expectations. */
const problems = (overrides: Partial<RelayRequest>, context = ctx) =>
  validateRelayRequest(request(overrides), context).map((e) => [e.code, e.field, e.key]);

describe('validateRelayRequest', () => {
  it('accepts a complete, sensible request', () => {
    expect(problems({})).toEqual([]);
  });

  it('checks source protocols, user-info, private hosts and file formats', () => {
    const code = 'InvalidParameter.InvalidSourceUrl';
    expect(problems({ SourceUrls: ['ftp://media.example.com/a.mp4'] })).toEqual([[code, 'SourceUrls', 'validation.url.scheme']]);
    expect(problems({ SourceUrls: ['data:video/mp4;base64,AAAA'] })).toEqual([[code, 'SourceUrls', 'validation.url.scheme']]);
    expect(problems({ SourceUrls: ['https://user:pw@media.example.com/a.mp4'] })).toEqual([[code, 'SourceUrls', 'validation.url.userInfo']]);
    expect(problems({ SourceUrls: ['http://169.254.169.254/latest.mp4'] })).toEqual([[code, 'SourceUrls', 'validation.url.privateAddress']]);
    expect(problems({ SourceUrls: ['rtmp://0x7f.1/live/a'], SourceType: 'PullLivePushLive' })).toEqual([[code, 'SourceUrls', 'validation.url.privateAddress']]);
    expect(problems({ SourceUrls: ['http://[::ffff:10.0.0.1]/a.mp4'] })).toEqual([[code, 'SourceUrls', 'validation.url.privateAddress']]);
    expect(problems({ SourceUrls: ['https://cdn.internal/a.mp4'] })).toEqual([[code, 'SourceUrls', 'validation.url.internalName']]);
    expect(problems({ SourceUrls: ['https://media.example.com/a.avi'] })).toEqual([[code, 'SourceUrls', 'validation.sources.fileFormat']]);
    expect(problems({ SourceUrls: ['https://media.example.com\\@127.0.0.1/a.mp4'] })).toEqual([[code, 'SourceUrls', 'validation.url.chars']]);
  });

  it('lets private hosts through only when the operator allows private networks', () => {
    expect(problems({ SourceUrls: ['http://127.0.0.1:8000/a.mp4'] }, { ...ctx, allowPrivateNetworks: true })).toEqual([]);
  });

  it('checks the task window: future, ordered, shorter than the span limit, API format', () => {
    const code = 'InvalidParameter.InvalidTaskTime';
    expect(problems({ StartTime: '2026-03-01T03:00:00Z' })).toEqual([[code, 'StartTime', 'validation.time.past']]);
    expect(problems({ EndTime: '2026-03-02T11:00:00Z' })).toEqual([[code, 'EndTime', 'validation.time.endBeforeStart']]);
    expect(problems({ EndTime: '2026-03-09T12:00:00Z' })).toEqual([[code, 'EndTime', 'validation.time.tooLong']]);
    expect(problems({ EndTime: '2026-03-09T11:59:59Z' })).toEqual([]);
    expect(problems({ EndTime: '2026-03-09T11:59:59Z' }, { ...ctx, maxSpanDays: 3 })).toEqual([[code, 'EndTime', 'validation.time.tooLong']]);
    expect(problems({ StartTime: '2026-03-02 12:00' })).toEqual([[code, 'StartTime', 'validation.time.format']]);
    expect(problems({ EndTime: '2026-02-30T14:00:00Z' })).toEqual([[code, 'EndTime', 'validation.time.format']]);
  });

  it('says by how much a relay is over the span limit, to the minute, in both languages', () => {
    const [over] = validateRelayRequest(request({ EndTime: '2026-03-09T12:01:00Z' }), ctx);
    expect(describeError('en', over!)).toBe('A relay must last less than 7 days (168 h), but this one lasts 168 h 1 min. Choose an earlier end.');
    expect(describeError('zh-CN', over!)).toBe('任务时长必须少于 7 天（168 小时），但当前为 168 小时 1 分钟。请提前结束时间。');
    const [halfHourOver] = validateRelayRequest(request({ EndTime: '2026-03-06T12:30:00Z' }), { ...ctx, maxSpanDays: 3 });
    expect(describeError('en', halfHourOver!)).toContain('less than 3 days (72 h), but this one lasts 96 h 30 min');
  });

  it('counts the comment in UTF-8 bytes, not characters', () => {
    expect(problems({ Comment: '节'.repeat(170) })).toEqual([]); // 510 bytes
    expect(problems({ Comment: '节'.repeat(171) })).toEqual([['InvalidParameterValue', 'Comment', 'validation.comment.tooLong']]);
    expect(problems({ Comment: 'x'.repeat(600) })).toEqual([['InvalidParameterValue', 'Comment', 'validation.comment.tooLong']]);
  });

  it('checks regions, loops, refresh types, events, push args and extra commands', () => {
    expect(problems({ Region: 'eu-frankfurt' as never })).toEqual([['InvalidParameterValue', 'Region', 'validation.region']]);
    expect(problems({ VodLoopTimes: '-2' })).toEqual([['InvalidParameterValue', 'VodLoopTimes', 'validation.loop.value']]);
    expect(problems({ VodLoopTimes: '3', SourceType: 'PullLivePushLive', SourceUrls: ['rtmp://s.example.com/l/a'] })).toEqual([
      ['InvalidParameter', 'VodLoopTimes', 'validation.loop.onlyFiles'],
    ]);
    expect(problems({ VodRefreshType: 'Later' as never })).toEqual([['InvalidParameterValue', 'VodRefreshType', 'validation.refresh.value']]);
    expect(problems({ CallbackEvents: ['TaskStart', 'TaskBegin' as never] })).toEqual([
      ['InvalidParameterValue', 'CallbackEvents', 'validation.events.unknown'],
    ]);
    expect(problems({ PushArgs: '?a=1' })).toEqual([['InvalidParameterValue', 'PushArgs', 'validation.pushArgs']]);
    expect(problems({ PushArgs: 'a=1&b=two' })).toEqual([]);
    expect(problems({ ExtraCmd: 'ignore_region; rm -rf /' })).toEqual([['InvalidParameterValue', 'ExtraCmd', 'validation.extraCmd']]);
  });

  it('checks the file index against the number of files, and offsets need a file', () => {
    expect(problems({ FileIndex: 2 })).toEqual([['InvalidParameterValue', 'FileIndex', 'validation.fileIndex.range']]);
    expect(problems({ FileIndex: 1, OffsetTime: 30 })).toEqual([]);
    expect(problems({ OffsetTime: 30 })).toEqual([['InvalidParameter', 'OffsetTime', 'validation.offset.needsFile']]);
    // No file is days long: an absurd offset (here past what a JSON number holds exactly) is a typo.
    expect(problems({ FileIndex: 1, OffsetTime: 7 * 24 * 3600 })).toEqual([]);
    expect(problems({ FileIndex: 1, OffsetTime: 7 * 24 * 3600 + 1 })).toEqual([['InvalidParameterValue', 'OffsetTime', 'validation.offset.tooLarge']]);
    expect(problems({ FileIndex: 1, OffsetTime: 10_000_000_000_000_000 })).toEqual([['InvalidParameterValue', 'OffsetTime', 'validation.offset.tooLarge']]);
  });

  it('checks the destination: names, domain, and ToUrl with empty names', () => {
    expect(problems({ StreamName: 'a b' })).toEqual([['InvalidParameterValue', 'StreamName', 'validation.destination.name']]);
    expect(problems({ DomainName: 'localhost' })).toEqual([['InvalidParameterValue', 'DomainName', 'validation.destination.domain']]);
    expect(problems({ DomainName: 'push.local' })).toEqual([['InvalidParameterValue', 'DomainName', 'validation.destination.domainInternal']]);
    expect(problems({ DomainName: '', AppName: '', StreamName: '', ToUrl: 'srt://push.other.com:9000?streamid=x' })).toEqual([]);
    expect(problems({ ToUrl: 'rtmp://push.other.com/live/x' })).toEqual([
      ['InvalidParameter.InvalidToUrl', 'ToUrl', 'validation.destination.toUrlWithNames'],
    ]);
  });

  it('checks watermarks: count, image format, percentages, corner', () => {
    const mark = { PictureUrl: 'https://img.example.com/logo.png', XPosition: 0, YPosition: 0, Width: 10, Height: 0, Location: 0 };
    const code = 'InvalidParameter.InvalidWatermark';
    expect(problems({ WatermarkList: [mark] })).toEqual([]);
    expect(problems({ WatermarkList: Array(5).fill(mark) })).toEqual([[code, 'WatermarkList', 'validation.watermark.tooMany']]);
    expect(problems({ WatermarkList: [{ ...mark, PictureUrl: 'https://img.example.com/logo.svg' }] })).toEqual([[code, 'WatermarkList', 'validation.watermark.format']]);
    expect(problems({ WatermarkList: [{ ...mark, Width: 150 }] })).toEqual([[code, 'WatermarkList', 'validation.watermark.range']]);
    expect(problems({ WatermarkList: [{ ...mark, Location: 4 }] })).toEqual([[code, 'WatermarkList', 'validation.watermark.location']]);
  });

  it('checks backup sources, the callback URL and the operator', () => {
    const live = { SourceType: 'PullLivePushLive' as const, SourceUrls: ['rtmp://s.example.com/live/a'] };
    expect(problems({ ...live, BackupSourceUrl: 'rtmp://b.example.com/live/a', BackupSourceType: 'PullLivePushLive' })).toEqual([]);
    expect(problems({ BackupSourceUrl: 'rtmp://b.example.com/live/a', BackupSourceType: 'PullLivePushLive' })).toEqual([
      ['InvalidParameter', 'BackupSourceUrl', 'validation.backup.needsLive'],
    ]);
    expect(problems({ CallbackUrl: 'http://localhost:3000/cb' })).toEqual([['InvalidParameter.InvalidCallbackUrl', 'CallbackUrl', 'validation.url.internalName']]);
    expect(problems({ Operator: ' ' })).toEqual([['InvalidParameter', 'Operator', 'validation.operator']]);
  });

  it('returns all errors, not the first only, and masks stream keys in what it quotes', () => {
    const errors = validateRelayRequest(
      request({ SourceUrls: ['ftp://x.example.com/a.mp4'], Comment: 'x'.repeat(600), Region: 'mars' as never, ToUrl: 'ftp://push.example.com/live/secretkey' }),
      ctx,
    );
    expect(errors.map((e) => e.field)).toEqual(expect.arrayContaining(['SourceUrls', 'Comment', 'Region', 'ToUrl']));
    expect(JSON.stringify(errors)).not.toContain('secretkey');
  });
});
