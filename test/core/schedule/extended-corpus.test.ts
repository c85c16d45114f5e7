// The extended Duckling corpus (test/fixtures/duckling-extended.json: every phrasing of the public corpus's
// examples, and more of the same kinds) through the same call as `relaybot parse --json`, so that a gain on
// unseen phrasings cannot silently regress. Rebuild it with the derivation its `about` describes.
import { describe, expect, it } from 'vitest';
import { corpusFailures, loadCorpus } from '../../support/corpus.js';

describe('extended Duckling corpus', () => {
  it('passes every case', () => {
    const corpus = loadCorpus(new URL('../../fixtures/duckling-extended.json', import.meta.url).pathname);
    expect(corpus.cases.length).toBeGreaterThan(300);
    expect(corpusFailures(corpus)).toEqual([]);
  });
});

// The rest of Duckling's example groups that a relay can be scheduled by (scripts/build-duckling-more.mjs: 62
// cases from 35 groups of 484 the corpora above do not draw from; lengths of a week or more must be refused).
describe('further Duckling examples', () => {
  it('passes every case', () => {
    const corpus = loadCorpus(new URL('../../fixtures/duckling-more.json', import.meta.url).pathname);
    expect(corpus.cases.length).toBeGreaterThan(50);
    expect(corpusFailures(corpus)).toEqual([]);
  });
});
