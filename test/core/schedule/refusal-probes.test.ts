// Phrasings to refuse (past, empty or over-long, impossible, contradictory, vague, unknown zones), in English and
// Chinese, and the near misses to accept, each with the key its refusal must give and a message that reads
// whole in the user's language (test/fixtures/refusal-probes.txt; see probe-file.ts).
import { describe, it } from 'vitest';
import { expectProbeFile } from './probe-file.js';

describe('refusals and near misses in English and Chinese (test/fixtures/refusal-probes.txt)', () => {
  it('refuses each for its reason, and reads each near miss as hand-checked', () =>
    expectProbeFile('refusal-probes.txt', null, 300, { localePerLine: true, refusalsNameTheirKey: true }));
});
