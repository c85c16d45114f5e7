// A running relay's start moved into the past: the answer says why and what to write, on the user's own clock.
// Now is Sunday 2026-03-01 12:00 in Shanghai (helpers.ts); the relay has run since 11:30 and ends at 13:30.
import { describe, expect, it } from 'vitest';
import { parseRelayChanges } from '../../../src/core/command/index.js';
import { describeErrorFor } from '../../../src/core/error-text.js';
import type { Locale } from '../../../src/core/i18n.js';
import { context, editOutcome, relayAt } from './helpers.js';

const running = relayAt('2026-03-01T03:30:00Z', '2026-03-01T05:30:00Z');

function answer(text: string, locale: Locale, relay = running, timeZone = 'Asia/Shanghai'): string {
  const result = parseRelayChanges(text, context({ locale, timeZone }), relay);
  if (result.ok) throw new Error(`accepted: ${JSON.stringify(result.value)}`);
  return result.error.map((error) => describeErrorFor({ locale, timeZone }, error)).join(' | ');
}

describe('a running relay moved to start in the past', () => {
  // Before: "The start has already passed: Sun, 1 Mar 2026, 11:15 (Asia/Shanghai) · 2026-03-01 03:15 UTC. Choose a later
  // time." — neither why nor what to write.
  it.each([
    ['bring forward 15m', '11:15'],
    ['start at 11am', '11:00'],
    ['push back 30 min', '12:00'],
  ])('%s is refused saying what to write instead (en)', (text, clock) => {
    const message = answer(text, 'en');
    expect(message).toContain(`The new start, ${clock}, has passed`);
    expect(message).toContain('already running');
    expect(message).toContain('“until 11pm”');
    expect(message).toContain('“move to 9pm”');
    expect(message).not.toContain('UTC');
  });

  it('提前15分钟 (zh-CN)', () => {
    const message = answer('提前15分钟', 'zh-CN');
    expect(message).toContain('新的开始时间 11:15 已经过去');
    expect(message).toContain('“播到晚上11点”');
    expect(message).not.toContain('UTC');
  });

  it('on the user’s clock in New York', () => {
    expect(answer('bring forward 15m', 'en', running, 'America/New_York')).toContain('The new start, 22:15, has passed');
  });

  it.each([
    ['en', 'until 11pm', { EndTime: '2026-03-01T15:00:00Z' }],
    ['en', 'extend by 30m', { EndTime: '2026-03-01T06:00:00Z' }],
    ['en', 'move to 9pm', { StartTime: '2026-03-01T13:00:00Z', EndTime: '2026-03-01T15:00:00Z' }],
    ['zh-CN', '播到晚上11点', { EndTime: '2026-03-01T15:00:00Z' }],
    ['zh-CN', '延长30分钟', { EndTime: '2026-03-01T06:00:00Z' }],
    ['zh-CN', '改到晚上9点', { StartTime: '2026-03-01T13:00:00Z', EndTime: '2026-03-01T15:00:00Z' }],
  ])('the edits it names work on the running relay (%s: %s)', (locale, text, expected) => {
    expect(editOutcome(text, running, { locale: locale as Locale })).toEqual(expected);
  });

  it('a relay not yet running, moved into the past, keeps the plain answer', () => {
    const soon = relayAt('2026-03-01T04:10:00Z', '2026-03-01T06:10:00Z');
    expect(editOutcome('bring forward 15m', soon)).toEqual(['validation.time.past']);
  });
});
