// Tiny helpers in the spirit of chrono's testSingleCase: one line per phrase, reading as an example of use.
import { expect } from 'vitest';
import type { Locale } from '../../../src/core/i18n.js';
import { parseRelayCommand, type ParsedCommand } from '../../../src/core/command/index.js';
import { parseSchedule, type ParsedSchedule } from '../../../src/core/schedule/index.js';

export interface Reference {
  timeZone: string;
  now: string;
  locale?: Locale;
}

const iso = (date: Date) => date.toISOString().replace('.000Z', 'Z');

export function parsed(text: string, ref: Reference): ParsedSchedule {
  const result = parseSchedule(text, { timeZone: ref.timeZone, now: new Date(ref.now), locale: ref.locale ?? 'en' });
  if (!result.ok) throw new Error(`"${text}" was rejected: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** The phrase gives exactly this start and end (UTC) and leaves no word unexplained. */
export function expectSchedule(text: string, ref: Reference, start: string, end: string): void {
  const schedule = parsed(text, ref);
  expect({ text, start: iso(schedule.start), end: iso(schedule.end), unrecognized: schedule.unrecognized }).toEqual({
    text,
    start,
    end,
    unrecognized: [],
  });
}

/** The phrase is rejected with this locale key on this field. */
export function expectRejected(text: string, ref: Reference, key: string, field: 'StartTime' | 'EndTime'): void {
  const result = parseSchedule(text, { timeZone: ref.timeZone, now: new Date(ref.now), locale: ref.locale ?? 'en' });
  expect(result.ok, `"${text}" should be rejected`).toBe(false);
  if (result.ok) return;
  expect(result.error).toContainEqual(
    expect.objectContaining({ code: 'InvalidParameter.InvalidTaskTime', field, key: `schedule.${key}` }),
  );
}

/** A whole command with `when` as its time, read in `timeZone` at `nowIso`; fails the test when it is refused. */
export function command(when: string, nowIso: string, timeZone: string, locale: Locale = 'en'): ParsedCommand {
  const result = parseRelayCommand(`https://cdn.example.com/a.mp4 to push.example.com/live/x ${when}`, {
    now: new Date(nowIso),
    timeZone,
    locale,
    operator: 'ann',
    maxSpanDays: 7,
    allowPrivateNetworks: false,
  });
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.error)}`);
  return result.value;
}
