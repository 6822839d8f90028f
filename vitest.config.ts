import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Node loads graphql for the externalized packages (Apollo, graphql-tools, graphql-armor, the cost walker) from
  // its CommonJS entry; Vite would give our own files its ESM entry, a second instance whose schema and types
  // graphql's instanceof checks refuse. One entry for all: the CommonJS one.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
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
