// `npx tsx test/support/run-corpus.ts CORPUS.json…`: the in-process twin of check-corpus.mjs, for iterating.
import { basename } from 'node:path';
import { corpusFailures, loadCorpus } from './corpus.js';

let failed = 0;
for (const path of process.argv.slice(2)) {
  const corpus = loadCorpus(path);
  const fails = corpusFailures(corpus);
  for (const line of fails) console.log(`FAIL ${line}`);
  console.log(`${basename(path, '.json')}: ${corpus.cases.length - fails.length}/${corpus.cases.length}`);
  failed += fails.length;
}
process.exitCode = failed > 0 ? 1 : 0;
