// 明晚8点 持续2小时 在纽约: a city that is no region, after 在, is left to the schedule, which names it with both ways to
// say it (schedule.placeWithoutTime), as 持续2小时 纽约 and 持续2小时 东京; it had been quoted as "纽" (the leftovers
// took 在 and 约, "about", off its ends). Now is Sunday 2026-03-01 12:00 in Shanghai (helpers.ts).
import { describe, expect, it } from 'vitest';
import { accepted, context, keys, rejected, SHOW_FILE } from './helpers.js';

const ZH = context({ locale: 'zh-CN' });
const command = (time: string) => `${SHOW_FILE} 转推到 live/evening ${time}`;

describe('在 and a city that is no region', () => {
  it.each(['明晚8点 持续2小时 在纽约', '持续2小时 在纽约', '明晚8点 持续两小时 在伦敦'])('%s', (time) => {
    const errors = rejected(command(time), ZH);
    expect(keys(errors)).toContain('schedule.placeWithoutTime');
    expect(JSON.stringify(errors)).not.toContain('"纽"');
  });

  // Near misses that stay the region (a city Tencent has a region in, option-words.test.ts): after the length too.
  it.each(['明晚8点 持续2小时 在东京', '在东京 明晚8点 持续2小时', '明晚8点 持续2小时 在东京节点', '明晚8点到10点 在东京'])('%s stays the Tokyo region', (time) => {
    expect(accepted(command(time), ZH).request.Region).toBe('ap-tokyo');
  });
});
