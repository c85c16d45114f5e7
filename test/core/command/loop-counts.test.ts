// Loop counts spelled out ("a hundred", "twenty-five", 一千, 一百五) are read; counts said loosely ("a few times",
// 两三次, 几次) are asked for: the relay stops after its last loop, so a guess too low ends the broadcast early.
import { describe, expect, it } from 'vitest';
import { accepted, keys, rejected, SHOW_FILE } from './helpers.js';

const zh = { locale: 'zh-CN' as const };

describe('loop counts spelled out', () => {
  it.each([
    ['loop a hundred times', '100'],
    ['loop one hundred times', '100'],
    ['loop twenty-five times', '25'],
    ['repeat it forty times', '40'],
    ['loop 1,000 times', '1000'],
    ['loop a thousand times', '1000'],
    ['loop a dozen times', '12'],
    ['play it a hundred times', '99'],
  ])('%s', (words, loops) => {
    expect(accepted(`${SHOW_FILE} to live/x tomorrow 8pm for 2h ${words}`).request.VodLoopTimes).toBe(loops);
  });

  it.each([
    ['循环一千次', '1000'],
    ['循环一百五次', '150'],
    ['重复两万次', '20000'],
    ['循环一千零五次', '1005'],
  ])('%s', (words, loops) => {
    expect(accepted(`${SHOW_FILE} 转推到 live/x 明晚8点到10点 ${words}`, zh).request.VodLoopTimes).toBe(loops);
  });
});

describe('loop counts said loosely', () => {
  it.each(['loop a couple of times', 'loop a few times', 'repeat several times', 'loop many times', 'play it a few times', 'a few loops', 'loop a bunch'])(
    'asks how many: %s',
    (words) => {
      const errors = rejected(`${SHOW_FILE} to live/x tomorrow 8pm for 2h ${words}`);
      expect(keys(errors)).toEqual(['parse.loopCountUnclear']);
      expect(errors[0]?.params?.words).toBe(words);
    },
  );

  it.each(['循环两三次', '循环几次', '循环十几次', '重复好几次', '播两三遍', '循环多次', '重复十一二次'])('asks how many: %s', (words) => {
    expect(keys(rejected(`${SHOW_FILE} 转推到 live/x 明晚8点到10点 ${words}`, zh))).toEqual(['parse.loopCountUnclear']);
  });

  it('leaves a loose length to the schedule', () => {
    expect(keys(rejected(`${SHOW_FILE} to live/x tomorrow 8pm loop several hours`))).not.toContain('parse.loopCountUnclear');
  });
});
