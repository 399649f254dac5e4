// npm run bench: builds the extension twice (with an empty content script, for the floor, and for real), then
// runs scripts/bench/bench.bench.ts in Chromium, which prints plain figures. Not part of npm test.
// With BENCH_ONLY=storm, EXTENSION_DIR=… measures another build (e.g. an older one) instead of the fresh one.
// With BENCH_ONLY=load, only the page-load figures (script time per load, with and without a panel).
// With BENCH_BASELINE=<commit, or a directory holding a Chrome build or a checkout with one in .output/chrome-mv3>,
// the page-load figures also measure that other version, interleaved with this one in the same run, and print
// each as a ratio to it: a regression shows as a ratio, not as two noisy numbers from different days. A commit is
// checked out into a temporary git worktree and built there (`npm ci` unless its lockfile is this one's).
import { execSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const run = (cmd, env = {}, cwd = process.cwd()) => execSync(cmd, { stdio: 'inherit', cwd, env: { ...process.env, ...env } });
// BENCH_ONLY=storm npm run bench: only the DOM-mutation storm (about a minute instead of five).
if (process.env.BENCH_ONLY === 'storm') {
  run('npx wxt build');
  run('npx playwright test -c scripts/bench/playwright.config.ts --grep storm');
  process.exit(0);
}

const temps = [];
const temp = (name) => {
  const dir = mkdtempSync(path.join(tmpdir(), `iqag-bench-${name}-`));
  temps.push(dir);
  return dir;
};

/** A built Chrome extension directory for BENCH_BASELINE, built from a commit when it names one. */
function baselineBuild(spec) {
  for (const dir of [spec, path.join(spec, '.output/chrome-mv3')]) {
    if (existsSync(path.join(dir, 'manifest.json'))) return path.resolve(dir);
  }
  const commit = execSync(`git rev-parse --verify ${JSON.stringify(`${spec}^{commit}`)}`, { encoding: 'utf8' }).trim();
  const tree = temp('baseline-src');
  rmSync(tree, { recursive: true, force: true });
  run(`git worktree add --detach ${tree} ${commit}`);
  try {
    const sameLock = execSync(`git diff --quiet ${commit} HEAD -- package-lock.json && echo same || echo differs`, { encoding: 'utf8' }).trim() === 'same';
    if (sameLock) symlinkSync(path.resolve('node_modules'), path.join(tree, 'node_modules'), 'dir');
    else run('npm ci --no-audit --no-fund', {}, tree);
    run('npx wxt build', {}, tree);
    const out = temp('baseline');
    cpSync(path.join(tree, '.output/chrome-mv3'), out, { recursive: true });
    console.log(`bench: baseline ${spec} (${commit.slice(0, 7)}) built into ${out}`);
    return out;
  } finally {
    run(`git worktree remove --force ${tree}`);
  }
}

try {
  const baseline = process.env.BENCH_BASELINE ? baselineBuild(process.env.BENCH_BASELINE) : undefined;
  const emptyDir = temp('empty');
  run('npx wxt build', { VITE_IQAG_EMPTY_CONTENT_SCRIPT: '1' });
  cpSync('.output/chrome-mv3', emptyDir, { recursive: true });
  run('npx wxt build');
  // Measured from a copy, so a build started meanwhile cannot swap the extension under a running bench.
  const thisDir = temp('this');
  cpSync('.output/chrome-mv3', thisDir, { recursive: true });
  const only = process.env.BENCH_ONLY === 'load' ? ' --grep "per load"' : '';
  run(`npx playwright test -c scripts/bench/playwright.config.ts${only}`, {
    BENCH_EMPTY_EXTENSION_DIR: emptyDir,
    EXTENSION_DIR: thisDir,
    ...(baseline ? { BENCH_BASELINE_DIR: baseline, BENCH_BASELINE: process.env.BENCH_BASELINE } : {}),
  });
} finally {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
}
