import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Integration suites bind loopback ports; files run in parallel on distinct ports (see test/support/ports.ts).
    pool: 'forks',
  },
});
