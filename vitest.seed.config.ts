import { defineConfig } from 'vitest/config';

// The checks against the report in ../shared/seed/, which is not ours and not in the
// repository: `npm run test:seed`, run by CI beside `npm test`.
export default defineConfig({
  test: {
    include: ['test/seed/**/*.test.ts'],
    testTimeout: 30_000,
    maxWorkers: 2,
  },
});
