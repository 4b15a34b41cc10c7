import { defineConfig } from 'vitest/config';

// Only pure helpers are unit-tested here; pages are covered by the Playwright suites in e2e/.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts'],
  },
});
