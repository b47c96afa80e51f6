import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup/fast-check-seed.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // The test files share their worker's modules instead of importing the whole pipeline (and reading
    // its models) afresh each: on a 2-core machine the suite's files, bar the retraining test, took
    // 218 s instead of about 380-480 s. Tests therefore must not leave state behind in a module: each
    // makes its own stores, servers and temporary folders and closes them.
    isolate: false,
  },
});
