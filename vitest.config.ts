import { defineConfig } from 'vitest/config';

// Tests of the repository's own tooling (the ESLint rules); each workspace has its own config.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tools/**/*.test.ts'],
  },
});
