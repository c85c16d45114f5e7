// The live API stand-in in a process of its own, for the task service bench. A real provider never runs on the
// bot's thread: inside the bench process the stand-in's request handling shares one thread and one set of CPU
// caches with the code being timed, so every µs the service spends (and every cache line it evicts) also
// slows the stand-in's side of the same call. Here it answers from the other core, as a remote endpoint would.
// Started with fork(): sends `{ url }` once listening, answers `'stats'` with `{ refusedForRate }`, and exits
// when the bench disconnects.
import { startTencentStandin, type TencentStandinOptions } from '../test/support/tencent-standin.js';

const options = JSON.parse(process.argv[2] ?? '{}') as TencentStandinOptions;
const standin = await startTencentStandin(options);
process.send?.({ url: standin.url });
process.on('message', (message) => {
  if (message === 'stats') process.send?.({ refusedForRate: standin.refusedForRate });
});
process.on('disconnect', () => {
  void standin.close().finally(() => process.exit(0));
});
