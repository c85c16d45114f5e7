// Chinese phrasings written as operators type them (traditional characters, Cantonese, ranges without 点,
// noon and small-hours words, lengths before dates, zones, estimates to refuse), each with the instants a
// relay must get in its zone at its "now" — the corpus that found 205 wrong answers before this parser's last
// round. Every case must come out exactly so; a refusal case must be refused.
import { describe, it } from 'vitest';
import { expectProbeFile } from './probe-file.js';

describe('Chinese phrasings in several zones and at several "now"s (test/fixtures/zh-unseen-probes.txt)', () => {
  it('reads every one as hand-checked', () => expectProbeFile('zh-unseen-probes.txt', 'zh-CN', 700));
});
