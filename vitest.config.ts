import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Two cores: keep worker count low so PostgreSQL and chromium tests are not starved.
    maxWorkers: 2,
  },
});
