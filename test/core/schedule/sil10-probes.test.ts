// Two clock times listed or a start and a bare amount, in English and Chinese, with near misses that must stay
// as they were (test/fixtures/sil10-probes.txt): each refusal for its reason, each reading as hand-checked.
import { describe, it } from 'vitest';
import { expectProbeFile } from './probe-file.js';

describe('listed clock times, start words before an amount, and what follows a range (test/fixtures/sil10-probes.txt)', () => {
  it('refuses each for its reason, and reads each near miss as hand-checked', () =>
    expectProbeFile('sil10-probes.txt', null, 20, { localePerLine: true, refusalsNameTheirKey: true }));
});
