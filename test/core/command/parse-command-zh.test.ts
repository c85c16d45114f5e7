import { describe, expect, it } from 'vitest';
import { accepted, keys, rejected } from './helpers.js';

const FILE = 'https://media.example.com/vod/show.mp4';
const zh = { locale: 'zh-CN' as const };

describe('Chinese commands', () => {
  it('reads 转推到 and a Chinese schedule, with or without spaces around the keyword', () => {
    const spaced = accepted(`${FILE} 转推到 live/evening 明天晚上8点 持续2小时`, zh).request;
    const glued = accepted(`${FILE}转推到live/evening明天晚上8点 持续2小时`, zh).request;
    expect(spaced).toMatchObject({ AppName: 'live', StreamName: 'evening', StartTime: '2026-03-02T12:00:00Z', EndTime: '2026-03-02T14:00:00Z' });
    expect(glued).toEqual(spaced);
  });

  it('reads 推流到 with a full URL, 直播 as the kind and 用本地 as the backend', () => {
    const parsed = accepted('https://m.example.com/live/index.m3u8 直播 推流到 rtmp://push.other.com/live/k 今晚9点到11点半 用本地', zh);
    expect(parsed.request).toMatchObject({ SourceType: 'PullLivePushLive', ToUrl: 'rtmp://push.other.com/live/k', StartTime: '2026-03-01T13:00:00Z', EndTime: '2026-03-01T15:30:00Z' });
    expect(parsed.backend).toBe('local');
  });

  it('reads loops in Chinese numerals and words', () => {
    expect(accepted(`${FILE} 转推到 live/e 明天晚上8点 持续2小时 循环三次`, zh).request.VodLoopTimes).toBe('3');
    expect(accepted(`${FILE} 转推到 live/e 循环12次 明天晚上8点 持续2小时`, zh).request.VodLoopTimes).toBe('12');
    expect(accepted(`${FILE} 转推到 live/e 明天晚上8点 持续2小时 无限循环`, zh).request.VodLoopTimes).toBe('-1');
    expect(accepted(`${FILE} 转推到 live/e 明天晚上8点 持续2小时 不循环`, zh).request.VodLoopTimes).toBe('0');
  });

  it('reads 备注 with Chinese quotes, 备用源, 地域 by city name and 从第N个文件开始', () => {
    const live = accepted('rtmp://s.example.com/live/cam 转推到 live/e 备用源 https://m.example.com/slate.mp4 地域 东京 备注“周五 节目” 明天晚上8点 持续2小时', zh);
    expect(live.request).toMatchObject({ Comment: '周五 节目', Region: 'ap-tokyo', BackupSourceType: 'PullVodPushLive' });
    const files = accepted(`${FILE} https://m.example.com/b.mp4 转推到 live/e 从第2个文件开始 明天晚上8点 持续2小时`, zh);
    expect(files.request.FileIndex).toBe(2);
  });

  it('names leftover words in Chinese text', () => {
    const errors = rejected(`${FILE} 转推到 live/e 明天晚上8点 持续2小时 随便`, zh);
    expect(keys(errors)).toEqual(['parse.unrecognized']);
    expect(String(errors[0]!.params?.words)).toContain('随便');
  });
});
