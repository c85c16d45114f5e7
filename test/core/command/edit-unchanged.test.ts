// An edit that would leave the relay exactly as it is ("tomorrow 8pm for 2h" for the relay at tomorrow 8pm for 2h,
// "loop 3" for one looping three times) was sent to the provider as a modify that changed nothing, and answered
// "updated", as if the bot had done something. It is now refused, saying the relay already is that way and when it
// runs; anything that changes at least one field goes through as before.
import { describe, expect, it } from 'vitest';
import { parseRelayChanges } from '../../../src/core/command/index.js';
import { describeErrorFor } from '../../../src/core/error-text.js';
import type { RelayRequest } from '../../../src/core/relay-request.js';
import { context, editOutcome, SHOW_FILE, TOMORROW_EVENING } from './helpers.js';

const looping: RelayRequest = { ...TOMORROW_EVENING, VodLoopTimes: '3', Comment: 'first run' };

describe('an edit that changes nothing', () => {
  it.each([
    'tomorrow 8pm for 2h',
    'tomorrow 8pm',
    'until 10pm',
    'for 2h',
    'loop 3',
    'comment "first run"',
    `new source ${SHOW_FILE}`,
    '明晚8点到10点',
    '循环3次',
    '播到10点',
    'loop 3 and until 10pm',
  ])('%s is refused as unchanged', (text) => {
    expect(editOutcome(text, looping)).toEqual(['parse.changes.unchanged']);
  });

  it.each([
    ['loop 4', { VodLoopTimes: '4' }],
    ['until 11pm', { EndTime: '2026-03-02T15:00:00Z' }],
    ['loop 3 and until 11pm', { VodLoopTimes: '3', EndTime: '2026-03-02T15:00:00Z' }],
    ['comment "second run"', { Comment: 'second run' }],
    // Pause and resume act on the task's state at the provider, which its request does not show.
    ['tomorrow 8pm for 2h and pause', { Status: 'pause', StartTime: '2026-03-02T12:00:00Z', EndTime: '2026-03-02T14:00:00Z' }],
  ])('%s still changes the relay', (text, changes) => {
    expect(editOutcome(text, looping)).toEqual(changes);
  });

  it('says when the relay runs, on the reader’s clock, in their language', () => {
    for (const [locale, text, expected] of [
      ['en', 'tomorrow 8pm for 2h', /already that way.*20:00.*22:00/s],
      ['zh-CN', '明晚8点到10点', /本来就是这样.*20:00.*22:00/s],
    ] as const) {
      const result = parseRelayChanges(text, context({ locale }), looping);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      const message = describeErrorFor({ locale, timeZone: 'Asia/Shanghai' }, result.error[0]!);
      expect(message).toMatch(expected);
      expect(message).not.toMatch(/\{\w+\}|\d{4}-\d\d-\d\dT/);
    }
  });
});
