import { configDefaults, defineConfig } from 'vitest/config';

// Two cores on CI: forks keep native modules (better-sqlite3) and child processes isolated per file.
//
// Two groups, one after the other. The runner's tests play real media through the bundled ffmpeg in real time:
// about half of the suite's test time, but the test process mostly waits (the whole group used a quarter of one
// core at three files at a time), so five of them share the two cores without slowing each other down. Everything
// else (the parser's sweeps, the chat stand-ins, the CLI) keeps one file per core.
//
// The core's tests (the parser, the commands, the task service on its own store and the Tencent stand-in, which
// each file closes) start no bot and no child process, and leave no state behind a file: they share their workers' module cache (isolate: false)
// rather than load the parser again for each of their hundred-odd files, which took most of their time.
const RUNNER_TESTS = 'test/backends/ffmpeg/**/*.test.ts';
const CORE_TESTS = 'test/core/**/*.test.ts';

export default defineConfig({
  test: {
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    projects: [
      { extends: true, test: { name: 'runner', include: [RUNNER_TESTS], maxWorkers: 5, sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'core', include: [CORE_TESTS], isolate: false, maxWorkers: 2, sequence: { groupOrder: 1 } } },
      {
        extends: true,
        test: {
          name: 'rest',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, RUNNER_TESTS, CORE_TESTS],
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
