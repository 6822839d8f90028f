import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Integration suites bind loopback ports: every server in a test listens on port 0 (a free port), so files run in parallel.
    pool: 'forks',
    // graphql must be one module instance: let Vite load the inspector so it imports the same graphql as the tests.
    server: { deps: { inline: ['@graphql-inspector/core'] } },
  },
});
