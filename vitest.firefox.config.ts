import { defineConfig } from 'vitest/config';

// The Firefox run (npm run test:firefox): one real firefox-esr, driven over WebDriver BiDi, shared by the file's
// tests, so they run in order in a single worker.
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: process.env.CI ? ['default', ['json', { outputFile: '.ci/results/firefox.json' }]] : ['default'],
  },
});
