import { defineConfig } from 'vitest/config';

// Two cores on CI: forks keep native modules (better-sqlite3) and child processes isolated per file.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
