// `npm run bench`: runs every bench/*.bench.ts in name order, one after another (they share 2 cores), and
// prints their figures. `npm run bench -- parse` runs only the files whose names contain "parse".
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const filter = process.argv[2];
const files = readdirSync(here)
  .filter((name) => name.endsWith('.bench.ts') && (!filter || name.includes(filter)))
  .sort();

for (const file of files) {
  console.log(`\n=== ${file} ===`);
  const module = (await import(pathToFileURL(`${here}${file}`).href)) as { run?: () => Promise<void> };
  if (typeof module.run !== 'function') throw new Error(`${file} exports no run()`);
  await module.run();
}
