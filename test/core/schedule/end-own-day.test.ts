// A range's end that names its own day before its clock time (test/fixtures/end-own-day-probes.txt).
import { describe, it } from 'vitest';
import { expectProbeFile } from './probe-file.js';

describe('an end with its own day: "8pm until sunday 10pm" (test/fixtures/end-own-day-probes.txt)', () => {
  it('starts at the next start clock and ends on the day named, as "until tomorrow 10pm" does', () =>
    expectProbeFile('end-own-day-probes.txt', null, 15, { localePerLine: true, refusalsNameTheirKey: true }));
});
