// npm run bench: builds the extension twice (with an empty content script, for the floor, and for real), then
// runs scripts/bench/bench.bench.ts in Chromium, which prints plain figures. Not part of npm test.
// With BENCH_ONLY=storm, EXTENSION_DIR=… measures another build (e.g. an older one) instead of the fresh one.
import { execSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const run = (cmd, env = {}) => execSync(cmd, { stdio: 'inherit', env: { ...process.env, ...env } });
// BENCH_ONLY=storm npm run bench: only the DOM-mutation storm (about a minute instead of five).
if (process.env.BENCH_ONLY === 'storm') {
  run('npx wxt build');
  run('npx playwright test -c scripts/bench/playwright.config.ts --grep storm');
  process.exit(0);
}
const emptyDir = mkdtempSync(path.join(tmpdir(), 'iqag-bench-empty-'));
try {
  run('npx wxt build', { VITE_IQAG_EMPTY_CONTENT_SCRIPT: '1' });
  cpSync('.output/chrome-mv3', emptyDir, { recursive: true });
  run('npx wxt build');
  run('npx playwright test -c scripts/bench/playwright.config.ts', { BENCH_EMPTY_EXTENSION_DIR: emptyDir });
} finally {
  rmSync(emptyDir, { recursive: true, force: true });
}
