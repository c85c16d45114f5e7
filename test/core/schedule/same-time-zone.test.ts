// "Same time tomorrow" with a named zone, and "same time" before a range's end (test/fixtures/same-time-probes.txt).
import { describe, it } from 'vitest';
import { expectProbeFile } from './probe-file.js';

describe('now\'s clock time on another day, with a zone or a range (test/fixtures/same-time-probes.txt)', () => {
  it('reads each as the user\'s clock time now, and refuses a zone that would have to hold it and another time', () =>
    expectProbeFile('same-time-probes.txt', null, 15, { localePerLine: true, refusalsNameTheirKey: true }));
});
