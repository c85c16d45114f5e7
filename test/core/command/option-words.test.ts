// Options as people phrase them: the English word "extra" (not the extra option), loops said without a number,
// regions by their city, "pull from <url>".
import { describe, expect, it } from 'vitest';
import { accepted, keys, rejected } from './helpers.js';

const FILE = 'https://media.example.com/vod/show.mp4';
// Helpers' now: Sunday 2026-03-01 12:00 in Shanghai (UTC+8).
const TOMORROW_8PM = '2026-03-02T12:00:00Z';
const TOMORROW_8_TO_10 = { StartTime: TOMORROW_8PM, EndTime: '2026-03-02T14:00:00Z' };
const EN = `${FILE} to live/x tomorrow 8pm for 2h`;
const ZH = `${FILE} 转推到 live/x 明天晚上8点 持续2小时`;
const zh = { locale: 'zh-CN' as const };

describe('"extra" as an English word', () => {
  it.each([
    ['tomorrow 8pm for 2 hours and an extra 30 minutes', '2026-03-02T14:30:00Z'],
    ['tomorrow 8pm for an extra 30 minutes', '2026-03-02T12:30:00Z'],
    ['tomorrow 8pm for 2h and an additional 15 min', '2026-03-02T14:15:00Z'],
    ['tomorrow 8pm for 90 extra minutes', '2026-03-02T13:30:00Z'],
  ])('is more length, never the extra option: %s', (time, end) => {
    const { request } = accepted(`${FILE} to live/x ${time}`);
    expect(request).toMatchObject({ StartTime: TOMORROW_8PM, EndTime: end });
    expect(request).not.toHaveProperty('ExtraCmd');
  });

  it('is refused by name when it is neither', () => {
    expect(rejected(`${EN} extra foo`)).toEqual([expect.objectContaining({ key: 'parse.unrecognized', params: { words: 'extra foo' } })]);
  });

  it.each([
    ['extra ignore_region', 'ignore_region'],
    ['extra "ignore_region"', 'ignore_region'],
    ['extra-cmd foo', 'foo'],
    ['extracmd: foo', 'foo'],
    ['额外参数 ignore_region', 'ignore_region'],
  ])('still sets the extra option when it names a parameter: %s', (words, value) => {
    expect(accepted(`${EN} ${words}`).request).toMatchObject({ ...TOMORROW_8_TO_10, ExtraCmd: value });
  });
});

describe('loops said without a count', () => {
  it.each([
    ['infinite loop', '-1'],
    ['endless loop', '-1'],
    ['no loops', '0'],
    ['without looping', '0'],
    ['without loop', '0'],
    ['loop: none', '0'],
    ['loop off', '0'],
    ['play 1 time', '0'],
  ])('%s', (words, loops) => {
    expect(accepted(`${EN} ${words}`).request).toMatchObject({ ...TOMORROW_8_TO_10, VodLoopTimes: loops });
  });

  it.each([
    ['不用循环', '0'],
    ['无需循环', '0'],
    ['不需要循环', '0'],
    ['循环：3次', '3'],
    ['循环次数3', '3'],
    ['循环次数：2次', '2'],
  ])('%s', (words, loops) => {
    expect(accepted(`${ZH} ${words}`, zh).request).toMatchObject({ ...TOMORROW_8_TO_10, VodLoopTimes: loops });
  });

  it('still refuses a bare number after 循环', () => {
    expect(keys(rejected(`${ZH} 循环 2`, zh))).toEqual(['parse.unrecognized']);
  });
});

describe('a region by its city', () => {
  it.each([
    ['region Hong Kong', 'ap-hongkong'],
    ['region tokyo', 'ap-tokyo'],
    ['region 东京', 'ap-tokyo'],
    ['region: silicon valley', 'na-siliconvalley'],
  ])('%s', (words, region) => {
    expect(accepted(`${EN} ${words}`).request).toMatchObject({ ...TOMORROW_8_TO_10, Region: region });
  });

  it.each([
    ['在新加坡', 'ap-singapore'],
    ['地域 Tokyo', 'ap-tokyo'],
  ])('%s', (words, region) => {
    expect(accepted(`${ZH} ${words}`, zh).request).toMatchObject({ ...TOMORROW_8_TO_10, Region: region });
  });

  it('leaves a city right after a clock time to the schedule, as that time zone', () => {
    const { request } = accepted(`${FILE} to live/x tomorrow 8pm in Tokyo for 2h`);
    expect(request).toMatchObject({ StartTime: '2026-03-02T11:00:00Z', EndTime: '2026-03-02T13:00:00Z' });
    expect(request).not.toHaveProperty('Region');
  });

  it('reads "in <city>" as the region before the time, and away from the length', () => {
    expect(accepted(`${FILE} to live/x in Tokyo tomorrow 8pm for 2h`).request).toMatchObject({ ...TOMORROW_8_TO_10, Region: 'ap-tokyo' });
    expect(accepted(`${EN} loop 2 in Singapore`).request).toMatchObject({ ...TOMORROW_8_TO_10, Region: 'ap-singapore' });
  });

  it('asks whether "in <city>" right after the length is the time zone or the region', () => {
    // "tomorrow 8pm for 2h in Tokyo" had gone to the Tokyo region at 8pm Shanghai time, an hour from 8pm in Tokyo.
    for (const words of ['in Tokyo', 'in Singapore']) {
      expect(rejected(`${EN} ${words}`)).toEqual([expect.objectContaining({ key: 'parse.cityZoneOrRegion' })]);
    }
  });

  it('names the regions there are for a city the API has none for', () => {
    expect(rejected(`${EN} region london`)).toEqual([expect.objectContaining({ key: 'validation.region', params: expect.objectContaining({ value: 'london' }) })]);
  });
});

describe('"pull from" before the source', () => {
  it('is a joining word, as "from" is', () => {
    expect(accepted(`pull from ${EN}`).request).toMatchObject({ ...TOMORROW_8_TO_10, SourceUrls: [FILE] });
  });
});
