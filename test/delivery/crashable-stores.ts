// Stores on files, so that a test can close one under a write (a crash) and open the same directory again (the
// restart). Shared by the tests of a status message found deleted (Slack and Discord).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '../../src/store/index.js';

export interface CrashableStores {
  /** A new data directory, removed by `cleanUp`. */
  newDir(prefix: string): string;
  /** The store in `dir`, opened afresh (a restarted process's). */
  openIn(dir: string): Store;
  /** Closes what is still open and removes the directories: for afterEach. */
  cleanUp(): void;
}

export function crashableStores(): CrashableStores {
  const dirs: string[] = [];
  const stores: Store[] = [];
  return {
    newDir(prefix) {
      const dir = mkdtempSync(join(tmpdir(), prefix));
      dirs.push(dir);
      return dir;
    },
    openIn(dir) {
      const store = openStore(dir);
      stores.push(store);
      return store;
    },
    cleanUp() {
      for (const store of stores.splice(0)) if (store.db.open) store.close();
      for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
    },
  };
}
