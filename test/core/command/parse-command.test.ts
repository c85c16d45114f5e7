import { describe, expect, it } from 'vitest';
import { NOW, accepted, keys, rejected } from './helpers.js';
import { t } from '../../../src/core/i18n.js';

const FILE = 'https://media.example.com/vod/show.mp4';

describe('sources and their kind', () => {
  it('reads one file as a files relay to the default domain', () => {
    const { request } = accepted(`${FILE} to live/evening tomorrow 8pm for 2h`);
    expect(request).toEqual({
      SourceType: 'PullVodPushLive',
      SourceUrls: [FILE],
      DomainName: 'push.example.com',
      AppName: 'live',
      StreamName: 'evening',
      StartTime: '2026-03-02T12:00:00Z',
      EndTime: '2026-03-02T14:00:00Z',
      Operator: 'alice',
    });
  });

  it('reads one rtmp URL as a live relay, and several URLs (comma or "and" separated) as files in order', () => {
    expect(accepted('rtmp://src.example.com/live/cam1 to live/evening tomorrow 8pm for 2h').request.SourceType).toBe('PullLivePushLive');
    const { request } = accepted(
      'https://m.example.com/a.mp4, https://m.example.com/b.flv and https://m.example.com/c.m3u8 to live/e tomorrow 8pm for 2h',
    );
    expect(request.SourceType).toBe('PullVodPushLive');
    expect(request.SourceUrls).toEqual(['https://m.example.com/a.mp4', 'https://m.example.com/b.flv', 'https://m.example.com/c.m3u8']);
  });

  it('lets a keyword force the kind: live HLS, or files without an extension refused with a reason', () => {
    expect(accepted('https://m.example.com/live/index.m3u8 live to live/e tomorrow 8pm for 2h').request.SourceType).toBe('PullLivePushLive');
    const errors = rejected('https://m.example.com/stream vod to live/e tomorrow 8pm for 2h');
    expect(keys(errors)).toEqual(['validation.sources.fileFormat']);
    expect(errors[0]!.code).toBe('InvalidParameter.InvalidSourceUrl');
  });

  it('refuses a second live source and a 31st file', () => {
    expect(keys(rejected('rtmp://a.example.com/l/a rtmp://b.example.com/l/b live to live/e tomorrow 8pm for 2h'))).toContain(
      'validation.sources.tooManyLive',
    );
    const files = Array.from({ length: 31 }, (_, i) => `https://m.example.com/f${i}.mp4`).join(' ');
    const errors = rejected(`${files} to live/e tomorrow 8pm for 2h`);
    expect(errors).toContainEqual(expect.objectContaining({ key: 'validation.sources.tooManyFiles', params: { count: 31, max: 30, excess: 1 } }));
  });

  it('asks for a source when there is none', () => {
    expect(rejected('to live/e tomorrow 8pm for 2h')).toContainEqual(
      expect.objectContaining({ code: 'InvalidParameter.InvalidSourceUrl', field: 'SourceUrls', key: 'parse.noSource' }),
    );
  });
});

describe('destination', () => {
  it('takes domain/app/stream, or a full push URL as ToUrl with the three names empty', () => {
    const byPath = accepted(`${FILE} to push.other.com/app1/stream_2 tomorrow 8pm for 2h`).request;
    expect([byPath.DomainName, byPath.AppName, byPath.StreamName]).toEqual(['push.other.com', 'app1', 'stream_2']);
    const byUrl = accepted(`${FILE} to rtmp://push.other.com/live/key123?txSecret=abc tomorrow 8pm for 2h`).request;
    expect(byUrl).toMatchObject({ DomainName: '', AppName: '', StreamName: '', ToUrl: 'rtmp://push.other.com/live/key123?txSecret=abc' });
  });

  it('does not mistake "to 11:00" or "to 4/25" in a time range for a destination', () => {
    const { request } = accepted(`${FILE} to live/e Thursday from 9:30 to 11:00`);
    expect([request.StartTime, request.EndTime]).toEqual(['2026-03-05T01:30:00Z', '2026-03-05T03:00:00Z']);
  });

  it('asks for a destination, refuses two, and needs a domain when none is configured', () => {
    expect(keys(rejected(`${FILE} tomorrow 8pm for 2h`))).toEqual(['parse.noDestination']);
    expect(keys(rejected(`${FILE} to live/a to live/b tomorrow 8pm for 2h`))).toEqual(['parse.multipleDestinations']);
    expect(rejected(`${FILE} to live/a tomorrow 8pm for 2h`, { defaultDomain: undefined })).toEqual([
      expect.objectContaining({ field: 'DomainName', key: 'parse.noDefaultDomain', params: { path: 'live/****' } }),
    ]);
  });

  it('refuses push URLs with other schemes and bad stream names', () => {
    expect(rejected(`${FILE} to https://push.other.com/live/x tomorrow 8pm for 2h`)[0]).toMatchObject({
      code: 'InvalidParameter.InvalidToUrl',
      key: 'validation.url.scheme',
    });
    expect(rejected(`${FILE} to rtmp://10.0.0.5/live/x tomorrow 8pm for 2h`)[0]).toMatchObject({
      code: 'InvalidParameter.InvalidToUrl',
      key: 'validation.url.privateAddress',
    });
  });
});

describe('options', () => {
  it('reads loops as the API string: N, forever, none', () => {
    expect(accepted(`${FILE} to live/e tomorrow 8pm for 2h loop 3 times`).request.VodLoopTimes).toBe('3');
    expect(accepted(`${FILE} to live/e loop twice tomorrow 8pm for 2h`).request.VodLoopTimes).toBe('2');
    expect(accepted(`${FILE} to live/e tomorrow 8pm for 2h loop forever`).request.VodLoopTimes).toBe('-1');
    expect(accepted(`${FILE} to live/e tomorrow 8pm for 2h no loop`).request.VodLoopTimes).toBe('0');
  });

  it('keeps quoted comments whole, spaces and all', () => {
    expect(accepted(`${FILE} to live/e comment "Friday night show, part 2" tomorrow 8pm for 2h`).request.Comment).toBe(
      'Friday night show, part 2',
    );
    expect(accepted(`${FILE} to live/e tomorrow 8pm for 2h note 'rerun'`).request.Comment).toBe('rerun');
  });

  it('reads events (API names or short aliases), push args, region, refresh, extra and file start', () => {
    const { request } = accepted(
      `${FILE} https://m.example.com/b.mp4 to live/e tomorrow 8pm for 2h events start,TaskExit, alarm push-args bak=1&test=2 ` +
        'region ap-tokyo refresh breakpoint extra ignore_region start at file 2 offset 1:30',
    );
    expect(request).toMatchObject({
      CallbackEvents: ['TaskStart', 'TaskExit', 'TaskAlarm'],
      PushArgs: 'bak=1&test=2',
      Region: 'ap-tokyo',
      VodRefreshType: 'ContinueBreakPoint',
      ExtraCmd: 'ignore_region',
      FileIndex: 2,
      OffsetTime: 90,
    });
  });

  it('reads "in <region>" for a region the API lists, and leaves "in 2 hours" a time', () => {
    expect(accepted(`${FILE} to live/e tomorrow 8pm for 2h in AP-Singapore`).request.Region).toBe('ap-singapore');
    const relative = accepted(`${FILE} to live/e in 2 hours for 1h`).request;
    expect(relative.Region).toBeUndefined();
    expect(Date.parse(relative.StartTime) - NOW.getTime()).toBe(2 * 3_600_000);
  });

  it('reads a backup source and infers its kind; refuses a backup behind files', () => {
    const { request } = accepted('rtmp://src.example.com/live/cam to live/e backup https://m.example.com/slate.mp4 tomorrow 8pm for 2h');
    expect(request).toMatchObject({ BackupSourceUrl: 'https://m.example.com/slate.mp4', BackupSourceType: 'PullVodPushLive' });
    expect(keys(rejected(`${FILE} to live/e backup rtmp://b.example.com/live/x tomorrow 8pm for 2h`))).toEqual(['validation.backup.needsLive']);
  });

  it('reads watermarks with position, size and corner', () => {
    const { request } = accepted(
      `${FILE} to live/e watermark https://img.example.com/logo.png at 5,10 size 20 location bottom-right tomorrow 8pm for 2h`,
    );
    expect(request.WatermarkList).toEqual([
      { PictureUrl: 'https://img.example.com/logo.png', XPosition: 5, YPosition: 10, Width: 20, Height: 0, Location: 2 },
    ]);
  });

  it('reads the backend choice without putting it in the request', () => {
    const parsed = accepted(`${FILE} to live/e tomorrow 8pm for 2h on local`);
    expect(parsed.backend).toBe('local');
    expect(accepted(`${FILE} to live/e via tencent tomorrow 8pm for 2h`).backend).toBe('tencent');
    expect(JSON.stringify(parsed.request)).not.toContain('local');
  });

  it('refuses an option given twice and loops on a live relay', () => {
    expect(keys(rejected(`${FILE} to live/e loop 2 loop 3 tomorrow 8pm for 2h`))).toEqual(['parse.duplicateOption']);
    expect(keys(rejected('rtmp://s.example.com/live/a to live/e loop 3 tomorrow 8pm for 2h'))).toEqual(['validation.loop.onlyFiles']);
  });
});

describe('text nobody understands', () => {
  it('names leftover words instead of ignoring them', () => {
    expect(rejected(`${FILE} to live/e tomorrow 8pm for 2h pleaseee`)).toEqual([
      expect.objectContaining({ key: 'parse.unrecognized', params: { words: 'pleaseee' } }),
    ]);
  });

  it('never quotes a stream key or token back: the values of name=value words are masked', () => {
    const leaked = (text: string) => JSON.stringify(rejected(text).map((error) => t('en', error.key, error.params)));
    const words = leaked(`${FILE} to live/evening?txSecret=SECRETKEY123&txTime=5F3E tomorrow 8pm for 2h`);
    expect(words).toContain('txsecret=****');
    expect(words).not.toMatch(/secretkey123|5f3e/i);
    expect(leaked(`${FILE} to live/e tomorrow 8pm for 2h key=SECRETKEY123`)).not.toMatch(/secretkey123/i);
    expect(leaked(`${FILE} to live/e tomorrow 8pm for 2h "token=SECRETKEY123"`)).not.toMatch(/secretkey123/i);
  });

  it('refuses quoted text without a keyword and unclosed quotes', () => {
    expect(keys(rejected(`${FILE} to live/e tomorrow 8pm for 2h "Friday"`))).toEqual(['parse.strayQuote']);
    expect(keys(rejected(`${FILE} to live/e tomorrow 8pm for 2h comment "Friday`))).toContain('parse.unterminatedQuote');
  });

  it('asks when there is no time at all', () => {
    expect(rejected(`${FILE} to live/e`)).toEqual([expect.objectContaining({ code: 'InvalidParameter.InvalidTaskTime', key: 'parse.noSchedule' })]);
  });

  it('returns every problem at once', () => {
    const errors = rejected('http://localhost/a.mp4 to live/e tomorrow 8pm for 2h loop 2 loop 3 comment "x');
    expect(keys(errors)).toEqual(expect.arrayContaining(['parse.duplicateOption', 'parse.unterminatedQuote', 'validation.url.internalName']));
  });

  it('never throws and never accepts garbage (fuzzed)', () => {
    let seed = 42;
    const random = (): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789 :/."\'“”,-_=&?#@%明天晚上点到持续小时转推循环次备注';
    for (let round = 0; round < 60; round++) {
      const text = Array.from({ length: 2000 }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      expect(() => rejected(text)).not.toThrow();
    }
    const fixed = Array.from({ length: 2000 }, (_, i) => String.fromCharCode(33 + ((i * 7919) % 90))).join('');
    expect(rejected(fixed).length).toBeGreaterThan(0);
  });

  it('refuses commands longer than the limit before reading them', () => {
    expect(keys(rejected(`${FILE} to live/e tomorrow 8pm for 2h comment "${'x'.repeat(9000)}"`))).toEqual(['parse.tooLong']);
  });
});

describe('the extra option and lengths', () => {
  it('reads "2 extra minutes" as a length, not as the extra option', () => {
    const { request } = accepted('https://media.example.com/vod/show.mp4 to live/evening tomorrow 8pm for 2 extra minutes');
    expect(request.StartTime).toBe('2026-03-02T12:00:00Z');
    expect(request.EndTime).toBe('2026-03-02T12:02:00Z');
    expect(request).not.toHaveProperty('ExtraCmd');
  });
});
