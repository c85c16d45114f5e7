// A length in days after the relay's own length ("8pm for 2h for 3 days") is refused by name (schedule.twoLengths),
// in both languages' messages; it had been read as a start that many days ahead, or dropped (months), silently.
import { describe, expect, it } from 'vitest';
import { parseRelayCommand } from '../../../src/core/command/index.js';
import { describeErrorFor } from '../../../src/core/error-text.js';
import type { Locale } from '../../../src/core/i18n.js';

const NOW = new Date('2026-11-28T15:00:00Z'); // Saturday 10:00 in New York

function keysOf(phrase: string, locale: Locale = 'en') {
  const parsed = parseRelayCommand(`https://media.example.com/vod/show.mp4 to live/x ${phrase}`, {
    timeZone: 'America/New_York', now: NOW, locale, operator: 'op', maxSpanDays: 7, allowPrivateNetworks: false, defaultDomain: 'push.example.com',
  });
  if (parsed.ok) return { keys: [], start: parsed.value.request.StartTime, messages: '' };
  const messages = parsed.error.map((error) => describeErrorFor({ locale, timeZone: 'America/New_York' }, error)).join('\n');
  return { keys: parsed.error.map((error) => error.key), start: '', messages };
}

describe('a second length in days after the length (second-length.ts)', () => {
  it.each([
    ['8pm for 2h for 3 days', '3 days'],
    ['8pm for 2h for a week', 'a week'],
    ['8pm for 2h for 2 months', '2 months'],
    ['8pm 2h 3 days', '3 days'],
    ['for 2h at 8pm, 2 weeks', '2 weeks'],
    ['8pm for 2h for the next 10 days', '10 days'],
    ['tomorrow 8pm for 2h for 3 days in a row', '3 days'],
  ])('%s is refused, naming %s', (phrase, words) => {
    const { keys, messages } = keysOf(phrase);
    expect(keys).toEqual(['schedule.twoLengths']);
    expect(messages).toContain(`“${words}”`);
    expect(keysOf(phrase, 'zh-CN').messages).toContain(`“${words}”`);
  });

  it.each([
    ['8pm for 2h 3 days later', '2026-12-02T01:00:00Z'],
    ['8pm for 2h in 3 days', '2026-12-02T01:00:00Z'],
    ['8pm for 2h a week from monday', '2026-12-08T01:00:00Z'],
    ['8pm for 3 days', '2026-11-29T01:00:00Z'],
    ['8pm for 1 day and 2 hours', '2026-11-29T01:00:00Z'],
    ['8pm for 2h the day after tomorrow', '2026-12-01T01:00:00Z'],
  ])('%s stays read (start %s)', (phrase, start) => {
    expect(keysOf(phrase).start).toBe(start);
  });

  it('a second length in hours stays an end and a length', () => {
    expect(keysOf('8pm for 2h for 3h').keys).toEqual(['schedule.endAndDuration']);
  });
});
