import { defineConfig } from '@playwright/test';

// Real-browser tests: Debian Chromium with the built extension (.output/chrome-mv3) loaded unpacked.
// Each test launches its own persistent profile, so tests run one at a time on this 2-core machine.
export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 5_000 },
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list'], ['json', { outputFile: '.ci/results/e2e.json' }]] : [['list']],
  use: { trace: 'off' },
});
