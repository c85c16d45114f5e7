// English phrasings written as operators type them (ordinal and spelled dates, slash dates beside weekdays,
// ranges and end verbs, relative starts, British week words, zones around both clock changes in New York, London
// and Sydney, chat noise, estimates and periods to refuse), each with the instants a relay must get in its zone at
// its "now". Every case must come out exactly so; a refusal case must be refused (see probe-file.ts).
import { describe, it } from 'vitest';
import { expectProbeFile } from './probe-file.js';

describe('English phrasings in several zones and at several "now"s (test/fixtures/en-unseen-probes.txt)', () => {
  it('reads every one as hand-checked', () => expectProbeFile('en-unseen-probes.txt', 'en', 2000));
});
