// Unseen phrasings in other zones than the corpus's (test/fixtures/zones-unseen-probes.txt).
import { describe, it } from 'vitest';
import { expectProbeFile } from './probe-file.js';

describe('unseen phrasings in New York, Sydney, Shanghai and Auckland (test/fixtures/zones-unseen-probes.txt)', () => {
  it('reads each at the wall clock worked out by hand in its zone', () =>
    expectProbeFile('zones-unseen-probes.txt', null, 9, { localePerLine: true, refusalsNameTheirKey: true }));
});
