import { defineConfig } from 'vitest/config';

// A stray .only fails the run everywhere, not only where CI is set (vitest's default). Each project says so:
// inline projects do not inherit the root's test options.
const allowOnly = false;

export default defineConfig({
  test: {
    projects: [
      {
        // 60 s, not vitest's 5: some unit tests read every real page held (jsdom), which on a loaded two-core
        // machine took 7.4 s once; none is a timed test.
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node', allowOnly, testTimeout: 60_000 },
      },
      {
        // Real Chromium with the built extension: one file at a time, generous timeouts (2-core CI machines).
        test: {
          name: 'browser',
          allowOnly,
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        // The store packages, from the builds npm test has just made, and two fresh builds from the source
        // archive (npm ci each time): slow, so on their own.
        test: {
          name: 'release',
          allowOnly,
          include: ['test/release/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 600_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
