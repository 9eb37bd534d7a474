import { defineConfig } from 'vitest/config';

// Unit tests run on their own; tests against the real stack (notary-server,
// registry, dockerd, token server) share one stack started in globalSetup.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.stack.test.ts'],
        },
      },
      {
        test: {
          name: 'stack',
          include: ['test/**/*.stack.test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
