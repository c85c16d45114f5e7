// 档 (a broadcast's time slot) after an hour: 八点档 is the 8 o'clock slot, as TV schedules and operators say it.
// 周六晚上八点档 两小时 was refused for 档 not understood.
import { describe, it } from 'vitest';
import { expectSchedule } from './schedule-case.js';

const SHANGHAI = { timeZone: 'Asia/Shanghai', now: '2026-11-28T02:00:00Z', locale: 'zh-CN' as const }; // Saturday 10:00

describe('an hour’s slot (档)', () => {
  it('is that hour', () => {
    expectSchedule('周六晚上八点档 两小时', SHANGHAI, '2026-11-28T12:00:00Z', '2026-11-28T14:00:00Z');
    expectSchedule('晚上8点档 持续1小时', SHANGHAI, '2026-11-28T12:00:00Z', '2026-11-28T13:00:00Z');
    expectSchedule('明晚八点半档到十点', SHANGHAI, '2026-11-29T12:30:00Z', '2026-11-29T14:00:00Z');
  });
});
