// "just" / "only" before a clock-shaped amount: the words say a length follows, as before "2h30" (4fc10f7).
import { describe, expect, it } from 'vitest';
import { editOutcome } from './helpers.js';

describe('"just" / "only" before a clock-shaped amount (the relay runs 20:00–22:00 Shanghai)', () => {
  // Read as a clock, "only 1:30" moved the relay to 1:30 pm and "just 0:45" to 00:45, silently.
  it('reads hours up to 12 and minutes as the length from the same start', () => {
    expect(editOutcome('only 1:30')).toEqual({ EndTime: '2026-03-02T13:30:00Z' });
    expect(editOutcome('just 0:45')).toEqual({ EndTime: '2026-03-02T12:45:00Z' });
    expect(editOutcome('just for 1:30')).toEqual({ EndTime: '2026-03-02T13:30:00Z' });
    expect(editOutcome('only 2:00')).toEqual(['parse.changes.unchanged']);
  });

  // "only 20h30" and "just 20:30" moved the relay to 20:30 (silently): a clock time after a word that says a length
  // follows says neither plainly, and is refused, quoting the word.
  it('refuses an hour past 12 after them', () => {
    expect(editOutcome('only 20h30')).toEqual(['parse.unrecognized']);
    expect(editOutcome('just 20:30')).toEqual(['parse.unrecognized']);
  });

  it('leaves the same amounts without them as they were', () => {
    expect(editOutcome('only 2h30')).toEqual({ EndTime: '2026-03-02T14:30:00Z' });
    expect(editOutcome('20h30')).toEqual({ StartTime: '2026-03-02T12:30:00Z', EndTime: '2026-03-02T14:30:00Z' });
    expect(editOutcome('make it 20h30')).toEqual({ StartTime: '2026-03-02T12:30:00Z', EndTime: '2026-03-02T14:30:00Z' });
    // "make it 1:30" is asked (edit-night-clocks.test.ts): it moved the relay to 1:30 pm, silently.
    expect(editOutcome('at 2h30')).toEqual({ StartTime: '2026-03-01T18:30:00Z', EndTime: '2026-03-01T20:30:00Z' });
  });
});
