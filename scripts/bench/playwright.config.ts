import { defineConfig } from '@playwright/test';

// Benchmarks (npm run bench): Playwright only drives Chromium and prints figures; nothing here is a timed test.
export default defineConfig({
  testDir: '.',
  testMatch: /.*\.bench\.ts$/,
  workers: 1,
  timeout: 600_000,
  reporter: [['list']],
  use: { trace: 'off' },
});
