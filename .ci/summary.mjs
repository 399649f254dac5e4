// Reads the JSON reports written by vitest and Playwright under CI and prints one plain line per suite:
// "unit: N passed, N failed", "e2e: N passed, N failed" and "firefox: N passed, N failed".
import { existsSync, readFileSync } from 'node:fs';

function read(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

/** vitest's JSON report (the unit suite and the Firefox run). */
function vitestLine(name, file) {
  const r = read(file);
  if (!r) return `${name}: did not run (an earlier step failed)`;
  return `${name}: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`;
}

console.log(vitestLine('unit', '.ci/results/unit.json'));

const e2e = read('.ci/results/e2e.json');
if (e2e) {
  const s = e2e.stats;
  const errors = (e2e.errors ?? []).length;
  console.log(`e2e: ${s.expected + s.flaky} passed, ${s.unexpected + errors} failed, ${s.skipped} skipped`);
} else {
  console.log('e2e: did not run (an earlier step failed)');
}

console.log(vitestLine('firefox', '.ci/results/firefox.json'));
