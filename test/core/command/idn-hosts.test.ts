// Hosts typed in Chinese (or full-width) letters: read as the international domain names they are, sent in punycode
// (what every resolver reads), judged by the same address policy, and quoted back as typed.
import { describe, expect, it } from 'vitest';
import { describeErrorFor } from '../../../src/core/error-text.js';
import type { RelayError } from '../../../src/core/errors.js';
import { accepted, keys, rejected } from './helpers.js';

const zh = { locale: 'zh-CN' as const };
const WHEN = 'tomorrow 8pm for 2h';
const ZH_WHEN = '明晚8点到10点';
const said = (errors: RelayError[], locale: 'en' | 'zh-CN' = 'en') =>
  errors.map((error) => describeErrorFor({ locale, timeZone: 'Asia/Shanghai' }, error)).join('\n');

describe('a host in Chinese characters', () => {
  it.each([
    ['https://例子.测试/show.mp4', 'https://xn--fsqu00a.xn--0zwm56d/show.mp4'],
    ['https://视频.example.com/vod/show.mp4', 'https://xn--cy2a840a.example.com/vod/show.mp4'],
    ['https://cdn.例子.中国/vod/show.mp4?sign=abc123', 'https://cdn.xn--fsqu00a.xn--fiqs8s/vod/show.mp4?sign=abc123'],
    ['https://直播。example。com/show.mp4', 'https://xn--z6ut02b.example.com/show.mp4'],
  ])('is a source, sent in punycode: %s', (typed, sent) => {
    expect(accepted(`${typed} to live/x ${WHEN}`).request.SourceUrls).toEqual([sent]);
    expect(accepted(`${typed} 转推到 live/x ${ZH_WHEN}`, zh).request.SourceUrls).toEqual([sent]);
  });

  it('is a push server, with its key', () => {
    expect(accepted(`https://media.example.com/a.mp4 to rtmp://推流.example.com/live/k3yk3y ${WHEN}`).request.ToUrl).toBe('rtmp://xn--jzup7s.example.com/live/k3yk3y');
  });

  it('is a source with no path, before a space or a comma', () => {
    expect(accepted(`https://例子.中国 转推到 live/x ${ZH_WHEN}`, zh).request.SourceUrls).toEqual(['https://xn--fsqu00a.xn--fiqs8s']);
    expect(accepted(`https://例子.中国，转推到 live/x ${ZH_WHEN}`, zh).request.SourceUrls).toEqual(['https://xn--fsqu00a.xn--fiqs8s']);
  });

  it('is quoted back as typed, its secrets masked', () => {
    const errors = rejected(`https://例子.中国/视频/第2场.mov?sign=abcdef0123 转推到 live/x ${ZH_WHEN}`, zh);
    expect(keys(errors)).toEqual(['validation.sources.fileFormat']);
    const text = said(errors, 'zh-CN');
    expect(text).toContain('https://例子.中国/视频/第2场.mov?sign=****');
    expect(text).not.toMatch(/xn--|%E|abcdef0123/);
  });

  it('keeps an invisible character escaped when quoting a path back', () => {
    const text = said(rejected(`https://media.example.com/%E2%80%AEvom.mov to live/x ${WHEN}`));
    expect(text).toContain('https://media.example.com/%E2%80%AEvom.mov');
    expect(text).not.toContain('\u202e');
  });

  it.each([
    ['https://例子.local/show.mp4', '例子.local'],
    ['https://服务器.internal/show.mp4', '服务器.internal'],
    ['https://例子/show.mp4', '例子'],
    ['https://ｌｏｃａｌｈｏｓｔ/show.mp4', 'localhost'],
    ['https://ｌｏｃａｌｈｏｓｔ:8080/show.mp4', 'localhost'],
    ['https://１２７.０.０.１/show.mp4', '127.0.0.1'],
    ['https://127。0。0。1/show.mp4', '127.0.0.1'],
    ['https://①②⑦.0.0.1/show.mp4', '127.0.0.1'],
  ])('meets the address policy: %s', (typed, host) => {
    const errors = rejected(`${typed} to live/x ${WHEN}`);
    expect(errors).toEqual([expect.objectContaining({ code: 'InvalidParameter.InvalidSourceUrl', key: expect.stringMatching(/^validation\.url\.(?:internalName|privateAddress)$/) })]);
    expect(said(errors)).toContain(`(${host})`);
  });

  it('leaves Chinese words typed right after an ASCII host words', () => {
    expect(accepted(`https://cdn.example.com。转推到 live/x ${ZH_WHEN}`, zh).request.SourceUrls).toEqual(['https://cdn.example.com']);
    expect(accepted(`https://cdn.example.com/a.mp4。转推到 live/x ${ZH_WHEN}`, zh).request.SourceUrls).toEqual(['https://cdn.example.com/a.mp4']);
  });
});

describe('a push URL with a slash alone for its path', () => {
  it.each(['rtmp://push.example.com/', 'rtmps://push.example.com/'])('names no stream: %s', (url) => {
    expect(keys(rejected(`https://media.example.com/a.mp4 to ${url} ${WHEN}`))).toEqual(['validation.destination.noStream']);
  });
});
