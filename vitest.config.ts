import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // OCR workers are heavy: two test files at a time on this 2-core machine.
    pool: 'forks',
    maxWorkers: 2,
  },
});
