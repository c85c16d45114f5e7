// A worker thread starts without the loader the bot runs under (tsx, see bin/relaybot.mjs): register it here,
// then load the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
