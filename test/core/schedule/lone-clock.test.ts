// The lone-clock shortcut in chrono-reader must read every time exactly as chrono does (same hour, minute,
// am/pm certainty and the same span blanked), or a preview would show a different start than before.
import { describe, expect, it } from 'vitest';
import { readWithChrono, readWithChronoParsers } from '../../../src/core/schedule/chrono-reader.js';

const NOW = { year: 2026, month: 11, day: 26, hour: 14, minute: 7, second: 3 };

function leftovers(): string[] {
  const texts = ['', '   ', 'at 8pm', '8pm to 10pm', '8  pm', '8.30pm', 'friday 9pm', '晚上8点'];
  for (let hour = 0; hour <= 25; hour++) {
    for (const minutes of ['', ':00', ':05', ':30', ':59', ':60', ':7']) {
      for (const meridiem of ['', 'am', 'pm', ' am', ' pm']) {
        for (const pad of ['', '   ']) texts.push(`${pad}${hour}${minutes}${meridiem}${pad}`);
      }
    }
  }
  return texts;
}

describe('reading a lone clock time without chrono', () => {
  it('reads every lone time, and every non-time, exactly as chrono does', () => {
    const differing = leftovers().filter(
      (text) => JSON.stringify(readWithChrono(text, NOW)) !== JSON.stringify(readWithChronoParsers(text, NOW)),
    );
    expect(differing).toEqual([]);
  });

  it('reads "8pm" as 20:00 with am/pm settled, blanking just those characters', () => {
    expect(readWithChrono('   8pm  ', NOW)).toEqual({
      start: { date: null, weekday: null, time: { hour: 20, minute: 0, second: 0 }, meridiemKnown: true, midnight: false },
      end: null,
      spans: [[3, 6]],
    });
  });
});
