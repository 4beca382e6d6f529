import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (fast, Node only) and `browser` (builds the game once, serves it with
 * vite preview and drives headless Chromium through playwright-core; see test/browser).
 * `vitest run` runs both; `vitest run --project unit` skips the browser.
 */
export default defineConfig({
  test: {
    reporters: ['default', './test/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/browser/**', '**/node_modules/**'],
          environment: 'node',
          // A timeout catches a hang, not slowness: property tests play whole campaigns, and a
          // loaded two-core machine can take several times longer than an idle one.
          testTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/browser/global-setup.ts'],
          // One Chromium at a time: the machine has two cores and WebGL runs in software.
          fileParallelism: false,
          // Guards against a hang, not a speed check: the machine may be shared and slow, and
          // waits inside tests are on events (frames drawn, scenes reached), never on clocks.
          testTimeout: 180_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
