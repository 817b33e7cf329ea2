import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The seed checks read a report kept beside the repository, not in it: `npm run test:seed`
    // runs them (vitest.seed.config.ts).
    exclude: ['test/seed/**', '**/node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Two cores: keep worker count low so PostgreSQL and chromium tests are not starved.
    maxWorkers: 2,
  },
});
